#pragma once

#include "core/Result.h"
#include "openapi/Tree.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace keyway::openapi {

// JSON (RFC 8259) through simdjson. Keeps document order and byte positions; reports duplicate keys,
// invalid UTF-8, nesting deeper than TreeBuilder::Limits::maxDepth, with line and column.
Result<std::shared_ptr<const Tree>> parseJson(QByteArray bytes, const QString &sourceName);

// YAML 1.2 through libfyaml (core schema typing, merge keys, anchors and aliases shared rather than
// copied, alias expansion capped). Only the first document of a stream is read.
Result<std::shared_ptr<const Tree>> parseYaml(QByteArray bytes, const QString &sourceName);

// Picks JSON or YAML from the content (and the name's extension as a hint); rejects binary data and
// empty input with a clear message.
Result<std::shared_ptr<const Tree>> parseDocumentText(QByteArray bytes, const QString &sourceName);

} // namespace keyway::openapi
