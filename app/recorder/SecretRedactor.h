#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringView>

namespace keyway::recorder {

// A JSON Web Token found while redacting: where it was and what it says (header and payload only; the signature is
// never kept).
struct FoundToken
{
    QByteArray marker; // the marker that replaced it
    QString where; // "request header Authorization", "response body access_token"
    QJsonObject header;
    QJsonObject claims;
    bool decoded = false; // false when it only looked like a JWT
};

// Replaces secrets with short, stable, clearly labelled markers for exports: "REDACTED-1a2b3c4d5e6f", the first 12
// hex digits of HMAC-SHA256(key, secret). The key is random per export unless one is given, so that the marker of
// a guessable secret (a short password) cannot be looked up in a table, while the same secret still gets the same
// marker everywhere in one export. The marker uses only URL-unreserved characters so it reads the same in a URL,
// a form body, a header or JSON.
//
// Two layers: structural redaction by position (parameter names, header names, Cookie/Set-Cookie values,
// Authorization credentials, JWT-shaped values anywhere) records every value it replaces; textual redaction then
// replaces every recorded or known secret wherever else it appears, in the forms it takes on the wire (raw,
// percent- and form-encoded, JSON-escaped, base64).
class SecretRedactor final
{
public:
    // An empty key draws 32 random bytes from the system generator.
    explicit SecretRedactor(const QByteArray &key = {});

    static constexpr qsizetype kMarkerHexDigits = 12;
    // Known secrets shorter than this are replaced only where their position says they are secret (as a
    // parameter value, a header value...), never by searching the text: a two-letter password would match
    // everywhere.
    static constexpr qsizetype kMinimumTextualLength = 4;

    // The marker of `secret`, which is recorded (for textual redaction and counting).
    QByteArray markerFor(const QByteArray &secret);
    // A secret known from elsewhere (an exchange's list): recorded, not yet replaced.
    void addKnownSecret(const QByteArray &secret);

    // Structural redaction -----------------------------------------------------------------------------------
    // A whole URL (as encoded text): password in the user info, secret-named query and fragment parameters.
    QString redactUrl(const QString &url, const QString &where);
    // Header value by header name; `request` selects Cookie versus Set-Cookie handling.
    QByteArray redactHeader(const QByteArray &name, const QByteArray &value, bool request, const QString &where);
    // "a=1&b=2" with secret-named values replaced (encoded text kept as it was otherwise).
    QByteArray redactFormEncoded(const QByteArray &text, const QString &where);
    // String members of secret-named keys at any depth of a JSON text, keeping the text's order and layout.
    QByteArray redactJsonText(const QByteArray &text, const QString &where);
    // A body by its content type (form, JSON, or text searched for JWTs only).
    QByteArray redactBody(const QByteArray &body, const QByteArray &contentType, const QString &where);
    // JWT-shaped values anywhere in the text; their header and claims are kept in foundTokens().
    QByteArray redactJwts(const QByteArray &text, const QString &where);

    // Textual redaction: every recorded secret (at least kMinimumTextualLength long) in every form.
    QByteArray redactKnown(const QByteArray &text);
    QString redactKnown(const QString &text);
    // Both layers for free text (error messages, diagnoses): JWTs, then known secrets.
    QString redactText(const QString &text, const QString &where);
    // Every string in a JSON value (recursively) through redactText().
    QJsonValue redactJson(const QJsonValue &value, const QString &where);

    // Every secret recorded so far (distinct values).
    QList<QByteArray> secrets() const { return m_secrets; }
    // Markers written since the last resetCounters().
    int replacements() const { return m_replacements; }
    void resetCounters() { m_replacements = 0; }
    // JWTs found since the last takeFoundTokens().
    QList<FoundToken> takeFoundTokens();

    static bool isSecretParameterName(QStringView name);
    // Headers whose whole value is a secret (API-key style names); Authorization, Cookie and Set-Cookie are
    // handled apart.
    static bool isSensitiveHeaderName(QStringView name);
    static const QRegularExpression &markerPattern();
    static bool isMarker(QByteArrayView text);

private:
    QByteArray replaceParameterList(const QByteArray &text, char separator, const QString &where);
    void rebuildForms();

    QByteArray m_key;
    QList<QByteArray> m_secrets;
    QHash<QByteArray, QByteArray> m_markers; // secret -> marker
    bool m_formsDirty = false;
    QList<QPair<QByteArray, QByteArray>> m_forms; // wire form -> marker, longest first
    QSet<quint32> m_formPrefixes; // the first kMinimumTextualLength bytes of every form: a fast "no secret here" test
    int m_replacements = 0;
    QList<FoundToken> m_found;
};

} // namespace keyway::recorder
