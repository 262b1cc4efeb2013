#pragma once

#include "request/RequestModel.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace keyway::request {

// What the user typed for one request: parameter values (as text), the body, the server. Arrays are given as
// "a,b,c" or as a JSON array; objects (deepObject, exploded form) as a JSON object.
struct RequestValues
{
    struct Parameter
    {
        QString name;
        ParameterIn in = ParameterIn::Query;
        QString value;
    };
    struct FormValue
    {
        QString name;
        QString value;
        QString filePath; // a file upload: read when the request is built
        QString fileName; // as sent; the file's name when empty
        QString contentType; // of the file part; application/octet-stream when empty
    };

    QList<Parameter> parameters; // only those that are set: absent ones are not sent
    QString mediaType; // the body variant; the model's first when empty
    QByteArray body; // raw body (JSON, text, binary, or an already encoded form)
    QList<FormValue> form; // form fields: used instead of `body` for Form and Multipart variants when not empty
    QString serverUrl; // an explicit base URL: overrides the document's servers
    int serverIndex = 0; // among RequestModel::servers
    QHash<QString, QString> serverVariables;
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // added as they are

    // Sets (replaces) a parameter value; header names compare case-insensitively.
    void set(const QString &name, ParameterIn in, const QString &value);
    void unset(const QString &name, ParameterIn in);
    const Parameter *find(const QString &name, ParameterIn in) const;
    bool has(const QString &name, ParameterIn in) const { return find(name, in) != nullptr; }
    QString value(const QString &name, ParameterIn in) const;

    // Values prefilled from the model: every parameter's suggested value (required ones and those with a default or
    // example), the first body variant's example.
    static RequestValues prefilled(const RequestModel &model);
};

} // namespace keyway::request
