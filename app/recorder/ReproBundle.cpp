#include "recorder/ReproBundle.h"

#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace keyway::recorder {

VersionInfo VersionInfo::current()
{
    VersionInfo v;
    v.keyway = QStringLiteral(KEYWAY_VERSION);
    v.qtRuntime = QString::fromLatin1(qVersion());
    v.qtBuild = QStringLiteral(QT_VERSION_STR);
    v.os = QSysInfo::prettyProductName();
    v.kernel = QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion();
    v.cpu = QSysInfo::currentCpuArchitecture();
    return v;
}

QJsonObject VersionInfo::toJson() const
{
    return QJsonObject{{u"keyway"_s, keyway}, {u"qt"_s, qtRuntime},  {u"qtBuild"_s, qtBuild},
                       {u"os"_s, os},         {u"kernel"_s, kernel}, {u"cpu"_s, cpu}};
}

QString VersionInfo::summary() const
{
    return u"Keyway %1 · Qt %2 · %3 (%4, %5)"_s.arg(keyway, qtRuntime, os, kernel, cpu);
}

} // namespace keyway::recorder
