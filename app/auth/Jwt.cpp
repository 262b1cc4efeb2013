#include "auth/Jwt.h"

#include "auth/Base64Url.h"
#include "openapi/Readers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace keyway::auth {

namespace {

template<auto Free> struct OsslDeleter
{
    template<typename T> void operator()(T *p) const noexcept { Free(p); }
};
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OsslDeleter<&EVP_MD_CTX_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, OsslDeleter<&ECDSA_SIG_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OsslDeleter<&BN_free>>;

struct AlgorithmInfo
{
    JwsAlgorithm algorithm;
    const char *name;
    const char *digest; // OpenSSL digest name; nullptr for EdDSA (the signature scheme hashes itself)
    int hashBytes;
};

constexpr AlgorithmInfo kAlgorithms[] = {
    {JwsAlgorithm::HS256, "HS256", "SHA256", 32}, {JwsAlgorithm::HS384, "HS384", "SHA384", 48},
    {JwsAlgorithm::HS512, "HS512", "SHA512", 64}, {JwsAlgorithm::RS256, "RS256", "SHA256", 32},
    {JwsAlgorithm::RS384, "RS384", "SHA384", 48}, {JwsAlgorithm::RS512, "RS512", "SHA512", 64},
    {JwsAlgorithm::PS256, "PS256", "SHA256", 32}, {JwsAlgorithm::PS384, "PS384", "SHA384", 48},
    {JwsAlgorithm::PS512, "PS512", "SHA512", 64}, {JwsAlgorithm::ES256, "ES256", "SHA256", 32},
    {JwsAlgorithm::ES384, "ES384", "SHA384", 48}, {JwsAlgorithm::ES512, "ES512", "SHA512", 64},
    {JwsAlgorithm::EdDSA, "EdDSA", nullptr, 0},
};

const AlgorithmInfo &info(JwsAlgorithm algorithm)
{
    for (const auto &i : kAlgorithms) {
        if (i.algorithm == algorithm)
            return i;
    }
    Q_UNREACHABLE();
}

enum class Family { Hmac, RsaPkcs1, RsaPss, Ecdsa, EdDsa };

Family familyOf(JwsAlgorithm a)
{
    switch (a) {
    case JwsAlgorithm::HS256:
    case JwsAlgorithm::HS384:
    case JwsAlgorithm::HS512:
        return Family::Hmac;
    case JwsAlgorithm::RS256:
    case JwsAlgorithm::RS384:
    case JwsAlgorithm::RS512:
        return Family::RsaPkcs1;
    case JwsAlgorithm::PS256:
    case JwsAlgorithm::PS384:
    case JwsAlgorithm::PS512:
        return Family::RsaPss;
    case JwsAlgorithm::ES256:
    case JwsAlgorithm::ES384:
    case JwsAlgorithm::ES512:
        return Family::Ecdsa;
    case JwsAlgorithm::EdDSA:
        return Family::EdDsa;
    }
    return Family::Hmac;
}

// ES256 is P-256 only, and so on (RFC 7518 §3.4): the curve is part of the algorithm.
QString curveFor(JwsAlgorithm a)
{
    switch (a) {
    case JwsAlgorithm::ES256:
        return u"P-256"_s;
    case JwsAlgorithm::ES384:
        return u"P-384"_s;
    case JwsAlgorithm::ES512:
        return u"P-521"_s;
    default:
        return {};
    }
}

int ecCoordinateBytes(JwsAlgorithm a)
{
    switch (a) {
    case JwsAlgorithm::ES256:
        return 32;
    case JwsAlgorithm::ES384:
        return 48;
    case JwsAlgorithm::ES512:
        return 66;
    default:
        return 0;
    }
}

QString joinAlgorithms(const QList<JwsAlgorithm> &list)
{
    QStringList names;
    for (auto a : list)
        names.append(jwsAlgorithmName(a));
    return names.isEmpty() ? QObject::tr("none at all") : names.join(u", "_s);
}

// Why a key cannot be used with an algorithm; empty when it can.
QString incompatibility(const Jwk &key, JwsAlgorithm alg, const JwsVerifyOptions &options)
{
    const QString algName = jwsAlgorithmName(alg);
    switch (familyOf(alg)) {
    case Family::Hmac:
        if (key.type != JwkType::Oct)
            return QObject::tr("%1 is a shared-secret algorithm, and %2 is a public key: it is never used as an HMAC secret")
                .arg(algName, key.describe());
        break;
    case Family::RsaPkcs1:
    case Family::RsaPss:
        if (key.type != JwkType::Rsa)
            return QObject::tr("%1 needs an RSA key, and %2 is not one").arg(algName, key.describe());
        if (key.bits < options.minimumRsaBits)
            return QObject::tr("%1 has %2 bits, fewer than the %3 required").arg(key.describe()).arg(key.bits).arg(options.minimumRsaBits);
        break;
    case Family::Ecdsa:
        if (key.type != JwkType::Ec || key.curve != curveFor(alg))
            return QObject::tr("%1 needs an EC %2 key, and %3 is not one").arg(algName, curveFor(alg), key.describe());
        break;
    case Family::EdDsa:
        if (key.type != JwkType::Okp)
            return QObject::tr("EdDSA needs an Ed25519 or Ed448 key, and %1 is not one").arg(key.describe());
        break;
    }
    if (!key.alg.isEmpty() && key.alg != algName)
        return QObject::tr("%1 is declared for %2 only").arg(key.describe(), key.alg);
    if (!key.use.isEmpty() && key.use != u"sig"_s)
        return QObject::tr("%1 is declared for use \"%2\", not signatures").arg(key.describe(), key.use);
    if (!key.keyOps.isEmpty() && !key.keyOps.contains(u"verify"_s))
        return QObject::tr("the key_ops of %1 do not include \"verify\"").arg(key.describe());
    if (key.type != JwkType::Oct && !key.publicKey)
        return QObject::tr("%1 has no usable public key").arg(key.describe());
    if (key.type == JwkType::Oct && key.secret.isEmpty())
        return QObject::tr("%1 is empty").arg(key.describe());
    return {};
}

// JWS carries ECDSA signatures as R || S, each the size of the curve's field; EVP wants DER.
QByteArray ecdsaRawToDer(QByteArrayView raw)
{
    const int half = int(raw.size() / 2);
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.data());
    BignumPtr r(BN_bin2bn(bytes, half, nullptr));
    BignumPtr s(BN_bin2bn(bytes + half, half, nullptr));
    EcdsaSigPtr sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return {};
    (void)r.release(); // owned by sig now
    (void)s.release();
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(sig.get(), &out) != length)
        return {};
    return der;
}

// Empty when the signature verifies; otherwise why not.
QString verifyAsymmetric(JwsAlgorithm alg, const Jwk &key, QByteArrayView input, QByteArrayView signature)
{
    QByteArray der;
    if (familyOf(alg) == Family::Ecdsa) {
        der = ecdsaRawToDer(signature);
        if (der.isEmpty()) {
            ERR_clear_error();
            return QObject::tr("the ECDSA signature cannot be decoded");
        }
        signature = der;
    } else if (familyOf(alg) == Family::EdDsa) {
        const qsizetype expected = key.curve == u"Ed448"_s ? 114 : 64;
        if (signature.size() != expected)
            return QObject::tr("an %1 signature is %2 bytes; this one is %3").arg(key.curve).arg(expected).arg(signature.size());
    }

    const AlgorithmInfo &i = info(alg);
    const MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pkeyCtx = nullptr; // owned by ctx
    bool ready = ctx && EVP_DigestVerifyInit_ex(ctx.get(), &pkeyCtx, i.digest, nullptr, nullptr, key.publicKey.get(), nullptr) == 1;
    if (ready && familyOf(alg) == Family::RsaPkcs1)
        ready = EVP_PKEY_CTX_set_rsa_padding(pkeyCtx, RSA_PKCS1_PADDING) > 0;
    if (ready && familyOf(alg) == Family::RsaPss) {
        // RFC 7518 §3.5: MGF1 with the same hash, salt as long as the hash (checked exactly, not "auto").
        ready = EVP_PKEY_CTX_set_rsa_padding(pkeyCtx, RSA_PKCS1_PSS_PADDING) > 0
            && EVP_PKEY_CTX_set_rsa_pss_saltlen(pkeyCtx, RSA_PSS_SALTLEN_DIGEST) > 0
            && EVP_PKEY_CTX_set_rsa_mgf1_md_name(pkeyCtx, i.digest, nullptr) > 0;
    }
    if (!ready) {
        ERR_clear_error();
        return QObject::tr("OpenSSL cannot set up %1 verification with %2").arg(jwsAlgorithmName(alg), key.describe());
    }
    const int result = EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.data()), size_t(signature.size()),
                                        reinterpret_cast<const unsigned char *>(input.data()), size_t(input.size()));
    ERR_clear_error();
    if (result == 1)
        return {};
    return QObject::tr("the signature does not verify with %1").arg(key.describe());
}

QString verifyHmac(JwsAlgorithm alg, QByteArrayView secret, const QString &keyName, QByteArrayView input, QByteArrayView signature)
{
    const AlgorithmInfo &i = info(alg);
    unsigned char mac[EVP_MAX_MD_SIZE];
    size_t macLength = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, i.digest, nullptr, secret.data(), size_t(secret.size()),
                   reinterpret_cast<const unsigned char *>(input.data()), size_t(input.size()), mac, sizeof mac, &macLength)) {
        ERR_clear_error();
        return QObject::tr("OpenSSL cannot compute the HMAC");
    }
    // Lengths are public (the algorithm fixes them); the bytes are compared in constant time.
    if (macLength != size_t(signature.size()) || CRYPTO_memcmp(mac, signature.data(), macLength) != 0)
        return QObject::tr("the signature does not verify with %1").arg(keyName);
    return {};
}

} // namespace

QString jwsAlgorithmName(JwsAlgorithm algorithm)
{
    return QString::fromLatin1(info(algorithm).name);
}

std::optional<JwsAlgorithm> jwsAlgorithmFromName(QStringView name)
{
    for (const auto &i : kAlgorithms) {
        if (name == QLatin1StringView(i.name))
            return i.algorithm;
    }
    return std::nullopt;
}

QList<JwsAlgorithm> allJwsAlgorithms()
{
    QList<JwsAlgorithm> list;
    for (const auto &i : kAlgorithms)
        list.append(i.algorithm);
    return list;
}

QList<JwsAlgorithm> asymmetricJwsAlgorithms()
{
    QList<JwsAlgorithm> list;
    for (const auto &i : kAlgorithms) {
        if (familyOf(i.algorithm) != Family::Hmac)
            list.append(i.algorithm);
    }
    return list;
}

Result<QJsonObject> parseJoseJson(QByteArrayView json, const QString &what)
{
    // The project's strict reader first: it refuses duplicate member names, invalid UTF-8 and trailing data,
    // and says where. QJsonDocument would silently keep the last of two "alg" members.
    auto strict = openapi::parseJson(json.toByteArray(), what);
    if (!strict)
        return strict.error();
    if (!strict.value()->root().isObject())
        return Error{QObject::tr("%1 is JSON but not an object").arg(what), {}};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error{QObject::tr("%1 is not valid JSON: %2 at offset %3").arg(what, error.errorString()).arg(error.offset), {}};
    if (!document.isObject())
        return Error{QObject::tr("%1 is JSON but not an object").arg(what), {}};
    return document.object();
}

Result<Jws> parseJws(QByteArrayView token, const JwsParseOptions &options)
{
    if (token.size() > options.maxTokenBytes)
        return Error{
            QObject::tr("the token is %1 KB, more than the %2 KB Keyway reads").arg(token.size() / 1024).arg(options.maxTokenBytes / 1024),
            {}};
    if (token.isEmpty())
        return Error{QObject::tr("the token is empty"), {}};

    const qsizetype dots = token.count('.');
    if (dots == 4)
        return Error{QObject::tr("this token has 5 parts: it is encrypted (JWE), and encrypted tokens (JWE) are not supported"), {}};
    if (dots == 0)
        return Error{QObject::tr("the token has no '.': it is not a JWT (perhaps an opaque token, which only its issuer can read)"), {}};
    if (dots != 2)
        return Error{QObject::tr("a signed token (JWS) has 3 parts separated by '.'; this one has %1").arg(dots + 1), {}};

    const qsizetype firstDot = token.indexOf('.');
    const qsizetype secondDot = token.indexOf('.', firstDot + 1);
    const QByteArrayView parts[3]
        = {token.first(firstDot), token.sliced(firstDot + 1, secondDot - firstDot - 1), token.sliced(secondDot + 1)};
    const QString partNames[3] = {QObject::tr("part 1 (header)"), QObject::tr("part 2 (payload)"), QObject::tr("part 3 (signature)")};

    QByteArray decoded[3];
    for (int i = 0; i < 3; ++i) {
        auto bytes = base64UrlDecode(parts[i]);
        if (!bytes)
            return Error{QObject::tr("%1 is not valid: %2").arg(partNames[i], bytes.error().message), {}};
        decoded[i] = std::move(*bytes);
    }
    if (decoded[0].isEmpty())
        return Error{QObject::tr("%1 is empty").arg(partNames[0]), {}};

    Jws jws;
    auto header = parseJoseJson(decoded[0], QObject::tr("the header"));
    if (!header)
        return Error{QObject::tr("the header is not a JSON object: %1").arg(header.error().toString()), {}};
    jws.header = std::move(*header);

    const QJsonValue alg = jws.header.value("alg"_L1);
    if (alg.isUndefined())
        return Error{QObject::tr("the header has no \"alg\" (every JWS names its algorithm)"), {}};
    if (!alg.isString())
        return Error{QObject::tr("\"alg\" in the header is not a string"), {}};
    jws.algorithm = alg.toString();
    for (const auto &[name, target] : {std::pair{"kid", &jws.keyId}, std::pair{"typ", &jws.type}, std::pair{"cty", &jws.contentType}}) {
        const QJsonValue value = jws.header.value(QLatin1StringView(name));
        if (value.isUndefined())
            continue;
        if (!value.isString())
            return Error{QObject::tr("\"%1\" in the header is not a string").arg(QLatin1StringView(name)), {}};
        *target = value.toString();
    }

    // RFC 7515 §4.1.11: a non-empty array of names of extension parameters that are present in the header.
    const QJsonValue crit = jws.header.value("crit"_L1);
    if (!crit.isUndefined()) {
        if (!crit.isArray() || crit.toArray().isEmpty())
            return Error{QObject::tr("\"crit\" in the header must be a non-empty array of names"), {}};
        static const QStringList registered{u"alg"_s,      u"jku"_s, u"jwk"_s, u"kid"_s,  u"x5u"_s, u"x5c"_s, u"x5t"_s,
                                            u"x5t#S256"_s, u"typ"_s, u"cty"_s, u"crit"_s, u"enc"_s, u"zip"_s};
        for (const QJsonValue &entry : crit.toArray()) {
            if (!entry.isString())
                return Error{QObject::tr("\"crit\" in the header must hold only names (strings)"), {}};
            const QString name = entry.toString();
            if (registered.contains(name))
                return Error{QObject::tr("\"crit\" lists \"%1\", a standard header parameter, which it must not").arg(name), {}};
            if (!jws.header.contains(name))
                return Error{QObject::tr("\"crit\" lists \"%1\", which is not in the header").arg(name.left(100)), {}};
            if (jws.critical.contains(name))
                return Error{QObject::tr("\"crit\" lists \"%1\" twice").arg(name.left(100)), {}};
            jws.critical.append(name);
        }
    }

    jws.payload = std::move(decoded[1]);
    if (options.requireJsonPayload) {
        if (jws.payload.isEmpty())
            return Error{QObject::tr("%1 is empty; a JWT's payload is a JSON object of claims").arg(partNames[1]), {}};
        auto claims = parseJoseJson(jws.payload, QObject::tr("the payload"));
        if (!claims)
            return Error{QObject::tr("the payload is not a JSON object of claims: %1").arg(claims.error().toString()), {}};
        jws.claims = std::move(*claims);
        jws.payloadIsJson = true;
    } else if (!jws.payload.isEmpty() && jws.payload.startsWith('{')) {
        auto claims = parseJoseJson(jws.payload, QObject::tr("the payload"));
        if (claims) {
            jws.claims = std::move(*claims);
            jws.payloadIsJson = true;
        }
    }
    jws.signature = std::move(decoded[2]);
    jws.signingInput = token.first(secondDot).toByteArray();
    return jws;
}

JwsVerification verifyJws(const Jws &jws, const JwsVerifyOptions &options)
{
    JwsVerification result;
    auto fail = [&result](JwsVerifyStatus status, QString detail) {
        result.status = status;
        result.detail = std::move(detail);
        return result;
    };

    if (jws.algorithm.compare(u"none"_s, Qt::CaseInsensitive) == 0)
        return fail(JwsVerifyStatus::AlgorithmNone,
                    QObject::tr("alg \"%1\" marks an unsigned token; Keyway never accepts unsigned tokens").arg(jws.algorithm));
    const auto alg = jwsAlgorithmFromName(jws.algorithm);
    if (!alg) {
        for (const auto &i : kAlgorithms) {
            if (jws.algorithm.compare(QLatin1StringView(i.name), Qt::CaseInsensitive) == 0)
                return fail(JwsVerifyStatus::AlgorithmUnsupported,
                            QObject::tr("alg \"%1\" is not a registered name; names are case-sensitive (%2?)")
                                .arg(jws.algorithm, QLatin1StringView(i.name)));
        }
        return fail(JwsVerifyStatus::AlgorithmUnsupported, QObject::tr("alg \"%1\" is not supported").arg(jws.algorithm.left(40)));
    }
    result.algorithm = alg;
    const QString algName = jwsAlgorithmName(*alg);
    if (!options.allowedAlgorithms.contains(*alg))
        return fail(JwsVerifyStatus::AlgorithmNotAllowed,
                    QObject::tr("%1 is not among the allowed algorithms (%2)").arg(algName, joinAlgorithms(options.allowedAlgorithms)));
    for (const QString &name : jws.critical) {
        if (!options.understoodCriticalHeaders.contains(name))
            return fail(
                JwsVerifyStatus::UnsupportedCriticalHeader,
                QObject::tr("the header marks \"%1\" as critical, and Keyway does not implement that extension").arg(name.left(100)));
    }

    const Family family = familyOf(*alg);
    // Candidate keys: those the kid names (a kid is exact and case-sensitive), or without a kid every key.
    QList<qsizetype> named;
    const bool hasKid = jws.header.contains("kid"_L1);
    for (qsizetype i = 0; i < options.keys.size(); ++i) {
        if (!hasKid || options.keys.at(i).kid == jws.keyId)
            named.append(i);
    }
    const bool useSecret = family == Family::Hmac && !options.hmacSecret.isEmpty();
    if (hasKid && named.isEmpty() && !useSecret) {
        QStringList known;
        for (const Jwk &key : options.keys) {
            if (!key.kid.isEmpty())
                known.append(u'"' + key.kid.left(60) + u'"');
        }
        return fail(JwsVerifyStatus::UnknownKeyId,
                    known.isEmpty() ? QObject::tr("no key has the kid \"%1\" (the key set has no kids at all)").arg(jws.keyId.left(100))
                                    : QObject::tr("no key has the kid \"%1\" (known: %2)").arg(jws.keyId.left(100), known.join(u", "_s)));
    }

    QList<qsizetype> candidates;
    QStringList refusals;
    for (qsizetype i : named) {
        const QString why = incompatibility(options.keys.at(i), *alg, options);
        if (why.isEmpty())
            candidates.append(i);
        else
            refusals.append(why);
    }
    if (candidates.isEmpty() && !useSecret) {
        if (hasKid)
            return fail(JwsVerifyStatus::KeyMismatch, refusals.join(u"; "_s));
        if (family == Family::Hmac)
            return fail(JwsVerifyStatus::NoSuitableKey,
                        QObject::tr("%1 needs a shared secret (the client secret), and none was given").arg(algName));
        return fail(JwsVerifyStatus::NoSuitableKey,
                    options.keys.isEmpty() ? QObject::tr("there are no keys to verify %1 with").arg(algName)
                                           : QObject::tr("none of the %1 keys can verify %2").arg(options.keys.size()).arg(algName));
    }
    // The signature's shape depends only on the algorithm: checked once the keys are known to fit.
    if (jws.signature.isEmpty())
        return fail(JwsVerifyStatus::InvalidSignature, QObject::tr("the token has no signature"));
    if (family == Family::Ecdsa && jws.signature.size() != 2 * ecCoordinateBytes(*alg))
        return fail(JwsVerifyStatus::InvalidSignature,
                    QObject::tr("an %1 signature is %2 bytes (R and S of %3 bytes each); this one is %4 bytes")
                        .arg(algName)
                        .arg(2 * ecCoordinateBytes(*alg))
                        .arg(ecCoordinateBytes(*alg))
                        .arg(jws.signature.size()));
    if (family == Family::Hmac && jws.signature.size() != info(*alg).hashBytes)
        return fail(JwsVerifyStatus::InvalidSignature,
                    QObject::tr("an %1 signature is %2 bytes; this one is %3 bytes")
                        .arg(algName)
                        .arg(info(*alg).hashBytes)
                        .arg(jws.signature.size()));

    if (candidates.size() > options.maxCandidates) {
        result.attempts.append(QObject::tr("%1 keys fit; only the first %2 were tried").arg(candidates.size()).arg(options.maxCandidates));
        candidates.resize(options.maxCandidates);
    }

    int tried = 0;
    for (qsizetype i : candidates) {
        ++tried;
        const Jwk &key = options.keys.at(i);
        const QString why = family == Family::Hmac ? verifyHmac(*alg, key.secret, key.describe(), jws.signingInput, jws.signature)
                                                   : verifyAsymmetric(*alg, key, jws.signingInput, jws.signature);
        if (why.isEmpty()) {
            result.status = JwsVerifyStatus::Verified;
            result.key = key;
            result.detail = QObject::tr("%1 signature verified with %2").arg(algName, key.describe());
            return result;
        }
        result.attempts.append(why);
    }
    if (useSecret) {
        ++tried;
        const QString why = verifyHmac(*alg, options.hmacSecret, QObject::tr("the client secret"), jws.signingInput, jws.signature);
        if (why.isEmpty()) {
            result.status = JwsVerifyStatus::Verified;
            result.usedHmacSecret = true;
            result.detail = QObject::tr("%1 signature verified with the client secret").arg(algName);
            return result;
        }
        result.attempts.append(why);
    }
    const QString why = tried == 1 ? result.attempts.constLast() : QObject::tr("no key verifies it (%1 tried)").arg(tried);
    return fail(JwsVerifyStatus::InvalidSignature, QObject::tr("invalid signature: %1").arg(why));
}

std::optional<qint64> numericDate(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double v = value.toDouble();
    // 0001-01-01 .. 9999-12-31, the range QDateTime formats sensibly.
    constexpr double kMin = -62135596800.0;
    constexpr double kMax = 253402300799.0;
    if (!std::isfinite(v) || v < kMin || v > kMax)
        return std::nullopt;
    return qint64(std::floor(v));
}

QString formatUtc(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
}

QString describeDuration(qint64 seconds)
{
    const qint64 s = seconds < 0 ? -seconds : seconds;
    if (s < 60)
        return QObject::tr("%1 s").arg(s);
    if (s < 3600)
        return s % 60 ? QObject::tr("%1 min %2 s").arg(s / 60).arg(s % 60) : QObject::tr("%1 min").arg(s / 60);
    if (s < 86400) {
        const qint64 minutes = (s % 3600) / 60;
        return minutes ? QObject::tr("%1 h %2 min").arg(s / 3600).arg(minutes) : QObject::tr("%1 h").arg(s / 3600);
    }
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const QString dayText = days == 1 ? QObject::tr("1 day") : QObject::tr("%1 days").arg(days);
    return hours ? QObject::tr("%1 %2 h").arg(dayText).arg(hours) : dayText;
}

QString describeRelative(qint64 secondsSinceEpoch, qint64 nowSecondsSinceEpoch)
{
    const qint64 delta = secondsSinceEpoch - nowSecondsSinceEpoch;
    if (delta == 0)
        return QObject::tr("now");
    return delta > 0 ? QObject::tr("in %1").arg(describeDuration(delta)) : QObject::tr("%1 ago").arg(describeDuration(delta));
}

JwtTimeClaim describeTimeClaim(const QString &name, const QJsonValue &value, const QDateTime &now)
{
    JwtTimeClaim claim;
    claim.name = name;
    const auto seconds = numericDate(value);
    if (!seconds) {
        claim.relativeText
            = value.isDouble() ? QObject::tr("out of range") : QObject::tr("not a NumericDate (seconds since 1970-01-01 UTC)");
        return claim;
    }
    claim.valid = true;
    claim.secondsSinceEpoch = *seconds;
    claim.utcText = formatUtc(*seconds);
    claim.relativeText = describeRelative(*seconds, now.toSecsSinceEpoch());
    return claim;
}

Result<JwtInspection> inspectJwt(QByteArrayView token, const QDateTime &now)
{
    auto jws = parseJws(token.trimmed());
    if (!jws)
        return jws.error();
    JwtInspection inspection;
    inspection.jws = std::move(*jws);
    for (const auto name : {"exp"_L1, "iat"_L1, "nbf"_L1, "auth_time"_L1}) {
        const QJsonValue value = inspection.jws.claims.value(name);
        if (!value.isUndefined())
            inspection.times.append(describeTimeClaim(name, value, now));
    }
    return inspection;
}

} // namespace keyway::auth
