// A second process for the keychain tests: runs a script of secret store operations read as JSON on
// stdin and prints one JSON line per operation on stdout. Values go in base64 on stdin; what is read
// back is reported as its SHA-256 and size only, so that no secret reaches the test output.
//
//   {"store": "keychain" | "degrading", "timeoutMs": 1500,
//    "ops": [{"op": "probe"}, {"op": "write", "key": "k", "value": "<base64>"}, {"op": "read", "key": "k"},
//            {"op": "remove", "key": "k"}, {"op": "status"}, {"op": "retry"}]}

#include "core/ProcessHardening.h"
#include "storage/DegradingSecretStore.h"
#include "storage/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>

using namespace keyway;
using namespace keyway::storage;

namespace {

void emitLine(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

QJsonObject statusOf(const SecretStore &store)
{
    return {{QStringLiteral("status"), SecretStore::statusName(store.status())},
            {QStringLiteral("reason"), store.reason()},
            {QStringLiteral("persistent"), store.isPersistent()},
            {QStringLiteral("description"), store.description()}};
}

} // namespace

int main(int argc, char *argv[])
{
    hardenProcess();
    QCoreApplication app(argc, argv);
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return 2;
    const QJsonObject script = QJsonDocument::fromJson(input.readAll()).object();
    const int timeoutMs = script.value(QStringLiteral("timeoutMs")).toInt(20000);
    // Each operation is bounded by the store's own timeout; this is the outer bound.
    const int limitMs = timeoutMs * 4 + 5000;

    KeychainSecretStore::Options options;
    options.timeoutMs = timeoutMs;
    KeychainSecretStore keychain(options);
    std::unique_ptr<DegradingSecretStore> degrading;
    SecretStore *store = &keychain;
    if (script.value(QStringLiteral("store")).toString() == QLatin1String("degrading")) {
        degrading = std::make_unique<DegradingSecretStore>(&keychain);
        store = degrading.get();
    }
    int statusChanges = 0;
    QObject::connect(store, &SecretStore::statusChanged, store, [&statusChanges] { ++statusChanges; });

    const QJsonArray ops = script.value(QStringLiteral("ops")).toArray();
    for (const QJsonValue &value : ops) {
        const QJsonObject op = value.toObject();
        const QString name = op.value(QStringLiteral("op")).toString();
        const QString key = op.value(QStringLiteral("key")).toString();
        QJsonObject line{{QStringLiteral("op"), name}};
        QElapsedTimer clock;
        clock.start();
        auto recordDone = [&](const std::optional<Result<Done>> &done) {
            line.insert(QStringLiteral("answered"), done.has_value());
            line.insert(QStringLiteral("ok"), done && done->ok());
            if (done && !done->ok())
                line.insert(QStringLiteral("error"), done->error().message);
        };
        if (name == QLatin1String("write")) {
            const SecureBytes secret(QByteArray::fromBase64(op.value(QStringLiteral("value")).toString().toLatin1()));
            recordDone(waitForCallback<Result<Done>>([&](DoneCallback cb) { store->write(key, secret, std::move(cb)); }, limitMs));
        } else if (name == QLatin1String("remove")) {
            recordDone(waitForCallback<Result<Done>>([&](DoneCallback cb) { store->remove(key, std::move(cb)); }, limitMs));
        } else if (name == QLatin1String("probe")) {
            recordDone(waitForCallback<Result<Done>>([&](DoneCallback cb) { store->probe(std::move(cb)); }, limitMs));
        } else if (name == QLatin1String("retry") && degrading) {
            recordDone(waitForCallback<Result<Done>>([&](DoneCallback cb) { degrading->retry(std::move(cb)); }, limitMs));
        } else if (name == QLatin1String("read")) {
            const auto read = waitForCallback<ReadResult>([&](ReadCallback cb) { store->read(key, std::move(cb)); }, limitMs);
            line.insert(QStringLiteral("answered"), read.has_value());
            line.insert(QStringLiteral("ok"), read && read->ok());
            if (read && !read->ok()) {
                line.insert(QStringLiteral("error"), read->error().message);
            } else if (read) {
                const auto &found = read->value();
                line.insert(QStringLiteral("found"), found.has_value());
                if (found) {
                    line.insert(QStringLiteral("size"), found->size());
                    line.insert(QStringLiteral("sha256"),
                                QString::fromLatin1(QCryptographicHash::hash(found->bytes(), QCryptographicHash::Sha256).toHex()));
                }
            }
        } else if (name != QLatin1String("status")) {
            line.insert(QStringLiteral("ok"), false);
            line.insert(QStringLiteral("error"), QStringLiteral("unknown op"));
        }
        line.insert(QStringLiteral("ms"), clock.elapsed());
        const QJsonObject status = statusOf(*store);
        for (auto it = status.begin(); it != status.end(); ++it)
            line.insert(it.key(), it.value());
        line.insert(QStringLiteral("statusChanges"), statusChanges);
        emitLine(line);
    }
    return 0;
}
