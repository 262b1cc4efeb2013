// A Secret Service that never answers: owns org.freedesktop.secrets on the session bus given by
// DBUS_SESSION_BUS_ADDRESS and swallows every method call on every object path without replying, so
// that a client waits until its own timeout. For the keychain timeout tests only. Quits by itself after
// --lifetime-ms (default 120 s) so that it can never outlive a test run for long.

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QTimer>

#include <cstdio>

namespace {

class Swallower final : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override
    {
        return true; // handled: QtDBus sends no error reply, and this sends no reply at all
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int lifetimeMs = 120000;
    const QStringList args = QCoreApplication::arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--lifetime-ms"));
    if (at >= 0 && at + 1 < args.size())
        lifetimeMs = args.at(at + 1).toInt();

    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "no session bus\n");
        return 2;
    }
    Swallower swallower;
    if (!bus.registerVirtualObject(QStringLiteral("/"), &swallower, QDBusConnection::SubPath)) {
        std::fprintf(stderr, "cannot register the object\n");
        return 2;
    }
    if (!bus.registerService(QStringLiteral("org.freedesktop.secrets"))) {
        std::fprintf(stderr, "cannot own org.freedesktop.secrets\n");
        return 2;
    }
    QTimer::singleShot(lifetimeMs, &app, &QCoreApplication::quit);
    return app.exec();
}
