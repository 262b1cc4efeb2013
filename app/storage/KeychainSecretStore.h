#pragma once

#include "storage/SecretStore.h"

#include <QPointer>
#include <QTimer>

#include <deque>

namespace QKeychain {
class Job;
}

namespace keyway::storage {

// The operating system's keychain through QtKeychain (on Linux: the Secret Service over D-Bus, e.g.
// gnome-keyring or KeePassXC). Never falls back to QtKeychain's plaintext file.
//
// QtKeychain 0.13 runs one job at a time, process-wide, and has no timeout: a Secret Service that never
// answers blocks every later job. So jobs run one by one from this store's queue, each under its own
// timer; a job that does not finish in time fails with "the keychain did not answer within N s" and is
// left to finish on its own (libsecret still holds a pointer to it, so it cannot be deleted early).
// While such a job is outstanding, new jobs fail at once with the same reason instead of queueing
// behind it.
//
// Use from the thread that owns it (normally the main thread), with an event loop running.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    struct Options
    {
        QString service = QStringLiteral("Keyway"); // the Secret Service "server" attribute of every entry
        int timeoutMs = 20000; // per job; long enough to answer an unlock prompt
    };

    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(const Options &options, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    Status status() const override { return m_status; }
    QString reason() const override { return m_reason; }
    bool isPersistent() const override { return true; }
    QString description() const override;

    void read(const QString &key, ReadCallback callback) override;
    void write(const QString &key, const SecureBytes &value, DoneCallback callback) override;
    void remove(const QString &key, DoneCallback callback) override;
    void probe(DoneCallback callback) override;

    const Options &options() const { return m_options; }
    // "20 s", "1.5 s"
    static QString formatSeconds(int milliseconds);

private:
    struct Operation
    {
        enum class Kind { Read, Write, Remove };
        Kind kind = Kind::Read;
        QString key;
        SecureBytes value; // for writes
        SecureBytes jobCopy; // the write job's own copy of value
        ReadCallback onRead; // for reads
        DoneCallback onDone; // for writes and removals
        bool updatesStatus = true; // probe steps decide the status at the end instead
    };

    void enqueue(Operation operation);
    void startNext();
    void onJobFinished(QKeychain::Job *job);
    void onTimeout();
    void fail(Operation &operation, const Error &error);
    void setStatus(Status status, const QString &reason);

    Options m_options;
    Status m_status = Status::Unknown;
    QString m_reason;
    std::deque<Operation> m_queue;
    std::optional<Operation> m_current;
    QPointer<QKeychain::Job> m_job;
    QTimer m_timer;
};

} // namespace keyway::storage
