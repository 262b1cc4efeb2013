#include "cli/ForgetCommand.h"

#include "cli/CliApp.h"
#include "cli/InspectCommand.h"
#include "storage/ApiIdentity.h"
#include "storage/CredentialStore.h"
#include "storage/KeychainSecretStore.h"
#include "storage/Workspace.h"

#include <QSet>
#include <QSettings>

#include <memory>

namespace keyway::cli {

using namespace storage;

namespace {

// Every keychain job has its own timeout; this only bounds the whole run should something be missed.
constexpr int kOverallLimitMs = 10 * 60 * 1000;

} // namespace

QString ForgetCommand::usageLine()
{
    return QStringLiteral("Usage: keyway-cli forget DOC [--scheme NAME] [--profile P]\n");
}

int ForgetCommand::usageError(const QString &problem)
{
    m_err << "keyway-cli forget: " << problem << '\n' << usageLine();
    return ExitUsage;
}

int ForgetCommand::run(const QStringList &arguments)
{
    QString input;
    std::optional<QString> scheme;
    std::optional<QString> profile;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            m_out << usageLine()
                  << "Deletes the secrets Keyway keeps in the keychain for the API of DOC (a path or an http(s) URL):\n"
                     "all of them, or only those of one scheme (--scheme), of one profile (--profile), or both.\n"
                     "Exit status: 0 done, 1 usage error, 2 the document cannot be loaded,\n"
                     "3 the keychain is unavailable or some secrets could not be deleted.\n";
            return ExitOk;
        }
        if (arg == QLatin1String("--scheme") || arg == QLatin1String("--profile")) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).isEmpty())
                return usageError(QStringLiteral("%1 needs a value").arg(arg));
            (arg == QLatin1String("--scheme") ? scheme : profile) = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--"))) {
            return usageError(QStringLiteral("unknown option %1").arg(arg));
        } else if (input.isEmpty()) {
            input = arg;
        } else {
            return usageError(QStringLiteral("only one document at a time"));
        }
    }
    if (input.isEmpty())
        return usageError(QStringLiteral("a document (path or URL) is needed"));
    if (profile) {
        if (auto valid = Workspace::validateProfileName(*profile); !valid)
            return usageError(valid.error().message);
    }

    const auto loaded = loadDocumentBlocking(input);
    if (!loaded) {
        SourceLocation where = loaded.error().location;
        if (where.source.isEmpty())
            where.source = input;
        m_err << Error{loaded.error().message, where}.toString() << '\n';
        return ExitBadDocument;
    }
    const openapi::Document &document = *loaded.value();
    const ApiIdentity api = ApiIdentity::fromDocument(document);

    std::unique_ptr<QSettings> ownSettings;
    QSettings *settings = m_settings;
    if (!settings) {
        ownSettings = Workspace::openDefaultSettings();
        settings = ownSettings.get();
    }
    Workspace workspace(settings);

    QStringList knownSchemes;
    for (const openapi::SecurityScheme &s : document.schemes)
        knownSchemes.append(s.name);
    QSet<QString> indexedSchemes;
    for (const QString &key : workspace.secretKeys(api.id)) {
        if (const auto address = SecretAddress::fromKey(key))
            indexedSchemes.insert(address->scheme);
    }
    for (const QString &s : workspace.configuredSchemes(api.id)) {
        if (!knownSchemes.contains(s))
            knownSchemes.append(s);
    }
    if (scheme && !knownSchemes.contains(*scheme) && !indexedSchemes.contains(*scheme)) {
        return usageError(
            QStringLiteral("%1 has no security scheme named \"%2\" (schemes: %3)")
                .arg(input, *scheme, knownSchemes.isEmpty() ? QStringLiteral("none") : knownSchemes.join(QStringLiteral(", "))));
    }

    std::unique_ptr<KeychainSecretStore> ownStore;
    SecretStore *store = m_store;
    if (!store) {
        ownStore = std::make_unique<KeychainSecretStore>();
        store = ownStore.get();
    }

    // Without a working keychain nothing can be deleted: say so rather than report an empty success.
    const auto probed = waitForCallback<Result<Done>>([store](DoneCallback done) { store->probe(std::move(done)); }, kOverallLimitMs);
    if (!probed || !probed->ok()) {
        const QString reason = probed ? probed->error().message : QStringLiteral("no answer");
        m_err << "keyway-cli forget: the keychain is unavailable: " << reason << "\nNothing was deleted.\n";
        return ExitCredentials;
    }

    CredentialStore credentials(store, &workspace);
    const auto report = waitForCallback<ForgetReport>(
        [&](ForgetCallback done) {
            if (!scheme && !profile)
                credentials.forgetApi(api.id, std::move(done));
            else
                credentials.forget(api.id, scheme, profile, scheme ? QStringList{*scheme} : knownSchemes, std::move(done));
        },
        kOverallLimitMs);
    workspace.sync();
    if (!report) {
        m_err << "keyway-cli forget: the keychain did not finish in time.\n";
        return ExitCredentials;
    }

    const QString what = QStringLiteral("\"%1\" (%2)").arg(api.title.isEmpty() ? input : api.title, document.sourceName);
    if (report->deleted.isEmpty())
        m_out << "No stored secrets of " << what << " matched.\n";
    else
        m_out << "Deleted " << report->deleted.size() << (report->deleted.size() == 1 ? " secret" : " secrets") << " of " << what << ":\n";
    for (const SecretAddress &address : report->deleted)
        m_out << "  " << address.describe() << '\n';
    if (report->ok())
        return ExitOk;
    for (const auto &[address, reason] : report->failed)
        m_err << "keyway-cli forget: could not delete " << address.describe() << ": " << reason << '\n';
    if (!report->storeProblem.isEmpty())
        m_err << "keyway-cli forget: " << report->storeProblem << '\n';
    return ExitCredentials;
}

} // namespace keyway::cli
