#include "request/DigestAuth.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <openssl/evp.h>

namespace keyway::request {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DigestAuth)
};

QByteArray sha512_256(const QByteArray &data)
{
    // SHA-512/256 (FIPS 180-4) has its own initial values: not a truncated SHA-512, so QCryptographicHash cannot do it.
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), out, &length, EVP_sha512_256(), nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(length)).toHex();
}

QByteArray quoted(const QString &value)
{
    QByteArray v = value.toUtf8();
    v.replace('\\', "\\\\");
    v.replace('"', "\\\"");
    return '"' + v + '"';
}

bool isAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7e || c.unicode() < 0x20)
            return false;
    }
    return true;
}

int strength(const DigestAuth::Challenge &c)
{
    int score = 0;
    switch (c.algorithm) {
    case DigestAuth::Algorithm::Sha512_256:
        score = 300;
        break;
    case DigestAuth::Algorithm::Sha256:
        score = 200;
        break;
    case DigestAuth::Algorithm::Md5:
        score = 100;
        break;
    }
    if (c.qop.contains(QLatin1String("auth")))
        score += 10;
    else if (c.qop.contains(QLatin1String("auth-int")))
        score += 5;
    return score;
}

QString chosenQop(const DigestAuth::Challenge &c)
{
    if (c.qop.contains(QLatin1String("auth")))
        return QStringLiteral("auth");
    if (c.qop.contains(QLatin1String("auth-int")))
        return QStringLiteral("auth-int");
    return {};
}

} // namespace

QByteArray DigestAuth::hash(Algorithm algorithm, const QByteArray &data)
{
    switch (algorithm) {
    case Algorithm::Md5:
        return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
    case Algorithm::Sha256:
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    case Algorithm::Sha512_256:
        return sha512_256(data);
    }
    return {};
}

QString DigestAuth::algorithmName(Algorithm algorithm, bool session)
{
    QString name;
    switch (algorithm) {
    case Algorithm::Md5:
        name = QStringLiteral("MD5");
        break;
    case Algorithm::Sha256:
        name = QStringLiteral("SHA-256");
        break;
    case Algorithm::Sha512_256:
        name = QStringLiteral("SHA-512-256");
        break;
    }
    return session ? name + QStringLiteral("-sess") : name;
}

Result<DigestAuth::Challenge> DigestAuth::fromChallenge(const AuthChallenge &challenge)
{
    if (!challenge.is(u"Digest"))
        return Error{Tr::tr("Not a Digest challenge: %1").arg(challenge.scheme), {}};
    Challenge c;
    c.realm = challenge.param(u"realm");
    c.nonce = challenge.param(u"nonce");
    c.opaque = challenge.param(u"opaque");
    c.domain = challenge.param(u"domain");
    if (!challenge.hasParam(u"realm") || c.nonce.isEmpty())
        return Error{Tr::tr("The Digest challenge lacks a realm or a nonce."), {}};
    QString algorithm = challenge.param(u"algorithm").trimmed();
    c.algorithmAsWritten = algorithm.isEmpty() ? QStringLiteral("MD5") : algorithm;
    QString base = c.algorithmAsWritten.toUpper();
    if (base.endsWith(QLatin1String("-SESS"))) {
        c.session = true;
        base.chop(5);
    }
    if (base == QLatin1String("MD5"))
        c.algorithm = Algorithm::Md5;
    else if (base == QLatin1String("SHA-256"))
        c.algorithm = Algorithm::Sha256;
    else if (base == QLatin1String("SHA-512-256"))
        c.algorithm = Algorithm::Sha512_256;
    else
        return Error{Tr::tr("The Digest algorithm %1 is not supported (MD5, SHA-256 and SHA-512-256 are).").arg(c.algorithmAsWritten), {}};
    const QStringList offered = challenge.param(u"qop").split(u',', Qt::SkipEmptyParts);
    for (const QString &q : offered) {
        const QString t = q.trimmed().toLower();
        if (!t.isEmpty())
            c.qop.append(t);
    }
    if (challenge.hasParam(u"qop") && !c.qop.contains(QLatin1String("auth")) && !c.qop.contains(QLatin1String("auth-int")))
        return Error{Tr::tr("The Digest challenge offers qop \"%1\", which Keyway cannot answer.").arg(challenge.param(u"qop")), {}};
    c.userhash = challenge.param(u"userhash").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    c.utf8 = challenge.param(u"charset").compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0;
    c.stale = challenge.param(u"stale").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return c;
}

Result<DigestAuth::Challenge> DigestAuth::choose(const QList<AuthChallenge> &challenges)
{
    std::optional<Challenge> best;
    QStringList why;
    for (const AuthChallenge &a : challenges) {
        if (!a.is(u"Digest"))
            continue;
        Result<Challenge> c = fromChallenge(a);
        if (!c) {
            why.append(c.error().message);
            continue;
        }
        if (!best || strength(*c) > strength(*best))
            best = *c;
    }
    if (best)
        return *best;
    if (why.isEmpty())
        return Error{Tr::tr("The server sent no Digest challenge."), {}};
    return Error{why.join(u' '), {}};
}

QByteArray DigestAuth::response(const Challenge &c, const Input &in)
{
    const QByteArray realm = c.realm.toUtf8();
    const QByteArray nonce = c.nonce.toUtf8();
    QByteArray ha1 = hash(c.algorithm, in.username.toUtf8() + ':' + realm + ':' + in.password.toUtf8());
    if (c.session)
        ha1 = hash(c.algorithm, ha1 + ':' + nonce + ':' + in.cnonce);
    const QString qop = chosenQop(c);
    QByteArray a2 = in.method + ':' + in.uri;
    if (qop == QLatin1String("auth-int"))
        a2 += ':' + hash(c.algorithm, in.body);
    const QByteArray ha2 = hash(c.algorithm, a2);
    if (qop.isEmpty())
        return hash(c.algorithm, ha1 + ':' + nonce + ':' + ha2);
    const QByteArray nc = QByteArray::number(in.nc, 16).rightJustified(8, '0');
    return hash(c.algorithm, ha1 + ':' + nonce + ':' + nc + ':' + in.cnonce + ':' + qop.toLatin1() + ':' + ha2);
}

QByteArray DigestAuth::authorization(const Challenge &c, const Input &in)
{
    QList<QByteArray> parts;
    if (c.userhash) {
        parts.append("username=" + quoted(QString::fromLatin1(hash(c.algorithm, in.username.toUtf8() + ':' + c.realm.toUtf8()))));
    } else if (isAscii(in.username)) {
        parts.append("username=" + quoted(in.username));
    } else {
        // RFC 7616 §3.4.4: username* in the RFC 5987 extended notation.
        parts.append("username*=UTF-8''" + in.username.toUtf8().toPercentEncoding());
    }
    parts.append("realm=" + quoted(c.realm));
    parts.append("uri=" + quoted(QString::fromLatin1(in.uri)));
    parts.append("algorithm=" + c.algorithmAsWritten.toLatin1());
    parts.append("nonce=" + quoted(c.nonce));
    const QString qop = chosenQop(c);
    if (!qop.isEmpty()) {
        parts.append("nc=" + QByteArray::number(in.nc, 16).rightJustified(8, '0'));
        parts.append("cnonce=" + quoted(QString::fromLatin1(in.cnonce)));
        parts.append("qop=" + qop.toLatin1());
    }
    parts.append("response=" + quoted(QString::fromLatin1(response(c, in))));
    if (!c.opaque.isEmpty())
        parts.append("opaque=" + quoted(c.opaque));
    if (c.userhash)
        parts.append("userhash=true");
    return "Digest " + parts.join(", ");
}

QByteArray DigestAuth::newClientNonce()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    return bytes.toHex();
}

} // namespace keyway::request
