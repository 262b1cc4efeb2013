// libFuzzer target: $ref resolution. Parses the input, then resolves every object that has a "$ref" (cycles,
// missing targets, JSON Pointer escapes, percent-encoding), against one external tree named "other.yaml" that
// is a copy of the same input, so that cross-document references are followed too.

#include "openapi/DocumentBuilder.h"
#include "openapi/Readers.h"

#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <vector>

using namespace keyway;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto tree = openapi::parseDocumentText(bytes, QStringLiteral("fuzz"));
    if (!tree.ok())
        return 0;
    const QUrl rootUrl(QStringLiteral("file:///fuzz/root.yaml"));
    QHash<QUrl, std::shared_ptr<const openapi::Tree>> external;
    external.insert(QUrl(QStringLiteral("file:///fuzz/other.yaml")), *tree);
    const openapi::RefResolver resolver(*tree, rootUrl, external);
    (void)openapi::externalReferences(**tree, rootUrl);
    // Depth-first over the tree (bounded), resolving each node.
    std::vector<openapi::NodeRef> stack{(*tree)->root()};
    int visited = 0;
    while (!stack.empty() && visited < 20000) {
        const openapi::NodeRef node = stack.back();
        stack.pop_back();
        ++visited;
        QStringList chain;
        const auto resolved = resolver.resolve(node, &chain);
        if (resolved.ok())
            (void)resolver.documentUrlOf(*resolved);
        if (node.isObject() || node.isArray()) {
            for (std::uint32_t i = 0; i < node.size(); ++i)
                stack.push_back(node.at(i));
        }
    }
    return 0;
}
