#pragma once

#include "core/Result.h"
#include "openapi/Document.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace keyway::openapi {

// The documents a tree refers to through `$ref`s ("other.yaml#/components/..."), resolved against
// baseUrl, without fragments and without repeats, in document order. Local refs ("#/...") are not listed.
QList<QUrl> externalReferences(const Tree &tree, const QUrl &baseUrl);

// Builds the Document model from a parsed tree: version, info, servers, security schemes (following
// `$ref`s, also into the external trees given), global and per-operation security, operations in
// document order, webhooks, tags. Fails with a located Error when the tree is not an OpenAPI or
// Swagger document; problems that do not stop loading end up in Document::diagnostics.
Result<std::shared_ptr<const Document>> buildDocument(std::shared_ptr<const Tree> tree, const QUrl &sourceUrl, const QString &sourceName,
                                                      QHash<QUrl, std::shared_ptr<const Tree>> externalTrees = {});

// Follows a `$ref` (local "#/a/b" or "file.yaml#/a/b" among the external trees) from `node` until a
// node that is not a reference. Detects cycles and missing targets; JSON Pointer escapes (~0 ~1) and
// percent-encoding are honoured.
class RefResolver final
{
public:
    RefResolver(std::shared_ptr<const Tree> root, QUrl rootUrl, QHash<QUrl, std::shared_ptr<const Tree>> externalTrees);

    // `node` itself when it is not an object with a string "$ref"; otherwise the target.
    Result<NodeRef> resolve(NodeRef node) const;
    // The same; `chain` (when given) receives every "$ref" string followed, in order.
    Result<NodeRef> resolve(NodeRef node, QStringList *chain) const;
    // The URL of the document that holds `node` (for resolving refs found inside external files).
    QUrl documentUrlOf(NodeRef node) const;

private:
    std::shared_ptr<const Tree> m_root;
    QUrl m_rootUrl;
    QHash<QUrl, std::shared_ptr<const Tree>> m_external;
};

} // namespace keyway::openapi
