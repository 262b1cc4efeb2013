#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QSettings;

namespace keyway::storage {
class SecretStore;
}

namespace keyway::cli {

// `keyway-cli probe DOC [--server URL] [--profile P] [--operations GLOB] [--unsafe] [--concurrency N]
//  [--rate PER_SECOND] [--junit FILE] [--json]` (and, beyond the contract, [--param [IN:]NAME=VALUE]...
//  [--signing-key FILE] [--csv FILE])
//
// Runs the enforcement probe over the selected operations with the stored credentials (see probe/Probe.h): prints
// one line per case (or one JSON object with --json), writes JUnit XML and CSV when asked. Only GET, HEAD and
// OPTIONS are sent unless --unsafe. Exit status: 0 every case met its expectation, 5 a case failed (or ended without
// a conclusion), 3 credentials a case needs are missing, 2 the document cannot be loaded, 1 usage.
class ProbeCommand final
{
public:
    struct Options
    {
        QString document;
        QString server;
        std::optional<QString> profile;
        QStringList operations;
        bool unsafe = false;
        int concurrency = 4;
        double rate = 20;
        QString junitFile;
        QString csvFile;
        QString signingKeyFile;
        QList<QPair<QString, QString>> parameters;
        bool json = false;
    };

    // Without a store or settings, the system keychain (falling back to memory) and the shared workspace file.
    ProbeCommand(QTextStream &out, QTextStream &err, storage::SecretStore *store = nullptr, QSettings *settings = nullptr)
        : m_out(out), m_err(err), m_store(store), m_settings(settings)
    { }
    Q_DISABLE_COPY_MOVE(ProbeCommand)

    int run(const QStringList &arguments);

    static QString usageLine();
    static std::optional<QString> parse(const QStringList &arguments, Options &options);

private:
    int usageError(const QString &problem);
    int execute(const Options &options);

    QTextStream &m_out;
    QTextStream &m_err;
    storage::SecretStore *m_store;
    QSettings *m_settings;
};

} // namespace keyway::cli
