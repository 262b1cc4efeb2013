#include "request/WwwAuthenticate.h"

#include <QCoreApplication>

namespace keyway::request {

namespace {

constexpr int kMaxChallenges = 64;
constexpr int kMaxParams = 64;

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WwwAuthenticate)
};

bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken68Char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~'
        || c == '+' || c == '/';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

QString shown(char c)
{
    if (c >= 0x21 && c <= 0x7e)
        return QStringLiteral("'%1'").arg(QLatin1Char(c));
    return QStringLiteral("byte 0x%1").arg(uint(uchar(c)), 2, 16, QLatin1Char('0'));
}

// A cursor over one header value.
class Scanner
{
public:
    explicit Scanner(const QByteArray &text) : m_text(text) { }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek(qsizetype ahead = 0) const { return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : '\0'; }
    qsizetype pos() const { return m_pos; }
    void setPos(qsizetype pos) { m_pos = pos; }
    void advance() { ++m_pos; }

    void skipSpace()
    {
        while (!atEnd() && isSpace(peek()))
            ++m_pos;
    }
    // Whitespace and empty list elements (RFC 7230 §7: ", ," is allowed).
    void skipSpaceAndCommas()
    {
        while (!atEnd() && (isSpace(peek()) || peek() == ','))
            ++m_pos;
    }
    QByteArray token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isTchar(peek()))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    // Skips to the next top-level comma (outside quoted strings), or the end.
    void skipToComma()
    {
        bool quoted = false;
        while (!atEnd()) {
            const char c = peek();
            if (quoted && c == '\\') {
                m_pos += 2;
                continue;
            }
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
                return;
            ++m_pos;
        }
        m_pos = m_text.size();
    }
    // At '"': the unescaped content; false when the closing quote is missing.
    bool quotedString(QByteArray *out)
    {
        ++m_pos; // the opening quote
        while (!atEnd()) {
            const char c = peek();
            if (c == '\\') {
                if (m_pos + 1 >= m_text.size()) {
                    ++m_pos;
                    return false;
                }
                out->append(m_text.at(m_pos + 1));
                m_pos += 2;
                continue;
            }
            ++m_pos;
            if (c == '"')
                return true;
            out->append(c);
        }
        return false;
    }

private:
    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

void parseInto(const QByteArray &header, ChallengeParse *out)
{
    Scanner s(header);
    auto problem = [out](const QString &text) {
        if (out->problems.size() < 32)
            out->problems.append(text);
    };
    // Every pass of the loop consumes at least one byte or ends it.
    qsizetype guard = header.size() + 2;
    bool haveChallenge = false;
    while (guard-- > 0) {
        s.skipSpaceAndCommas();
        if (s.atEnd())
            break;
        const qsizetype elementStart = s.pos();
        const QByteArray name = s.token();
        if (name.isEmpty()) {
            problem(Tr::tr("Unexpected %1 at position %2 where an authentication scheme or parameter was expected.")
                        .arg(shown(s.peek()))
                        .arg(s.pos() + 1));
            s.advance();
            s.skipToComma();
            continue;
        }
        // A parameter of the current challenge (`name = value`), or the start of a new challenge?
        const qsizetype afterName = s.pos();
        s.skipSpace();
        if (s.peek() == '=' && haveChallenge && afterName > elementStart) {
            AuthChallenge &current = out->challenges.last();
            s.advance();
            s.skipSpace();
            QByteArray value;
            if (s.peek() == '"') {
                if (!s.quotedString(&value))
                    problem(Tr::tr("The quoted value of \"%1\" in the %2 challenge has no closing quote.")
                                .arg(QString::fromLatin1(name), current.scheme));
            } else {
                value = s.token();
                if (value.isEmpty())
                    problem(
                        Tr::tr("The parameter \"%1\" of the %2 challenge has no value.").arg(QString::fromLatin1(name), current.scheme));
            }
            const QString key = QString::fromLatin1(name);
            if (current.hasParam(key)) {
                problem(Tr::tr("The %1 challenge gives \"%2\" twice; the first is used.").arg(current.scheme, key));
            } else if (current.params.size() >= kMaxParams) {
                problem(Tr::tr("The %1 challenge has more than %2 parameters; the rest are ignored.").arg(current.scheme).arg(kMaxParams));
            } else {
                current.params.append({key, QString::fromUtf8(value)});
            }
            s.skipSpace();
            if (!s.atEnd() && s.peek() != ',') {
                problem(Tr::tr("Unexpected %1 after the parameter \"%2\" of the %3 challenge.").arg(shown(s.peek()), key, current.scheme));
                s.skipToComma();
            }
            continue;
        }
        if (s.peek() == '=' && !haveChallenge) {
            problem(
                Tr::tr("The header starts with the parameter \"%1\" instead of an authentication scheme.").arg(QString::fromLatin1(name)));
            s.skipToComma();
            continue;
        }
        // A new challenge: the scheme, then nothing, a token68, or its first parameter.
        if (out->challenges.size() >= kMaxChallenges) {
            problem(Tr::tr("More than %1 challenges; the rest are ignored.").arg(kMaxChallenges));
            break;
        }
        s.setPos(afterName);
        AuthChallenge challenge;
        challenge.scheme = QString::fromLatin1(name);
        out->challenges.append(challenge);
        haveChallenge = true;
        if (s.atEnd() || s.peek() == ',')
            continue;
        if (!isSpace(s.peek())) {
            problem(Tr::tr("Unexpected %1 after the scheme %2.").arg(shown(s.peek()), challenge.scheme));
            s.skipToComma();
            continue;
        }
        s.skipSpace();
        if (s.atEnd() || s.peek() == ',')
            continue;
        // token68: a run of token68 characters, optional '=' padding, then the end of the element.
        const qsizetype start = s.pos();
        while (!s.atEnd() && isToken68Char(s.peek()))
            s.advance();
        const qsizetype runEnd = s.pos();
        while (s.peek() == '=')
            s.advance();
        const qsizetype tokenEnd = s.pos();
        s.skipSpace();
        if (runEnd > start && (s.atEnd() || s.peek() == ',')) {
            out->challenges.last().token68 = QString::fromLatin1(header.mid(start, tokenEnd - start));
            continue;
        }
        // Otherwise parameters: go back to where they start; the loop reads them as `name = value`.
        s.setPos(start);
        if (!isTchar(s.peek())) {
            problem(Tr::tr("Unexpected %1 in the %2 challenge.").arg(shown(s.peek()), challenge.scheme));
            s.skipToComma();
            continue;
        }
        const qsizetype paramStart = s.pos();
        const QByteArray paramName = s.token();
        s.skipSpace();
        if (s.peek() != '=') {
            problem(Tr::tr("The %1 challenge has \"%2\" where a parameter (name=value) or a token68 was expected.")
                        .arg(challenge.scheme, QString::fromLatin1(paramName)));
            s.skipToComma();
            continue;
        }
        s.setPos(paramStart);
    }
}

QString quoteIfNeeded(const QString &value)
{
    bool token = !value.isEmpty();
    for (QChar c : value) {
        if (c.unicode() > 0x7e || !isTchar(char(c.unicode()))) {
            token = false;
            break;
        }
    }
    if (token)
        return value;
    QString escaped = value;
    escaped.replace(u'\\', QLatin1String("\\\\"));
    escaped.replace(u'"', QLatin1String("\\\""));
    return u'"' + escaped + u'"';
}

QString withRealm(const AuthChallenge &c)
{
    const QString realm = c.param(u"realm");
    return realm.isEmpty() ? QString() : Tr::tr(" (realm \"%1\")").arg(realm);
}

QString serverSays(const AuthChallenge &c)
{
    const QString description = c.param(u"error_description");
    return description.isEmpty() ? QString() : Tr::tr(" (the server says: \"%1\")").arg(description);
}

QString explainBearer(const AuthChallenge &c)
{
    const QString error = c.param(u"error");
    const QString scope = c.param(u"scope");
    QString text;
    if (error == QLatin1String("invalid_token")) {
        text = Tr::tr("invalid_token: the token is expired or revoked — refresh or sign in again");
    } else if (error == QLatin1String("insufficient_scope")) {
        text = scope.isEmpty() ? Tr::tr("insufficient_scope: the token lacks a scope this operation needs — sign in again asking for it")
                               : Tr::tr("insufficient_scope: needs %1").arg(scope);
    } else if (error == QLatin1String("invalid_request")) {
        text
            = Tr::tr("invalid_request: the request is malformed (a missing or repeated parameter, or the token sent in more than one way)");
    } else if (!error.isEmpty()) {
        text = Tr::tr("%1: an error this scheme does not define").arg(error);
    } else {
        text = Tr::tr("%1: the server wants an access token — none was sent, or it was not recognised").arg(c.scheme);
        if (!scope.isEmpty())
            text += Tr::tr("; scope %1").arg(scope);
    }
    text += serverSays(c) + withRealm(c);
    const QString uri = c.param(u"error_uri");
    if (!uri.isEmpty())
        text += Tr::tr("; more at %1").arg(uri);
    return text;
}

} // namespace

QString AuthChallenge::param(QStringView name) const
{
    for (const auto &p : params) {
        if (p.first.compare(name, Qt::CaseInsensitive) == 0)
            return p.second;
    }
    return {};
}

bool AuthChallenge::hasParam(QStringView name) const
{
    for (const auto &p : params) {
        if (p.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString AuthChallenge::toString() const
{
    QString text = scheme;
    if (!token68.isEmpty())
        return text + u' ' + token68;
    QStringList parts;
    for (const auto &p : params)
        parts.append(p.first + u'=' + quoteIfNeeded(p.second));
    if (!parts.isEmpty())
        text += u' ' + parts.join(QLatin1String(", "));
    return text;
}

ChallengeParse parseWwwAuthenticate(const QByteArray &header)
{
    ChallengeParse out;
    parseInto(header, &out);
    if (out.challenges.isEmpty() && out.problems.isEmpty())
        out.problems.append(Tr::tr("The header names no authentication scheme."));
    return out;
}

ChallengeParse parseWwwAuthenticate(const QList<QByteArray> &headers)
{
    ChallengeParse out;
    for (const QByteArray &h : headers) {
        ChallengeParse one = parseWwwAuthenticate(h);
        out.challenges += one.challenges;
        out.problems += one.problems;
    }
    return out;
}

QString explainChallenge(const AuthChallenge &c)
{
    const QString key = c.schemeKey();
    if (key == QLatin1String("bearer") || key == QLatin1String("dpop"))
        return explainBearer(c);
    if (key == QLatin1String("basic")) {
        QString text = Tr::tr("Basic: the server wants a user name and password%1").arg(withRealm(c));
        if (c.param(u"charset").compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0)
            text += Tr::tr(", encoded as UTF-8");
        return text;
    }
    if (key == QLatin1String("digest")) {
        const QString algorithm = c.param(u"algorithm").isEmpty() ? QStringLiteral("MD5") : c.param(u"algorithm");
        QString text = Tr::tr("Digest: the server wants a user name and password, proven with a %1 hash%2").arg(algorithm, withRealm(c));
        const QString qop = c.param(u"qop");
        if (!qop.isEmpty())
            text += Tr::tr(", qop %1").arg(qop);
        if (c.param(u"stale").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            text += Tr::tr(" — the nonce expired: repeat the request with the fresh one");
        return text;
    }
    if (key == QLatin1String("apikey")) {
        const QString name = c.param(u"name");
        const QString in = c.param(u"in");
        QString text = Tr::tr("%1: the server wants an API key").arg(c.scheme);
        if (!name.isEmpty() && !in.isEmpty())
            text += Tr::tr(" in the %1 %2").arg(in, name);
        return text + withRealm(c) + Tr::tr(" — none was sent, or it is wrong");
    }
    if (key == QLatin1String("negotiate") || key == QLatin1String("ntlm"))
        return Tr::tr("%1: the server wants Windows (Kerberos/NTLM) authentication, which Keyway does not perform").arg(c.scheme);
    QString text = Tr::tr("%1: the server asks for the %1 authentication scheme%2").arg(c.scheme, withRealm(c));
    QStringList others;
    for (const auto &p : c.params) {
        if (p.first.compare(QLatin1String("realm"), Qt::CaseInsensitive) != 0)
            others.append(p.first + u'=' + p.second);
    }
    if (!others.isEmpty())
        text += u' ' + Tr::tr("with %1").arg(others.join(QLatin1String(", ")));
    return text;
}

QStringList explainChallenges(const QList<AuthChallenge> &challenges)
{
    QStringList out;
    for (const AuthChallenge &c : challenges)
        out.append(explainChallenge(c));
    return out;
}

} // namespace keyway::request
