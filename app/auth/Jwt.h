#pragma once

#include "auth/Jwk.h"
#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyway::auth {

// The JWS algorithms Keyway verifies (RFC 7518 §3, RFC 8037). "none" is deliberately not one of them.
enum class JwsAlgorithm { HS256, HS384, HS512, RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA };

QString jwsAlgorithmName(JwsAlgorithm algorithm);
// Exact, case-sensitive match of a registered name ("RS256"); nullopt for anything else, "none" included.
std::optional<JwsAlgorithm> jwsAlgorithmFromName(QStringView name);
QList<JwsAlgorithm> allJwsAlgorithms();
// The asymmetric ones: a sensible allow-list when no client secret is involved.
QList<JwsAlgorithm> asymmetricJwsAlgorithms();

// A JWS in compact serialization (RFC 7515 §7.1), decoded but not verified.
struct Jws
{
    QJsonObject header;
    QByteArray payload; // the decoded payload, exactly as signed
    QJsonObject claims; // the payload as a JSON object; empty when it is not one
    bool payloadIsJson = false;
    QByteArray signature; // decoded
    QByteArray signingInput; // "<header>.<payload>" as received: the bytes the signature covers

    QString algorithm; // "alg" as written (may be anything, "none" included)
    QString keyId; // "kid"
    QString type; // "typ"
    QString contentType; // "cty"
    QStringList critical; // "crit"
};

struct JwsParseOptions
{
    qsizetype maxTokenBytes = 256 * 1024;
    // A JWT's payload is a JSON object (its claims). Off for other JWS payloads.
    bool requireJsonPayload = true;
};

// Splits and decodes a compact JWS. Errors say what is wrong and where: the part count, which part is not
// base64url (and at which offset), a header or payload that is not a JSON object, duplicate member names
// (refused: a second "alg" is the classic parser-differential trick), a missing "alg", a malformed "crit",
// a token over the size limit, or a JWE (5 parts). Nothing here trusts the token: any bytes are safe.
Result<Jws> parseJws(QByteArrayView token, const JwsParseOptions &options = {});

// A JSON object as JOSE needs it: valid UTF-8, no duplicate member names, nothing after the object.
// `what` names the document in errors ("header", "JWKS").
Result<QJsonObject> parseJoseJson(QByteArrayView json, const QString &what);

// What to verify a JWS with.
struct JwsVerifyOptions
{
    // Pinned algorithms: a token whose alg is not listed is refused before any key is touched.
    QList<JwsAlgorithm> allowedAlgorithms;
    // Public keys (usually a JWKS from the issuer). Symmetric oct keys here serve HS* only.
    QList<Jwk> keys;
    // The HMAC key for HS* (for ID tokens: the client secret, RFC 7518 §3.2 / OIDC Core §10.1). Never
    // derived from a public key.
    QByteArray hmacSecret;
    // RSA keys below this size are refused (RFC 7518 §3.3 requires 2048).
    int minimumRsaBits = 2048;
    // Extension header parameters this caller understands; a "crit" naming anything else is refused.
    QStringList understoodCriticalHeaders;
    // Upper bound on keys tried when the token has no kid (a hostile JWKS must not make it slow).
    int maxCandidates = 10;
};

enum class JwsVerifyStatus {
    Verified,
    AlgorithmNone, // alg "none" in any spelling: never accepted
    AlgorithmUnsupported, // alg is not one Keyway implements
    AlgorithmNotAllowed, // alg is not on the caller's allow-list
    UnsupportedCriticalHeader,
    UnknownKeyId, // the kid matches no key: the caller may refetch the JWKS once and retry
    KeyMismatch, // the key the kid names cannot be used with this alg (e.g. HS256 with an RSA key)
    NoSuitableKey, // no key at all for this alg (no kid given, or HS* without a secret)
    InvalidSignature, // candidates existed; none verified (or the signature is malformed)
};

struct JwsVerification
{
    JwsVerifyStatus status = JwsVerifyStatus::InvalidSignature;
    QString detail; // one sentence, for people
    std::optional<JwsAlgorithm> algorithm;
    // The key that verified the signature; for HS* with the client secret, usedHmacSecret is true instead.
    std::optional<Jwk> key;
    bool usedHmacSecret = false;
    // One line per key tried and why it failed (when several were tried).
    QStringList attempts;

    bool ok() const { return status == JwsVerifyStatus::Verified; }
    bool shouldRefetchKeys() const { return status == JwsVerifyStatus::UnknownKeyId; }
};

// Verifies the signature of a parsed JWS. Checks, in order: alg is not "none", is implemented, is allowed,
// "crit" is understood; then picks keys (by kid; without a kid, every key fitting the alg, each tried) and
// verifies. A key is used only for the algorithm family it belongs to (kty, curve, its own "alg", "use" and
// "key_ops" are all respected), so an RSA public key can never serve as an HMAC secret.
JwsVerification verifyJws(const Jws &jws, const JwsVerifyOptions &options);

// Token inspector helpers ---------------------------------------------------------------------------------

// A NumericDate claim (exp, iat, nbf, auth_time) made readable.
struct JwtTimeClaim
{
    QString name;
    bool valid = false; // false when the claim is not a number or is out of range
    qint64 secondsSinceEpoch = 0;
    QString utcText; // "2026-11-27 10:00:00 UTC"
    QString relativeText; // "in 4 min 30 s", "2 h 5 min ago", "now"; or what is wrong with the claim
};

struct JwtInspection
{
    Jws jws;
    QList<JwtTimeClaim> times; // exp, iat, nbf, auth_time, in that order, those present
};

// Decodes a token for display (surrounding whitespace is ignored). Nothing is verified.
Result<JwtInspection> inspectJwt(QByteArrayView token, const QDateTime &now);
JwtTimeClaim describeTimeClaim(const QString &name, const QJsonValue &value, const QDateTime &now);

// "2026-11-27 10:00:00 UTC"
QString formatUtc(qint64 secondsSinceEpoch);
// "45 s", "5 min", "5 min 30 s", "2 h 5 min", "3 days 4 h" (seconds are dropped above an hour).
QString describeDuration(qint64 seconds);
// "in 5 min", "5 min ago", "now"
QString describeRelative(qint64 secondsSinceEpoch, qint64 nowSecondsSinceEpoch);
// A NumericDate claim as whole seconds; nullopt when it is not a finite number within years 0001..9999.
std::optional<qint64> numericDate(const QJsonValue &value);

} // namespace keyway::auth
