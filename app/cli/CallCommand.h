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

// `keyway-cli call DOC OPERATION [--profile P] [--server URL] [--alternative N] [--param NAME=VALUE]...
//  [--body-file F] [--json]`
//
// Sends one request for OPERATION (an operationId or "METHOD /path") with the credentials `authorize` stored for the
// chosen security alternative (preselected: the first whose schemes all have credentials), refreshing an OAuth token
// once when it expired or the server says invalid_token. --param takes [IN:]NAME=VALUE (IN: path, query, header,
// cookie; only needed when two parameters share a name). Prints the status line, the response headers and the body
// (or one JSON object with --json); warnings, challenges and their explanations go to stderr. Never prints a secret
// it sent. Exit status: 0 a 2xx answer, 4 any other status (or no answer), 3 credentials missing or not refreshable,
// 2 the document cannot be loaded, 1 usage (including invalid parameter values).
class CallCommand final
{
public:
    struct Options
    {
        QString document;
        QString operation;
        std::optional<QString> profile;
        QString server;
        int alternative = -1;
        QList<QPair<QString, QString>> parameters; // ([IN:]NAME, VALUE)
        QString bodyFile; // "-": standard input
        bool json = false;
    };

    // Without a store or settings, the system keychain (falling back to memory) and the shared workspace file.
    CallCommand(QTextStream &out, QTextStream &err, storage::SecretStore *store = nullptr, QSettings *settings = nullptr)
        : m_out(out), m_err(err), m_store(store), m_settings(settings)
    { }
    Q_DISABLE_COPY_MOVE(CallCommand)

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
