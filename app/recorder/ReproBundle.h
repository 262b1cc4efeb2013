#pragma once

#include "recorder/HarReader.h"
#include "recorder/WorkspaceSnapshot.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace keyway::recorder {

// The versions a reproduction bundle was made with.
struct VersionInfo
{
    QString keyway;
    QString qtRuntime;
    QString qtBuild;
    QString os; // "Debian GNU/Linux 12 (bookworm)"
    QString kernel; // "linux 6.1.0"
    QString cpu; // "x86_64"

    static VersionInfo current();
    QJsonObject toJson() const;
    QString summary() const; // "Keyway 0.1.0 · Qt 6.4.2 · Debian GNU/Linux 12 (bookworm) (linux 6.1.0, x86_64)"
};

// A plain-language explanation of a failure, as shown for a failed flow.
struct FlowDiagnosis
{
    QString flowId; // may be empty
    QString title; // "Token request (client credentials) failed"
    QString text;
};

// A reproduction bundle: one JSON file (see app/recorder/BUNDLE_FORMAT.md) with the redacted HAR, the workspace of
// the API without secrets, the versions, and the diagnoses. Read back by BundleReader for the read-only viewer.
struct ReproBundle
{
    static constexpr QLatin1StringView kFormat{"keyway-reproduction-bundle"};
    static constexpr int kFormatVersion = 1;
    static constexpr QLatin1StringView kFileSuffix{"keyway-bundle"};

    QDateTime createdAt;
    VersionInfo versions;
    std::optional<WorkspaceSnapshot> workspace;
    QList<FlowDiagnosis> diagnoses;
    QString note; // free text from the person who made it (redacted)
    HarLog har;
    QJsonObject harDocument; // {"log": ...} as stored
};

} // namespace keyway::recorder
