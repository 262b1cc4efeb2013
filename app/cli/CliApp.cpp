#include "cli/CliApp.h"

#include "cli/AuthorizeCommand.h"
#include "cli/CallCommand.h"
#include "cli/DiscoverCommand.h"
#include "cli/ForgetCommand.h"
#include "cli/InspectCommand.h"
#include "cli/ProbeCommand.h"

namespace keyway::cli {

int CliApp::usage(const QString &problem)
{
    QTextStream &s = problem.isEmpty() ? m_out : m_err;
    if (!problem.isEmpty())
        s << "keyway-cli: " << problem << "\n\n";
    s << "Usage: keyway-cli VERB [OPTIONS]\n"
         "\n"
         "Verbs:\n"
         "  inspect DOC [--json]   show a document's security schemes and each operation's security\n"
         "                         (DOC: a file path or an http(s) URL)\n"
         "  forget DOC [--scheme NAME] [--profile P]\n"
         "                         delete the API's secrets from the keychain (all, or one scheme's or\n"
         "                         one profile's); exit status 3 when the keychain is unavailable\n"
         "  authorize DOC --scheme NAME [--profile P]\n"
         "            [--flow authorizationCode|clientCredentials|password|implicit|deviceCode|refresh]\n"
         "            [--client-id ID] [--client-secret-env VAR] [--username U] [--secret-env VAR]\n"
         "            [--scope S]... [--param KEY=VALUE]... [--print-token] [--json]\n"
         "                         obtain (OAuth 2.0 / OpenID Connect) or set (apiKey, bearer, basic, digest) a\n"
         "                         scheme's credentials and store them in the keychain; secrets only from the\n"
         "                         environment variables named; exit status 3 when the server refused\n"
         "  discover URL [--json]  an issuer or .well-known URL: its metadata and JWKS, checked\n"
         "  call DOC OPERATION [--profile P] [--server URL] [--alternative N]\n"
         "            [--param NAME=VALUE]... [--body-file F] [--json]\n"
         "                         send an operation (operationId or \"METHOD /path\") with the stored\n"
         "                         credentials; exit status 4 for a non-2xx answer\n"
         "  probe DOC [--server URL] [--profile P] [--operations GLOB] [--unsafe]\n"
         "            [--concurrency N] [--rate PER_SECOND] [--junit FILE] [--json]\n"
         "            [--param [IN:]NAME=VALUE]... [--signing-key FILE] [--csv FILE]\n"
         "                         check that the API enforces the declared security (no credentials, a\n"
         "                         malformed or expired token, the wrong place, too few scopes, the valid\n"
         "                         credentials); only GET, HEAD and OPTIONS unless --unsafe; exit status 5\n"
         "                         when a case failed\n"
         "\n"
         "  --help                 this text\n"
         "  --version              the version of keyway-cli\n"
         "\n"
         "Exit status: 0 success, 1 usage error, 2 the document cannot be loaded, 3 credentials refused or\n"
         "unavailable, 4 the API answered with a status other than 2xx, 5 a probe case failed.\n";
    return problem.isEmpty() ? ExitOk : ExitUsage;
}

int CliApp::run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usage(QStringLiteral("a verb is needed"));
    const QString verb = arguments.at(1);
    const QStringList rest = arguments.mid(2);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") || verb == QLatin1String("help"))
        return usage();
    if (verb == QLatin1String("--version")) {
        m_out << "keyway-cli " << KEYWAY_VERSION << '\n';
        return ExitOk;
    }
    if (verb == QLatin1String("inspect"))
        return InspectCommand(m_out, m_err).run(rest);
    if (verb == QLatin1String("call"))
        return CallCommand(m_out, m_err).run(rest);
    if (verb == QLatin1String("forget"))
        return ForgetCommand(m_out, m_err).run(rest);
    if (verb == QLatin1String("authorize"))
        return AuthorizeCommand(m_out, m_err).run(rest);
    if (verb == QLatin1String("probe"))
        return ProbeCommand(m_out, m_err).run(rest);
    if (verb == QLatin1String("discover"))
        return DiscoverCommand(m_out, m_err).run(rest);
    return usage(QStringLiteral("unknown verb \"%1\"").arg(verb));
}

} // namespace keyway::cli
