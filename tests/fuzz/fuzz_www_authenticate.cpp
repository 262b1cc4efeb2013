// libFuzzer target: the WWW-Authenticate parser (a pure function). Lines of the input are separate header values.

#include "request/WwwAuthenticate.h"

#include <cstddef>
#include <cstdint>

using namespace keyway;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto single = request::parseWwwAuthenticate(input);
    for (const request::AuthChallenge &c : single.challenges) {
        (void)c.toString();
        (void)c.param(u"realm");
    }
    (void)request::explainChallenges(single.challenges);
    const auto several = request::parseWwwAuthenticate(input.split('\n'));
    (void)request::explainChallenges(several.challenges);
    return 0;
}
