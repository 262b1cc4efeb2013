#include "cli/CliSupport.h"

#include "auth/CredentialManager.h"
#include "cli/CliApp.h"
#include "cli/InspectCommand.h"
#include "storage/CredentialStore.h"
#include "storage/DegradingSecretStore.h"
#include "storage/KeychainSecretStore.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>

namespace keyway::cli {

namespace {

// Keychain jobs have their own timeouts; this only bounds the wait should something be missed.
constexpr int kStoreLimitMs = 2 * 60 * 1000;

} // namespace

bool spinUntil(const std::function<bool()> &done, int limitMs)
{
    // An event loop that sleeps between events, checked every few milliseconds. (processEvents() with a time limit
    // ignores WaitForMoreEvents and would spin the CPU for the whole wait.)
    const QDeadlineTimer deadline(limitMs);
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    check.start();
    loop.exec();
    return done();
}

std::optional<QString> parseOptions(const QStringList &arguments, const QStringList &withValue, const OptionHandler &handle)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        QString value;
        bool hasValue = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(u'=')) {
            const qsizetype eq = arg.indexOf(u'=');
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
            hasValue = true;
        }
        if (withValue.contains(arg)) {
            if (!hasValue) {
                if (i + 1 >= arguments.size())
                    return QStringLiteral("%1 needs a value").arg(arg);
                value = arguments.at(++i);
            }
            if (value.isEmpty())
                return QStringLiteral("%1 needs a value").arg(arg);
        } else if (hasValue) {
            return QStringLiteral("%1 takes no value").arg(arg);
        }
        const bool option = arg.startsWith(QLatin1String("--"));
        if (auto problem = option ? handle(arg, value) : handle(QString(), arg))
            return problem;
    }
    return std::nullopt;
}

std::optional<openapi::DocumentPtr> loadDocumentOrReport(const QString &input, QTextStream &err)
{
    const auto loaded = loadDocumentBlocking(input);
    if (!loaded) {
        SourceLocation where = loaded.error().location;
        if (where.source.isEmpty())
            where.source = input;
        err << Error{loaded.error().message, where}.toString() << '\n';
        return std::nullopt;
    }
    return loaded.value();
}

CredentialSession::CredentialSession(net::HttpClient *http, storage::SecretStore *store, QSettings *settings)
    : m_http(http), m_givenStore(store), m_givenSettings(settings)
{ }

CredentialSession::~CredentialSession()
{
    restore();
}

std::optional<CredentialSession::Failure> CredentialSession::open(const openapi::DocumentPtr &document,
                                                                  const std::optional<QString> &profile)
{
    QSettings *settings = m_givenSettings;
    if (!settings) {
        m_ownSettings = storage::Workspace::openDefaultSettings();
        settings = m_ownSettings.get();
    }
    m_workspace = std::make_unique<storage::Workspace>(settings);
    m_activeStore = m_givenStore;
    if (!m_activeStore) {
        m_keychain = std::make_unique<storage::KeychainSecretStore>();
        m_degrading = std::make_unique<storage::DegradingSecretStore>(m_keychain.get());
        m_degrading->start();
        m_activeStore = m_degrading.get();
    }
    m_credentials = std::make_unique<storage::CredentialStore>(m_activeStore, m_workspace.get());
    m_manager = std::make_unique<auth::CredentialManager>(m_http, m_credentials.get(), m_workspace.get());
    m_manager->setDocument(document);
    m_opened = true;
    const auto timedOut = Failure{ExitCredentials, QStringLiteral("the keychain did not answer in time")};
    if (!spinUntil([this] { return !m_manager->isLoading(); }, kStoreLimitMs))
        return timedOut;
    m_apiId = m_manager->api().id;
    m_previousProfile = m_workspace->currentProfile(m_apiId);
    m_profile = profile.value_or(m_previousProfile);
    if (m_profile != m_previousProfile) {
        if (auto set = m_manager->setProfile(m_profile); !set) {
            restore();
            return Failure{ExitUsage, set.error().message};
        }
        if (!spinUntil([this] { return !m_manager->isLoading(); }, kStoreLimitMs)) {
            restore();
            return timedOut;
        }
    }
    return std::nullopt;
}

void CredentialSession::restore()
{
    m_manager.reset();
    if (!m_opened || !m_workspace)
        return;
    m_opened = false;
    if (!m_apiId.isEmpty() && m_profile != m_previousProfile)
        (void)m_workspace->setCurrentProfile(m_apiId, m_previousProfile);
    m_workspace->sync();
}

} // namespace keyway::cli
