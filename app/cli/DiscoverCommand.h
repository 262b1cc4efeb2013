#pragma once

#include "auth/Discovery.h"
#include "auth/Jwk.h"
#include "auth/OAuthResult.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace keyway::cli {

// One check of a discovered provider, as printed (and in --json).
struct DiscoveryCheck
{
    enum class Status { Passed, Warning, Failed, Skipped };
    QString name; // stable: "issuer", "endpoints", "jwks", "pkce", "id_token_algorithms"
    Status status = Status::Skipped;
    QString detail;

    static QString statusName(Status status); // "passed", "warning", "failed", "skipped"
};

// `keyway-cli discover URL [--json]`: OpenID Connect discovery (or RFC 8414 metadata) from an issuer or a
// .well-known URL, the issuer checked, then the JWKS fetched and parsed. Prints the metadata, the keys and every
// check. Exit status: 0 found and checked (warnings allowed), 1 usage, 3 discovery or the JWKS failed (the
// error and its diagnosis on stderr).
class DiscoverCommand final
{
public:
    DiscoverCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }
    Q_DISABLE_COPY_MOVE(DiscoverCommand)

    int run(const QStringList &arguments);

    static QString usageLine();

    // The checks for a discovery result and its JWKS (null: not fetched, because there is no jwks_uri).
    static QList<DiscoveryCheck> checks(const auth::DiscoveryResult &discovery, const std::optional<auth::OAuthResult<auth::JwkSet>> &jwks);
    // The --json form (a contract: keys may be added, none changed).
    static QJsonObject toJson(const auth::DiscoveryResult &discovery, const std::optional<auth::OAuthResult<auth::JwkSet>> &jwks);

private:
    int usageError(const QString &problem);
    void printText(const auth::DiscoveryResult &discovery, const std::optional<auth::OAuthResult<auth::JwkSet>> &jwks);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace keyway::cli
