#include "request/RequestValidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <limits>

namespace keyway::request {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RequestValidator)
};

QString listed(const QStringList &values)
{
    constexpr int kShown = 12;
    QStringList shown = values.mid(0, kShown);
    QString text = shown.join(QLatin1String(", "));
    if (values.size() > kShown)
        text += Tr::tr(", … (%1 in all)").arg(values.size());
    return text;
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

} // namespace

QString ValidationIssue::toString() const
{
    if (parameter.isEmpty())
        return message;
    return parameterInName(in) + u' ' + parameter + QLatin1String(": ") + message;
}

QStringList splitArrayValue(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.startsWith(u'[')) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (doc.isArray()) {
            QStringList items;
            for (const QJsonValue &v : doc.array()) {
                if (v.isString())
                    items.append(v.toString());
                else if (v.isDouble())
                    items.append(QString::number(v.toDouble(), 'g', 17));
                else if (v.isBool())
                    items.append(v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
                else if (v.isNull())
                    items.append(QString());
                else
                    items.append(QString::fromUtf8(
                        (v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray())).toJson(QJsonDocument::Compact)));
            }
            return items;
        }
    }
    if (value.isEmpty())
        return {};
    return value.split(u',');
}

QString validateValue(const SchemaFacts &schema, const QString &value, const QString &label)
{
    if (schema.isArray()) {
        const QStringList items = splitArrayValue(value);
        if (!schema.items)
            return {};
        for (qsizetype i = 0; i < items.size() && i < 1000; ++i) {
            const QString problem = validateValue(*schema.items, items.at(i).trimmed(), Tr::tr("item %1 of %2").arg(i + 1).arg(label));
            if (!problem.isEmpty())
                return problem;
        }
        return {};
    }
    if (value.isEmpty() && schema.nullable)
        return {};
    if (!schema.enumValues.isEmpty() && !schema.enumValues.contains(value))
        return Tr::tr("%1 must be one of: %2.").arg(label, listed(schema.enumValues));
    const QString &type = schema.type;
    if (type == QLatin1String("integer")) {
        bool ok = false;
        const qint64 v = value.trimmed().toLongLong(&ok);
        if (!ok)
            return Tr::tr("%1 must be an integer (\"%2\" is not).").arg(label, value);
        if (schema.format == QLatin1String("int32") && (v < std::numeric_limits<qint32>::min() || v > std::numeric_limits<qint32>::max()))
            return Tr::tr("%1 must fit in 32 bits (int32): %2 is out of range.").arg(label, value);
    } else if (type == QLatin1String("number")) {
        bool ok = false;
        value.trimmed().toDouble(&ok);
        if (!ok)
            return Tr::tr("%1 must be a number (\"%2\" is not).").arg(label, value);
    } else if (type == QLatin1String("boolean")) {
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return Tr::tr("%1 must be true or false (\"%2\" is neither).").arg(label, value);
    }
    if (type == QLatin1String("integer") || type == QLatin1String("number")) {
        const double v = value.trimmed().toDouble();
        if (schema.minimum && (schema.exclusiveMinimum ? v <= *schema.minimum : v < *schema.minimum))
            return schema.exclusiveMinimum ? Tr::tr("%1 must be greater than %2.").arg(label, number(*schema.minimum))
                                           : Tr::tr("%1 must be at least %2.").arg(label, number(*schema.minimum));
        if (schema.maximum && (schema.exclusiveMaximum ? v >= *schema.maximum : v > *schema.maximum))
            return schema.exclusiveMaximum ? Tr::tr("%1 must be less than %2.").arg(label, number(*schema.maximum))
                                           : Tr::tr("%1 must be at most %2.").arg(label, number(*schema.maximum));
    }
    if (type == QLatin1String("string") || type.isEmpty()) {
        if (schema.minLength && value.size() < *schema.minLength)
            return Tr::tr("%1 must be at least %2 characters long.").arg(label).arg(*schema.minLength);
        if (schema.maxLength && value.size() > *schema.maxLength)
            return Tr::tr("%1 must be at most %2 characters long.").arg(label).arg(*schema.maxLength);
    }
    if (!schema.pattern.isEmpty()) {
        const QRegularExpression re(schema.pattern);
        // An invalid pattern is the document's problem, not the value's: it is not held against the value.
        if (re.isValid() && !re.match(value).hasMatch())
            return Tr::tr("%1 does not match the pattern %2.").arg(label, schema.pattern);
    }
    return {};
}

QList<ValidationIssue> validateRequest(const RequestModel &model, const RequestValues &values)
{
    QList<ValidationIssue> issues;
    for (const ParameterSpec &p : model.parameters) {
        const RequestValues::Parameter *given = values.find(p.name, p.in);
        if (!given || (given->value.isEmpty() && !p.allowEmptyValue)) {
            if (p.required)
                issues.append({p.name, p.in, Tr::tr("%1 is required.").arg(p.name)});
            continue;
        }
        if (given->value.isEmpty())
            continue; // allowEmptyValue
        if (const QString problem = validateValue(p.schema, given->value, p.name); !problem.isEmpty())
            issues.append({p.name, p.in, problem});
    }
    if (!model.body.present)
        return issues;
    const BodyVariant *variant = values.mediaType.isEmpty() ? (model.body.variants.isEmpty() ? nullptr : &model.body.variants.first())
                                                            : model.body.variant(values.mediaType);
    if (!values.mediaType.isEmpty() && !variant && !model.body.variants.isEmpty()) {
        QStringList known;
        for (const BodyVariant &v : model.body.variants)
            known.append(v.mediaType);
        issues.append({QString(), ParameterIn::Body,
                       Tr::tr("The operation takes no %1 body (it takes %2).").arg(values.mediaType, known.join(QLatin1String(", ")))});
        return issues;
    }
    const bool formVariant = variant && (variant->kind == BodyVariant::Kind::Form || variant->kind == BodyVariant::Kind::Multipart);
    const bool useForm = formVariant && !values.form.isEmpty();
    if (model.body.required && values.body.isEmpty() && values.form.isEmpty()) {
        issues.append({QString(), ParameterIn::Body, Tr::tr("The request body is required.")});
        return issues;
    }
    if (useForm) {
        for (const FormField &f : variant->fields) {
            const RequestValues::FormValue *given = nullptr;
            for (const RequestValues::FormValue &fv : values.form) {
                if (fv.name == f.name) {
                    given = &fv;
                    break;
                }
            }
            if (!given || (given->value.isEmpty() && given->filePath.isEmpty())) {
                if (f.required)
                    issues.append({f.name, ParameterIn::FormData, Tr::tr("%1 is required.").arg(f.name)});
                continue;
            }
            if (f.isFile || !given->filePath.isEmpty())
                continue;
            if (const QString problem = validateValue(f.schema, given->value, f.name); !problem.isEmpty())
                issues.append({f.name, ParameterIn::FormData, problem});
        }
    } else if (variant && variant->kind == BodyVariant::Kind::Json && !values.body.trimmed().isEmpty()) {
        QJsonParseError error{};
        QJsonDocument::fromJson(values.body, &error);
        if (error.error != QJsonParseError::NoError)
            issues.append({QString(), ParameterIn::Body,
                           Tr::tr("The JSON body does not parse: %1 at offset %2.").arg(error.errorString()).arg(error.offset)});
    }
    return issues;
}

} // namespace keyway::request
