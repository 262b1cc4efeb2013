#pragma once

#include <QString>

namespace keyway {

// Where something is in a source document: 1-based line and column (0 when unknown).
struct SourceLocation
{
    QString source; // a file path or URL, as the user gave it
    int line = 0;
    int column = 0;

    bool isValid() const { return line > 0; }
    QString toString() const;
    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;
};

} // namespace keyway
