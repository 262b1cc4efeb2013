#include "request/RequestValues.h"

namespace keyway::request {

namespace {

bool sameName(const QString &a, const QString &b, ParameterIn in)
{
    return in == ParameterIn::Header ? a.compare(b, Qt::CaseInsensitive) == 0 : a == b;
}

} // namespace

void RequestValues::set(const QString &name, ParameterIn in, const QString &value)
{
    for (Parameter &p : parameters) {
        if (p.in == in && sameName(p.name, name, in)) {
            p.value = value;
            return;
        }
    }
    parameters.append(Parameter{name, in, value});
}

void RequestValues::unset(const QString &name, ParameterIn in)
{
    parameters.removeIf([&](const Parameter &p) { return p.in == in && sameName(p.name, name, in); });
}

const RequestValues::Parameter *RequestValues::find(const QString &name, ParameterIn in) const
{
    for (const Parameter &p : parameters) {
        if (p.in == in && sameName(p.name, name, in))
            return &p;
    }
    return nullptr;
}

QString RequestValues::value(const QString &name, ParameterIn in) const
{
    const Parameter *p = find(name, in);
    return p ? p->value : QString();
}

RequestValues RequestValues::prefilled(const RequestModel &model)
{
    RequestValues values;
    for (const ParameterSpec &p : model.parameters) {
        const QString suggested = p.suggestedValue();
        if (!suggested.isEmpty())
            values.set(p.name, p.in, suggested);
    }
    if (!model.body.variants.isEmpty()) {
        const BodyVariant &v = model.body.variants.first();
        values.mediaType = v.mediaType;
        if (v.kind == BodyVariant::Kind::Form || v.kind == BodyVariant::Kind::Multipart) {
            for (const FormField &f : v.fields) {
                if (!f.isFile && !f.example.isEmpty())
                    values.form.append(FormValue{f.name, f.example, {}, {}, {}});
            }
        } else {
            values.body = v.example.toUtf8();
        }
    }
    return values;
}

} // namespace keyway::request
