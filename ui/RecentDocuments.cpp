#include "RecentDocuments.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace keyway::ui {

namespace {
const QString settingsKey = u"recentDocuments"_s;
}

RecentDocuments::RecentDocuments(QSettings *settings, QObject *parent) : QObject(parent), m_settings(settings)
{ }

QList<QUrl> RecentDocuments::urls() const
{
    QList<QUrl> result;
    const QStringList stored = m_settings->value(settingsKey).toStringList();
    for (const QString &text : stored) {
        const QUrl url(text);
        if (url.isValid() && !url.isEmpty() && !result.contains(url))
            result.append(url);
        if (result.size() == maxCount)
            break;
    }
    return result;
}

void RecentDocuments::add(const QUrl &url)
{
    // The bundled example is always at hand; it does not belong in the list.
    if (!url.isValid() || url.scheme() == u"qrc")
        return;
    QList<QUrl> list = urls();
    list.removeAll(url);
    list.prepend(url);
    while (list.size() > maxCount)
        list.removeLast();
    store(list);
}

void RecentDocuments::remove(const QUrl &url)
{
    QList<QUrl> list = urls();
    if (list.removeAll(url) > 0)
        store(list);
}

void RecentDocuments::clear()
{
    store({});
}

void RecentDocuments::store(const QList<QUrl> &list)
{
    QStringList texts;
    for (const QUrl &url : list)
        texts.append(url.toString(QUrl::FullyEncoded));
    m_settings->setValue(settingsKey, texts);
    Q_EMIT changed();
}

QString RecentDocuments::displayName(const QUrl &url)
{
    if (url.isLocalFile()) {
        const QFileInfo info(url.toLocalFile());
        return u"%1 — %2"_s.arg(info.fileName(), QDir::toNativeSeparators(info.path()));
    }
    return url.toDisplayString();
}

} // namespace keyway::ui
