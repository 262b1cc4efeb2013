#include "storage/DegradingSecretStore.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcSecrets, "keyway.storage.secrets")

namespace keyway::storage {

DegradingSecretStore::DegradingSecretStore(SecretStore *keychain, QObject *parent) : SecretStore(parent), m_keychain(keychain)
{ }

DegradingSecretStore::~DegradingSecretStore() = default;

QString DegradingSecretStore::description() const
{
    switch (m_status) {
    case Status::Available:
        return m_keychain->description();
    case Status::Unavailable:
        return m_memory.description();
    case Status::Unknown:
        break;
    }
    return tr("checking the keychain");
}

void DegradingSecretStore::start()
{
    if (m_status == Status::Unknown && !m_probing)
        runProbe({});
}

void DegradingSecretStore::whenReady(std::function<void()> operation)
{
    if (m_status != Status::Unknown) {
        operation();
        return;
    }
    m_waiting.push_back(std::move(operation));
    start();
}

void DegradingSecretStore::runProbe(DoneCallback callback)
{
    m_probing = true;
    QPointer<DegradingSecretStore> self(this);
    m_keychain->probe([self, callback](Result<Done> outcome) {
        if (!self)
            return;
        self->m_probing = false;
        if (outcome.ok()) {
            self->setStatus(Status::Available, {});
        } else {
            self->degrade(outcome.error().message);
        }
        // Bounded: operations queued before the probe ended; new ones run directly now.
        std::deque<std::function<void()>> waiting;
        waiting.swap(self->m_waiting);
        for (auto &operation : waiting) {
            if (!self)
                return;
            operation();
        }
        if (callback)
            callback(std::move(outcome));
    });
}

void DegradingSecretStore::degrade(const QString &reason)
{
    qCWarning(lcSecrets).noquote() << "keychain unavailable, keeping secrets in memory for this session:" << reason;
    setStatus(Status::Unavailable, reason);
}

void DegradingSecretStore::read(const QString &key, ReadCallback callback)
{
    QPointer<DegradingSecretStore> self(this);
    whenReady([self, key, callback] {
        if (!self)
            return;
        if (self->m_status != Status::Available) {
            self->m_memory.read(key, callback);
            return;
        }
        self->m_keychain->read(key, [self, key, callback](ReadResult result) {
            if (!self)
                return;
            if (result.ok()) {
                callback(std::move(result));
                return;
            }
            self->degrade(result.error().message);
            self->m_memory.read(key, callback);
        });
    });
}

void DegradingSecretStore::write(const QString &key, const SecureBytes &value, DoneCallback callback)
{
    QPointer<DegradingSecretStore> self(this);
    whenReady([self, key, value, callback] {
        if (!self)
            return;
        if (self->m_status != Status::Available) {
            self->m_memory.write(key, value, callback);
            return;
        }
        self->m_keychain->write(key, value, [self, key, value, callback](Result<Done> result) {
            if (!self)
                return;
            if (result.ok()) {
                self->m_memory.take(key); // a stale copy from an earlier unavailable spell
                callback(std::move(result));
                return;
            }
            // The secret is not lost: it stays in memory for the rest of the session.
            self->degrade(result.error().message);
            self->m_memory.write(key, value, callback);
        });
    });
}

void DegradingSecretStore::remove(const QString &key, DoneCallback callback)
{
    QPointer<DegradingSecretStore> self(this);
    whenReady([self, key, callback] {
        if (!self)
            return;
        self->m_memory.take(key);
        if (self->m_status != Status::Available) {
            // The keychain cannot be reached: the caller learns that its copy there (if any) is still there.
            self->m_memory.remove(key, [self, callback](Result<Done>) {
                if (self)
                    callback(Error{tr("removed from memory only: %1").arg(self->m_reason), {}});
            });
            return;
        }
        self->m_keychain->remove(key, [self, callback](Result<Done> result) {
            if (!self)
                return;
            if (!result.ok())
                self->degrade(result.error().message);
            callback(std::move(result));
        });
    });
}

void DegradingSecretStore::probe(DoneCallback callback)
{
    retry(std::move(callback));
}

void DegradingSecretStore::retry(DoneCallback callback)
{
    QPointer<DegradingSecretStore> self(this);
    if (m_probing) {
        m_waiting.push_back([self, callback] {
            if (self && callback)
                callback(self->m_status == Status::Available ? Result<Done>(Done{}) : Result<Done>(Error{self->m_reason, {}}));
        });
        return;
    }
    const bool wasAvailable = m_status == Status::Available;
    m_probing = true;
    m_keychain->probe([self, callback, wasAvailable](Result<Done> outcome) {
        if (!self)
            return;
        self->m_probing = false;
        auto done = [self, callback](Result<Done> result) {
            if (!self)
                return;
            std::deque<std::function<void()>> waiting;
            waiting.swap(self->m_waiting);
            for (auto &operation : waiting) {
                if (!self)
                    return;
                operation();
            }
            if (callback)
                callback(std::move(result));
        };
        if (!outcome.ok()) {
            self->degrade(outcome.error().message);
            return done(std::move(outcome));
        }
        if (wasAvailable || self->m_memory.count() == 0) {
            self->setStatus(Status::Available, {});
            return done(std::move(outcome));
        }
        self->migrateMemory(done);
    });
}

void DegradingSecretStore::migrateMemory(DoneCallback callback)
{
    // One entry at a time; the number of steps is the number of entries held in memory.
    const QStringList keys = m_memory.keys();
    if (keys.isEmpty()) {
        setStatus(Status::Available, {});
        callback(Done{});
        return;
    }
    const QString key = keys.constFirst();
    const std::optional<SecureBytes> value = m_memory.value(key);
    QPointer<DegradingSecretStore> self(this);
    m_keychain->write(key, value.value_or(SecureBytes()), [self, key, callback](Result<Done> written) {
        if (!self)
            return;
        if (!written.ok()) {
            self->degrade(written.error().message);
            callback(std::move(written));
            return;
        }
        self->m_memory.take(key);
        self->migrateMemory(callback);
    });
}

void DegradingSecretStore::setStatus(Status status, const QString &reason)
{
    if (status == m_status && reason == m_reason)
        return;
    m_status = status;
    m_reason = reason;
    Q_EMIT statusChanged(status, reason);
}

} // namespace keyway::storage
