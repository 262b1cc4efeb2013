#pragma once

#include "core/Result.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace keyway::recorder {

// What the workspace stores for one API, for a reproduction bundle: the document source, the server and its
// variables, the profiles, and each scheme's non-secret settings. The workspace never holds secrets; the bundle
// writer still passes every string through its redactor (an extra parameter named client_secret, say).
struct WorkspaceSnapshot
{
    QString apiId;
    QString title;
    QString source;
    QString serverTemplate;
    QHash<QString, QString> serverVariables;
    QStringList profiles;
    QString currentProfile;
    QList<QPair<QString, storage::SchemeSettings>> schemes; // by scheme name, sorted

    bool isEmpty() const { return apiId.isEmpty(); }

    static WorkspaceSnapshot capture(const storage::Workspace &workspace, const QString &apiId);
    QJsonObject toJson() const;
    // Strict: every member type-checked; `path` prefixes error messages.
    static Result<WorkspaceSnapshot> fromJson(const QJsonObject &json, const QString &path);
};

} // namespace keyway::recorder
