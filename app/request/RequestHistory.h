#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

class QSettings;

namespace keyway::request {

struct BuiltRequest;

// One request as history keeps it: never a secret (query API keys and any known secret in the URL are masked;
// no headers, no bodies).
struct HistoryEntry
{
    QDateTime time; // UTC, when it was sent
    QString operation; // the operation's key: its operationId, else "METHOD /path"
    QString method;
    QString url; // with secret query values masked
    int status = 0; // 0 when no HTTP answer came
    qint64 durationMs = 0;
    QString error; // network error, timeout, cancel; empty when an answer came

    QJsonObject toJson() const;
    static HistoryEntry fromJson(const QJsonObject &json);
    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

// Where history is saved: a small subset of QSettings, so that tests (and the app) can choose the backing.
class HistoryStorage
{
public:
    virtual ~HistoryStorage() = default;
    virtual QVariant value(const QString &key) const = 0;
    virtual void setValue(const QString &key, const QVariant &value) = 0;
    virtual void remove(const QString &key) = 0;
    // Keys directly below `group` ("history/api"), without the group prefix.
    virtual QStringList childKeys(const QString &group) const = 0;
};

// HistoryStorage over a QSettings (not owned; must outlive it).
class SettingsHistoryStorage final : public HistoryStorage
{
public:
    explicit SettingsHistoryStorage(QSettings *settings) : m_settings(settings) { }
    QVariant value(const QString &key) const override;
    void setValue(const QString &key, const QVariant &value) override;
    void remove(const QString &key) override;
    QStringList childKeys(const QString &group) const override;

private:
    QSettings *m_settings;
};

// HistoryStorage in memory, for tests.
class MemoryHistoryStorage final : public HistoryStorage
{
public:
    QVariant value(const QString &key) const override { return m_values.value(key); }
    void setValue(const QString &key, const QVariant &value) override { m_values.insert(key, value); }
    void remove(const QString &key) override { m_values.remove(key); }
    QStringList childKeys(const QString &group) const override;
    const QHash<QString, QVariant> &values() const { return m_values; }

private:
    QHash<QString, QVariant> m_values;
};

// The requests sent per operation of one API, newest first, at most `maxPerOperation` each; kept in memory and
// written through to the storage on every change.
class RequestHistory final
{
public:
    static constexpr int kDefaultMaxPerOperation = 50;

    // `storage` may be null (memory only); it is not owned.
    RequestHistory(HistoryStorage *storage, const QString &apiId, int maxPerOperation = kDefaultMaxPerOperation);
    Q_DISABLE_COPY_MOVE(RequestHistory)

    void add(const HistoryEntry &entry);
    QList<HistoryEntry> entries(const QString &operation) const;
    QStringList operations() const;
    void clear(const QString &operation);
    void clearAll();

    // The URL for history: no user info or fragment; the values of the named query parameters and every known secret
    // replaced by "REDACTED" (no hash: history is saved to disk and a short key could be guessed from its hash).
    static QString maskedUrl(const QUrl &url, const QStringList &secretQueryNames, const QList<QByteArray> &secrets);
    // An entry for a request as it was built and what came of it.
    static HistoryEntry entryFor(const QString &operation, const BuiltRequest &request, int status, qint64 durationMs,
                                 const QString &error = {}, const QDateTime &time = QDateTime::currentDateTimeUtc());

private:
    QString group() const;
    QString keyFor(const QString &operation) const;
    void load();
    void save(const QString &operation);

    HistoryStorage *m_storage;
    QString m_apiId;
    int m_max;
    QHash<QString, QList<HistoryEntry>> m_entries;
};

} // namespace keyway::request
