#include "auth/IdTokenValidator.h"

#include "auth/Base64Url.h"

#include <QJsonArray>
#include <QObject>

#include <openssl/err.h>
#include <openssl/evp.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace keyway::auth {

namespace {

using Status = ValidationCheck::Status;

QString quoted(const QString &text)
{
    return u'"' + (text.size() > 120 ? text.left(120) + u"…"_s : text) + u'"';
}

// "expired 5 min ago (2026-11-27 10:00:00 UTC)"
QString when(qint64 t, qint64 now)
{
    return QObject::tr("%1 (%2)").arg(describeRelative(t, now), formatUtc(t));
}

class Checker
{
public:
    Checker(const IdTokenExpectations &expected, const Jws &jws, const JwsVerification &signature, qint64 now)
        : m_expected(expected), m_jws(jws), m_claims(jws.claims), m_signature(signature), m_now(now)
    { }

    ValidationCheck iss() const
    {
        const QJsonValue value = m_claims.value("iss"_L1);
        if (m_expected.issuer.isEmpty())
            return fail(u"iss"_s, QObject::tr("no expected issuer was configured, so the token cannot be attributed"));
        if (value.isUndefined())
            return fail(u"iss"_s, QObject::tr("the token has no iss claim"));
        if (!value.isString())
            return fail(u"iss"_s, QObject::tr("iss is not a string"));
        const QString iss = value.toString();
        if (iss == m_expected.issuer)
            return pass(u"iss"_s, QObject::tr("%1 is the expected issuer").arg(quoted(iss)));
        QString hint;
        if (iss + u'/' == m_expected.issuer || iss == m_expected.issuer + u'/')
            hint = QObject::tr(" (they differ only by a trailing slash, which still makes them different issuers)");
        else if (iss.compare(m_expected.issuer, Qt::CaseInsensitive) == 0)
            hint = QObject::tr(" (they differ only in letter case; the comparison is exact)");
        return fail(u"iss"_s, QObject::tr("iss is %1, expected %2%3").arg(quoted(iss), quoted(m_expected.issuer), hint));
    }

    ValidationCheck sub() const
    {
        const QJsonValue value = m_claims.value("sub"_L1);
        if (value.isUndefined())
            return fail(u"sub"_s, QObject::tr("the token has no sub claim (required in an ID token)"));
        if (!value.isString() || value.toString().isEmpty())
            return fail(u"sub"_s, QObject::tr("sub is not a non-empty string"));
        return pass(u"sub"_s, QObject::tr("subject %1").arg(quoted(value.toString())));
    }

    // The audiences as strings; nullopt (with *why) when aud is missing or malformed.
    std::optional<QStringList> audiences(QString *why) const
    {
        const QJsonValue value = m_claims.value("aud"_L1);
        if (value.isString())
            return QStringList{value.toString()};
        if (value.isArray()) {
            QStringList list;
            for (const QJsonValue &entry : value.toArray()) {
                if (!entry.isString()) {
                    *why = QObject::tr("aud holds something other than strings");
                    return std::nullopt;
                }
                list.append(entry.toString());
            }
            if (list.isEmpty()) {
                *why = QObject::tr("aud is an empty array");
                return std::nullopt;
            }
            return list;
        }
        *why = value.isUndefined() ? QObject::tr("the token has no aud claim")
                                   : QObject::tr("aud is neither a string nor an array of strings");
        return std::nullopt;
    }

    static QString listText(const QStringList &list)
    {
        QStringList shown;
        for (const QString &s : list.mid(0, 10))
            shown.append(quoted(s));
        if (list.size() > 10)
            shown.append(QObject::tr("%1 more").arg(list.size() - 10));
        return shown.join(u", "_s);
    }

    ValidationCheck aud() const
    {
        QString why;
        const auto list = audiences(&why);
        if (!list)
            return fail(u"aud"_s, why);
        if (m_expected.clientId.isEmpty())
            return fail(u"aud"_s, QObject::tr("no client_id was configured to look for in aud"));
        if (!list->contains(m_expected.clientId))
            return fail(u"aud"_s,
                        QObject::tr("aud (%1) does not include the client_id %2").arg(listText(*list), quoted(m_expected.clientId)));
        if (list->size() == 1)
            return pass(u"aud"_s, QObject::tr("aud is the client_id %1").arg(quoted(m_expected.clientId)));
        return pass(u"aud"_s,
                    QObject::tr("aud includes the client_id %1 among %2 audiences (%3)")
                        .arg(quoted(m_expected.clientId))
                        .arg(list->size())
                        .arg(listText(*list)));
    }

    ValidationCheck azp() const
    {
        const QJsonValue value = m_claims.value("azp"_L1);
        QString why;
        const auto list = audiences(&why);
        QStringList distinct = list.value_or(QStringList());
        distinct.removeDuplicates();
        const bool several = distinct.size() > 1;
        if (value.isUndefined()) {
            if (several)
                return fail(u"azp"_s,
                            QObject::tr("the token has %1 audiences and no azp to say which one it was issued to").arg(distinct.size()));
            return skip(u"azp"_s, QObject::tr("not present (needed only with several audiences)"));
        }
        if (!value.isString())
            return fail(u"azp"_s, QObject::tr("azp is not a string"));
        if (value.toString() != m_expected.clientId)
            return fail(u"azp"_s,
                        QObject::tr("azp is %1, not the client_id %2").arg(quoted(value.toString()), quoted(m_expected.clientId)));
        return pass(u"azp"_s, QObject::tr("azp is the client_id %1").arg(quoted(m_expected.clientId)));
    }

    ValidationCheck exp() const
    {
        const QJsonValue value = m_claims.value("exp"_L1);
        if (value.isUndefined())
            return fail(u"exp"_s, QObject::tr("the token has no exp claim (required in an ID token)"));
        const auto t = numericDate(value);
        if (!t)
            return fail(u"exp"_s, QObject::tr("exp is not a valid NumericDate"));
        const qint64 skew = m_expected.clockSkewSeconds;
        // RFC 7519 §4.1.4: not acceptable on or after exp.
        if (m_now >= *t + skew)
            return fail(u"exp"_s,
                        QObject::tr("expired %1 ago (%2), allowed skew %3 s").arg(describeDuration(m_now - *t), formatUtc(*t)).arg(skew));
        if (m_now >= *t)
            return pass(u"exp"_s,
                        QObject::tr("expired %1 ago (%2), within the allowed skew of %3 s")
                            .arg(describeDuration(m_now - *t), formatUtc(*t))
                            .arg(skew));
        return pass(u"exp"_s, QObject::tr("expires %1").arg(when(*t, m_now)));
    }

    ValidationCheck nbf() const
    {
        const QJsonValue value = m_claims.value("nbf"_L1);
        if (value.isUndefined())
            return skip(u"nbf"_s, QObject::tr("not present"));
        const auto t = numericDate(value);
        if (!t)
            return fail(u"nbf"_s, QObject::tr("nbf is not a valid NumericDate"));
        const qint64 skew = m_expected.clockSkewSeconds;
        if (m_now < *t - skew)
            return fail(u"nbf"_s, QObject::tr("not valid yet: nbf is %1, allowed skew %2 s").arg(when(*t, m_now)).arg(skew));
        if (m_now < *t)
            return pass(u"nbf"_s, QObject::tr("nbf is %1, within the allowed skew of %2 s").arg(when(*t, m_now)).arg(skew));
        return pass(u"nbf"_s, QObject::tr("valid since %1").arg(when(*t, m_now)));
    }

    ValidationCheck iat() const
    {
        const QJsonValue value = m_claims.value("iat"_L1);
        if (value.isUndefined())
            return fail(u"iat"_s, QObject::tr("the token has no iat claim (required in an ID token)"));
        const auto t = numericDate(value);
        if (!t)
            return fail(u"iat"_s, QObject::tr("iat is not a valid NumericDate"));
        const qint64 skew = m_expected.clockSkewSeconds;
        if (*t > m_now + skew)
            return fail(u"iat"_s, QObject::tr("issued in the future: iat is %1, allowed skew %2 s").arg(when(*t, m_now)).arg(skew));
        if (*t > m_now)
            return pass(u"iat"_s, QObject::tr("iat is %1, within the allowed skew of %2 s").arg(when(*t, m_now)).arg(skew));
        return pass(u"iat"_s, QObject::tr("issued %1").arg(when(*t, m_now)));
    }

    ValidationCheck authTime() const
    {
        const QJsonValue value = m_claims.value("auth_time"_L1);
        const bool required = m_expected.maxAgeSeconds.has_value() || m_expected.requireAuthTime;
        if (value.isUndefined()) {
            if (m_expected.maxAgeSeconds)
                return fail(u"auth_time"_s, QObject::tr("the token has no auth_time, and max_age was requested"));
            if (required)
                return fail(u"auth_time"_s, QObject::tr("the token has no auth_time, and it was requested as essential"));
            return skip(u"auth_time"_s, QObject::tr("not present"));
        }
        const auto t = numericDate(value);
        if (!t)
            return fail(u"auth_time"_s, QObject::tr("auth_time is not a valid NumericDate"));
        const qint64 skew = m_expected.clockSkewSeconds;
        if (*t > m_now + skew)
            return fail(u"auth_time"_s,
                        QObject::tr("the user authenticated in the future: %1, allowed skew %2 s").arg(when(*t, m_now)).arg(skew));
        if (m_expected.maxAgeSeconds) {
            const qint64 maxAge = *m_expected.maxAgeSeconds;
            if (m_now > *t + maxAge + skew)
                return fail(u"auth_time"_s,
                            QObject::tr("the user authenticated %1, longer ago than max_age %2 (allowed skew %3 s)")
                                .arg(when(*t, m_now), describeDuration(maxAge))
                                .arg(skew));
            return pass(u"auth_time"_s,
                        QObject::tr("the user authenticated %1, within max_age %2").arg(when(*t, m_now), describeDuration(maxAge)));
        }
        if (required)
            return pass(u"auth_time"_s, QObject::tr("the user authenticated %1").arg(when(*t, m_now)));
        return skip(u"auth_time"_s, QObject::tr("the user authenticated %1; no max_age was requested").arg(when(*t, m_now)));
    }

    ValidationCheck nonce() const
    {
        const QJsonValue value = m_claims.value("nonce"_L1);
        if (!m_expected.nonce) {
            return skip(u"nonce"_s,
                        value.isUndefined() ? QObject::tr("no nonce was sent, and the token has none")
                                            : QObject::tr("the token has a nonce, but none was sent with the request"));
        }
        if (value.isUndefined())
            return fail(u"nonce"_s, QObject::tr("a nonce was sent, and the token has none (a replayed or injected token?)"));
        if (!value.isString())
            return fail(u"nonce"_s, QObject::tr("nonce is not a string"));
        if (value.toString() != *m_expected.nonce)
            return fail(u"nonce"_s,
                        QObject::tr("the nonce %1 is not the one sent with the request (a replayed or injected token?)")
                            .arg(quoted(value.toString())));
        return pass(u"nonce"_s, QObject::tr("matches the nonce sent with the request"));
    }

    // at_hash and c_hash share everything but names.
    ValidationCheck halfHash(const QString &name, const QByteArray &value, bool required, const QString &valueName) const
    {
        const QJsonValue claim = m_claims.value(name);
        if (value.isEmpty()) {
            if (required)
                return fail(name, QObject::tr("%1 is required, but no %2 was given to compare it with").arg(name, valueName));
            return skip(name,
                        claim.isUndefined() ? QObject::tr("not present, and no %1 to compare").arg(valueName)
                                            : QObject::tr("present, but no %1 was given to compare it with").arg(valueName));
        }
        if (claim.isUndefined()) {
            if (required)
                return fail(name, QObject::tr("the token has no %1, which this response type requires").arg(name));
            return skip(name, QObject::tr("not present (optional here)"));
        }
        if (!claim.isString())
            return fail(name, QObject::tr("%1 is not a string").arg(name));
        const auto alg = jwsAlgorithmFromName(m_jws.algorithm);
        if (!alg)
            return fail(name, QObject::tr("cannot be checked: the algorithm %1 is unknown").arg(quoted(m_jws.algorithm)));
        QString curve;
        if (*alg == JwsAlgorithm::EdDSA) {
            if (!m_signature.key)
                return fail(
                    name, QObject::tr("cannot be checked: with EdDSA the hash depends on the key's curve, and no key verified the token"));
            curve = m_signature.key->curve;
        }
        const auto expected = oidcHalfHash(*alg, curve, value);
        if (!expected)
            return fail(name, expected.error().message);
        if (claim.toString() != QString::fromLatin1(*expected))
            return fail(name,
                        QObject::tr("%1 is %2; the %3 hashes to \"%4\"")
                            .arg(name, quoted(claim.toString()), valueName, QString::fromLatin1(*expected)));
        return pass(name, QObject::tr("matches the %1").arg(valueName));
    }

private:
    static ValidationCheck pass(const QString &name, const QString &detail) { return {name, Status::Passed, detail}; }
    static ValidationCheck fail(const QString &name, const QString &detail) { return {name, Status::Failed, detail}; }
    static ValidationCheck skip(const QString &name, const QString &detail) { return {name, Status::Skipped, detail}; }

    const IdTokenExpectations &m_expected;
    const Jws &m_jws;
    const QJsonObject &m_claims;
    const JwsVerification &m_signature;
    qint64 m_now;
};

const QString kCheckNames[] = {u"format"_s, u"alg"_s, u"signature"_s, u"iss"_s,       u"sub"_s,   u"aud"_s,     u"azp"_s,
                               u"exp"_s,    u"nbf"_s, u"iat"_s,       u"auth_time"_s, u"nonce"_s, u"at_hash"_s, u"c_hash"_s};

} // namespace

bool IdTokenValidation::valid() const
{
    if (!token || !signature.ok() || checks.isEmpty())
        return false;
    for (const ValidationCheck &c : checks) {
        if (c.status == ValidationCheck::Status::Failed)
            return false;
    }
    return true;
}

const ValidationCheck *IdTokenValidation::check(QStringView name) const
{
    for (const ValidationCheck &c : checks) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QStringList IdTokenValidation::failures() const
{
    QStringList list;
    for (const ValidationCheck &c : checks) {
        if (c.status == ValidationCheck::Status::Failed)
            list.append(c.name + u": "_s + c.detail);
    }
    return list;
}

IdTokenValidator::IdTokenValidator(IdTokenExpectations expectations) : m_expectations(std::move(expectations))
{ }

IdTokenValidation IdTokenValidator::validate(QByteArrayView idToken) const
{
    IdTokenValidation result;
    const QDateTime nowTime = m_expectations.now.isValid() ? m_expectations.now : QDateTime::currentDateTimeUtc();
    const qint64 now = nowTime.toSecsSinceEpoch();

    auto parsed = parseJws(idToken);
    if (!parsed) {
        result.checks.append({u"format"_s, Status::Failed, parsed.error().message});
        for (const QString &name : kCheckNames) {
            if (name != u"format"_s)
                result.checks.append({name, Status::Skipped, QObject::tr("not checked: the token cannot be decoded")});
        }
        result.signature.detail = parsed.error().message;
        return result;
    }
    result.token = std::move(*parsed);
    const Jws &jws = *result.token;
    result.checks.append(
        {u"format"_s, Status::Passed, QObject::tr("a signed JWT (%1 header, %2 claims)").arg(jws.header.size()).arg(jws.claims.size())});

    JwsVerifyOptions verify;
    verify.allowedAlgorithms = m_expectations.allowedAlgorithms;
    verify.keys = m_expectations.keys;
    verify.hmacSecret = m_expectations.clientSecret;
    result.signature = verifyJws(jws, verify);

    using VS = JwsVerifyStatus;
    const VS vs = result.signature.status;
    const bool algRefused = vs == VS::AlgorithmNone || vs == VS::AlgorithmUnsupported || vs == VS::AlgorithmNotAllowed;
    if (algRefused) {
        result.checks.append({u"alg"_s, Status::Failed, result.signature.detail});
        result.checks.append({u"signature"_s, Status::Skipped, QObject::tr("not checked: the algorithm is refused")});
    } else {
        result.checks.append({u"alg"_s, Status::Passed, QObject::tr("%1 is allowed").arg(jws.algorithm)});
        QString detail = result.signature.detail;
        if (vs == VS::UnknownKeyId)
            detail += QObject::tr(" — the issuer may have rotated its keys: fetch the JWKS again");
        result.checks.append({u"signature"_s, result.signature.ok() ? Status::Passed : Status::Failed, detail});
    }

    const Checker checker(m_expectations, jws, result.signature, now);
    result.checks.append(checker.iss());
    result.checks.append(checker.sub());
    result.checks.append(checker.aud());
    result.checks.append(checker.azp());
    result.checks.append(checker.exp());
    result.checks.append(checker.nbf());
    result.checks.append(checker.iat());
    result.checks.append(checker.authTime());
    result.checks.append(checker.nonce());
    result.checks.append(
        checker.halfHash(u"at_hash"_s, m_expectations.accessToken, m_expectations.requireAtHash, QObject::tr("access token")));
    result.checks.append(
        checker.halfHash(u"c_hash"_s, m_expectations.code, m_expectations.requireCHash, QObject::tr("authorization code")));
    return result;
}

Result<QByteArray> oidcHalfHash(JwsAlgorithm algorithm, const QString &curve, QByteArrayView value)
{
    const char *digest = nullptr;
    size_t outputBytes = 0;
    switch (algorithm) {
    case JwsAlgorithm::HS256:
    case JwsAlgorithm::RS256:
    case JwsAlgorithm::PS256:
    case JwsAlgorithm::ES256:
        digest = "SHA256";
        outputBytes = 32;
        break;
    case JwsAlgorithm::HS384:
    case JwsAlgorithm::RS384:
    case JwsAlgorithm::PS384:
    case JwsAlgorithm::ES384:
        digest = "SHA384";
        outputBytes = 48;
        break;
    case JwsAlgorithm::HS512:
    case JwsAlgorithm::RS512:
    case JwsAlgorithm::PS512:
    case JwsAlgorithm::ES512:
        digest = "SHA512";
        outputBytes = 64;
        break;
    case JwsAlgorithm::EdDSA:
        if (curve == u"Ed25519"_s) {
            digest = "SHA512";
            outputBytes = 64;
        } else if (curve == u"Ed448"_s) {
            digest = "SHAKE256";
            outputBytes = 114;
        } else {
            return Error{QObject::tr("EdDSA with the curve %1 has no defined hash for at_hash/c_hash").arg(quoted(curve)), {}};
        }
        break;
    }

    const std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md(EVP_MD_fetch(nullptr, digest, nullptr), &EVP_MD_free);
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    unsigned char out[128];
    bool ok = md && ctx && EVP_DigestInit_ex(ctx.get(), md.get(), nullptr) == 1
        && EVP_DigestUpdate(ctx.get(), value.data(), size_t(value.size())) == 1;
    if (ok && outputBytes == 114) // SHAKE256 is an XOF: the output length is chosen, not fixed
        ok = EVP_DigestFinalXOF(ctx.get(), out, outputBytes) == 1;
    else if (ok)
        ok = EVP_DigestFinal_ex(ctx.get(), out, nullptr) == 1;
    if (!ok) {
        ERR_clear_error();
        return Error{QObject::tr("OpenSSL cannot compute %1").arg(QLatin1StringView(digest)), {}};
    }
    return base64UrlEncode(QByteArrayView(reinterpret_cast<const char *>(out), qsizetype(outputBytes / 2)));
}

} // namespace keyway::auth
