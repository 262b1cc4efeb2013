#pragma once

#include <QStringList>
#include <QTextStream>

class QSettings;

namespace keyway::storage {
class SecretStore;
}

namespace keyway::cli {

// `keyway-cli forget DOC [--scheme NAME] [--profile P]`: deletes the secrets Keyway keeps for an API
// from the keychain — all of them, one scheme's (every profile), one profile's (every scheme), or one
// scheme's for one profile — and reports what was deleted.
// Exit status: 0 done (also when there was nothing to delete), 1 usage, 2 the document cannot be
// loaded, 3 the keychain is unavailable or some secrets could not be deleted.
class ForgetCommand final
{
public:
    // Without a store or settings, the system keychain and the shared workspace file are used.
    ForgetCommand(QTextStream &out, QTextStream &err, storage::SecretStore *store = nullptr, QSettings *settings = nullptr)
        : m_out(out), m_err(err), m_store(store), m_settings(settings)
    { }
    Q_DISABLE_COPY_MOVE(ForgetCommand)

    int run(const QStringList &arguments);

    static QString usageLine();

private:
    int usageError(const QString &problem);

    QTextStream &m_out;
    QTextStream &m_err;
    storage::SecretStore *m_store;
    QSettings *m_settings;
};

} // namespace keyway::cli
