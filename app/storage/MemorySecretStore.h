#pragma once

#include "storage/SecretStore.h"

#include <QHash>

namespace keyway::storage {

// Secrets held in this process only, for this session: nothing is written anywhere. Used when the
// keychain is unavailable, and by tests. Values are wiped when removed, replaced or dropped.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    Status status() const override { return Status::Available; }
    QString reason() const override { return {}; }
    bool isPersistent() const override { return false; }
    QString description() const override;

    void read(const QString &key, ReadCallback callback) override;
    void write(const QString &key, const SecureBytes &value, DoneCallback callback) override;
    void remove(const QString &key, DoneCallback callback) override;
    void probe(DoneCallback callback) override;

    // Synchronous access for the store that falls back to memory (it moves entries into the keychain
    // once that works again).
    QStringList keys() const;
    std::optional<SecureBytes> value(const QString &key) const;
    void take(const QString &key);
    qsizetype count() const { return m_values.size(); }
    void clear();

private:
    QHash<QString, SecureBytes> m_values;
};

} // namespace keyway::storage
