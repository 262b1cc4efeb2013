#pragma once

#include "core/Result.h"
#include "net/Exchange.h"
#include "recorder/HarExporter.h"
#include "recorder/ReproBundle.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace keyway::recorder {

struct BundleInput
{
    QList<net::Exchange> exchanges;
    std::optional<WorkspaceSnapshot> workspace;
    QList<FlowDiagnosis> diagnoses; // as shown to the user (AuthResultView's diagnosis, say)
    bool addAutomaticDiagnoses = true; // FlowDiagnoser's for every failed exchange
    QString note;
    VersionInfo versions = VersionInfo::current();
    QDateTime createdAt = QDateTime::currentDateTimeUtc();
};

struct BundleOutput
{
    QByteArray bytes; // the bundle file
    HarExport har;
    int redactionCount = 0; // in the HAR, the workspace, the diagnoses and the note together
};

// Writes a reproduction bundle (BUNDLE_FORMAT.md). The workspace, diagnoses and note are redacted with the HAR's
// markers (and secret-named extra parameters replaced by position); the finished file is scanned for every secret
// seen and refused on any hit.
class BundleWriter final
{
public:
    static Result<BundleOutput> write(const BundleInput &input, const HarExportOptions &options = {});
};

} // namespace keyway::recorder
