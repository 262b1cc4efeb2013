// libFuzzer target: the loopback redirect listener's parsing of what a browser (or anything else on this
// machine) sends: the request head and the callback parameters (query or posted fragment).

#include "auth/LoopbackReceiver.h"

#include <cstddef>
#include <cstdint>

using namespace keyway;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    // Up to the blank line: the head; after it: a posted fragment. The whole input is also tried as a query.
    const qsizetype end = input.indexOf(QByteArrayView("\r\n\r\n"));
    const auto head = auth::LoopbackRequestHead::parse(end >= 0 ? input.first(end) : input);
    if (head.refusalStatus == 0) {
        const qsizetype q = head.target.indexOf('?');
        if (q >= 0)
            (void)auth::CallbackParameters::parse(QByteArrayView(head.target).sliced(q + 1));
    }
    if (end >= 0)
        (void)auth::CallbackParameters::parse(input.sliced(end + 4));
    const auto params = auth::CallbackParameters::parse(input);
    (void)params.value(QStringLiteral("state"));
    (void)params.count(QStringLiteral("code"));
    (void)auth::CallbackParameters::parse(input, 3);
    return 0;
}
