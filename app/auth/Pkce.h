#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace keyway::auth {

// Proof Key for Code Exchange (RFC 7636), S256 only: Keyway never sends `plain`, and sends PKCE with every
// authorization code request, whether or not the server advertises it (servers that do not know it ignore it).
//
// The verifier is a secret until the code is exchanged: it is never logged, and only the flow that made it
// sends it, once, to the token endpoint.
class Pkce final
{
public:
    // 32 random bytes: a 43-character verifier, 256 bits of entropy (RFC 7636 §4.1 recommends this).
    static constexpr int kVerifierBytes = 32;
    static constexpr int kMinVerifierLength = 43;
    static constexpr int kMaxVerifierLength = 128;

    // A fresh verifier from the system's cryptographic random source, and its S256 challenge.
    static Pkce generate();
    // A pair for a given verifier (RFC 7636 Appendix B, tests). The verifier is not validated here.
    static Pkce fromVerifier(QByteArray verifier);

    const QByteArray &verifier() const { return m_verifier; }
    const QByteArray &challenge() const { return m_challenge; }
    static QByteArray method() { return QByteArrayLiteral("S256"); }

    // BASE64URL(SHA256(ASCII(verifier))), RFC 7636 §4.2.
    static QByteArray s256Challenge(QByteArrayView verifier);
    // 43..128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~" (RFC 7636 §4.1).
    static bool isValidVerifier(QByteArrayView verifier);

private:
    Pkce() = default;

    QByteArray m_verifier;
    QByteArray m_challenge;
};

// `bytes` random bytes from the system's cryptographic source (QRandomGenerator::system()), base64url without
// padding: the `state` and `nonce` of every authorization request (32 bytes: 43 characters, 256 bits), so that
// neither can be guessed and none is ever reused between grants.
QByteArray randomUrlSafeToken(int bytes = 32);

// Compares two secrets in time that depends only on their lengths (state, nonce).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace keyway::auth
