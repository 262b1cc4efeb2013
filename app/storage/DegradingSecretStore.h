#pragma once

#include "storage/MemorySecretStore.h"
#include "storage/SecretStore.h"

#include <deque>

namespace keyway::storage {

// The store the application uses: the keychain while it works, and memory for the rest of the session
// as soon as it does not (no Secret Service on D-Bus, a locked collection, a cancelled prompt, a job
// that never answers). Keyway keeps working either way; status() and reason() say which mode is on
// (Available: the keychain; Unavailable: memory only, for this session, and why), statusChanged()
// tells a status indicator. Nothing is ever written to disk by this class.
//
// The keychain is probed on the first operation (or by start()); operations wait for the probe.
// retry() probes again and, when the keychain works, moves the secrets held in memory into it.
class DegradingSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DegradingSecretStore)

public:
    // `keychain` is not owned and must outlive this store.
    explicit DegradingSecretStore(SecretStore *keychain, QObject *parent = nullptr);
    ~DegradingSecretStore() override;

    Status status() const override { return m_status; }
    QString reason() const override { return m_reason; }
    bool isPersistent() const override { return m_status == Status::Available; }
    QString description() const override;

    void read(const QString &key, ReadCallback callback) override;
    void write(const QString &key, const SecureBytes &value, DoneCallback callback) override;
    void remove(const QString &key, DoneCallback callback) override;
    // Probes the keychain again (like retry()).
    void probe(DoneCallback callback) override;

    // Probes the keychain now instead of on first use.
    void start();
    // Tries the keychain again after it failed; secrets held in memory move into it when it works.
    void retry(DoneCallback callback = {});

    // Secrets held in memory only (while the keychain is unavailable).
    qsizetype sessionOnlyCount() const { return m_memory.count(); }

private:
    void whenReady(std::function<void()> operation);
    void runProbe(DoneCallback callback);
    void degrade(const QString &reason);
    void migrateMemory(DoneCallback callback);
    void setStatus(Status status, const QString &reason);

    SecretStore *m_keychain;
    MemorySecretStore m_memory;
    Status m_status = Status::Unknown;
    QString m_reason;
    bool m_probing = false;
    std::deque<std::function<void()>> m_waiting;
};

} // namespace keyway::storage
