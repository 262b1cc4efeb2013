#include "storage/KeychainSecretStore.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "keyway.storage.keychain")

namespace keyway::storage {

namespace {

// QtKeychain's job queue is process-wide: a job that timed out keeps it busy until it ends. Counted here
// (main thread only) so that every store fails fast meanwhile.
int s_outstandingTimedOutJobs = 0;
QString s_timedOutReason;

QString describeKeychainError(QKeychain::Error code, const QString &text)
{
    switch (code) {
    case QKeychain::NoBackendAvailable:
        return KeychainSecretStore::tr("no keychain service is available (%1)").arg(text);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainSecretStore::tr("access to the keychain was denied: it is locked or the prompt was cancelled (%1)").arg(text);
    case QKeychain::NotImplemented:
        return KeychainSecretStore::tr("the keychain does not support this operation (%1)").arg(text);
    case QKeychain::CouldNotDeleteEntry:
        return KeychainSecretStore::tr("the keychain could not delete the entry (%1)").arg(text);
    default:
        return KeychainSecretStore::tr("the keychain reported an error: %1").arg(text);
    }
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent) : KeychainSecretStore(Options{}, parent)
{ }

KeychainSecretStore::KeychainSecretStore(const Options &options, QObject *parent) : SecretStore(parent), m_options(options)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    connect(&m_timer, &QTimer::timeout, this, &KeychainSecretStore::onTimeout);
}

KeychainSecretStore::~KeychainSecretStore()
{
    // A running job finishes (and deletes itself) on its own; its connection to this store ends here.
    if (m_job)
        m_job->disconnect(this);
}

QString KeychainSecretStore::description() const
{
    return tr("the system keychain");
}

QString KeychainSecretStore::formatSeconds(int milliseconds)
{
    if (milliseconds % 1000 == 0)
        return tr("%1 s").arg(milliseconds / 1000);
    return tr("%1 s").arg(QString::number(milliseconds / 1000.0, 'f', 1));
}

void KeychainSecretStore::read(const QString &key, ReadCallback callback)
{
    Operation op;
    op.kind = Operation::Kind::Read;
    op.key = key;
    op.onRead = std::move(callback);
    enqueue(std::move(op));
}

void KeychainSecretStore::write(const QString &key, const SecureBytes &value, DoneCallback callback)
{
    Operation op;
    op.kind = Operation::Kind::Write;
    op.key = key;
    op.value = value;
    op.onDone = std::move(callback);
    enqueue(std::move(op));
}

void KeychainSecretStore::remove(const QString &key, DoneCallback callback)
{
    Operation op;
    op.kind = Operation::Kind::Remove;
    op.key = key;
    op.onDone = std::move(callback);
    enqueue(std::move(op));
}

void KeychainSecretStore::probe(DoneCallback callback)
{
    // A random key and value per probe, so that two processes probing at once never disturb each other.
    const QString key = QStringLiteral("keyway/v1/probe/%1").arg(randomHex(8));
    const SecureBytes expected(randomHex(16).toLatin1());
    QPointer<KeychainSecretStore> self(this);

    auto finish = [self, callback](Result<Done> outcome) {
        if (!self)
            return;
        if (outcome.ok())
            self->setStatus(Status::Available, {});
        else
            self->setStatus(Status::Unavailable, outcome.error().message);
        callback(std::move(outcome));
    };

    Operation write;
    write.kind = Operation::Kind::Write;
    write.key = key;
    write.value = expected;
    write.updatesStatus = false;
    write.onDone = [self, key, expected, finish](Result<Done> written) {
        if (!self)
            return;
        if (!written.ok())
            return finish(written.error());
        Operation read;
        read.kind = Operation::Kind::Read;
        read.key = key;
        read.updatesStatus = false;
        read.onRead = [self, key, expected, finish](ReadResult back) {
            if (!self)
                return;
            if (!back.ok())
                return finish(back.error());
            const bool same = back.value().has_value() && back.value()->equals(expected);
            Operation remove;
            remove.kind = Operation::Kind::Remove;
            remove.key = key;
            remove.updatesStatus = false;
            remove.onDone = [finish, same](Result<Done> removed) {
                if (!removed.ok())
                    return finish(removed.error());
                if (!same)
                    return finish(Error{tr("the keychain accepted a value but did not give it back (is the collection locked?)"), {}});
                finish(Done{});
            };
            self->enqueue(std::move(remove));
        };
        self->enqueue(std::move(read));
    };
    enqueue(std::move(write));
}

void KeychainSecretStore::enqueue(Operation operation)
{
    m_queue.push_back(std::move(operation));
    if (!m_current)
        startNext();
}

void KeychainSecretStore::startNext()
{
    // Bounded: every pass either starts one job (and returns) or completes one queued operation.
    while (!m_current && !m_queue.empty()) {
        Operation op = std::move(m_queue.front());
        m_queue.pop_front();

        if (s_outstandingTimedOutJobs > 0) {
            // QtKeychain would queue this job behind the one that never answered.
            QPointer<KeychainSecretStore> self(this);
            QTimer::singleShot(0, this, [self, op = std::move(op)]() mutable {
                if (self)
                    self->fail(op, Error{s_timedOutReason, {}});
            });
            continue;
        }

        QKeychain::Job *job = nullptr;
        switch (op.kind) {
        case Operation::Kind::Read:
            job = new QKeychain::ReadPasswordJob(m_options.service);
            break;
        case Operation::Kind::Write: {
            auto *writeJob = new QKeychain::WritePasswordJob(m_options.service);
            // The job gets its own copy, shared with nobody else, so that it can be wiped once the job
            // is done. Binary: stored base64-encoded, so any bytes (a DER key, a NUL) survive.
            op.jobCopy = SecureBytes(QByteArray(op.value.bytes().constData(), op.value.size()));
            writeJob->setBinaryData(op.jobCopy.bytes());
            job = writeJob;
            break;
        }
        case Operation::Kind::Remove:
            job = new QKeychain::DeletePasswordJob(m_options.service);
            break;
        }
        job->setKey(op.key);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        connect(job, &QKeychain::Job::finished, this, &KeychainSecretStore::onJobFinished);
        m_current.emplace(std::move(op));
        m_job = job;
        m_timer.start(m_options.timeoutMs);
        job->start();
    }
}

void KeychainSecretStore::onJobFinished(QKeychain::Job *job)
{
    if (job != m_job || !m_current)
        return;
    m_timer.stop();
    m_job = nullptr;
    Operation op = std::move(*m_current);
    m_current.reset();
    QPointer<KeychainSecretStore> self(this);

    const QKeychain::Error code = job->error();
    if (code == QKeychain::NoError || code == QKeychain::EntryNotFound) {
        switch (op.kind) {
        case Operation::Kind::Read: {
            std::optional<SecureBytes> found;
            if (code == QKeychain::NoError) {
                const QByteArray shared = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
                found.emplace(QByteArray(shared.constData(), shared.size()));
                secureWipeShared(shared); // the job is deleted next: its copy goes first
            }
            if (found && op.updatesStatus)
                setStatus(Status::Available, {});
            op.onRead(ReadResult(std::move(found)));
            break;
        }
        case Operation::Kind::Write:
            secureWipeShared(op.jobCopy.bytes()); // shared with the job only, which is done with it
            if (op.updatesStatus)
                setStatus(Status::Available, {});
            op.onDone(Done{});
            break;
        case Operation::Kind::Remove:
            op.onDone(Done{});
            break;
        }
    } else {
        const QString message = describeKeychainError(code, job->errorString());
        qCDebug(lcKeychain) << "keychain job failed:" << message; // the key and value are not logged
        fail(op, Error{message, {}});
    }
    if (self)
        self->startNext();
}

void KeychainSecretStore::onTimeout()
{
    if (!m_current)
        return;
    const QString message = tr("the keychain did not answer within %1").arg(formatSeconds(m_options.timeoutMs));
    qCWarning(lcKeychain) << message;
    if (m_job) {
        // Left to finish on its own (it deletes itself then); until then QtKeychain's queue is blocked.
        m_job->disconnect(this);
        ++s_outstandingTimedOutJobs;
        s_timedOutReason = tr("%1 (an earlier keychain request is still pending)").arg(message);
        connect(m_job.data(), &QObject::destroyed, [] { --s_outstandingTimedOutJobs; });
        m_job = nullptr;
    }
    Operation op = std::move(*m_current);
    m_current.reset();
    QPointer<KeychainSecretStore> self(this);
    fail(op, Error{message, {}});
    if (self)
        self->startNext();
}

void KeychainSecretStore::fail(Operation &operation, const Error &error)
{
    if (operation.updatesStatus)
        setStatus(Status::Unavailable, error.message);
    if (operation.kind == Operation::Kind::Read)
        operation.onRead(ReadResult(error));
    else
        operation.onDone(error);
}

void KeychainSecretStore::setStatus(Status status, const QString &reason)
{
    if (status == m_status && reason == m_reason)
        return;
    m_status = status;
    m_reason = reason;
    Q_EMIT statusChanged(status, reason);
}

} // namespace keyway::storage
