#include "auth/Jwk.h"

#include "auth/Base64Url.h"
#include "auth/Jwt.h"

#include <QJsonArray>
#include <QObject>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace keyway::auth {

namespace {

template<auto Free> struct OsslDeleter
{
    template<typename T> void operator()(T *p) const noexcept { Free(p); }
};
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OsslDeleter<&EVP_PKEY_CTX_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, OsslDeleter<&OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, OsslDeleter<&OSSL_PARAM_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OsslDeleter<&BN_free>>;

constexpr int kMinRsaBits = 512; // smaller moduli are not keys at all; the verifier applies the real minimum
constexpr int kMaxRsaBits = 16384; // OpenSSL's own ceiling; bigger ones only cost time
constexpr int kMaxRsaExponentBits = 64;

// The most recent OpenSSL error as text, and an empty error queue afterwards (it is per thread and would
// otherwise confuse the next caller).
QString takeOpenSslError()
{
    const unsigned long code = ERR_peek_last_error();
    QString text;
    if (code != 0) {
        char buffer[256] = {};
        ERR_error_string_n(code, buffer, sizeof buffer);
        const char *reason = ERR_reason_error_string(code);
        text = QString::fromLatin1(reason ? reason : buffer);
    }
    ERR_clear_error();
    return text;
}

std::shared_ptr<evp_pkey_st> sharePkey(EVP_PKEY *key)
{
    return std::shared_ptr<evp_pkey_st>(key, [](EVP_PKEY *k) { EVP_PKEY_free(k); });
}

Result<EVP_PKEY *> pkeyFromData(const char *typeName, OSSL_PARAM_BLD *builder)
{
    const ParamPtr params(OSSL_PARAM_BLD_to_param(builder));
    const PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, typeName, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0) {
        EVP_PKEY_free(key);
        return Error{takeOpenSslError(), {}};
    }
    return key;
}

// A required base64url member, decoded.
Result<QByteArray> binaryMember(const QJsonObject &object, QLatin1StringView name, bool required = true)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined()) {
        if (!required)
            return QByteArray();
        return Error{QObject::tr("\"%1\" is missing").arg(name), {}};
    }
    if (!value.isString())
        return Error{QObject::tr("\"%1\" is not a string").arg(name), {}};
    const QByteArray text = value.toString().toUtf8();
    auto decoded = base64UrlDecode(text, Base64UrlPadding::Accepted);
    if (!decoded)
        return Error{QObject::tr("\"%1\" is not valid base64url: %2").arg(name, decoded.error().message), {}};
    if (decoded->isEmpty())
        return Error{QObject::tr("\"%1\" is empty").arg(name), {}};
    return decoded;
}

Result<QString> optionalString(const QJsonObject &object, QLatin1StringView name)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        return QString();
    if (!value.isString())
        return Error{QObject::tr("\"%1\" is not a string").arg(name), {}};
    return value.toString();
}

QByteArrayView withoutLeadingZeros(const QByteArray &bytes)
{
    qsizetype i = 0;
    while (i + 1 < bytes.size() && bytes[i] == 0)
        ++i;
    return QByteArrayView(bytes).sliced(i);
}

Result<Jwk> buildRsa(const QJsonObject &object, Jwk jwk)
{
    auto n = binaryMember(object, QLatin1StringView("n"));
    if (!n)
        return n.error();
    auto e = binaryMember(object, QLatin1StringView("e"));
    if (!e)
        return e.error();
    const QByteArrayView modulus = withoutLeadingZeros(*n);
    const QByteArrayView exponent = withoutLeadingZeros(*e);
    const BignumPtr bnN(BN_bin2bn(reinterpret_cast<const unsigned char *>(modulus.data()), int(modulus.size()), nullptr));
    const BignumPtr bnE(BN_bin2bn(reinterpret_cast<const unsigned char *>(exponent.data()), int(exponent.size()), nullptr));
    if (!bnN || !bnE)
        return Error{QObject::tr("out of memory"), {}};
    const int bits = BN_num_bits(bnN.get());
    if (bits < kMinRsaBits || bits > kMaxRsaBits)
        return Error{
            QObject::tr("the modulus \"n\" has %1 bits; an RSA key has between %2 and %3").arg(bits).arg(kMinRsaBits).arg(kMaxRsaBits), {}};
    if (!BN_is_odd(bnN.get()))
        return Error{QObject::tr("the modulus \"n\" is even, so it is not an RSA modulus"), {}};
    if (!BN_is_odd(bnE.get()) || BN_is_one(bnE.get()) || BN_num_bits(bnE.get()) > kMaxRsaExponentBits)
        return Error{QObject::tr("the exponent \"e\" must be odd, at least 3 and at most %1 bits long").arg(kMaxRsaExponentBits), {}};

    const ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, bnN.get())
        || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, bnE.get()))
        return Error{QObject::tr("cannot build the RSA key: %1").arg(takeOpenSslError()), {}};
    auto key = pkeyFromData("RSA", builder.get());
    if (!key)
        return Error{QObject::tr("OpenSSL refused the RSA key: %1").arg(key.error().message), {}};
    jwk.publicKey = sharePkey(*key);
    jwk.bits = bits;
    return jwk;
}

struct CurveInfo
{
    const char *jwkName;
    int fieldBytes;
    int bits;
};
constexpr CurveInfo kEcCurves[] = {{"P-256", 32, 256}, {"P-384", 48, 384}, {"P-521", 66, 521}};

Result<Jwk> buildEc(const QJsonObject &object, Jwk jwk)
{
    const CurveInfo *curve = nullptr;
    for (const auto &c : kEcCurves) {
        if (jwk.curve == QLatin1StringView(c.jwkName))
            curve = &c;
    }
    if (!curve) {
        if (jwk.curve.isEmpty())
            return Error{QObject::tr("\"crv\" is missing (an EC key needs P-256, P-384 or P-521)"), {}};
        return Error{QObject::tr("the curve \"%1\" is not supported (P-256, P-384 and P-521 are)").arg(jwk.curve), {}};
    }
    auto x = binaryMember(object, QLatin1StringView("x"));
    if (!x)
        return x.error();
    auto y = binaryMember(object, QLatin1StringView("y"));
    if (!y)
        return y.error();
    // RFC 7518 §6.2.1.2: the coordinates are always the full size of the field.
    for (const auto &[name, value] : {std::pair{"x", &*x}, std::pair{"y", &*y}}) {
        if (value->size() != curve->fieldBytes)
            return Error{QObject::tr("\"%1\" is %2 bytes long; a %3 coordinate is exactly %4 bytes")
                             .arg(QLatin1StringView(name))
                             .arg(value->size())
                             .arg(jwk.curve)
                             .arg(curve->fieldBytes),
                         {}};
    }
    const QByteArray point = QByteArray(1, '\x04') + *x + *y;
    const QByteArray group = jwk.curve.toLatin1();
    const ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder || !OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, group.constData(), 0)
        || !OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(), size_t(point.size())))
        return Error{QObject::tr("cannot build the EC key: %1").arg(takeOpenSslError()), {}};
    auto key = pkeyFromData("EC", builder.get());
    if (!key) {
        // With the sizes checked above, the usual reason is a point that is not on the curve (an invalid-curve
        // attack, or corrupted coordinates).
        return Error{QObject::tr("the point (x, y) is not a valid %1 public key (%2)").arg(jwk.curve, key.error().message), {}};
    }
    jwk.publicKey = sharePkey(*key);
    jwk.bits = curve->bits;
    return jwk;
}

Result<Jwk> buildOkp(const QJsonObject &object, Jwk jwk)
{
    int type = 0;
    int size = 0;
    if (jwk.curve == QLatin1StringView("Ed25519")) {
        type = EVP_PKEY_ED25519;
        size = 32;
        jwk.bits = 255;
    } else if (jwk.curve == QLatin1StringView("Ed448")) {
        type = EVP_PKEY_ED448;
        size = 57;
        jwk.bits = 448;
    } else if (jwk.curve == QLatin1StringView("X25519") || jwk.curve == QLatin1StringView("X448")) {
        return Error{QObject::tr("%1 is a key-agreement curve; it cannot verify signatures").arg(jwk.curve), {}};
    } else if (jwk.curve.isEmpty()) {
        return Error{QObject::tr("\"crv\" is missing (an OKP key needs Ed25519 or Ed448)"), {}};
    } else {
        return Error{QObject::tr("the curve \"%1\" is not supported (Ed25519 and Ed448 are)").arg(jwk.curve), {}};
    }
    auto x = binaryMember(object, QLatin1StringView("x"));
    if (!x)
        return x.error();
    if (x->size() != size)
        return Error{QObject::tr("\"x\" is %1 bytes long; an %2 public key is exactly %3 bytes").arg(x->size()).arg(jwk.curve).arg(size),
                     {}};
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(type, nullptr, reinterpret_cast<const unsigned char *>(x->constData()), size_t(x->size()));
    if (!key)
        return Error{QObject::tr("OpenSSL refused the %1 key: %2").arg(jwk.curve, takeOpenSslError()), {}};
    jwk.publicKey = sharePkey(key);
    return jwk;
}

Result<Jwk> buildOct(const QJsonObject &object, Jwk jwk)
{
    auto k = binaryMember(object, QLatin1StringView("k"));
    if (!k)
        return k.error();
    jwk.secret = *k;
    jwk.bits = int(qMin<qsizetype>(k->size(), 1 << 20) * 8);
    return jwk;
}

const QLatin1StringView kPrivateMembers[]
    = {QLatin1StringView("d"),  QLatin1StringView("p"),  QLatin1StringView("q"),   QLatin1StringView("dp"),
       QLatin1StringView("dq"), QLatin1StringView("qi"), QLatin1StringView("oth"), QLatin1StringView("k")};

} // namespace

QString Jwk::typeName() const
{
    switch (type) {
    case JwkType::Rsa:
        return QStringLiteral("RSA");
    case JwkType::Ec:
        return QStringLiteral("EC");
    case JwkType::Okp:
        return QStringLiteral("OKP");
    case JwkType::Oct:
        return QStringLiteral("oct");
    }
    return {};
}

QString Jwk::describe() const
{
    QString what;
    switch (type) {
    case JwkType::Rsa:
        what = QObject::tr("RSA %1-bit key").arg(bits);
        break;
    case JwkType::Ec:
        what = QObject::tr("EC %1 key").arg(curve);
        break;
    case JwkType::Okp:
        what = QObject::tr("%1 key").arg(curve);
        break;
    case JwkType::Oct:
        what = QObject::tr("symmetric %1-bit key").arg(bits);
        break;
    }
    return kid.isEmpty() ? QObject::tr("%1 (no kid)").arg(what) : QObject::tr("%1 \"%2\"").arg(what, kid);
}

QByteArray Jwk::thumbprint() const
{
    // RFC 7638 §3: the required members only, in lexicographic order, no whitespace.
    auto member = [this](const char *name) {
        QByteArray value = publicMembers.value(QLatin1StringView(name)).toString().toUtf8();
        while (value.endsWith('='))
            value.chop(1);
        return "\"" + QByteArray(name) + "\":\"" + value + "\"";
    };
    QByteArray canonical;
    switch (type) {
    case JwkType::Rsa:
        canonical = "{" + member("e") + ",\"kty\":\"RSA\"," + member("n") + "}";
        break;
    case JwkType::Ec:
        canonical = "{" + member("crv") + ",\"kty\":\"EC\"," + member("x") + "," + member("y") + "}";
        break;
    case JwkType::Okp:
        canonical = "{" + member("crv") + ",\"kty\":\"OKP\"," + member("x") + "}";
        break;
    case JwkType::Oct:
        canonical = "{\"k\":\"" + base64UrlEncode(secret) + "\",\"kty\":\"oct\"}";
        break;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(canonical.constData(), size_t(canonical.size()), digest, &length, EVP_sha256(), nullptr) <= 0) {
        ERR_clear_error();
        return {};
    }
    return base64UrlEncode(QByteArrayView(reinterpret_cast<const char *>(digest), length));
}

QString JwkProblem::toString() const
{
    const QString which = kid.isEmpty() ? QObject::tr("key %1").arg(index) : QObject::tr("key %1 (kid \"%2\")").arg(index).arg(kid);
    return severity == Severity::Skipped ? QObject::tr("%1 skipped: %2").arg(which, message) : QObject::tr("%1: %2").arg(which, message);
}

Result<Jwk> parseJwk(const QJsonObject &object)
{
    Jwk jwk;
    const QJsonValue kty = object.value(QLatin1StringView("kty"));
    if (kty.isUndefined())
        return Error{QObject::tr("\"kty\" is missing"), {}};
    if (!kty.isString())
        return Error{QObject::tr("\"kty\" is not a string"), {}};
    const QString type = kty.toString();
    if (type == QLatin1StringView("RSA"))
        jwk.type = JwkType::Rsa;
    else if (type == QLatin1StringView("EC"))
        jwk.type = JwkType::Ec;
    else if (type == QLatin1StringView("OKP"))
        jwk.type = JwkType::Okp;
    else if (type == QLatin1StringView("oct"))
        jwk.type = JwkType::Oct;
    else
        return Error{QObject::tr("the key type \"%1\" is not supported (RSA, EC, OKP and oct are)").arg(type.left(40)), {}};

    for (const auto &[name, target] :
         {std::pair{"kid", &jwk.kid}, std::pair{"alg", &jwk.alg}, std::pair{"use", &jwk.use}, std::pair{"crv", &jwk.curve}}) {
        auto value = optionalString(object, QLatin1StringView(name));
        if (!value)
            return value.error();
        *target = *value;
    }
    const QJsonValue ops = object.value(QLatin1StringView("key_ops"));
    if (!ops.isUndefined()) {
        if (!ops.isArray())
            return Error{QObject::tr("\"key_ops\" is not an array"), {}};
        for (const QJsonValue &op : ops.toArray()) {
            if (!op.isString())
                return Error{QObject::tr("\"key_ops\" holds something other than strings"), {}};
            jwk.keyOps.append(op.toString());
        }
    }

    jwk.publicMembers = object;
    for (const auto &name : kPrivateMembers)
        jwk.publicMembers.remove(name);

    switch (jwk.type) {
    case JwkType::Rsa:
        return buildRsa(object, std::move(jwk));
    case JwkType::Ec:
        return buildEc(object, std::move(jwk));
    case JwkType::Okp:
        return buildOkp(object, std::move(jwk));
    case JwkType::Oct:
        return buildOct(object, std::move(jwk));
    }
    return Error{QObject::tr("unknown key type"), {}};
}

Result<JwkSet> parseJwks(QByteArrayView json)
{
    if (json.size() > kMaxJwksBytes)
        return Error{QObject::tr("the JWKS document is %1 KB, more than the %2 KB limit").arg(json.size() / 1024).arg(kMaxJwksBytes / 1024),
                     {}};
    auto root = parseJoseJson(json, QStringLiteral("JWKS"));
    if (!root)
        return Error{QObject::tr("the JWKS document is not a JSON object: %1").arg(root.error().toString()), {}};
    const QJsonValue keys = root->value(QLatin1StringView("keys"));
    if (keys.isUndefined())
        return Error{QObject::tr("the JWKS document has no \"keys\" member"), {}};
    if (!keys.isArray())
        return Error{QObject::tr("\"keys\" in the JWKS document is not an array"), {}};

    JwkSet set;
    const QJsonArray array = keys.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (i == kMaxJwksKeys) {
            set.problems.append(
                JwkProblem{i,
                           {},
                           JwkProblem::Severity::Skipped,
                           QObject::tr("only the first %1 keys are read; %2 more ignored").arg(kMaxJwksKeys).arg(array.size() - i)});
            break;
        }
        const QJsonValue entry = array.at(i);
        if (!entry.isObject()) {
            set.problems.append(JwkProblem{i, {}, JwkProblem::Severity::Skipped, QObject::tr("not a JSON object")});
            continue;
        }
        const QJsonObject object = entry.toObject();
        const QJsonValue kidValue = object.value(QLatin1StringView("kid"));
        const QString kid = kidValue.isString() ? kidValue.toString().left(200) : QString();
        auto key = parseJwk(object);
        if (!key) {
            set.problems.append(JwkProblem{i, kid, JwkProblem::Severity::Skipped, key.error().message});
            continue;
        }
        for (const auto &name : kPrivateMembers) {
            if (key->type != JwkType::Oct && object.contains(name)) {
                set.problems.append(JwkProblem{
                    i, kid, JwkProblem::Severity::Warning,
                    QObject::tr("the published key contains private key material (\"%1\"); only its public part is used").arg(name)});
                break;
            }
        }
        set.keys.append(std::move(*key));
    }
    return set;
}

} // namespace keyway::auth
