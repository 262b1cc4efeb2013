<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break or tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the byte 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64url: too much padding at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64url: padding &apos;=&apos; is not allowed here (offset %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64url: misplaced padding &apos;=&apos; at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64url: %1 at offset %2 belongs to standard base64, not base64url (use &apos;-&apos; and &apos;_&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64url: %1 at offset %2 is not a base64url character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64url: a length of %1 characters is impossible (one character too many or too few)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64url: the last character has non-zero unused bits (not a canonical encoding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expected issuer was configured, so the token cannot be attributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token has no iss claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iss is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the expected issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (they differ only by a trailing slash, which still makes them different issuers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (they differ only in letter case; the comparison is exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iss is %1, expected %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token has no sub claim (required in an ID token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub is not a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aud holds something other than strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aud is an empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token has no aud claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aud is neither a string nor an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client_id was configured to look for in aud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aud (%1) does not include the client_id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aud is the client_id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aud includes the client_id %1 among %2 audiences (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token has %1 audiences and no azp to say which one it was issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not present (needed only with several audiences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>azp is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>azp is %1, not the client_id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>azp is the client_id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token has no exp claim (required in an ID token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exp is not a valid NumericDate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago (%2), allowed skew %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago (%2), within the allowed skew of %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nbf is not a valid NumericDate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid yet: nbf is %1, allowed skew %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nbf is %1, within the allowed skew of %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token has no iat claim (required in an ID token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iat is not a valid NumericDate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued in the future: iat is %1, allowed skew %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iat is %1, within the allowed skew of %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token has no auth_time, and max_age was requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token has no auth_time, and it was requested as essential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth_time is not a valid NumericDate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user authenticated in the future: %1, allowed skew %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user authenticated %1, longer ago than max_age %2 (allowed skew %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user authenticated %1, within max_age %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user authenticated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user authenticated %1; no max_age was requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no nonce was sent, and the token has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token has a nonce, but none was sent with the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a nonce was sent, and the token has none (a replayed or injected token?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonce is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nonce %1 is not the one sent with the request (a replayed or injected token?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches the nonce sent with the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required, but no %2 was given to compare it with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not present, and no %1 to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present, but no %1 was given to compare it with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token has no %1, which this response type requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not present (optional here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be checked: the algorithm %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be checked: with EdDSA the hash depends on the key&apos;s curve, and no key verified the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; the %3 hashes to &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the token cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signed JWT (%1 header, %2 claims)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the algorithm is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the issuer may have rotated its keys: fetch the JWKS again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdDSA with the curve %1 has no defined hash for at_hash/c_hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL cannot compute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid base64url: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the modulus &quot;n&quot; has %1 bits; an RSA key has between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the modulus &quot;n&quot; is even, so it is not an RSA modulus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exponent &quot;e&quot; must be odd, at least 3 and at most %1 bits long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot build the RSA key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL refused the RSA key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;crv&quot; is missing (an EC key needs P-256, P-384 or P-521)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the curve &quot;%1&quot; is not supported (P-256, P-384 and P-521 are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 bytes long; a %3 coordinate is exactly %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot build the EC key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the point (x, y) is not a valid %1 public key (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a key-agreement curve; it cannot verify signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;crv&quot; is missing (an OKP key needs Ed25519 or Ed448)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the curve &quot;%1&quot; is not supported (Ed25519 and Ed448 are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;x&quot; is %1 bytes long; an %2 public key is exactly %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL refused the %1 key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA %1-bit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC %1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symmetric %1-bit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no kid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1 (kid &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kty&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kty&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key type &quot;%1&quot; is not supported (RSA, EC, OKP and oct are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;key_ops&quot; is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;key_ops&quot; holds something other than strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWKS document is %1 KB, more than the %2 KB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWKS document is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JWKS document has no &quot;keys&quot; member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;keys&quot; in the JWKS document is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the first %1 keys are read; %2 more ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the published key contains private key material (&quot;%1&quot;); only its public part is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a shared-secret algorithm, and %2 is a public key: it is never used as an HMAC secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an RSA key, and %2 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bits, fewer than the %3 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an EC %2 key, and %3 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdDSA needs an Ed25519 or Ed448 key, and %1 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is declared for %2 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is declared for use &quot;%2&quot;, not signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key_ops of %1 do not include &quot;verify&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no usable public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ECDSA signature cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an %1 signature is %2 bytes; this one is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL cannot set up %1 verification with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not verify with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL cannot compute the HMAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is JSON but not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token is %1 KB, more than the %2 KB Keyway reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this token has 5 parts: it is encrypted (JWE), and encrypted tokens (JWE) are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token has no &apos;.&apos;: it is not a JWT (perhaps an opaque token, which only its issuer can read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signed token (JWS) has 3 parts separated by &apos;.&apos;; this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part 1 (header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part 2 (payload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part 3 (signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no &quot;alg&quot; (every JWS names its algorithm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;alg&quot; in the header is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the header is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;crit&quot; in the header must be a non-empty array of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;crit&quot; in the header must hold only names (strings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;crit&quot; lists &quot;%1&quot;, a standard header parameter, which it must not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;crit&quot; lists &quot;%1&quot;, which is not in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;crit&quot; lists &quot;%1&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; a JWT&apos;s payload is a JSON object of claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload is not a JSON object of claims: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alg &quot;%1&quot; marks an unsigned token; Keyway never accepts unsigned tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alg &quot;%1&quot; is not a registered name; names are case-sensitive (%2?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alg &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not among the allowed algorithms (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header marks &quot;%1&quot; as critical, and Keyway does not implement that extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key has the kid &quot;%1&quot; (the key set has no kids at all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key has the kid &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a shared secret (the client secret), and none was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no keys to verify %1 with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the %1 keys can verify %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token has no signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an %1 signature is %2 bytes (R and S of %3 bytes each); this one is %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an %1 signature is %2 bytes; this one is %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys fit; only the first %2 were tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signature verified with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signature verified with the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key verifies it (%1 tried)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a NumericDate (seconds since 1970-01-01 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was refused: is the server running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MB, more than the %2 MB Keyway reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document refers to more than %1 other documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a referenced document cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a local file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::net::HttpRequestHandle</name>
    <message>
        <source>No complete answer from %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped sending for %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response from %1 is larger than the limit of %2 MB; it was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response from %1 announces %2 MB, more than the limit of %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 redirects (a redirect loop?), last at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a redirect to the non-HTTP URL %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::openapi::DocumentLoader</name>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway opens files and http(s) URLs, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parsing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document refers to more than %1 other documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a referenced document cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document loaded from %1 refers to the local file %2; Keyway does not follow that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::LoadErrorPanel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document that was open is still open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::LoadStatusWidget</name>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading; the document already open stays open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an OpenAPI or Swagger document from a file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document from an http(s) address (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the document again from its source (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operations Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security Schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;eration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Keyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tool Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled document %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled; %1 is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Schemes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 security scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 security schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json *.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of an OpenAPI or Swagger document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Keyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyway %1&lt;/h3&gt;&lt;p&gt;Explore and test secured HTTP APIs described by OpenAPI: every security scheme, every operation’s requirements, the flows that obtain credentials.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundled example</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::OperationDelegate</name>
    <message>
        <source>Deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::OperationPage</name>
    <message>
        <source>Select an operation on the left to see what it requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook: a request the API sends to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation ID &lt;code&gt;%1&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::OperationTreeModel</name>
    <message>
        <source>Operation ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations without a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests the API sends to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::OperationsPanel</name>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: method, path, summary, scheme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the operations whose method, path, summary, operationId, tags or security scheme names contain every word typed (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 1 operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no operations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::OverviewPage</name>
    <message>
        <source>Document overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swagger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document declares no security schemes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document-wide security requirement: each operation says what it needs, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default, operations require:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (security: [])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requires credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also allows anonymous access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also allow anonymous access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is public (security: [])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>are public (security: [])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declares no security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declare no security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names a scheme the document does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name a scheme the document does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used by 1 operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used by %1 operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(one of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::SchemeText</name>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Bearer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(location not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implicit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [not defined]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: declares security: [], no credentials needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No security declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherited from the document’s top-level security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared on this operation, overriding the document’s security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared on this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No security declared: neither this operation nor the document says which credentials it needs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::SchemesPage</name>
    <message>
        <source>This document declares no security schemes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations using this scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an operation to show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used by any operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by 1 operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by %1 operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative to the document’s own URL, which is not a web address here: load the document from its server to resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative to the server: the selected server has no absolute URL to resolve it against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway sends it in a real Cookie header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client proves its identity with a TLS client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OAuth 2.0 scheme declares no flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flow declares no scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::SecurityPanel</name>
    <message>
        <source>No security declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document declares no security schemes and no security requirement. The API may still ask for credentials; the document does not say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document defines security schemes but neither it nor this operation says which apply here. Treat it as unknown rather than public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation declares &lt;code&gt;security: []&lt;/code&gt;: it is public and needs no credentials, whatever the document requires elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document declares &lt;code&gt;security: []&lt;/code&gt;: its operations are public unless they say otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: security: []</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous access is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires one scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires %1 schemes, all together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any one of these %1 options is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1 of %2: anonymous access allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous access allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This option is an empty requirement &lt;code&gt;{}&lt;/code&gt;: the operation can be called without any credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of these together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the scheme “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not defined among the document’s security schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not among the scopes this scheme’s flows declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular scope asked for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::ServerChooser</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requests go to; relative URLs in the document resolve against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the values of this server&apos;s variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Server variables&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server variable %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore and test secured HTTP APIs described by OpenAPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OpenAPI or Swagger document to open: a file or an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
