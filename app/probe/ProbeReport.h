#pragma once

#include "probe/ProbeTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace keyway::probe {

// What a report says besides the rows.
struct ProbeReportInfo
{
    QString document; // the document's path or URL, as given
    QString title; // the API's title
    QString server; // the server URL probed, when one was given
    QString flowId; // the Timeline flow of the run
};

// One line per case that applies (RFC 4180): operation, method, path, operationId, case, expectation, verdict,
// status, explanation, detail, exchangeId.
QByteArray probeCsv(const QList<ProbeRow> &rows);
// JUnit XML: one <testsuite> per operation, one <testcase> per case; a fail is a <failure>, an unknown an <error>,
// a skipped case <skipped/>.
QByteArray probeJUnit(const QList<ProbeRow> &rows, const ProbeReportInfo &info);
// {document, title, server, flowId, summary: {...}, operations: [{..., cases: [...]}]}
QJsonObject probeJson(const QList<ProbeRow> &rows, const ProbeReportInfo &info);

} // namespace keyway::probe
