#include "storage/MemorySecretStore.h"

#include <QTimer>

namespace keyway::storage {

MemorySecretStore::MemorySecretStore(QObject *parent) : SecretStore(parent)
{ }

MemorySecretStore::~MemorySecretStore() = default;

QString MemorySecretStore::description() const
{
    return tr("memory (this session only)");
}

void MemorySecretStore::read(const QString &key, ReadCallback callback)
{
    const auto it = m_values.constFind(key);
    std::optional<SecureBytes> found;
    if (it != m_values.constEnd())
        found = it.value();
    QTimer::singleShot(0, this,
                       [callback = std::move(callback), found = std::move(found)]() mutable { callback(ReadResult(std::move(found))); });
}

void MemorySecretStore::write(const QString &key, const SecureBytes &value, DoneCallback callback)
{
    m_values.insert(key, value);
    QTimer::singleShot(0, this, [callback = std::move(callback)] { callback(Done{}); });
}

void MemorySecretStore::remove(const QString &key, DoneCallback callback)
{
    m_values.remove(key);
    QTimer::singleShot(0, this, [callback = std::move(callback)] { callback(Done{}); });
}

void MemorySecretStore::probe(DoneCallback callback)
{
    QTimer::singleShot(0, this, [callback = std::move(callback)] { callback(Done{}); });
}

QStringList MemorySecretStore::keys() const
{
    return m_values.keys();
}

std::optional<SecureBytes> MemorySecretStore::value(const QString &key) const
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return std::nullopt;
    return it.value();
}

void MemorySecretStore::take(const QString &key)
{
    m_values.remove(key);
}

void MemorySecretStore::clear()
{
    m_values.clear();
}

} // namespace keyway::storage
