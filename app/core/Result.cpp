#include "core/Result.h"

namespace keyway {

QString SourceLocation::toString() const
{
    if (source.isEmpty() && line <= 0)
        return {};
    QString text = source;
    if (line > 0) {
        text += u':' + QString::number(line);
        if (column > 0)
            text += u':' + QString::number(column);
    }
    return text;
}

QString Error::toString() const
{
    const QString where = location.toString();
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace keyway
