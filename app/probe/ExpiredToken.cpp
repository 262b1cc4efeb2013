#include "probe/ExpiredToken.h"

#include "auth/Base64Url.h"
#include "auth/Jwt.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <openssl/bio.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace keyway::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Probe)
};

EVP_PKEY *pkey(const std::shared_ptr<void> &key)
{
    return static_cast<EVP_PKEY *>(key.get());
}

QByteArray compact(const QJsonObject &object)
{
    return auth::base64UrlEncode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray randomId()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toHex();
}

} // namespace

Result<SigningKey> SigningKey::fromPem(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    if (!bio)
        return Error{Tr::tr("The signing key cannot be read.")};
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    if (!key)
        return Error{Tr::tr("The signing key is not an unencrypted PEM private key.")};
    SigningKey result;
    result.m_key = std::shared_ptr<void>(key, [](void *k) { EVP_PKEY_free(static_cast<EVP_PKEY *>(k)); });
    if (EVP_PKEY_is_a(key, "RSA")) {
        if (EVP_PKEY_get_bits(key) < 2048)
            return Error{Tr::tr("The RSA signing key has %1 bits; at least 2048 are needed.").arg(EVP_PKEY_get_bits(key))};
        result.m_algorithm = QStringLiteral("RS256");
    } else if (EVP_PKEY_is_a(key, "EC") && EVP_PKEY_get_bits(key) == 256) {
        result.m_algorithm = QStringLiteral("ES256");
    } else {
        return Error{Tr::tr("The signing key must be an RSA key (RS256) or a P-256 key (ES256).")};
    }
    return result;
}

QByteArray SigningKey::sign(const QByteArray &input) const
{
    EVP_PKEY *key = pkey(m_key);
    if (!key)
        return {};
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestSignInit_ex(ctx.get(), nullptr, "SHA256", nullptr, nullptr, key, nullptr) != 1)
        return {};
    const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
    size_t length = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &length, data, size_t(input.size())) != 1)
        return {};
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, data, size_t(input.size())) != 1)
        return {};
    signature.resize(qsizetype(length));
    if (m_algorithm != QLatin1String("ES256"))
        return signature;
    // DER ECDSA-Sig-Value -> raw R || S (RFC 7518 §3.4).
    const auto *p = reinterpret_cast<const unsigned char *>(signature.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, long(signature.size()));
    if (!sig)
        return {};
    QByteArray raw(64, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(raw.data()), 32);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
    ECDSA_SIG_free(sig);
    return raw;
}

ExpiredToken makeExpiredToken(const QString &templateToken, const SigningKey *key, const QDateTime &now)
{
    QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")}};
    QJsonObject claims{{QStringLiteral("sub"), QStringLiteral("keyway-probe")}};
    bool fromTemplate = false;
    if (!templateToken.isEmpty()) {
        if (auto jws = auth::parseJws(templateToken.toLatin1()); jws && jws->payloadIsJson) {
            header = jws->header;
            claims = jws->claims;
            fromTemplate = true;
        }
    }
    const qint64 t = now.toSecsSinceEpoch();
    claims.insert(QStringLiteral("iat"), t - 7200);
    if (claims.contains(QStringLiteral("nbf")))
        claims.insert(QStringLiteral("nbf"), t - 7200);
    claims.insert(QStringLiteral("exp"), t - 3600);
    claims.insert(QStringLiteral("jti"), QString::fromLatin1(randomId()));

    ExpiredToken result;
    const QString origin = fromTemplate ? Tr::tr("claims copied from the valid token, exp one hour ago")
                                        : Tr::tr("minimal claims (no valid JWT to copy), exp one hour ago");
    if (key) {
        header.insert(QStringLiteral("alg"), key->algorithm());
        const QByteArray input = compact(header) + '.' + compact(claims);
        const QByteArray signature = key->sign(input);
        if (!signature.isEmpty()) {
            result.token = input + '.' + auth::base64UrlEncode(signature);
            result.signedWithTrustedKey = true;
            result.detail = Tr::tr("Signed (%1) with the given signing key; %2.").arg(key->algorithm(), origin);
            return result;
        }
    }
    if (!header.contains(QStringLiteral("alg")))
        header.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
    result.token = compact(header) + '.' + compact(claims) + '.';
    result.detail = Tr::tr("Unsigned (no signing key the server trusts was given), so a refusal may be for the signature "
                           "rather than the expiry; %1.")
                        .arg(origin);
    return result;
}

QByteArray garbledToken()
{
    // Not three base64url parts, not a JWT, characters outside the token68 alphabet: refused by any parser.
    return QByteArrayLiteral("keyway-probe.not-a-token!") + randomId();
}

} // namespace keyway::probe
