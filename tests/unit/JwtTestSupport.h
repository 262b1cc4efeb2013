#pragma once

// Test-only JWS signing: keys generated with OpenSSL, exported as public JWKs, tokens signed with
// EVP_DigestSign. Shared by tst_jwt and tst_idtokenvalidator; nothing here is part of Keyway itself.

#include "auth/Base64Url.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

namespace keyway::testing {

using PkeyPtr = std::shared_ptr<EVP_PKEY>;

inline PkeyPtr sharedKey(EVP_PKEY *key)
{
    return PkeyPtr(key, [](EVP_PKEY *k) { EVP_PKEY_free(k); });
}

inline PkeyPtr generateRsa(size_t bits = 2048)
{
    return sharedKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", bits));
}

// curve: "P-256", "P-384", "P-521"
inline PkeyPtr generateEc(const char *curve)
{
    return sharedKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve));
}

// type: "ED25519" or "ED448"
inline PkeyPtr generateOkp(const char *type)
{
    return sharedKey(EVP_PKEY_Q_keygen(nullptr, nullptr, type));
}

inline QByteArray b64(QByteArrayView bytes)
{
    return auth::base64UrlEncode(bytes);
}

inline QByteArray bignumParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray bytes(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(bn);
    return bytes;
}

// The public part of a key as a JWK object (kid added when given).
inline QJsonObject publicJwk(EVP_PKEY *key, const QString &kid = {})
{
    QJsonObject jwk;
    if (EVP_PKEY_is_a(key, "RSA")) {
        jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        jwk.insert(QStringLiteral("n"), QString::fromLatin1(b64(bignumParam(key, OSSL_PKEY_PARAM_RSA_N))));
        jwk.insert(QStringLiteral("e"), QString::fromLatin1(b64(bignumParam(key, OSSL_PKEY_PARAM_RSA_E))));
    } else if (EVP_PKEY_is_a(key, "EC")) {
        char group[64] = {};
        EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, nullptr);
        const QByteArray name(group);
        const QString crv = name == "prime256v1" ? QStringLiteral("P-256")
            : name == "secp384r1"                ? QStringLiteral("P-384")
                                                 : QStringLiteral("P-521");
        unsigned char point[160];
        size_t length = 0;
        EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point, &length);
        const qsizetype half = qsizetype(length - 1) / 2; // 0x04 || x || y
        const QByteArray raw(reinterpret_cast<const char *>(point) + 1, qsizetype(length - 1));
        jwk.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        jwk.insert(QStringLiteral("crv"), crv);
        jwk.insert(QStringLiteral("x"), QString::fromLatin1(b64(raw.left(half))));
        jwk.insert(QStringLiteral("y"), QString::fromLatin1(b64(raw.mid(half))));
    } else {
        unsigned char raw[64];
        size_t length = sizeof raw;
        EVP_PKEY_get_raw_public_key(key, raw, &length);
        jwk.insert(QStringLiteral("kty"), QStringLiteral("OKP"));
        jwk.insert(QStringLiteral("crv"), EVP_PKEY_is_a(key, "ED25519") ? QStringLiteral("Ed25519") : QStringLiteral("Ed448"));
        jwk.insert(QStringLiteral("x"), QString::fromLatin1(b64(QByteArrayView(reinterpret_cast<const char *>(raw), qsizetype(length)))));
    }
    if (!kid.isEmpty())
        jwk.insert(QStringLiteral("kid"), kid);
    return jwk;
}

inline const char *digestFor(const QByteArray &alg)
{
    if (alg.endsWith("256"))
        return "SHA256";
    if (alg.endsWith("384"))
        return "SHA384";
    if (alg.endsWith("512"))
        return "SHA512";
    return nullptr; // EdDSA
}

// Signs like a JWS issuer would: ECDSA as raw R || S, PSS with a salt as long as the hash unless
// pssSaltLength says otherwise.
inline QByteArray sign(const QByteArray &alg, EVP_PKEY *key, QByteArrayView input, int pssSaltLength = RSA_PSS_SALTLEN_DIGEST)
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_PKEY_CTX *pctx = nullptr;
    if (EVP_DigestSignInit_ex(ctx.get(), &pctx, digestFor(alg), nullptr, nullptr, key, nullptr) != 1)
        return {};
    if (alg.startsWith("PS")) {
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, pssSaltLength);
        EVP_PKEY_CTX_set_rsa_mgf1_md_name(pctx, digestFor(alg), nullptr);
    }
    size_t length = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(input.data());
    if (EVP_DigestSign(ctx.get(), nullptr, &length, data, size_t(input.size())) != 1)
        return {};
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, data, size_t(input.size())) != 1)
        return {};
    signature.resize(qsizetype(length));
    if (!alg.startsWith("ES"))
        return signature;

    // DER ECDSA-Sig-Value -> R || S, each padded to the coordinate size.
    const int size = alg == "ES256" ? 32 : alg == "ES384" ? 48 : 66;
    const auto *p = reinterpret_cast<const unsigned char *>(signature.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, long(signature.size()));
    if (!sig)
        return {};
    QByteArray raw(2 * size, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(raw.data()), size);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char *>(raw.data()) + size, size);
    ECDSA_SIG_free(sig);
    return raw;
}

inline QByteArray hmac(const QByteArray &alg, QByteArrayView secret, QByteArrayView input)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    size_t length = 0;
    EVP_Q_mac(nullptr, "HMAC", nullptr, digestFor(alg), nullptr, secret.data(), size_t(secret.size()),
              reinterpret_cast<const unsigned char *>(input.data()), size_t(input.size()), mac, sizeof mac, &length);
    return QByteArray(reinterpret_cast<const char *>(mac), qsizetype(length));
}

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QByteArray signingInput(const QByteArray &headerJson, const QByteArray &payload)
{
    return b64(headerJson) + '.' + b64(payload);
}

// A complete compact JWS signed with `key` (asymmetric) for header["alg"].
inline QByteArray signToken(const QJsonObject &header, const QJsonObject &claims, EVP_PKEY *key)
{
    const QByteArray input = signingInput(compact(header), compact(claims));
    return input + '.' + b64(sign(header.value(QStringLiteral("alg")).toString().toLatin1(), key, input));
}

inline QByteArray hmacToken(const QJsonObject &header, const QJsonObject &claims, QByteArrayView secret)
{
    const QByteArray input = signingInput(compact(header), compact(claims));
    return input + '.' + b64(hmac(header.value(QStringLiteral("alg")).toString().toLatin1(), secret, input));
}

// The DER SubjectPublicKeyInfo of a key: what an attacker would use as an "HMAC secret" in the
// RS256 -> HS256 confusion attack.
inline QByteArray publicKeyDer(EVP_PKEY *key)
{
    const int length = i2d_PUBKEY(key, nullptr);
    QByteArray der(length, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(der.data());
    i2d_PUBKEY(key, &p);
    return der;
}

inline QByteArray publicKeyPem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, key);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, qsizetype(length));
    BIO_free(bio);
    return pem;
}

} // namespace keyway::testing
