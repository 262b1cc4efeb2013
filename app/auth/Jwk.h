#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY, kept opaque so that users of this header need no OpenSSL headers

namespace keyway::auth {

enum class JwkType { Rsa, Ec, Okp, Oct };

// One public JSON Web Key (RFC 7517, RFC 7518 §6, RFC 8037) ready for signature verification.
struct Jwk
{
    JwkType type = JwkType::Rsa;
    QString kid;
    QString alg; // the algorithm the key is restricted to, when the JWK says so
    QString use; // "sig", "enc" or empty
    QStringList keyOps; // key_ops, empty when absent
    QString curve; // EC: P-256, P-384, P-521; OKP: Ed25519, Ed448; empty otherwise
    int bits = 0; // RSA modulus, EC field, OKP curve (255/448) or oct key size in bits

    // The public key for RSA, EC and OKP (shared, immutable once built); null for oct.
    std::shared_ptr<evp_pkey_st> publicKey;
    // oct only: the symmetric key. A secret: never log it or show it.
    QByteArray secret;

    // The JWK's members without private ones (d, p, q, dp, dq, qi, oth, k), for display.
    QJsonObject publicMembers;

    QString typeName() const; // "RSA", "EC", "OKP", "oct" (the JWK kty)
    // "RSA 2048-bit key \"kid\"", "EC P-256 key (no kid)"...
    QString describe() const;
    // RFC 7638 JWK thumbprint (SHA-256), base64url.
    QByteArray thumbprint() const;
};

// Why one entry of a JWKS was skipped, or something worth knowing about a key that was kept.
struct JwkProblem
{
    enum class Severity { Skipped, Warning };
    int index = -1; // position in the "keys" array
    QString kid; // when the entry had one
    Severity severity = Severity::Skipped;
    QString message;

    QString toString() const; // "key 2 (kid \"abc\") skipped: n is missing"
};

struct JwkSet
{
    QList<Jwk> keys;
    QList<JwkProblem> problems;
};

// Limits for documents that come from the network.
inline constexpr qsizetype kMaxJwksBytes = 1024 * 1024;
inline constexpr int kMaxJwksKeys = 100;

// Parses one JWK object. The error says which member is missing or wrong and why.
Result<Jwk> parseJwk(const QJsonObject &object);

// Parses a JWK Set document ({"keys": [...]}). Fails only when the document itself is unusable (not JSON,
// no "keys" array, too large); each bad entry is skipped and described in JwkSet::problems.
Result<JwkSet> parseJwks(QByteArrayView json);

} // namespace keyway::auth
