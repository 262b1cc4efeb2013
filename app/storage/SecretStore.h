#pragma once

#include "core/Result.h"
#include "storage/SecureBytes.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

namespace keyway::storage {

// The value of a store operation that returns nothing but can fail.
struct Done
{ };

// A read finds the secret (a value), finds nothing (std::nullopt: not an error), or fails.
using ReadResult = Result<std::optional<SecureBytes>>;
using ReadCallback = std::function<void(ReadResult)>;
using DoneCallback = std::function<void(Result<Done>)>;

// Where secrets are kept: asynchronous reads, writes and removals by key. Callbacks are always called
// later from the event loop (never from inside the call), exactly once per call, unless the store is
// destroyed first (then never). Nothing here logs a value.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Status {
        Unknown, // not checked yet
        Available, // secrets go to (and come from) the store's backend
        Unavailable, // the backend cannot be used: see reason()
    };
    Q_ENUM(Status)

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual Status status() const = 0;
    // Why the store is unavailable (or why it degraded), in words for a person; empty when all is well.
    virtual QString reason() const = 0;
    // Do written secrets outlive this process?
    virtual bool isPersistent() const = 0;
    // For a status line: "the system keychain", "memory (this session only)".
    virtual QString description() const = 0;

    virtual void read(const QString &key, ReadCallback callback) = 0;
    virtual void write(const QString &key, const SecureBytes &value, DoneCallback callback) = 0;
    // Removing a key that does not exist succeeds.
    virtual void remove(const QString &key, DoneCallback callback) = 0;
    // Checks that the store works (for a keychain: write, read back and delete a probe entry) and
    // updates status(). Calls back with the outcome.
    virtual void probe(DoneCallback callback) = 0;

    static QString statusName(Status status);

Q_SIGNALS:
    void statusChanged(keyway::storage::SecretStore::Status status, const QString &reason);
};

// Runs one asynchronous call to completion for command-line tools and tests: spins a local event loop
// until the callback fires or `limitMs` passes (then std::nullopt). `start` receives the callback to
// hand to the store.
template<typename R> std::optional<R> waitForCallback(const std::function<void(std::function<void(R)>)> &start, int limitMs)
{
    std::optional<R> outcome;
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    // The guard lets a late callback (after the limit) find out that nobody waits any more.
    auto alive = std::make_shared<bool>(true);
    start([&outcome, &loop, alive](R value) {
        if (!*alive)
            return;
        outcome.emplace(std::move(value));
        loop.quit();
    });
    if (!outcome) {
        limit.start(limitMs);
        loop.exec();
    }
    *alive = false;
    return outcome;
}

} // namespace keyway::storage
