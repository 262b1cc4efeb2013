// libFuzzer target: HAR and reproduction-bundle import (app/recorder: HarReader, BundleReader), both pure
// functions of the bytes. The first byte picks which reader sees the rest.

#include "recorder/BundleReader.h"
#include "recorder/HarReader.h"

#include <cstddef>
#include <cstdint>

using namespace keyway;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (data[0] & 1) {
        (void)recorder::BundleReader::looksLikeBundle(bytes.left(4096));
        const auto bundle = recorder::BundleReader::parse(bytes);
        (void)bundle;
    } else {
        const auto har = recorder::HarReader::parse(bytes);
        (void)har;
    }
    return 0;
}
