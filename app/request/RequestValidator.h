#pragma once

#include "request/RequestModel.h"
#include "request/RequestValues.h"

#include <QList>
#include <QString>

namespace keyway::request {

// A problem with one value, found before sending.
struct ValidationIssue
{
    QString parameter; // the parameter's or form field's name; empty for the body as a whole
    ParameterIn in = ParameterIn::Query;
    QString message; // for a person: "limit must be an integer."

    QString toString() const; // "query limit: limit must be an integer."
};

// Checks the values against the model: required values missing, enum mismatch, integer / number / boolean format
// (and int32/int64 ranges), pattern, minimum/maximum, minLength/maxLength; for arrays, each item. A required body
// that is empty is reported too; a JSON body that does not parse is reported as well.
QList<ValidationIssue> validateRequest(const RequestModel &model, const RequestValues &values);

// One value against a schema; empty when it is fine. `label` names it in the message.
QString validateValue(const SchemaFacts &schema, const QString &value, const QString &label);

// The items of an array value: a JSON array ("[1,2]") or comma-separated text ("1,2").
QStringList splitArrayValue(const QString &value);

} // namespace keyway::request
