#include "recorder/BundleReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace keyway::recorder {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(keyway::recorder::BundleReader)
};

Error invalid(const QString &path, const QString &what)
{
    return Error{Tr::tr("Invalid reproduction bundle: %1: %2").arg(path, what)};
}

std::optional<QString> optionalString(const QJsonObject &o, const QString &key, const QString &path, std::optional<Error> &error,
                                      qsizetype maxLength = 64 * 1024)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return QString();
    if (!v.isString()) {
        if (!error)
            error = invalid(path + u'.' + key, Tr::tr("expected a string"));
        return std::nullopt;
    }
    if (v.toString().size() > maxLength) {
        if (!error)
            error = invalid(path + u'.' + key, Tr::tr("longer than %1 characters").arg(maxLength));
        return std::nullopt;
    }
    return v.toString();
}

} // namespace

bool BundleReader::looksLikeBundle(const QByteArray &head)
{
    return head.trimmed().startsWith('{') && head.contains(QByteArrayView(ReproBundle::kFormat.data(), ReproBundle::kFormat.size()));
}

Result<ReproBundle> BundleReader::parse(const QByteArray &bytes)
{
    if (bytes.size() > kMaxBytes)
        return Error{
            Tr::tr("The bundle is too large (%1 MB; at most %2 MB).").arg(bytes.size() / (1024 * 1024)).arg(kMaxBytes / (1024 * 1024))};
    if (bytes.trimmed().isEmpty())
        return Error{Tr::tr("The bundle file is empty.")};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{
            Tr::tr("Invalid reproduction bundle: not JSON (at byte %1: %2).").arg(parseError.offset).arg(parseError.errorString())};
    if (!doc.isObject())
        return Error{Tr::tr("Invalid reproduction bundle: the top level is not a JSON object.")};
    const QJsonObject root = doc.object();

    const QJsonValue format = root.value(u"format"_s);
    if (!format.isString() || format.toString() != ReproBundle::kFormat)
        return Error{Tr::tr("This is not a Keyway reproduction bundle (no \"format\": \"%1\").").arg(ReproBundle::kFormat)};
    const QJsonValue version = root.value(u"formatVersion"_s);
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1)
        return invalid(u"formatVersion"_s, Tr::tr("expected a positive whole number"));
    if (version.toDouble() > ReproBundle::kFormatVersion)
        return Error{Tr::tr("This bundle was made by a newer Keyway (format version %1); this Keyway reads version %2.")
                         .arg(version.toDouble())
                         .arg(ReproBundle::kFormatVersion)};

    ReproBundle b;
    std::optional<Error> error;
    const QString created = optionalString(root, u"createdAt"_s, u"(top)"_s, error, 64).value_or(QString());
    if (error)
        return *error;
    b.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
    if (!b.createdAt.isValid())
        return invalid(u"createdAt"_s, Tr::tr("\"%1\" is not an ISO 8601 date and time").arg(created));

    const QJsonValue versions = root.value(u"versions"_s);
    if (!versions.isObject())
        return invalid(u"versions"_s, Tr::tr("expected an object"));
    const QJsonObject vo = versions.toObject();
    b.versions.keyway = optionalString(vo, u"keyway"_s, u"versions"_s, error, 256).value_or(QString());
    b.versions.qtRuntime = optionalString(vo, u"qt"_s, u"versions"_s, error, 256).value_or(QString());
    b.versions.qtBuild = optionalString(vo, u"qtBuild"_s, u"versions"_s, error, 256).value_or(QString());
    b.versions.os = optionalString(vo, u"os"_s, u"versions"_s, error, 256).value_or(QString());
    b.versions.kernel = optionalString(vo, u"kernel"_s, u"versions"_s, error, 256).value_or(QString());
    b.versions.cpu = optionalString(vo, u"cpu"_s, u"versions"_s, error, 256).value_or(QString());
    b.note = optionalString(root, u"note"_s, u"(top)"_s, error).value_or(QString());
    if (error)
        return *error;

    const QJsonValue workspace = root.value(u"workspace"_s);
    if (!workspace.isUndefined() && !workspace.isNull()) {
        if (!workspace.isObject())
            return invalid(u"workspace"_s, Tr::tr("expected an object"));
        auto snapshot = WorkspaceSnapshot::fromJson(workspace.toObject(), u"workspace"_s);
        if (!snapshot)
            return snapshot.error();
        b.workspace = std::move(snapshot.value());
    }

    const QJsonValue diagnoses = root.value(u"diagnoses"_s);
    if (!diagnoses.isUndefined()) {
        if (!diagnoses.isArray())
            return invalid(u"diagnoses"_s, Tr::tr("expected an array"));
        const QJsonArray list = diagnoses.toArray();
        if (list.size() > kMaxDiagnoses)
            return invalid(u"diagnoses"_s, Tr::tr("more than %1 items").arg(kMaxDiagnoses));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = u"diagnoses[%1]"_s.arg(i);
            if (!list.at(i).isObject())
                return invalid(path, Tr::tr("expected an object"));
            const QJsonObject d = list.at(i).toObject();
            FlowDiagnosis fd;
            fd.flowId = optionalString(d, u"flowId"_s, path, error, 256).value_or(QString());
            fd.title = optionalString(d, u"title"_s, path, error, 4096).value_or(QString());
            fd.text = optionalString(d, u"text"_s, path, error).value_or(QString());
            if (error)
                return *error;
            if (fd.text.isEmpty())
                return invalid(path + u".text"_s, Tr::tr("missing or empty"));
            b.diagnoses.append(fd);
        }
    }

    const QJsonValue har = root.value(u"har"_s);
    if (!har.isObject())
        return invalid(u"har"_s, Tr::tr("expected an object (a HAR document)"));
    auto log = HarReader::fromJson(har.toObject(), u"har"_s);
    if (!log)
        return log.error();
    b.har = std::move(log.value());
    b.harDocument = har.toObject();
    return b;
}

} // namespace keyway::recorder
