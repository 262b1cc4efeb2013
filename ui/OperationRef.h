#pragma once

#include "openapi/Document.h"

#include <QMetaType>

namespace keyway::ui {

// Names one operation of a Document: an index into Document::operations or Document::webhooks.
// An operation listed under several tags is still one operation.
struct OperationRef
{
    bool webhook = false;
    int index = -1;

    bool isValid() const { return index >= 0; }
    const openapi::Operation *resolve(const openapi::Document &document) const
    {
        const QList<openapi::Operation> &list = webhook ? document.webhooks : document.operations;
        return index >= 0 && index < list.size() ? &list.at(index) : nullptr;
    }
    friend bool operator==(const OperationRef &, const OperationRef &) = default;
};

} // namespace keyway::ui

Q_DECLARE_METATYPE(keyway::ui::OperationRef)
