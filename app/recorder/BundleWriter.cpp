#include "recorder/BundleWriter.h"

#include "recorder/FlowDiagnoser.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace keyway::recorder {

Result<BundleOutput> BundleWriter::write(const BundleInput &input, const HarExportOptions &options)
{
    HarExporter exporter(options);
    auto har = exporter.exportExchanges(input.exchanges);
    if (!har)
        return har.error();
    SecretRedactor &r = exporter.redactor();
    r.resetCounters();

    QJsonObject root{
        {u"format"_s, QString(ReproBundle::kFormat)},
        {u"formatVersion"_s, ReproBundle::kFormatVersion},
        {u"createdAt"_s, input.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"versions"_s, input.versions.toJson()},
        {u"har"_s, har->document},
    };
    if (input.workspace && !input.workspace->isEmpty()) {
        WorkspaceSnapshot snapshot = *input.workspace;
        for (auto &[name, settings] : snapshot.schemes) {
            for (auto &[key, value] : settings.extraParameters) {
                if (SecretRedactor::isSecretParameterName(key) && !value.isEmpty())
                    value = QString::fromLatin1(r.markerFor(value.toUtf8()));
            }
        }
        root.insert(u"workspace"_s, r.redactJson(snapshot.toJson(), u"workspace"_s));
    }
    QList<FlowDiagnosis> diagnoses = input.diagnoses;
    if (input.addAutomaticDiagnoses)
        diagnoses += FlowDiagnoser::diagnose(input.exchanges);
    QJsonArray diagnosisArray;
    for (const FlowDiagnosis &d : std::as_const(diagnoses)) {
        diagnosisArray.append(QJsonObject{{u"flowId"_s, d.flowId},
                                          {u"title"_s, r.redactText(d.title, u"diagnosis"_s)},
                                          {u"text"_s, r.redactText(d.text, u"diagnosis"_s)}});
    }
    root.insert(u"diagnoses"_s, diagnosisArray);
    if (!input.note.isEmpty())
        root.insert(u"note"_s, r.redactText(input.note, u"note"_s));

    BundleOutput out;
    out.redactionCount = har->redactionCount + r.replacements();
    out.har = std::move(har.value());
    out.bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (const auto checked = exporter.verifyNoSecrets(out.bytes); !checked)
        return checked.error();
    return out;
}

} // namespace keyway::recorder
