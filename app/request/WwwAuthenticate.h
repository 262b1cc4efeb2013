#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace keyway::request {

// One challenge of a WWW-Authenticate (or Proxy-Authenticate) header, RFC 7235 §2.1 / RFC 9110 §11.
struct AuthChallenge
{
    QString scheme; // as written ("Bearer", "digest")
    QString token68; // when the challenge carries a token68 instead of parameters
    QList<QPair<QString, QString>> params; // names as written, values unquoted and unescaped, in order

    // The scheme in lower case (schemes compare case-insensitively).
    QString schemeKey() const { return scheme.toLower(); }
    bool is(QStringView schemeName) const { return scheme.compare(schemeName, Qt::CaseInsensitive) == 0; }
    // The first parameter with that name (case-insensitive); empty when absent.
    QString param(QStringView name) const;
    bool hasParam(QStringView name) const;
    // Back to header syntax (values quoted where needed): for display.
    QString toString() const;
};

struct ChallengeParse
{
    QList<AuthChallenge> challenges;
    QStringList problems; // what was malformed and skipped, for a person
    bool ok() const { return problems.isEmpty(); }
};

// Parses `1#challenge` (several challenges in one header, separated by commas that also separate parameters),
// auth-params with tokens or quoted strings (with \-escapes), and token68. Malformed parts are skipped and named in
// `problems`; what can be read is kept. Bounded: at most 64 challenges and 64 parameters each.
ChallengeParse parseWwwAuthenticate(const QByteArray &header);
// Every header value in order (a response may repeat the header).
ChallengeParse parseWwwAuthenticate(const QList<QByteArray> &headers);

// A challenge in plain language: what the server wants and, for RFC 6750 errors, what went wrong and what to do.
//   Bearer error=invalid_token   -> "invalid_token: the token is expired or revoked — refresh or sign in again"
//   Bearer error=insufficient_scope scope="a b" -> "insufficient_scope: needs a b"
QString explainChallenge(const AuthChallenge &challenge);
QStringList explainChallenges(const QList<AuthChallenge> &challenges);

} // namespace keyway::request
