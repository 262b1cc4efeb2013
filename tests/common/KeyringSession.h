#pragma once

// A throwaway Secret Service for tests: a private dbus-daemon (its own config: no service activation,
// so nothing starts behind the test's back) and, depending on the mode, a gnome-keyring-daemon in it,
// everything under a temporary folder (XDG_DATA_HOME, XDG_RUNTIME_DIR with mode 700, XDG_CONFIG_HOME,
// XDG_CACHE_HOME, HOME) with DISPLAY unset, so that no prompt can ever open. The session stops exactly
// the processes it started (its own QProcess pids: SIGTERM, then SIGKILL after a grace period), also when
// the test process dies (PR_SET_PDEATHSIG).
//
//     keyway::test::KeyringSession keyring(keyway::test::KeyringSession::Mode::Unlocked);
//     if (const QString error = keyring.start(); !error.isEmpty())
//         QFAIL(qPrintable(error));
//     keyring.applyToThisProcess(); // before the first keychain job of this process
//     QProcess child; child.setProcessEnvironment(keyring.environment());

#include <QByteArray>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <memory>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace keyway::test {

class KeyringSession final
{
    Q_DISABLE_COPY_MOVE(KeyringSession)

public:
    enum class Mode {
        Unlocked, // gnome-keyring with a "login" collection, unlocked with a throwaway password
        NoLoginCollection, // gnome-keyring started without --unlock: no default collection, writes fail
        BusOnly, // a bus without any Secret Service
        NeverAnswers, // org.freedesktop.secrets owned by a stub that swallows every call
        DeadBus, // the bus address names a socket nobody listens on
    };

    static constexpr int kStartTimeoutMs = 15000;
    static constexpr int kStopGraceMs = 3000;
    static constexpr const char *kSecretsName = "org.freedesktop.secrets";

    // `stubPath`: the never-answering Secret Service executable (Mode::NeverAnswers only).
    explicit KeyringSession(Mode mode, const QString &stubPath = {}) : m_mode(mode), m_stubPath(stubPath) { }
    ~KeyringSession() { stop(); }

    Mode mode() const { return m_mode; }
    QString root() const { return m_dir ? m_dir->path() : QString(); }
    QString dataHome() const { return root() + QStringLiteral("/data"); }
    QString runtimeDir() const { return root() + QStringLiteral("/runtime"); }
    QString configHome() const { return root() + QStringLiteral("/config"); }
    QString cacheHome() const { return root() + QStringLiteral("/cache"); }
    QString home() const { return root() + QStringLiteral("/home"); }
    QString busAddress() const { return m_busAddress; }
    // The workspace file keyway-cli uses under this session's XDG_CONFIG_HOME.
    QString workspaceFile() const { return configHome() + QStringLiteral("/Keyway/workspace.ini"); }

    // Returns an error message, or an empty string once everything is ready (bounded by kStartTimeoutMs).
    [[nodiscard]] QString start()
    {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/keyway-keyring-XXXXXX"));
        if (!m_dir->isValid())
            return QStringLiteral("cannot create a temporary folder: %1").arg(m_dir->errorString());
        for (const QString &dir : {dataHome(), runtimeDir(), configHome(), cacheHome(), home()}) {
            if (!QDir().mkpath(dir))
                return QStringLiteral("cannot create %1").arg(dir);
        }
        // The Secret Service refuses a runtime folder others can read.
        QFile::setPermissions(runtimeDir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        if (m_mode == Mode::DeadBus) {
            m_busAddress = QStringLiteral("unix:path=%1/no-bus-here").arg(runtimeDir());
            return {};
        }
        if (QString error = startBus(); !error.isEmpty())
            return error;
        switch (m_mode) {
        case Mode::Unlocked:
            return startKeyring(true);
        case Mode::NoLoginCollection:
            return startKeyring(false);
        case Mode::NeverAnswers:
            return startStub();
        case Mode::BusOnly:
        case Mode::DeadBus:
            break;
        }
        return {};
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : variablesToUnset())
            env.remove(name);
        const auto set = variablesToSet();
        for (const auto &[name, value] : set)
            env.insert(name, value);
        return env;
    }

    // For the test process itself: call before its first keychain job (libsecret and GDBus keep the
    // first session bus they see for the life of the process).
    void applyToThisProcess() const
    {
        for (const QString &name : variablesToUnset())
            qunsetenv(name.toLatin1().constData());
        const auto set = variablesToSet();
        for (const auto &[name, value] : set)
            qputenv(name.toLatin1().constData(), value.toUtf8());
    }

    // Locks the default collection through the Secret Service API (as the screen locker would).
    [[nodiscard]] QString lockDefaultCollection()
    {
        QDBusConnection bus = connection();
        const QString collection = defaultCollection(bus);
        if (collection.isEmpty() || collection == QLatin1String("/"))
            return QStringLiteral("no default collection to lock");
        QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(kSecretsName), QStringLiteral("/org/freedesktop/secrets"),
                                                           QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
        call << QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(collection)});
        const QDBusMessage reply = bus.call(call, QDBus::Block, 5000);
        if (reply.type() != QDBusMessage::ReplyMessage)
            return QStringLiteral("Lock failed: %1").arg(reply.errorMessage());
        return {};
    }

    // The keys ("user" attribute) of every item with server=`service`, through secret-tool: a second
    // opinion that does not go through QtKeychain. Secret values in its output are read and dropped.
    QStringList storedKeys(const QString &service = QStringLiteral("Keyway"), QString *error = nullptr) const
    {
        QProcess tool;
        tool.setProcessEnvironment(environment());
        tool.setProcessChannelMode(QProcess::MergedChannels); // secret-tool prints the attributes on stderr
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service});
        if (!tool.waitForFinished(10000)) {
            tool.kill();
            tool.waitForFinished(kStopGraceMs);
            if (error)
                *error = QStringLiteral("secret-tool did not finish");
            return {};
        }
        QStringList keys;
        const QList<QByteArray> lines = tool.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            // Only attribute lines are kept; the "secret = " lines are dropped unread.
            if (line.startsWith("attribute.user = "))
                keys.append(QString::fromUtf8(line.mid(int(qstrlen("attribute.user = ")))));
        }
        keys.sort();
        return keys;
    }

    void stop()
    {
        // Reverse order of start: the services before their bus.
        stopProcess(m_stub);
        stopProcess(m_keyring);
        if (!m_connectionName.isEmpty()) {
            QDBusConnection::disconnectFromBus(m_connectionName);
            m_connectionName.clear();
        }
        stopProcess(m_bus);
    }

    QString keyringLog() const { return m_keyring ? QString::fromLocal8Bit(m_keyring->readAllStandardError()) : QString(); }

private:
    QList<QPair<QString, QString>> variablesToSet() const
    {
        return {
            {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress},
            {QStringLiteral("XDG_DATA_HOME"), dataHome()},
            {QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir()},
            {QStringLiteral("XDG_CONFIG_HOME"), configHome()},
            {QStringLiteral("XDG_CACHE_HOME"), cacheHome()},
            {QStringLiteral("HOME"), home()},
        };
    }

    static QStringList variablesToUnset()
    {
        // No display: a keyring prompt would wait for a click nobody makes. No desktop hints: QtKeychain
        // would pick KWallet on a KDE desktop.
        return {QStringLiteral("DISPLAY"),
                QStringLiteral("WAYLAND_DISPLAY"),
                QStringLiteral("XDG_CURRENT_DESKTOP"),
                QStringLiteral("DESKTOP_SESSION"),
                QStringLiteral("KDE_FULL_SESSION"),
                QStringLiteral("KDE_SESSION_VERSION"),
                QStringLiteral("GNOME_DESKTOP_SESSION_ID"),
                QStringLiteral("GNOME_KEYRING_CONTROL")};
    }

    static void prepare(QProcess &process)
    {
#ifdef Q_OS_LINUX
        process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#else
        Q_UNUSED(process)
#endif
    }

    QString startBus()
    {
        const QString config = root() + QStringLiteral("/bus.conf");
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1").arg(config);
        // No <servicedir>: nothing is activated on demand, so only what this session starts runs.
        file.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                                  " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                  "<busconfig>\n"
                                  "  <type>session</type>\n"
                                  "  <listen>unix:path=%1/bus</listen>\n"
                                  "  <auth>EXTERNAL</auth>\n"
                                  "  <policy context=\"default\">\n"
                                  "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                                  "    <allow eavesdrop=\"true\"/>\n"
                                  "    <allow own=\"*\"/>\n"
                                  "  </policy>\n"
                                  "</busconfig>\n")
                       .arg(runtimeDir().toHtmlEscaped())
                       .toUtf8());
        file.close();

        m_bus = std::make_unique<QProcess>();
        prepare(*m_bus);
        m_bus->setProcessEnvironment(environment());
        m_bus->start(QStringLiteral("dbus-daemon"),
                     {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        if (!m_bus->waitForStarted(kStartTimeoutMs))
            return QStringLiteral("dbus-daemon did not start: %1").arg(m_bus->errorString());
        QDeadlineTimer deadline(kStartTimeoutMs);
        QByteArray output;
        while (!output.contains('\n') && !deadline.hasExpired()) {
            if (m_bus->state() != QProcess::Running)
                return QStringLiteral("dbus-daemon stopped: %1").arg(QString::fromLocal8Bit(m_bus->readAllStandardError()));
            m_bus->waitForReadyRead(int(qMin<qint64>(200, deadline.remainingTime())));
            output += m_bus->readAllStandardOutput();
        }
        if (!output.contains('\n'))
            return QStringLiteral("dbus-daemon printed no address within %1 ms").arg(kStartTimeoutMs);
        m_busAddress = QString::fromUtf8(output.left(output.indexOf('\n')).trimmed());
        return {};
    }

    QDBusConnection connection()
    {
        if (m_connectionName.isEmpty())
            m_connectionName = QStringLiteral("keyring-session-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        return QDBusConnection::connectToBus(m_busAddress, m_connectionName);
    }

    static QString defaultCollection(QDBusConnection &bus)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(kSecretsName), QStringLiteral("/org/freedesktop/secrets"),
                                                           QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
        call << QStringLiteral("default");
        const QDBusReply<QDBusObjectPath> reply = bus.call(call, QDBus::Block, 2000);
        return reply.isValid() ? reply.value().path() : QString();
    }

    // Waits until the name is owned (and, for an unlocked keyring, until its default collection exists).
    QString waitForSecrets(QProcess &owner, bool needCollection)
    {
        QDBusConnection bus = connection();
        if (!bus.isConnected())
            return QStringLiteral("cannot connect to the private bus: %1").arg(bus.lastError().message());
        QDeadlineTimer deadline(kStartTimeoutMs);
        while (!deadline.hasExpired()) {
            if (owner.state() != QProcess::Running)
                return QStringLiteral("%1 stopped: %2").arg(owner.program(), QString::fromLocal8Bit(owner.readAllStandardError()));
            if (bus.interface()->isServiceRegistered(QLatin1String(kSecretsName))) {
                if (!needCollection)
                    return {};
                const QString collection = defaultCollection(bus);
                if (!collection.isEmpty() && collection != QLatin1String("/"))
                    return {};
            }
            QThread::msleep(50);
        }
        return QStringLiteral("%1 did not provide %2 within %3 ms").arg(owner.program(), QLatin1String(kSecretsName)).arg(kStartTimeoutMs);
    }

    QString startKeyring(bool unlock)
    {
        if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty())
            return QStringLiteral("gnome-keyring-daemon is not installed (packaging/install-deps.sh installs it)");
        m_keyring = std::make_unique<QProcess>();
        prepare(*m_keyring);
        m_keyring->setProcessEnvironment(environment());
        QStringList args{QStringLiteral("--foreground"), QStringLiteral("--components=secrets")};
        if (unlock)
            args.append(QStringLiteral("--unlock"));
        m_keyring->start(QStringLiteral("gnome-keyring-daemon"), args);
        if (!m_keyring->waitForStarted(kStartTimeoutMs))
            return QStringLiteral("gnome-keyring-daemon did not start: %1").arg(m_keyring->errorString());
        if (unlock) {
            // A throwaway password for a throwaway keyring, on stdin as --unlock expects.
            m_keyring->write(QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
            // No event loop runs here: push the bytes out before closing the channel.
            if (!m_keyring->waitForBytesWritten(kStartTimeoutMs))
                return QStringLiteral("cannot write the keyring password: %1").arg(m_keyring->errorString());
        }
        m_keyring->closeWriteChannel();
        return waitForSecrets(*m_keyring, unlock);
    }

    QString startStub()
    {
        if (m_stubPath.isEmpty())
            return QStringLiteral("no stub executable given");
        m_stub = std::make_unique<QProcess>();
        prepare(*m_stub);
        m_stub->setProcessEnvironment(environment());
        m_stub->start(m_stubPath, {});
        if (!m_stub->waitForStarted(kStartTimeoutMs))
            return QStringLiteral("the stub did not start: %1").arg(m_stub->errorString());
        return waitForSecrets(*m_stub, false);
    }

    static void stopProcess(std::unique_ptr<QProcess> &process)
    {
        if (!process)
            return;
        if (process->state() != QProcess::NotRunning) {
            process->terminate(); // SIGTERM to this pid only
            if (!process->waitForFinished(kStopGraceMs)) {
                process->kill();
                process->waitForFinished(kStopGraceMs);
            }
        }
        process.reset();
    }

    Mode m_mode;
    QString m_stubPath;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_busAddress;
    QString m_connectionName;
    std::unique_ptr<QProcess> m_bus;
    std::unique_ptr<QProcess> m_keyring;
    std::unique_ptr<QProcess> m_stub;
};

} // namespace keyway::test
