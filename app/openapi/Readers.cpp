#include "openapi/Readers.h"

namespace keyway::openapi {

Result<std::shared_ptr<const Tree>> parseDocumentText(QByteArray bytes, const QString &sourceName)
{
    const SourceLocation start{sourceName, 1, 1};
    if (bytes.startsWith("\xFE\xFF") || bytes.startsWith("\xFF\xFE"))
        return Error{QStringLiteral("the file is encoded as UTF-16; OpenAPI documents must be UTF-8"), start};
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // a UTF-8 byte order mark carries no meaning

    // Binary data: a NUL byte never appears in JSON or YAML text.
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        int line = 1;
        int column = 1;
        for (qsizetype i = 0; i < nul; ++i) {
            if (bytes[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return Error{QStringLiteral("this is not a text document (a NUL byte at offset %1): JSON or YAML expected").arg(nul),
                     SourceLocation{sourceName, line, column}};
    }

    qsizetype first = 0;
    while (first < bytes.size() && (bytes[first] == ' ' || bytes[first] == '\t' || bytes[first] == '\r' || bytes[first] == '\n'))
        ++first;
    if (first == bytes.size())
        return Error{QStringLiteral("the document is empty"), start};

    const bool looksJson = bytes[first] == '{' || bytes[first] == '[';
    const bool namedJson = sourceName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (looksJson || namedJson) {
        auto json = parseJson(bytes, sourceName);
        // JSON-looking text that is not JSON may still be YAML flow style ({a: 1}): try YAML, but
        // report the JSON error when YAML fails too (it is the likelier intent).
        if (json || namedJson || !looksJson)
            return json;
        auto yaml = parseYaml(std::move(bytes), sourceName);
        if (yaml)
            return yaml;
        return json;
    }
    return parseYaml(std::move(bytes), sourceName);
}

} // namespace keyway::openapi
