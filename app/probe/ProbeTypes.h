#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace keyway::probe {

// The cases the probe tries on one operation. An operation that declares security gets every case that applies;
// an operation declared public (or one that allows anonymous access) gets only NoCredentials, expected to succeed.
enum class CaseKind {
    NoCredentials,
    MalformedToken,
    ExpiredToken,
    WrongPlace, // the valid credential in another place (header vs query) or under another scheme
    InsufficientScope, // a valid token that lacks a required scope
    ValidCredentials,
};
inline constexpr int kCaseCount = 6;
QList<CaseKind> allCaseKinds();
QString caseKindName(CaseKind kind); // "noCredentials", "malformedToken", ... (for JSON, CSV, JUnit)
QString caseKindTitle(CaseKind kind); // "no credentials", "malformed token", ... (for people)

enum class Verdict {
    NotApplicable, // the case does not apply to this operation
    Pending, // planned, not yet sent
    Running,
    Pass, // the answer met the expectation
    Fail, // the answer contradicts what the document declares
    Unknown, // no conclusion (no answer, an unexpected status, credentials that could not be had)
    Skipped, // not sent (an unsafe method without the opt-in, or cancelled)
};
QString verdictName(Verdict verdict); // "n/a", "pending", "running", "pass", "fail", "unknown", "skipped"

// What the probe expects of the answer to one case.
enum class Expectation {
    Refused, // 401 or 403
    ScopeRefused, // 403 (401 tolerated)
    Accepted, // 2xx
};
QString expectationText(Expectation expectation);

struct ProbeCase
{
    CaseKind kind = CaseKind::NoCredentials;
    Expectation expectation = Expectation::Refused;
    Verdict verdict = Verdict::NotApplicable;
    int status = 0; // the HTTP status; 0 when none came
    QString explanation; // one line for a person: why this verdict
    QString detail; // how the case was made ("signed with the key of --signing-key", "unsigned", ...)
    quint64 exchangeId = 0; // on the Timeline; 0 when nothing was sent
    bool credentialsMissing = false; // unknown because credentials the case needs are not held
    qint64 elapsedMs = 0;

    bool isDone() const
    {
        return verdict == Verdict::Pass || verdict == Verdict::Fail || verdict == Verdict::Unknown || verdict == Verdict::Skipped;
    }
};

// One operation of the run with its cases (indexed by CaseKind).
struct ProbeRow
{
    QString displayName; // "GET /items"
    QString method; // upper case
    QString path;
    QString operationId;
    QString security; // the requirement as a person reads it
    bool declaredPublic = false; // no credentials needed (public, or anonymous is an alternative)
    int alternative = -1; // the security alternative probed; -1 for public operations
    int operationIndex = -1; // into Document::operations
    QList<ProbeCase> cases; // kCaseCount entries, in CaseKind order

    ProbeCase &at(CaseKind kind) { return cases[int(kind)]; }
    const ProbeCase &at(CaseKind kind) const { return cases.at(int(kind)); }
};

// Counts over a run, and the keyway-cli exit status they mean.
struct ProbeSummary
{
    int pass = 0;
    int fail = 0;
    int unknown = 0;
    int skipped = 0;
    int pending = 0;
    int credentialsMissing = 0; // unknown cases among them for lack of credentials
    static ProbeSummary of(const QList<ProbeRow> &rows);
    int total() const { return pass + fail + unknown + skipped + pending; }
};

} // namespace keyway::probe
