// libFuzzer target: the document loader (JSON and YAML readers, then the model builder).
// The first byte picks the reader: JSON, YAML, or detection by content (what the loader does).

#include "openapi/DocumentBuilder.h"
#include "openapi/Readers.h"

#include <QUrl>

#include <cstddef>
#include <cstdint>

using namespace keyway;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const int mode = data[0] % 3;
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString name = QStringLiteral("fuzz");
    auto tree = mode == 0 ? openapi::parseJson(bytes, name)
        : mode == 1       ? openapi::parseYaml(bytes, name)
                          : openapi::parseDocumentText(bytes, name);
    if (!tree.ok())
        return 0;
    // No external trees: a fuzz input never makes the builder touch the file system or the network.
    const auto document = openapi::buildDocument(*tree, QUrl(QStringLiteral("https://api.example/openapi.yaml")), name);
    (void)document;
    return 0;
}
