#include "probe/ProbeTypes.h"

#include <QCoreApplication>

namespace keyway::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Probe)
};

} // namespace

QList<CaseKind> allCaseKinds()
{
    return {CaseKind::NoCredentials, CaseKind::MalformedToken,    CaseKind::ExpiredToken,
            CaseKind::WrongPlace,    CaseKind::InsufficientScope, CaseKind::ValidCredentials};
}

QString caseKindName(CaseKind kind)
{
    switch (kind) {
    case CaseKind::NoCredentials:
        return QStringLiteral("noCredentials");
    case CaseKind::MalformedToken:
        return QStringLiteral("malformedToken");
    case CaseKind::ExpiredToken:
        return QStringLiteral("expiredToken");
    case CaseKind::WrongPlace:
        return QStringLiteral("wrongPlace");
    case CaseKind::InsufficientScope:
        return QStringLiteral("insufficientScope");
    case CaseKind::ValidCredentials:
        return QStringLiteral("validCredentials");
    }
    return {};
}

QString caseKindTitle(CaseKind kind)
{
    switch (kind) {
    case CaseKind::NoCredentials:
        return Tr::tr("No credentials");
    case CaseKind::MalformedToken:
        return Tr::tr("Malformed token");
    case CaseKind::ExpiredToken:
        return Tr::tr("Expired token");
    case CaseKind::WrongPlace:
        return Tr::tr("Wrong place or scheme");
    case CaseKind::InsufficientScope:
        return Tr::tr("Too few scopes");
    case CaseKind::ValidCredentials:
        return Tr::tr("Valid credentials");
    }
    return {};
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NotApplicable:
        return QStringLiteral("n/a");
    case Verdict::Pending:
        return QStringLiteral("pending");
    case Verdict::Running:
        return QStringLiteral("running");
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Fail:
        return QStringLiteral("fail");
    case Verdict::Unknown:
        return QStringLiteral("unknown");
    case Verdict::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString expectationText(Expectation expectation)
{
    switch (expectation) {
    case Expectation::Refused:
        return Tr::tr("refused (401 or 403)");
    case Expectation::ScopeRefused:
        return Tr::tr("refused for the scope (403)");
    case Expectation::Accepted:
        return Tr::tr("accepted (2xx)");
    }
    return {};
}

ProbeSummary ProbeSummary::of(const QList<ProbeRow> &rows)
{
    ProbeSummary s;
    for (const ProbeRow &row : rows) {
        for (const ProbeCase &c : row.cases) {
            switch (c.verdict) {
            case Verdict::NotApplicable:
                break;
            case Verdict::Pending:
            case Verdict::Running:
                ++s.pending;
                break;
            case Verdict::Pass:
                ++s.pass;
                break;
            case Verdict::Fail:
                ++s.fail;
                break;
            case Verdict::Unknown:
                ++s.unknown;
                if (c.credentialsMissing)
                    ++s.credentialsMissing;
                break;
            case Verdict::Skipped:
                ++s.skipped;
                break;
            }
        }
    }
    return s;
}

} // namespace keyway::probe
