// libFuzzer target: JWK Set parsing (every key type, malformed members, sizes).

#include "auth/Jwk.h"

#include <cstddef>
#include <cstdint>

using namespace keyway;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto set = auth::parseJwks(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (set.ok()) {
        for (const auth::Jwk &key : set->keys) {
            (void)key.describe();
            (void)key.thumbprint();
        }
        for (const auth::JwkProblem &problem : set->problems)
            (void)problem.toString();
    }
    return 0;
}
