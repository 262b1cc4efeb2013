#pragma once

#include "auth/TokenSet.h"
#include "net/Exchange.h"
#include "net/HttpClient.h"
#include "openapi/Document.h"
#include "request/CredentialSource.h"
#include "request/RequestModel.h"
#include "request/RequestValidator.h"
#include "request/RequestValues.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <variant>

namespace keyway::request {

// One part of a multipart body as the user gave it (for copy-as-curl's -F).
struct FormPart
{
    QString name;
    QString value;
    QString filePath;
    QString fileName;
    QString contentType;
};

// An OAuth (or typed-in bearer) token the request carries, for refresh decisions.
struct TokenUse
{
    QString scheme;
    auth::TokenSet tokens;
    QStringList neededScopes;
};

// A Digest scheme of the chosen alternative: answered by the sender once the server's challenge is known.
struct DigestUse
{
    QString scheme;
    QString username;
    QString password;
};

// Scopes an operation needs that the token does not have (known before sending).
struct ScopeWarning
{
    QString scheme;
    QStringList needed;
    QStringList missing;
    bool grantedConfirmed = true; // false: the token response did not say which scopes it granted
    QString toString() const;
};

// A request ready to send: the URL with path, query and query API keys; every header (parameters, content type, the
// credentials of every scheme of the chosen alternative, one Cookie header); the body; the client certificate. Holds
// secrets in memory; `secrets` lists every secret value in it (for the timeline's masking and copy-as-curl).
struct BuiltRequest
{
    QString label; // "GET /pets/{petId}"
    QByteArray method;
    QUrl url;
    net::HeaderList headers; // in order; names as sent
    QByteArray body;
    QString mediaType; // the body variant used, empty without a body
    QList<FormPart> multipart; // the parts of a multipart body
    std::optional<QSslConfiguration> ssl; // mutualTLS: local certificate and private key
    QString clientCertificatePath; // for curl --cert (PEM or PKCS#12 bundle)
    QString clientKeyPath; // for curl --key
    bool clientCertificateIsPkcs12 = false;
    QByteArray clientCertificatePassphrase; // for curl --pass (masked unless revealed)

    QList<QByteArray> secrets; // every secret value, as is and percent-encoded
    QList<QByteArray> sensitiveHeaders; // API-key header names: dropped on a cross-origin redirect
    QStringList secretQueryNames; // API-key query parameter names: masked in history

    int alternative = -1; // index into the operation's security alternatives; -1 when public
    QStringList appliedSchemes; // in order
    QList<TokenUse> tokens;
    std::optional<DigestUse> digest;
    QList<ScopeWarning> scopeWarnings;
    QStringList warnings; // scope warnings and other things to know before sending

    QByteArray header(const QByteArray &name) const; // case-insensitive, first
    bool hasHeader(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value); // replaces every header of that name
    // The request-target as Qt puts it on the request line: path and query, percent-encoded.
    QByteArray requestTarget() const;
    QNetworkRequest toNetworkRequest() const;
    net::RequestInfo requestInfo(const QString &flowId = {}) const;
};

struct BuildError
{
    enum class Kind {
        InvalidValues, // `issues` says which
        MissingCredentials, // `schemes` lacks credentials (keyway-cli exits 3)
        UndefinedScheme, // the requirement names a scheme the document does not define
        NoSuchAlternative,
        BadServer, // no usable base URL
        BadBody, // a file to upload cannot be read
        BadCredential, // e.g. a client certificate that does not load
    };
    Kind kind = Kind::InvalidValues;
    QString message; // for a person, names what is missing
    QList<ValidationIssue> issues;
    QStringList schemes;
};

class BuildResult
{
public:
    BuildResult(BuiltRequest request) : m_data(std::move(request)) { }
    BuildResult(BuildError error) : m_data(std::move(error)) { }
    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const BuiltRequest &value() const { return std::get<0>(m_data); }
    BuiltRequest &value() { return std::get<0>(m_data); }
    const BuiltRequest *operator->() const { return &value(); }
    const BuildError &error() const { return std::get<1>(m_data); }

private:
    std::variant<BuiltRequest, BuildError> m_data;
};

struct BuildOptions
{
    int alternative = -1; // -1: pickAlternative()
    bool validate = true; // refuse values that fail validation
    bool withoutCredentials = false; // apply no scheme at all: does the API really refuse? (the enforcement probe)
    QDateTime now; // for expiry warnings; the current time when invalid
    qint64 maxUploadBytes = 64LL * 1024 * 1024; // per file part
};

// The security alternative to preselect: the first whose schemes all have usable credentials (an anonymous `{}`
// alternative only when no other is ready); 0 when none is; -1 for a public operation.
int pickAlternative(const openapi::Document &document, const openapi::SecurityRequirement &security, const CredentialSource &credentials);
// The schemes of an alternative for which nothing usable is held (undefined schemes included).
QStringList missingCredentials(const openapi::Document &document, const QList<openapi::SchemeUse> &alternative,
                               const CredentialSource &credentials);
// "apiKeyHeader AND httpBearer", or "anonymous".
QString describeAlternative(const QList<openapi::SchemeUse> &alternative);

// Builds the request: validates the values, resolves the server, fills the path template (percent-encoded), the query
// (form/spaceDelimited/pipeDelimited/deepObject, Swagger 2.0 collectionFormat), header and cookie parameters, the body,
// then applies every scheme of the chosen alternative together.
BuildResult buildRequest(const openapi::Document &document, const RequestModel &model, const RequestValues &values,
                         const CredentialSource &credentials, const BuildOptions &options = {});

} // namespace keyway::request
