<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>CredentialManager</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked at the server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was revoked (no tokens, or the server advertises no revocation endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored secret was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n stored secret(s).</source>
        <translation>
            <numerusform>Deleted %n stored secret.</numerusform>
            <numerusform>Deleted %n stored secrets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialSource</name>
    <message>
        <source>Cannot read the %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is larger than 1 MB; it is not a certificate or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 bundle cannot be read: a wrong passphrase, or not a PKCS#12 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client certificate is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate is not a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key cannot be read: not a PEM private key, or it needs a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key cannot be read: a wrong passphrase, or not a PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DigestAuth</name>
    <message>
        <source>Not a Digest challenge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Digest challenge lacks a realm or a nonce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Digest algorithm %1 is not supported (MD5, SHA-256 and SHA-512-256 are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Digest challenge offers qop &quot;%1&quot;, which Keyway cannot answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no Digest challenge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerCredentialSource</name>
    <message>
        <source>The credentials are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>The signing key cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is not an unencrypted PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA signing key has %1 bits; at least 2048 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key must be an RSA key (RS256) or a P-256 key (ES256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims copied from the valid token, exp one hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimal claims (no valid JWT to copy), exp one hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed (%1) with the given signing key; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned (no signing key the server trusts was given), so a refusal may be for the signature rather than the expiry; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares no scope besides %2, so no token with fewer scopes can be asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has neither a client secret for the client credentials flow nor a user name and password for the password flow configured, and other flows need a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials are held for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key sent as the query parameter &quot;%2&quot; instead of the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key sent in the header &quot;%2&quot; instead of the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key sent in the header &quot;%2&quot; instead of a cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no known location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Basic credentials were built for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Basic credentials sent under the Bearer scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the token sent as the access_token query parameter instead of the Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe cannot move %1 credentials (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Store them first (keyway-cli authorize, or Authorize in Keyway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1 is not a safe method (only GET, HEAD and OPTIONS are sent unless unsafe methods are allowed for this run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent without any Authorization header, API key or cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a random key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Digest challenge answered with an unknown user and a random password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Basic with a value that is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a token that is not a JWT nor token68</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token with fewer scopes can be obtained for %1 here (it takes client credentials or the password flow configured for the scheme).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token with fewer scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The narrower token still carries %1; the case cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a token granted &quot;%2&quot; by the %3 grant; the operation needs &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent with the stored credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Digest answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API answered %1, neither a refusal (401/403) nor a success (2xx): the probe cannot tell whether credentials were checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused with %1, as the document&apos;s security requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API answered %1 without any credentials, although the operation requires %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API answered %1 to a malformed credential: it does not check %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API answered %1 to an expired token: it does not check the expiry of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API answered %1 to the credential in a place or scheme the document does not declare for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API answered %1, although %2 should have been refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused with 403 for the missing scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused with 401 (RFC 6750 recommends 403 insufficient_scope for a missing scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API answered %1 to a token without the required scope(s): it does not check scopes (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation is declared public (%1) but the API refused it without credentials (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API refused the valid credentials with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong place or scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (401 or 403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused for the scope (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted (2xx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>The authorization URL &quot;%1&quot; is not an absolute http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization URL &quot;%1&quot; has a fragment, which RFC 6749 §3.1 forbids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client id is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No state: every authorization request carries one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra parameter has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra parameter &quot;%1&quot; is set by Keyway itself; remove it from the extra parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization URL could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID Connect discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 8414 metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata at %1 is larger than 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metadata document is a few kilobytes; this URL serves something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata at %1 is not a JSON object%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTML page came back: the URL is a web page, not the discovery document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the discovery URL (it ends in /.well-known/openid-configuration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata at %1 has no issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 document names its issuer; without it, tokens cannot be attributed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer mismatch: expected &quot;%1&quot;, but the document at %2 says &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> They differ only by a trailing slash, which still makes them different issuers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> They differ only in letter case; issuers compare exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer in the metadata must be exactly the issuer it was fetched for, or an attacker who controls one document could impersonate another provider. Enter the issuer as the provider publishes it, or check for a proxy that rewrites host names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; has a trailing slash that the discovery URL does not; accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; is not an absolute URL without query and fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer uses plain http on a host that is not this machine: tokens would travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an absolute http(s) URL; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses plain http on a host that is not this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an array; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds something other than strings; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token_endpoint: only the implicit flow could work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authorization_endpoint (required by OpenID Connect Discovery).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jwks_uri: ID-token signatures cannot be verified (required by OpenID Connect Discovery).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id_token_signing_alg_values_supported lists &quot;none&quot;; Keyway never accepts unsigned ID tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code_challenge_methods_supported does not list S256; Keyway sends S256 anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token request (client credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token request (password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token request (refresh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token request (device code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token request (authorization code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token request (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The ID token failed %n check(s).</source>
        <translation>
            <numerusform>The ID token failed %n check.</numerusform>
            <numerusform>The ID token failed %n checks.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ID token could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is not in the issuer&apos;s JWKS even after fetching it again: the token was signed by a key the issuer does not publish (forged, or from another issuer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the token is fresh, the clocks of this machine and the server differ by more than the allowed skew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong audience means the token was issued to another client: check the client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refreshed ID token names the subject &quot;%1&quot;, but the first one named &quot;%2&quot; (OIDC Core §12.2 requires the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the same as before the refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is unknown and fetching the JWKS again failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is not in the JWKS at %2, not even after fetching it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; was unknown; the JWKS was fetched again and has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCE verification failed: the code_verifier sent does not match the code_challenge of the authorization request. The verifier of another attempt was sent, or a proxy rewrote the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect_uri sent with the code does not match the one of the authorization request (check the loopback port and path; some servers compare them exactly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization code expired before it was exchanged (codes live for seconds to a minute). Run the flow again without pausing between the browser and the exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization code was refused: it expired, was used already (codes work once), was issued to another client, or the PKCE verifier or redirect_uri does not match the authorization request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token expired. Sign in again with the original grant to get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token was refused: it was revoked (by a sign-out, a revocation request or an administrator), it expired, it was already used once and rotated, or it belongs to another client. Sign in again with the original grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is wrong, or the account is locked or disabled, or may not use the password grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device code is not valid (any more): it was already used, has expired and was removed, or was issued to another client. Start the device flow again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the client-credentials grant itself (invalid_grant is unusual here): check the extra parameters such as audience or resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant (code, refresh token, credentials) is invalid, expired, revoked or issued to another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint is unreachable: check the URL (host, port, http or https), that the server is running, and any proxy or firewall in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token was refused without an explanation: it expired, was revoked, or was not issued for the userinfo endpoint (an API-only token, say).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>401 without an OAuth error body: the server did not accept the client&apos;s authentication (wrong client id or secret, or Basic versus POST authentication), or a gateway in front of it demanded its own login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>403 Forbidden without an OAuth error: a gateway, firewall or WAF refused the request before the authorization server saw it, or the client is not allowed here. The body, as it came, may say more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>404: there is no endpoint at this URL. Check the path (a missing prefix such as /oauth2 or /realms/NAME/protocol/openid-connect is common) or use discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>405: the URL does not accept POST; it is probably not the token endpoint (the authorization endpoint or a web page, say).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>405: the URL does not accept this method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>415: the server does not accept form-encoded requests here; it is probably not an OAuth endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>429: too many requests; wait before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (%1) without an OAuth error: it is down, misconfigured, or a proxy in front of it failed. Try again later or check its logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a redirect; OAuth endpoints are called directly. Check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with success but not in the shape OAuth requires; check that the URL is the right endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (%1) without an OAuth error body; the body, as it came, may say more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is unknown to the server or failed to authenticate: check the client id and secret, whether the client is public or confidential, and the authentication method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication failed: the client id is unknown, the secret is wrong, or the server expects another method (client_secret_basic versus client_secret_post, or none for a public client). Check the client&apos;s registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is registered but may not use this grant (%1): enable it in the client&apos;s registration on the authorization server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not implement this grant type at all (%1), whatever the client&apos;s registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requested scope is unknown, malformed, or not allowed for this client or user: compare the scopes with the server&apos;s list and the client&apos;s registration. Scopes are case-sensitive and separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user declined the request on the verification page (or the server refused it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user or the server refused the request: consent was declined, the account may not use this client, or a policy blocked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is malformed: a parameter is missing, repeated or unsupported (a PKCE parameter, redirect_uri, a duplicate client authentication). The error description usually names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client polled too fast; the polling interval is increased by 5 seconds (RFC 8628 §3.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has not finished on the verification page yet; polling goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device code expired before the user approved it. Start the device flow again and enter the code sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server failed internally; try again, and check its logs if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server is overloaded or in maintenance; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot revoke or introspect this kind of token (some servers refuse JWT access tokens there); try the refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token was refused: it expired, was revoked, is malformed, or was issued for another audience. Refresh it or sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token lacks a scope this request needs; request it when signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support this response type for this client (implicit is often disabled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource or audience parameter names something the server does not know or this client may not access (RFC 8707).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server needs the user to sign in or consent interactively; run the flow without prompt=none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request with &quot;%1&quot;, which is not a standard OAuth error code; its description may say more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider advertises no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its metadata has no %1; not every server implements it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s answer was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legitimate OAuth response is that large: the URL may point at a download rather than the %1, or the server is misbehaving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long. Check that the URL is right and the server is up; a firewall or proxy that swallows the connection looks the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth endpoints are called directly and should not redirect; check the URL (http instead of https, a missing path segment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to the %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 answered %2 with the error &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 answered %2; its WWW-Authenticate header says &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 answered %2 with an empty body (no OAuth error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 answered %2 with an HTML page instead of an OAuth error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 answered %2 with the bare text &quot;%3&quot; (not the JSON OAuth error format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 answered %2 with a body that is not JSON: &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 answered %2 with JSON that is not an OAuth error (no &quot;error&quot; member): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTML page usually means the URL is a web page (a login page, an SSO or proxy sign-in, an error page), not the %1 itself; check the URL, and check for a proxy or gateway in front of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token response is %1, more than the %2 a token response may be; it was refused unread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real tokens are a few kilobytes. The server is misconfigured or hostile, or the token URL points at something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a body that is not JSON (%1 at offset %2: &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token endpoint answers with JSON. An HTML page usually means the token URL is a web page (a login page, an SSO or proxy sign-in, the authorization endpoint) rather than the token endpoint; check the URL and any gateway in front of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token endpoint answers with a JSON object (RFC 6749 §5.1). Check the token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token response is not valid: &quot;%1&quot; is %2, expected %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not follow RFC 6749 §5.1 here; Keyway does not guess what it meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered %1 without an access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A successful token response must contain access_token (RFC 6749 §5.1). The URL may be a different endpoint that happens to answer JSON, or the server is misconfigured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered with an empty access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server issued no usable token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space-separated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP client to send the token request with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token URL &quot;%1&quot; is not an absolute http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the token URL of the scheme, or discover it from the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every token request names its client: enter the client id registered with the authorization server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client authenticates with a secret, but none is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret, or mark the client as public (no authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored token set is not readable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored token set has an unknown format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored token set has no access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The export was refused: %n secret value(s) would remain in it (%1). Please report this.</source>
        <translation>
            <numerusform>The export was refused: %n secret value would remain in it (%1). Please report this.</numerusform>
            <numerusform>The export was refused: %n secret values would remain in it (%1). Please report this.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored user name and password are unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored tokens are unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>%1: the token lacks %2, which the operation needs (%3) — the server will likely answer 403 insufficient_scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The token response did not list its scopes; these are the ones that were asked for.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server URL &quot;%1&quot; is not an absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document names no server: give a server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no server %1 (the operation has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; is relative and the document was not loaded from a URL: give a server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server URL &quot;%1&quot; is not http or https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file for %1 is larger than the upload limit of %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 both need the Authorization header, which a request carries once: only %1&apos;s is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 security alternative(s); there is no alternative %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires %2, which the document does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key in %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2: no credentials for %3. Authorize first, or choose another alternative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header parameter %1 is replaced by the API key of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key scheme %1 says in: &quot;%2&quot;; only header, query and cookie exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the Authorization header, which %2 already uses: it is not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the token type is %2; it is sent as &quot;Authorization: %2 &lt;token&gt;&quot; without any proof the type may require (DPoP), so the server may refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the access token expired %2 s ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a client certificate is only presented over https; this URL is http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme %1 has the unknown type &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path parameter %1 has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request URL is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestModel</name>
    <message>
        <source>Cannot resolve the %1 $ref: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter is not an object; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter without name or in is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; has an unknown location &quot;%2&quot;; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one body parameter; only &quot;%1&quot; is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File parameters cannot be sent as %1; use multipart/form-data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; (%2) is declared twice; the first is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header parameter &quot;%1&quot; is ignored (OpenAPI describes it through %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path parameter &quot;%1&quot; is not declared; it is treated as a required string.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestSender</name>
    <message>
        <source>The request could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the token of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of %1 could not be refreshed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer held no access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(after refreshing the token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering the Digest challenge of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Digest answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect led to another origin (%1): Authorization, API keys and cookies were not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>, … (%1 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an integer (&quot;%2&quot; is not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must fit in 32 bits (int32): %2 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number (&quot;%2&quot; is not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false (&quot;%2&quot; is neither).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be greater than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be less than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation takes no %1 body (it takes %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON body does not parse: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretAddress</name>
    <message>
        <source>scheme %1, profile %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (client %1 at %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WwwAuthenticate</name>
    <message>
        <source>Unexpected %1 at position %2 where an authentication scheme or parameter was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted value of &quot;%1&quot; in the %2 challenge has no closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; of the %2 challenge has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 challenge gives &quot;%2&quot; twice; the first is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 challenge has more than %2 parameters; the rest are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected %1 after the parameter &quot;%2&quot; of the %3 challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header starts with the parameter &quot;%1&quot; instead of an authentication scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 challenges; the rest are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected %1 after the scheme %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected %1 in the %2 challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 challenge has &quot;%2&quot; where a parameter (name=value) or a token68 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (realm &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the server says: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid_token: the token is expired or revoked — refresh or sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insufficient_scope: the token lacks a scope this operation needs — sign in again asking for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insufficient_scope: needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid_request: the request is malformed (a missing or repeated parameter, or the token sent in more than one way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an error this scheme does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server wants an access token — none was sent, or it was not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; scope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; more at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header names no authentication scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic: the server wants a user name and password%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, encoded as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest: the server wants a user name and password, proven with a %1 hash%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, qop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the nonce expired: repeat the request with the fresh one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server wants an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in the %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — none was sent, or it is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server wants Windows (Kerberos/NTLM) authentication, which Keyway does not perform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server asks for the %1 authentication scheme%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::auth::AuthorizationCodeFlow</name>
    <message>
        <source>The token URL &quot;%1&quot; is not an absolute http(s) URL: the code cannot be exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client authenticates with a secret, but none is set: enter it, or mark the client as public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token request (authorization code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging the authorization code at the token endpoint…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::auth::BrowserGrantFlow</name>
    <message>
        <source>No HTTP client to run the flow with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client id is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id registered with the authorization server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider registered this port: stop the program that uses it, or finish the other sign-in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser (the answer comes back to %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization response names the issuer &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response came from another authorization server than the one this sign-in started with (an authorization server mix-up, RFC 9207), or the configured issuer is wrong. Nothing from the response was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization request (opened in the browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no ID token, although the sign-in asked for one (scope openid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server treated the request as plain OAuth 2.0: the client may not be allowed the openid scope, or the server does not support OpenID Connect here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the ID token…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::auth::ClientCredentialsFlow</name>
    <message>
        <source>The client-credentials grant needs a confidential client (a client secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret and choose client_secret_basic or client_secret_post.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::auth::CredentialManager</name>
    <message>
        <source>No such scheme in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1 ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no refresh token: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can be refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, scopes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, no expiry given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, refreshable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1; not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway cannot use a scheme of type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only oauth2 and openIdConnect schemes have a provider to discover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The openIdConnectUrl &quot;%1&quot; cannot be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relative URL needs a document loaded from a URL, or a server with an absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to discover from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the authorization server&apos;s issuer URL to discover its endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer must be an absolute http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only oauth2 and openIdConnect schemes have a provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only oauth2 and openIdConnect schemes have a client configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets are held in memory only until a client id is set and the issuer is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential manager was destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens were not stored: the credential manager is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens were not stored: the issuer or client id is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens are held in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens are held in memory for this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: there are no tokens for this scheme and profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token expired and there is no refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scheme cannot be refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only apiKey, http and mutualTLS schemes take a typed-in secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::auth::DeviceAuthorizationFlow</name>
    <message>
        <source>No device authorization endpoint is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover the provider&apos;s metadata (device_authorization_endpoint) or enter the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client id is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device authorization request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device authorization endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device authorization response is a JSON object with device_code, user_code, verification_uri and expires_in (RFC 8628 §3.2). Check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device authorization endpoint answered %1 with something that is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device authorization response has no device_code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device authorization response has no user_code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device authorization response has no usable verification_uri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the code %1 to be entered at %2 (polling every %3 s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped polling after %1 attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user did not finish on the verification page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device code expired after %1 s before the user approved the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token request (device code, poll %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to slow down (slow_down): polling every %1 s now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling failed (%1); trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::auth::Discovery</name>
    <message>
        <source>&quot;%1&quot; is not an issuer or discovery URL (an absolute http(s) URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable metadata was found:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the issuer URL; providers publish their metadata at issuer + /.well-known/openid-configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery (OpenID Connect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery (RFC 8414)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovery endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::auth::ImplicitFlow</name>
    <message>
        <source>The implicit grant is deprecated: RFC 9700 (OAuth 2.0 Security Best Current Practice) advises against it, because the access token travels in the browser&apos;s address and can leak through history, referrers or injection, and it cannot be bound to this client. Prefer authorization code with PKCE; use implicit only to test a server that still offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization response&apos;s expires_in &quot;%1&quot; is not a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a malformed implicit response.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::auth::JwksCache</name>
    <message>
        <source>The JWKS URL &quot;%1&quot; is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata must name its jwks_uri; without keys, signatures cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS at %1 is larger than %2 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key set holds a few keys; this is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWKS at %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTML page came instead of a key set: the jwks_uri is wrong or a proxy intercepted the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that jwks_uri points at a JSON Web Key Set ({&quot;keys&quot;: [...]}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::auth::LoopbackReceiver</name>
    <message>
        <source>This loopback listener has already received its callback; start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect host &quot;%1&quot; is not allowed: a loopback redirect uses 127.0.0.1, localhost or [::1] (RFC 8252 §7.3), so that no other machine can reach the listener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect path &quot;%1&quot; must start with &quot;/&quot; and contain no query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port is in use (another program, or another sign-in, is listening there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in callback on %1 port %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An oversized request was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunked requests are not accepted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chunked request was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A malformed request was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request named another host; Keyway only answers requests for its own loopback address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for another host name was refused (its Host header does not name this loopback listener).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the sign-in address: Keyway waits for the sign-in response at %1, and this request went to %2. The sign-in goes on; you can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request to %1 was refused: the redirect path is %2 (matched exactly). Still waiting for the callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in is over; you can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request arrived after the callback and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address waits for the sign-in response of the authorization server, and this request carried none. Keyway is still waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request without any response parameters reached the callback address and was refused. Still waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response must be posted form-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A POST with an unexpected content type reached the callback address and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only accepts the sign-in response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 request to the callback address was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization response was refused: it carried no state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway sends a random state with every sign-in and accepts only a response that returns it. A response without one did not come from this sign-in (a forged or replayed link), or the server drops the parameter. Nothing from the response was used; start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization response was refused: it carried the state more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization response was refused: its state is not the one Keyway sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response does not belong to the sign-in Keyway started: it comes from an older browser tab or an earlier attempt, or it was forged (cross-site request forgery). Nothing from the response was used; start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization response carried the parameter &quot;%1&quot; more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 6749 §3.1 forbids repeated parameters; a response with two values for one name is ambiguous and was not used. A proxy or a misconfigured server may have added one. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server refused the sign-in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization response lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected back without the parameters this grant needs: the response type may not be supported for this client, or the response went to the query instead of the fragment (or the other way round).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway: the sign-in response was received. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway: the sign-in failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway received the sign-in response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway finishes the sign-in and shows the result in its own window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization response (fragment posted back to the loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization response (browser redirect to the loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in response reached %1 within %2; the loopback listener is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser did not come back: the sign-in was not finished in time, the browser was not opened, or the authorization server redirected elsewhere (check that the registered redirect URI is %1, port included when the server compares it). Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway: you can close this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway is reading the sign-in response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page needs JavaScript to hand the sign-in response (in the address, after #) to Keyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::auth::PasswordFlow</name>
    <message>
        <source>The resource owner password grant hands the user&apos;s password to the client; RFC 9700 (OAuth 2.0 Security Best Current Practice) says it must not be used. Keyway supports it for testing APIs that still offer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password grant needs a username.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::auth::RefreshFlow</name>
    <message>
        <source>There is no refresh token to refresh with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server issued none (it issues them only for some grants or with the offline_access scope). Sign in again instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::auth::TokenAdmin</name>
    <message>
        <source>revocation endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>introspection endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token introspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The introspection endpoint answered with something that is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An introspection response is a JSON object with at least &quot;active&quot; (RFC 7662 §2.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The introspection response has no boolean &quot;active&quot; member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7662 §2.2 requires &quot;active&quot;: true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>userinfo endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UserInfo request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The userinfo endpoint sent a JWT that cannot be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The userinfo endpoint answered with something that is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTML page came back: the URL is a web page, not the userinfo endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The userinfo response has no sub claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OIDC Core §5.3.2 requires sub in every answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The userinfo response is about &quot;%1&quot;, but the ID token names &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OIDC Core §5.3.2: the answer must not be used when the subjects differ (a token substitution?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::auth::TokenGrantFlow</name>
    <message>
        <source>Checking the ID token…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::net::CertificateTrustStore</name>
    <message>
        <source>Certificate: subject &quot;%1&quot;, issued by &quot;%2&quot;, valid from %3 to %4, SHA-256 fingerprint %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is not trusted: %1.</source>
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
    <message>
        <source>%1 sent no answer for %2 s (it stopped sending, or never began).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped sending for %2 s in the middle of its answer (after %3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to resend the request body to %1: the server redirected (%2) to another origin, and the body holds credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted, so Keyway did not connect. %2 Trust this certificate for %1 only if you can confirm its fingerprint with the server&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 broke off the connection in the middle of its answer (after %2 bytes of the body): %3</source>
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
    <name>keyway::recorder::BundleReader</name>
    <message>
        <source>Invalid reproduction bundle: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is too large (%1 MB; at most %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid reproduction bundle: not JSON (at byte %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid reproduction bundle: the top level is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Keyway reproduction bundle (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was made by a newer Keyway (format version %1); this Keyway reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object (a HAR document)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::recorder::FlowDiagnoser</name>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::recorder::HarReader</name>
    <message>
        <source>Not a valid HAR file: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HAR file is too large (%1 MB; at most %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HAR file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid HAR file: invalid JSON at byte %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid HAR file: the top level is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is not supported (1.1 or 1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid HAR file: %1 entries (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an absolute URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported (base64 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::recorder::WorkspaceSnapshot</name>
    <message>
        <source>Invalid bundle: %1.%2: expected a string of at most %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid bundle: %1.%2: expected an array of at most %3 strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid bundle: %1.%2[%3]: expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid bundle: %1.server: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid bundle: %1.server.variables: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid bundle: %1.server.variables.%2: expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid bundle: %1.schemes: expected an object of at most %2 schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid bundle: %1: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid bundle: %1.redirectPort: expected a port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid bundle: %1.extraParameters: expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid bundle: %1.extraParameters: expected {name, value} strings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::storage::CredentialStore</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last profile cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::storage::DegradingSecretStore</name>
    <message>
        <source>checking the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed from memory only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::storage::KeychainSecretStore</name>
    <message>
        <source>no keychain service is available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to the keychain was denied: it is locked or the prompt was cancelled (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain does not support this operation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain could not delete the entry (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain accepted a value but did not give it back (is the collection locked?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (an earlier keychain request is still pending)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::storage::MemorySecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::storage::Workspace</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last profile cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::AuthLook</name>
    <message>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
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
        <source>Client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device authorization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::AuthResultView</name>
    <message>
        <source>ID token checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode the access token in the token inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect I&amp;D Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes granted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Response Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on &amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error_description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error_uri:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;Response Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Authorized with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Tokens held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Tokens held (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as requested: the server did not list the scopes it granted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: sign in again when the token expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: Keyway refreshes the token shortly before it expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token: received; its checks are not known in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ID token: verified — %n check(s) passed</source>
        <translation>
            <numerusform>ID token: verified — %n check passed</numerusform>
            <numerusform>ID token: verified — %n checks passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ID token: %n check(s) FAILED</source>
        <translation>
            <numerusform>ID token: %n check FAILED</numerusform>
            <numerusform>ID token: %n checks FAILED</numerusform>
        </translation>
    </message>
    <message>
        <source>not said by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diagnosis: see what the server sent below, and the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) that are not text)</source>
        <translation>
            <numerusform>(%n byte that is not text)</numerusform>
            <numerusform>(%n bytes that are not text)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::AuthorizeDialog</name>
    <message>
        <source>No browser could be opened: copy the address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new access token with the refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the tokens where the server allows it, and delete this scheme’s secrets for the current profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget This API…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every secret of this API: all schemes, all profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No security schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document declares none: its operations need no credentials that Keyway could manage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an OpenAPI document to authorize its security schemes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway cannot obtain or send credentials for a scheme of type “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last attempt failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Credential saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests that use “%1” send it (profile “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authorize Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the chosen flow and store the tokens (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the credential in the keychain (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” · secrets are kept in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” · secrets in memory only, for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” · secrets in memory only, for this session: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the provider’s endpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a scheme Keyway can sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovering %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened: open the address below yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the code to be entered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the token endpoint for tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the %1 flow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow was stopped; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizing “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret store refused them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory only, for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no credential any more for profile “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held in memory only, for this session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the credential of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the access token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of “%1” for the profile “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway revokes the tokens at the server when it offers revocation, then deletes this scheme’s secrets for the profile: tokens, client secret, password, keys. Settings such as the client id stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out, with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget This API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every secret of “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tokens, client secrets, passwords and keys of this API are deleted from the keychain, for every scheme and every profile. Settings such as client ids stay. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the secrets of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) deleted.</source>
        <translation>
            <numerusform>%n secret deleted.</numerusform>
            <numerusform>%n secrets deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 partly forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the secrets of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::BundleExchangeView</name>
    <message>
        <source>Exchange details (redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an exchange to see what was sent and what came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values shown as %1 were removed when the bundle was made: the same value has the same marker everywhere in the bundle, so places can be matched without seeing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step happened in the browser; Keyway did not send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials were dropped on a redirect to another origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP answer came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ms</source>
        <translation>
            <numerusform>%n ms</numerusform>
            <numerusform>%n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>The body was cut when it was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens (decoded; signatures not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a decodable JWT (encrypted, or not JSON).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::BundleViewer</name>
    <message>
        <source>Reproduction bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded HTTP exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a bundle (%2 MB at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Reproduction bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s); secrets were replaced by REDACTED markers and cannot be recovered from this file.</source>
        <translation>
            <numerusform>%n exchange; secrets were replaced by REDACTED markers and cannot be recovered from this file.</numerusform>
            <numerusform>%n exchanges; secrets were replaced by REDACTED markers and cannot be recovered from this file.</numerusform>
        </translation>
    </message>
    <message>
        <source>No failure was diagnosed in this bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace settings in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>HAR %1 from %2 %3; %n exchange(s).</source>
        <translation>
            <numerusform>HAR %1 from %2 %3; %n exchange.</numerusform>
            <numerusform>HAR %1 from %2 %3; %n exchanges.</numerusform>
        </translation>
    </message>
    <message>
        <source>A HAR file carries no diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::CertificateTrustDialog</name>
    <message>
        <source>Untrusted Certificate — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 presented a certificate that could not be verified, so Keyway did not connect. Someone could be pretending to be this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked this fingerprint with the server&apos;s owner; trust this certificate for %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this exact certificate is trusted, only at %1; a different certificate is refused again. You can revoke the exception at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do Not Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::CertificateTrustList</name>
    <message>
        <source>Certificates you chose to trust although they could not be verified. Each is trusted only for its host and port, and only while the server presents exactly that certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting the selected certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::ExchangeView</name>
    <message>
        <source>Exchange details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an exchange to see what was sent and what came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of binary data, not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form fields, decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is longer than shown (%1 in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret values are masked (••••). Click one to show it; click it again to hide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step happened in the browser: Keyway did not send it, it shows what the browser was asked to open or brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials dropped on redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was redirected to another origin; Keyway removed the Authorization header, cookies and API keys before following it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen by Keyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP answer came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After redirects, from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::FlowProgressView</name>
    <message>
        <source>Flow in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this flow (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened. If none did, open this address yourself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Verification Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this or any other device, open &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and enter this code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the page with the code filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expires in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::HelpWindow</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page shown before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page shown after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Keyway User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on %n page(s).</source>
        <translation>
            <numerusform>“%1” is on %n page.</numerusform>
            <numerusform>“%1” is on %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::KeychainIndicator</name>
    <message>
        <source>no secret store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is checked on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens, client secrets, passwords and keys are kept in %1 and nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain is not in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets in memory only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Secrets are held in memory only.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Keyway keeps working: tokens and secrets last for this session and are never written to disk. Sign in again after a restart, or make the keychain available (unlock it, or start a Secret Service such as GNOME Keyring or KeePassXC).&lt;/p&gt;</source>
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
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authorize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure credentials and sign in for the document’s security schemes (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token Inspector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode a JWT: header, claims, times, signature (Ctrl+Shift+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected operation&apos;s request (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request as a curl command, secrets masked (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl &amp;with Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every HTTP exchange of this session (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway did not close normally last time: the request you were editing (%1) is back. Values that looked secret were not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save exchanges of the timeline as a HAR file or a reproduction bundle, secrets replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement &amp;Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the API refuses what its document says it should (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json *.yaml *.yml);;Keyway bundles and HAR files (*.keyway-bundle *.har);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::OAuthSchemeEditor</name>
    <message>
        <source>Sign in with OpenID Connect: an ID token says who the user is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user’s name and profile details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user’s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user’s postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user’s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refresh token, to stay signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API the token is for (Auth0, Okta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API the token is for (RFC 8707)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login, consent, select_account or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account to sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authentication strength asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds since the user last signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>languages for the sign-in pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation to sign in to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as registered with the authorization server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public client (no secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A native or browser app that cannot keep a secret: it sends only its client id; PKCE protects the authorization code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic header (client_secret_basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body (client_secret_post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: client id only (public client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other scopes, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway always listens on 127.0.0.1; choose “localhost” only when the provider registered that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: any free port (RFC 8252). Pin a port when the provider registered one exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://login.example.com — optional: endpoints and keys from its metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the provider’s metadata (OpenID Connect discovery or RFC 8414)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discover Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked for by the document’s operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document lists no scopes for this flow: type the ones you need, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the scopes to ask for; the server may grant fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scheme declares no flow Keyway can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device authorization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing endpoints come from discovery when the flow starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;any port&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser comes back to http://%1:%2%3 — Keyway listens on 127.0.0.1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered: issuer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: endpoints, keys and ID-token checks from the issuer’s metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the issuer (the authorization server’s base URL) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an http(s) URL.</source>
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
    <message>
        <source>Try It…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and send a request of this operation (Ctrl+4; Ctrl+Return sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole description (%1 more characters)</source>
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
    <name>keyway::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the preferences and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the default preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>unit suffix: seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request that has not finished, body included, after this long is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is stopped when the server sends nothing for this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Idle timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <comment>unit suffix: megabytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest response accepted, in megabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A larger response is cut off at this size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response size &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect directly, without a proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the s&amp;ystem&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this HTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to this machine (127.0.0.1, localhost) may still go through a manual proxy; choose “No proxy” to test a local server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed clock skew in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the clocks of this machine and a token&apos;s issuer may differ when the times in an ID token are checked (exp, nbf, iat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed clock &amp;skew:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to ID tokens checked from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate exceptions are kept in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>language name (code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway shows the new language after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host of the manual proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::ProbeMatrixModel</name>
    <message>
        <source>— n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⏭ skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case does not apply to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see the exchange on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::ProbePanel</name>
    <message>
        <source>Enforcement probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operations (or globs: GET /items*, !POST *)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations to probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Globs over operationIds and &quot;METHOD /path&quot;, separated by commas; &quot;!&quot; excludes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also send &amp;unsafe methods (POST, PUT, DELETE…) in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send unsafe methods in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: only GET, HEAD and OPTIONS are sent. Requests with other methods may change data on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun &amp;cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected case again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun r&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every case of the selected operation again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the matrix as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures and unknowns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter operations by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe results: operations by cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 operations to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the probe matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — security: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the operations and run the probe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 unknown, %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1 to go. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::ProfileSwitcher</name>
    <message>
        <source>&amp;Add Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity to use with this API: each profile has its own tokens and secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename or remove profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch to the profile “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1”: its credentials are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new profile (for example “admin” or “read-only”).
It starts without credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for the profile “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” is now “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last profile cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every secret of this profile — tokens, client secrets, passwords, API keys — is deleted from the keychain. Its settings go too. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” could not be removed completely:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Profile “%1” removed, with its %n secret(s).</source>
        <translation>
            <numerusform>Profile “%1” removed, with its %n secret.</numerusform>
            <numerusform>Profile “%1” removed, with its %n secrets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::RecorderExportDialog</name>
    <message>
        <source>Export exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR 1.2 (.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduction bundle (.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what happened, a ticket number… (secrets in it are redacted too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every secret — tokens, codes, verifiers, client secrets, passwords, API keys, cookies and Authorization values — is replaced by a marker such as REDACTED-1a2b3c4d5e6f. The same value gets the same marker within one file. Decoded token claims are kept; signatures are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export: choose a flow or select exchanges on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Whole flow: %1 (%n exchange(s))</source>
        <translation>
            <numerusform>Whole flow: %1 (%n exchange)</numerusform>
            <numerusform>Whole flow: %1 (%n exchanges)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected exchanges (%n)</source>
        <translation>
            <numerusform>Selected exchange (%n)</numerusform>
            <numerusform>Selected exchanges (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) will be exported</source>
        <translation>
            <numerusform>%n exchange will be exported</numerusform>
            <numerusform>%n exchanges will be exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) redacted</source>
        <translation>
            <numerusform>%n value redacted</numerusform>
            <numerusform>%n values redacted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct</source>
        <translation>
            <numerusform>%n distinct</numerusform>
            <numerusform>%n distinct</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) decoded</source>
        <translation>
            <numerusform>%n token decoded</numerusform>
            <numerusform>%n tokens decoded</numerusform>
        </translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway bundles (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Counting the values to redact in %n exchange(s)…</source>
        <translation>
            <numerusform>Counting the values to redact in %n exchange…</numerusform>
            <numerusform>Counting the values to redact in %n exchanges…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::RequestEditor</name>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send without credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check values before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation takes no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation takes no request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL as it will be sent: the server chosen in the tool bar, the path with its parameters, the query. API keys sent in the query are added when the request is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the request in flight (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request as a curl command line, secrets masked (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl, secrets masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl, with secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schemes to apply: every scheme of the chosen alternative is applied together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize the missing scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply no scheme at all, to see that the API refuses the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse to send values that break the document&apos;s rules. Switch off to send them anyway and see what the API does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent the JSON body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to send as the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file to send as the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to send as the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Media type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One header per line, for example
X-Request-Id: 42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: always sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: the document says this operation needs no credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document declares no security for this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials will be sent: the API should refuse this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous: no credentials are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: the credentials of every scheme are held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorized yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example was generated from the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is large: the generated example stops at the size limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema refers back to itself; the example stops at the first repetition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated from the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document’s example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the upload limit of %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters (%1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::RequestPanel</name>
    <message>
        <source>Sending %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy as curl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as curl, with the secrets: paste it with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as curl, secrets masked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::ResponseView</name>
    <message>
        <source>Show in Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this exchange in the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the body exactly as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request to see it here as it went out, secrets masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the history of this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History keeps no headers, bodies or secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request to see what the API answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: credentials missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the token could not be refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect led to another origin: Authorization, API keys and the API&apos;s cookies were not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token had expired or was refused, so it was refreshed and the request sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No body: nothing came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image, %1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image, %2 × %3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be decoded; shown as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of binary data. The first bytes:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, indented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the request was sent without credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (anonymous alternative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied together: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Digest challenge was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was refreshed during this send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect to another origin dropped the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges (WWW-Authenticate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::SchemeStateModel</name>
    <message>
        <source>Authorized · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured · not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
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
    <message>
        <source>Authorize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure this scheme’s credentials or sign in (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::SecretLineEdit</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the value (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the value (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::SecretMask</name>
    <message>
        <source>Secret shown: click to hide it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret hidden: click to show it</source>
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
    <message>
        <source>Authorize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure the credentials of “%1” or sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize %1</source>
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
    <name>keyway::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: action, key or menu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of the commands of this window. Menus can also be reached with Alt and the underlined letter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::StaticSecretEditor</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate, or a PKCS#12 bundle (.p12, .pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM private key (not needed with a PKCS#12 bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if the key or bundle is encrypted; kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private keys (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as the %1 &lt;b&gt;%2&lt;/b&gt; with every request that uses this scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway sends it in a real Cookie header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as &lt;b&gt;Authorization: Basic …&lt;/b&gt; (the user name and password, base64-encoded: use https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to answer the server’s &lt;b&gt;Digest&lt;/b&gt; challenge; the password itself is never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as &lt;b&gt;Authorization: %1 …&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document says the token is a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client proves who it is with a TLS client certificate. The file paths are settings; only the passphrase is a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway cannot send credentials for a scheme of type “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::TimelineModel</name>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials dropped on a redirect to another origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step in the browser, not a request Keyway sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n exchanges)</source>
        <translation>
            <numerusform>%1 (%n exchange)</numerusform>
            <numerusform>%1 (%n exchanges)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flow %1: %n exchange(s)</source>
        <translation>
            <numerusform>Flow %1: %n exchange</numerusform>
            <numerusform>Flow %1: %n exchanges</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::TimelinePanel</name>
    <message>
        <source>HTTP exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP exchanges yet. Sign-in flows, discovery, key fetches and requests appear here as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every exchange from the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as HAR or Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::TokenInspector</name>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce of the sign-in request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash of the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash of the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication context class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation (key binding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key set URL (not followed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token to inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token here: a JWT (eyJ…) is decoded; any other token is shown as opaque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded header and claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the raw token to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded header and payload as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded &amp;JSON (as sent, not verified):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify with the Issuer’s Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover the issuer named in the token and check the signature with its published keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovering %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: discovery failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token I paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scopes granted (%n)</source>
        <translation>
            <numerusform>Scopes granted (%n)</numerusform>
            <numerusform>Scopes granted (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste a token above, or choose one of the open API’s tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scheme holds no such token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Opaque token&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This token (%n character(s)) is not a JWT: only the server that issued it knows what it means. Ask it through introspection (RFC 7662) where it offers that.&lt;/p&gt;&lt;p style=&quot;color: gray&quot;&gt;Why it is not a JWT: %1&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Opaque token&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This token (%n character) is not a JWT: only the server that issued it knows what it means. Ask it through introspection (RFC 7662) where it offers that.&lt;/p&gt;&lt;p style=&quot;color: gray&quot;&gt;Why it is not a JWT: %1&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Opaque token&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This token (%n characters) is not a JWT: only the server that issued it knows what it means. Ask it through introspection (RFC 7662) where it offers that.&lt;/p&gt;&lt;p style=&quot;color: gray&quot;&gt;Why it is not a JWT: %1&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message>
        <source>(not a JWT: nothing to decode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>// header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>// payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>// signature: %n byte(s)</source>
        <translation>
            <numerusform>// signature: %n byte</numerusform>
            <numerusform>// signature: %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opaque token · %n character(s)</source>
        <translation>
            <numerusform>Opaque token · %n character</numerusform>
            <numerusform>Opaque token · %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exp is not a valid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry (exp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned (alg “none”): anyone could have written this token. Keyway never trusts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a known key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verified with %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature NOT valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature not checked: the token names no issuer, and no key is known for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature not checked: no key is known for the issuer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are known once the issuer has been discovered (OpenID Connect schemes, or an issuer entered in the Authorize dialog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signature with the keys at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature not checked: the keys at %1 could not be fetched: %2</source>
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
<context>
    <name>net</name>
    <message>
        <source>more than %1 headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
