#pragma once

// Starts one of the real servers under tests/peers (the OpenID Provider, the FastAPI resource server, the request
// recorder) on an ephemeral 127.0.0.1 port, waits for the JSON line it prints once listening, and stops it again
// (its own pid only: SIGTERM, then SIGKILL after 3 s) when the object goes away.
//
//     keyway::test::PeerProcess op;
//     if (const QString error = op.startOpenIdProvider(); !error.isEmpty())
//         QFAIL(qPrintable(error));
//     QUrl issuer = op.issuer();

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QUrl>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

#ifndef KEYWAY_SOURCE_DIR
#error "KEYWAY_SOURCE_DIR must be defined (keyway_add_test does this)"
#endif

namespace keyway::test {

class PeerProcess final
{
    Q_DISABLE_COPY_MOVE(PeerProcess)

public:
    static constexpr int kStartTimeoutMs = 20000;
    static constexpr int kStopGraceMs = 3000;
    static constexpr qsizetype kMaxLogBytes = 256 * 1024;

    PeerProcess() = default;
    ~PeerProcess() { stop(); }

    static QString peersDir() { return QStringLiteral(KEYWAY_SOURCE_DIR "/tests/peers"); }
    // Debian's interpreter: the python3 on PATH may not see Debian's python3-fastapi & co.
    static QString systemPython() { return QStringLiteral("/usr/bin/python3"); }

    // oidc-provider via node; extra arguments as in tests/peers/oidc/server.mjs (--access-token-ttl 2, ...).
    [[nodiscard]] QString startOpenIdProvider(const QStringList &extraArgs = {})
    {
        const QString dir = peersDir() + QStringLiteral("/oidc");
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            return QStringLiteral("node is not on PATH: install Node.js 20 or later (packaging/install-deps.sh)");
        const QString installed = dir + QStringLiteral("/node_modules/oidc-provider/package.json");
        if (!QFileInfo::exists(installed))
            return QStringLiteral("oidc-provider is not installed: run `npm ci` in tests/peers/oidc (%1)").arg(dir);
        const QString version = readJson(installed).value(QStringLiteral("version")).toString();
        const QString wanted = readJson(dir + QStringLiteral("/package.json"))
                                   .value(QStringLiteral("dependencies"))
                                   .toObject()
                                   .value(QStringLiteral("oidc-provider"))
                                   .toString();
        if (version != wanted)
            return QStringLiteral("oidc-provider %1 is installed but package.json pins %2: run `npm ci` in tests/peers/oidc")
                .arg(version, wanted);
        QStringList args{QStringLiteral("server.mjs"), QStringLiteral("--port"), QStringLiteral("0")};
        args += extraArgs;
        if (QString error = start(node, args, dir); !error.isEmpty())
            return error;
        m_issuer = QUrl(m_announcement.value(QStringLiteral("issuer")).toString());
        if (!m_issuer.isValid() || m_issuer.host() != QLatin1String("127.0.0.1"))
            return failStarted(QStringLiteral("the OpenID Provider announced no 127.0.0.1 issuer"));
        return {};
    }

    // The FastAPI app; `issuer` is the OpenID Provider whose JWTs it accepts (may be empty).
    [[nodiscard]] QString startResourceServer(const QUrl &issuer, const QStringList &extraArgs = {})
    {
        if (QString error = checkPythonModules(); !error.isEmpty())
            return error;
        QStringList args{QStringLiteral("app.py"), QStringLiteral("--port"), QStringLiteral("0")};
        if (!issuer.isEmpty())
            args << QStringLiteral("--issuer") << issuer.toString(QUrl::StripTrailingSlash);
        args += extraArgs;
        return start(systemPython(), args, peersDir() + QStringLiteral("/resource"));
    }

    // The request recorder (standard library only).
    [[nodiscard]] QString startRecorder()
    {
        if (!QFileInfo(systemPython()).isExecutable())
            return QStringLiteral("%1 is missing: install python3").arg(systemPython());
        return start(systemPython(), {QStringLiteral("recorder.py"), QStringLiteral("--port"), QStringLiteral("0")}, peersDir());
    }

    // Starts `program` and waits (bounded) for its first stdout line, a JSON object with at least "port".
    [[nodiscard]] QString start(const QString &program, const QStringList &args, const QString &workingDir)
    {
        stop();
        m_name = QFileInfo(workingDir).fileName() + QLatin1Char('/') + args.value(0);
        m_log.clear();
        m_announcement = {};
        m_port = 0;
        m_process.setProgram(program);
        m_process.setArguments(args);
        m_process.setWorkingDirectory(workingDir);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setStandardInputFile(QProcess::nullDevice());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
        env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
        m_process.setProcessEnvironment(env);
#ifdef Q_OS_LINUX
        // If the test itself dies, the peer goes with it.
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return QStringLiteral("%1: could not start %2: %3").arg(m_name, program, m_process.errorString());

        QByteArray out;
        const QDeadlineTimer deadline(kStartTimeoutMs);
        while (!out.contains('\n')) {
            if (deadline.hasExpired())
                return failStarted(QStringLiteral("no JSON line within %1 s").arg(kStartTimeoutMs / 1000));
            if (m_process.state() != QProcess::Running && m_process.bytesAvailable() == 0)
                return failStarted(QStringLiteral("exited with code %1 before it listened").arg(m_process.exitCode()));
            m_process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 200)));
            out += m_process.readAllStandardOutput();
            collectStderr();
        }
        const QByteArray line = out.left(out.indexOf('\n')).trimmed();
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject())
            return failStarted(QStringLiteral("first line is not JSON: %1").arg(QString::fromUtf8(line.left(200))));
        m_announcement = doc.object();
        const int port = m_announcement.value(QStringLiteral("port")).toInt();
        if (port <= 0 || port > 65535)
            return failStarted(QStringLiteral("announced no port"));
        m_port = quint16(port);
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this] { collectStderr(); });
        return {};
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        QObject::disconnect(&m_process, &QProcess::readyReadStandardError, &m_process, nullptr);
        m_process.terminate(); // SIGTERM to our own child's pid
        if (!m_process.waitForFinished(kStopGraceMs)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
        collectStderr();
    }

    // For a test's cleanup(): puts the peer's stderr into the test log when the current test failed.
    void printLogIfFailed()
    {
        collectStderr();
        if (QTest::currentTestFailed() && !m_log.isEmpty())
            qWarning("--- stderr of %s ---\n%s", qPrintable(m_name), m_log.constData());
    }

    bool isRunning() const
    {
        return m_process.state() == QProcess::Running;
    }
    quint16 port() const
    {
        return m_port;
    }
    QUrl origin() const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_port);
        return url;
    }
    // The OpenID Provider's issuer (empty for the other peers).
    QUrl issuer() const
    {
        return m_issuer;
    }
    QUrl url(const QString &path) const
    {
        QUrl u = origin();
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        u.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
        return u;
    }
    QJsonObject announcement() const
    {
        return m_announcement;
    }
    QByteArray log() const
    {
        return m_log;
    }
    qint64 pid() const
    {
        return m_process.processId();
    }

private:
    static QJsonObject readJson(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.read(1024 * 1024)).object();
    }

    // Whether /usr/bin/python3 can import what app.py needs; asked once per test run.
    static QString checkPythonModules()
    {
        static const QString verdict = [] {
            const QString python = systemPython();
            if (!QFileInfo(python).isExecutable())
                return QStringLiteral("%1 is missing: install python3 and python3-fastapi (packaging/install-deps.sh)").arg(python);
            QProcess probe;
            probe.setProcessChannelMode(QProcess::MergedChannels);
            probe.start(python, {QStringLiteral("-c"), QStringLiteral("import fastapi, uvicorn, jwt, passlib, multipart, cryptography")});
            if (!probe.waitForFinished(15000)) {
                probe.kill();
                probe.waitForFinished(2000);
                return QStringLiteral("%1 did not answer an import check within 15 s").arg(python);
            }
            if (probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
                return QStringLiteral("%1 lacks fastapi or a module it needs: install python3-fastapi python3-uvicorn "
                                      "python3-jwt python3-passlib python3-multipart (packaging/install-deps.sh)\n%2")
                    .arg(python, QString::fromUtf8(probe.readAll().right(2000)));
            return QString();
        }();
        return verdict;
    }

    void collectStderr()
    {
        m_log += m_process.readAllStandardError();
        if (m_log.size() > kMaxLogBytes)
            m_log = m_log.right(kMaxLogBytes);
    }

    QString failStarted(const QString &why)
    {
        collectStderr();
        stop();
        return QStringLiteral("%1: %2\n--- its stderr ---\n%3").arg(m_name, why, QString::fromUtf8(m_log.right(8000)));
    }

    QProcess m_process;
    QString m_name;
    QByteArray m_log;
    QJsonObject m_announcement;
    QUrl m_issuer;
    quint16 m_port = 0;
};

} // namespace keyway::test
