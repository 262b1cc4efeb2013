#pragma once

#include "core/Result.h"
#include "recorder/ReproBundle.h"

#include <QByteArray>

namespace keyway::recorder {

// Reads a reproduction bundle strictly: a pure function of the bytes (no I/O), for File > Open and for fuzzing.
// Refuses files over kMaxBytes, anything that is not a JSON object with the bundle's format marker, a newer
// format version, and any member of the wrong type (the error names it by path); the HAR inside goes through
// HarReader's checks.
class BundleReader final
{
public:
    static constexpr qsizetype kMaxBytes = 48 * 1024 * 1024;
    static constexpr qsizetype kMaxDiagnoses = 1000;

    static Result<ReproBundle> parse(const QByteArray &bytes);
    // Cheap test for File > Open: does this look like a bundle (the format marker near the start)?
    static bool looksLikeBundle(const QByteArray &head);
};

} // namespace keyway::recorder
