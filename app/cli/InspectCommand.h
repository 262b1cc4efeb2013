#pragma once

#include "core/Result.h"
#include "openapi/DocumentLoader.h"

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace keyway::cli {

// Loads a document (path or URL) the way the GUI does, waiting for it. Shared by the verbs.
Result<openapi::DocumentPtr> loadDocumentBlocking(const QString &input);

// `keyway-cli inspect DOC [--json]`
class InspectCommand final
{
public:
    InspectCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }
    Q_DISABLE_COPY_MOVE(InspectCommand)

    int run(const QStringList &arguments);

    // The --json form (a contract: keys may be added, none changed).
    static QJsonObject toJson(const openapi::Document &document);

private:
    void printText(const openapi::Document &document);
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace keyway::cli
