#include "probe/ProbeReport.h"

#include <QJsonArray>
#include <QXmlStreamWriter>

namespace keyway::probe {

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    // Formula injection: a spreadsheet must not run what an API answered.
    if (!bytes.isEmpty() && QByteArrayView("=+-@").contains(bytes.front()))
        bytes.prepend('\'');
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace('"', "\"\"");
        return '"' + bytes + '"';
    }
    return bytes;
}

QString message(const ProbeCase &c)
{
    return c.detail.isEmpty() ? c.explanation : c.explanation + QStringLiteral("\n") + c.detail;
}

} // namespace

QByteArray probeCsv(const QList<ProbeRow> &rows)
{
    QByteArray out = "operation,method,path,operationId,case,expectation,verdict,status,explanation,detail,exchangeId\r\n";
    for (const ProbeRow &row : rows) {
        for (const ProbeCase &c : row.cases) {
            if (c.verdict == Verdict::NotApplicable)
                continue;
            const QList<QString> fields{row.displayName,
                                        row.method,
                                        row.path,
                                        row.operationId,
                                        caseKindName(c.kind),
                                        expectationText(c.expectation),
                                        verdictName(c.verdict),
                                        c.status ? QString::number(c.status) : QString(),
                                        c.explanation,
                                        c.detail,
                                        c.exchangeId ? QString::number(c.exchangeId) : QString()};
            QList<QByteArray> encoded;
            for (const QString &f : fields)
                encoded.append(csvField(f));
            out += encoded.join(',') + "\r\n";
        }
    }
    return out;
}

QByteArray probeJUnit(const QList<ProbeRow> &rows, const ProbeReportInfo &info)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    const ProbeSummary all = ProbeSummary::of(rows);
    w.writeStartElement(QStringLiteral("testsuites"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("keyway-probe %1").arg(info.title.isEmpty() ? info.document : info.title));
    w.writeAttribute(QStringLiteral("tests"), QString::number(all.total()));
    w.writeAttribute(QStringLiteral("failures"), QString::number(all.fail));
    w.writeAttribute(QStringLiteral("errors"), QString::number(all.unknown + all.pending));
    w.writeAttribute(QStringLiteral("skipped"), QString::number(all.skipped));
    for (const ProbeRow &row : rows) {
        const ProbeSummary s = ProbeSummary::of({row});
        w.writeStartElement(QStringLiteral("testsuite"));
        w.writeAttribute(QStringLiteral("name"), row.displayName);
        w.writeAttribute(QStringLiteral("tests"), QString::number(s.total()));
        w.writeAttribute(QStringLiteral("failures"), QString::number(s.fail));
        w.writeAttribute(QStringLiteral("errors"), QString::number(s.unknown + s.pending));
        w.writeAttribute(QStringLiteral("skipped"), QString::number(s.skipped));
        w.writeStartElement(QStringLiteral("properties"));
        const QList<QPair<QString, QString>> props{{QStringLiteral("operationId"), row.operationId},
                                                   {QStringLiteral("security"), row.security},
                                                   {QStringLiteral("document"), info.document},
                                                   {QStringLiteral("flowId"), info.flowId}};
        for (const auto &[name, value] : props) {
            w.writeStartElement(QStringLiteral("property"));
            w.writeAttribute(QStringLiteral("name"), name);
            w.writeAttribute(QStringLiteral("value"), value);
            w.writeEndElement();
        }
        w.writeEndElement();
        for (const ProbeCase &c : row.cases) {
            if (c.verdict == Verdict::NotApplicable)
                continue;
            w.writeStartElement(QStringLiteral("testcase"));
            w.writeAttribute(QStringLiteral("classname"), row.displayName);
            w.writeAttribute(QStringLiteral("name"), caseKindName(c.kind));
            w.writeAttribute(QStringLiteral("time"), QString::number(double(c.elapsedMs) / 1000.0, 'f', 3));
            const QString text
                = QStringLiteral("expected %1, got %2; %3")
                      .arg(expectationText(c.expectation), c.status ? QString::number(c.status) : QStringLiteral("no answer"), message(c));
            switch (c.verdict) {
            case Verdict::Fail:
                w.writeStartElement(QStringLiteral("failure"));
                w.writeAttribute(QStringLiteral("type"), QStringLiteral("fail"));
                w.writeAttribute(QStringLiteral("message"), c.explanation);
                w.writeCharacters(text);
                w.writeEndElement();
                break;
            case Verdict::Unknown:
            case Verdict::Pending:
            case Verdict::Running:
                w.writeStartElement(QStringLiteral("error"));
                w.writeAttribute(QStringLiteral("type"),
                                 c.credentialsMissing ? QStringLiteral("credentialsMissing") : QStringLiteral("unknown"));
                w.writeAttribute(QStringLiteral("message"), c.explanation);
                w.writeCharacters(text);
                w.writeEndElement();
                break;
            case Verdict::Skipped:
                w.writeStartElement(QStringLiteral("skipped"));
                w.writeAttribute(QStringLiteral("message"), c.explanation);
                w.writeEndElement();
                break;
            case Verdict::Pass:
                w.writeTextElement(QStringLiteral("system-out"), text);
                break;
            case Verdict::NotApplicable:
                break;
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QJsonObject probeJson(const QList<ProbeRow> &rows, const ProbeReportInfo &info)
{
    const ProbeSummary s = ProbeSummary::of(rows);
    QJsonArray operations;
    for (const ProbeRow &row : rows) {
        QJsonArray cases;
        for (const ProbeCase &c : row.cases) {
            if (c.verdict == Verdict::NotApplicable)
                continue;
            QJsonObject j{{QStringLiteral("case"), caseKindName(c.kind)},
                          {QStringLiteral("expectation"), expectationText(c.expectation)},
                          {QStringLiteral("verdict"), verdictName(c.verdict)},
                          {QStringLiteral("status"), c.status},
                          {QStringLiteral("explanation"), c.explanation},
                          {QStringLiteral("detail"), c.detail},
                          {QStringLiteral("exchangeId"), qint64(c.exchangeId)},
                          {QStringLiteral("credentialsMissing"), c.credentialsMissing},
                          {QStringLiteral("elapsedMs"), c.elapsedMs}};
            cases.append(j);
        }
        operations.append(QJsonObject{{QStringLiteral("operation"), row.displayName},
                                      {QStringLiteral("method"), row.method},
                                      {QStringLiteral("path"), row.path},
                                      {QStringLiteral("operationId"), row.operationId},
                                      {QStringLiteral("security"), row.security},
                                      {QStringLiteral("public"), row.declaredPublic},
                                      {QStringLiteral("alternative"), row.alternative},
                                      {QStringLiteral("cases"), cases}});
    }
    return QJsonObject{{QStringLiteral("document"), info.document},
                       {QStringLiteral("title"), info.title},
                       {QStringLiteral("server"), info.server},
                       {QStringLiteral("flowId"), info.flowId},
                       {QStringLiteral("summary"),
                        QJsonObject{{QStringLiteral("pass"), s.pass},
                                    {QStringLiteral("fail"), s.fail},
                                    {QStringLiteral("unknown"), s.unknown},
                                    {QStringLiteral("skipped"), s.skipped},
                                    {QStringLiteral("credentialsMissing"), s.credentialsMissing}}},
                       {QStringLiteral("operations"), operations}};
}

} // namespace keyway::probe
