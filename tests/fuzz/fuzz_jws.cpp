// libFuzzer target: the JWT/JWS parser and verifier, and the token inspector. The input is a compact JWS;
// it is verified against fixed keys (RSA, EC P-256, oct) and an HMAC secret with every algorithm allowed.

#include "auth/Jwk.h"
#include "auth/Jwt.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>

using namespace keyway;

namespace {

// Public test keys (nothing secret): an RSA-2048 modulus made for these targets, and the P-256 key of
// RFC 7515 appendix A.3.
const char kJwks[] = R"({"keys":[
 {"kty":"RSA","kid":"rsa","e":"AQAB","n":"sGIsimu6lqOJaC2G33wr9LuSMcbJ6RLrY7u5DlOQ0DEvNY18FojgdrNcwwpGWi8nUZacATJ4DfEEG5Igo1AxcxXAQEBC7QfINuEBB3tkGGP__oFaBWxMux32-f_xdT9QCZr0Lyu_eAdCC7keeRc2RX8A-OFJLLTSE_QxORRZl-BG9NFtN1hSIvWqUOUCgJG9wN_FoYwqN1EFbntuF61WL3AAgkjs51IKEeLDJvdpD7L0qdXn2IR1vlrgbcgUsxQjyC0rHE9xsxmRjZy-mQtRCVhQSLBDqOw01WukzqKNGlMSUZL9je6jxYlvz-aZLHbafJ4grPvQngsark5CRLtDcQ"},
 {"kty":"EC","kid":"ec","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"},
 {"kty":"oct","kid":"oct","k":"c2VjcmV0LWtleS1mb3ItZnV6emluZy0xMjM0NTY3ODkw"}
]})";

const auth::JwsVerifyOptions &options()
{
    static const auth::JwsVerifyOptions o = [] {
        auth::JwsVerifyOptions v;
        v.allowedAlgorithms = auth::allJwsAlgorithms();
        const auto set = auth::parseJwks(QByteArrayView(kJwks));
        if (set.ok())
            v.keys = set->keys;
        v.hmacSecret = QByteArrayLiteral("client-secret-for-fuzzing-0123456789");
        return v;
    }();
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView token(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto jws = auth::parseJws(token);
    if (jws.ok())
        (void)auth::verifyJws(*jws, options());
    auth::JwsParseOptions loose;
    loose.requireJsonPayload = false;
    (void)auth::parseJws(token, loose);
    (void)auth::inspectJwt(token, QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC));
    return 0;
}
