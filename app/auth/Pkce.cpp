#include "auth/Pkce.h"

#include "auth/Base64Url.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace keyway::auth {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
}

} // namespace

Pkce Pkce::generate()
{
    return fromVerifier(randomUrlSafeToken(kVerifierBytes));
}

Pkce Pkce::fromVerifier(QByteArray verifier)
{
    Pkce pkce;
    pkce.m_challenge = s256Challenge(verifier);
    pkce.m_verifier = std::move(verifier);
    return pkce;
}

QByteArray Pkce::s256Challenge(QByteArrayView verifier)
{
    return base64UrlEncode(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

bool Pkce::isValidVerifier(QByteArrayView verifier)
{
    if (verifier.size() < kMinVerifierLength || verifier.size() > kMaxVerifierLength)
        return false;
    return std::all_of(verifier.begin(), verifier.end(), isUnreserved);
}

QByteArray randomUrlSafeToken(int bytes)
{
    bytes = std::clamp(bytes, 16, 256);
    // Whole 32-bit words from the system generator (the OS's CSPRNG), then cut to size.
    const int words = (bytes + 3) / 4;
    QByteArray raw(qsizetype(words) * 4, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), qsizetype(words));
    raw.truncate(bytes);
    const QByteArray token = base64UrlEncode(raw);
    raw.fill('\0');
    return token;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // The lengths of state and nonce are public (fixed); only the content must not leak through timing.
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace keyway::auth
