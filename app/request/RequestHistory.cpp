#include "request/RequestHistory.h"

#include "request/Redaction.h"
#include "request/RequestBuilder.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QUrlQuery>

namespace keyway::request {

namespace {

constexpr int kMaxOperationsLoaded = 10000;
const QByteArray kMasked = QByteArrayLiteral("REDACTED");

} // namespace

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("operation"), operation);
    o.insert(QStringLiteral("method"), method);
    o.insert(QStringLiteral("url"), url);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("durationMs"), durationMs);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

HistoryEntry HistoryEntry::fromJson(const QJsonObject &o)
{
    HistoryEntry e;
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.operation = o.value(QStringLiteral("operation")).toString();
    e.method = o.value(QStringLiteral("method")).toString();
    e.url = o.value(QStringLiteral("url")).toString();
    e.status = o.value(QStringLiteral("status")).toInt();
    e.durationMs = qint64(o.value(QStringLiteral("durationMs")).toDouble());
    e.error = o.value(QStringLiteral("error")).toString();
    return e;
}

QVariant SettingsHistoryStorage::value(const QString &key) const
{
    return m_settings->value(key);
}

void SettingsHistoryStorage::setValue(const QString &key, const QVariant &value)
{
    m_settings->setValue(key, value);
}

void SettingsHistoryStorage::remove(const QString &key)
{
    m_settings->remove(key);
}

QStringList SettingsHistoryStorage::childKeys(const QString &group) const
{
    m_settings->beginGroup(group);
    const QStringList keys = m_settings->childKeys();
    m_settings->endGroup();
    return keys;
}

QStringList MemoryHistoryStorage::childKeys(const QString &group) const
{
    QStringList keys;
    const QString prefix = group + u'/';
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (it.key().startsWith(prefix) && !it.key().mid(prefix.size()).contains(u'/'))
            keys.append(it.key().mid(prefix.size()));
    }
    return keys;
}

RequestHistory::RequestHistory(HistoryStorage *storage, const QString &apiId, int maxPerOperation)
    : m_storage(storage), m_apiId(apiId), m_max(qMax(1, maxPerOperation))
{
    load();
}

QString RequestHistory::group() const
{
    // API ids and operation keys hold '/' and spaces: hashed into settings keys, kept readable inside the values.
    const QByteArray id = QCryptographicHash::hash(m_apiId.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("history/") + QString::fromLatin1(id);
}

QString RequestHistory::keyFor(const QString &operation) const
{
    return QString::fromLatin1(QCryptographicHash::hash(operation.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

void RequestHistory::load()
{
    if (!m_storage)
        return;
    const QStringList keys = m_storage->childKeys(group());
    for (qsizetype i = 0; i < keys.size() && i < kMaxOperationsLoaded; ++i) {
        const QJsonObject o = QJsonDocument::fromJson(m_storage->value(group() + u'/' + keys.at(i)).toString().toUtf8()).object();
        const QString operation = o.value(QStringLiteral("operation")).toString();
        if (operation.isEmpty())
            continue;
        QList<HistoryEntry> list;
        const QJsonArray entries = o.value(QStringLiteral("entries")).toArray();
        for (qsizetype k = 0; k < entries.size() && k < m_max; ++k)
            list.append(HistoryEntry::fromJson(entries.at(k).toObject()));
        m_entries.insert(operation, list);
    }
}

void RequestHistory::save(const QString &operation)
{
    if (!m_storage)
        return;
    const QString key = group() + u'/' + keyFor(operation);
    const QList<HistoryEntry> list = m_entries.value(operation);
    if (list.isEmpty()) {
        m_storage->remove(key);
        return;
    }
    QJsonArray entries;
    for (const HistoryEntry &e : list)
        entries.append(e.toJson());
    QJsonObject o;
    o.insert(QStringLiteral("operation"), operation);
    o.insert(QStringLiteral("entries"), entries);
    m_storage->setValue(key, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

void RequestHistory::add(const HistoryEntry &entry)
{
    QList<HistoryEntry> &list = m_entries[entry.operation];
    list.prepend(entry);
    while (list.size() > m_max)
        list.removeLast();
    save(entry.operation);
}

QList<HistoryEntry> RequestHistory::entries(const QString &operation) const
{
    return m_entries.value(operation);
}

QStringList RequestHistory::operations() const
{
    QStringList ops = m_entries.keys();
    ops.sort();
    return ops;
}

void RequestHistory::clear(const QString &operation)
{
    m_entries.remove(operation);
    save(operation);
}

void RequestHistory::clearAll()
{
    const QStringList ops = m_entries.keys();
    m_entries.clear();
    for (const QString &op : ops)
        save(op);
}

QString RequestHistory::maskedUrl(const QUrl &url, const QStringList &secretQueryNames, const QList<QByteArray> &secrets)
{
    QUrl u = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (u.hasQuery() && !secretQueryNames.isEmpty()) {
        QUrlQuery query(u);
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
        for (auto &item : items) {
            const QString name = QUrl::fromPercentEncoding(item.first.toUtf8());
            if (secretQueryNames.contains(name))
                item.second = QString::fromLatin1(kMasked);
        }
        query.setQueryItems(items);
        u.setQuery(query);
    }
    return QString::fromUtf8(maskSecrets(u.toEncoded(), secrets, kMasked));
}

HistoryEntry RequestHistory::entryFor(const QString &operation, const BuiltRequest &request, int status, qint64 durationMs,
                                      const QString &error, const QDateTime &time)
{
    HistoryEntry e;
    e.time = time.toUTC();
    e.operation = operation;
    e.method = QString::fromLatin1(request.method);
    e.url = maskedUrl(request.url, request.secretQueryNames, request.secrets);
    e.status = status;
    e.durationMs = durationMs;
    e.error = maskSecrets(error, request.secrets, kMasked);
    return e;
}

} // namespace keyway::request
