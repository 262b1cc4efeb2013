#pragma once

#include "request/RequestBuilder.h"

#include <QString>

namespace keyway::request {

struct CurlOptions
{
    bool revealSecrets = false; // false: every secret becomes <redacted:1a2b3c4d> (a short SHA-256, stable)
    bool multiline = true; // one option per line, joined with " \" line continuations
};

// A POSIX shell word: as is when it holds only safe characters, otherwise in single quotes ('\'' for a quote).
QString shellQuote(const QString &word);

// The built request as a curl command line: method, URL, headers, body (--data-binary, or -F/--form-string parts for
// multipart), Digest as --digest -u, the client certificate as --cert/--key when it came from files. Secrets are
// masked unless revealed.
QString toCurl(const BuiltRequest &request, const CurlOptions &options = {});

} // namespace keyway::request
