#pragma once

#include "net/Exchange.h"
#include "recorder/ReproBundle.h"

#include <QList>

namespace keyway::recorder {

// Plain-language diagnoses for the failed exchanges of an export, in the same words the sign-in views use
// (auth::diagnoseOAuthError): an OAuth error answer, an HTTP refusal, or no answer at all. The values in them are
// raw: the bundle writer redacts them with the export's markers.
class FlowDiagnoser final
{
public:
    static QList<FlowDiagnosis> diagnose(const QList<net::Exchange> &exchanges);
    static std::optional<FlowDiagnosis> diagnose(const net::Exchange &exchange);
};

} // namespace keyway::recorder
