#include "SecretMasking.h"

#include "RichText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyway::ui {

namespace {
const QString linkScheme = u"keyway-secret"_s;
const QString bullets = u"••••"_s;
} // namespace

SecretMask::SecretMask(const QList<QByteArray> &secrets)
{
    for (const QByteArray &secret : secrets)
        add(secret);
}

void SecretMask::add(const QByteArray &utf8Secret)
{
    add(QString::fromUtf8(utf8Secret));
}

void SecretMask::add(const QString &secret)
{
    if (secret.isEmpty() || m_values.contains(secret))
        return;
    // Keep the list ordered longest first (stable for equal lengths, so indices of earlier values of other lengths
    // may move: callers add every value before they hand out indices).
    const auto at = std::find_if(m_values.begin(), m_values.end(), [&](const QString &v) { return v.size() < secret.size(); });
    m_values.insert(at, secret);
}

QList<SecretMask::Segment> SecretMask::split(const QString &text) const
{
    if (m_values.isEmpty() || text.isEmpty())
        return {Segment{text, -1}};
    // Which secret covers each character: longest values claim their ranges first.
    QList<int> owner(text.size(), -1);
    for (int v = 0; v < m_values.size(); ++v) {
        const QString &value = m_values.at(v);
        qsizetype from = 0;
        while ((from = text.indexOf(value, from)) >= 0) {
            bool free = true;
            for (qsizetype i = from; i < from + value.size(); ++i) {
                if (owner.at(i) != -1) {
                    free = false;
                    break;
                }
            }
            if (free) {
                for (qsizetype i = from; i < from + value.size(); ++i)
                    owner[i] = v;
                from += value.size();
            } else {
                ++from;
            }
        }
    }
    QList<Segment> segments;
    qsizetype start = 0;
    while (start < text.size()) {
        const int v = owner.at(start);
        qsizetype end = start + 1;
        if (v >= 0) {
            // One occurrence of the value (two adjacent occurrences stay two links).
            end = start + m_values.at(v).size();
        } else {
            while (end < text.size() && owner.at(end) == -1)
                ++end;
        }
        segments.append(Segment{text.mid(start, end - start), v});
        start = end;
    }
    return segments;
}

bool SecretMask::containsSecret(const QString &text) const
{
    for (const QString &value : m_values) {
        if (text.contains(value))
            return true;
    }
    return false;
}

QString SecretMask::maskPlain(const QString &text) const
{
    if (m_values.isEmpty())
        return text;
    QString out;
    for (const Segment &segment : split(text))
        out += segment.secret >= 0 ? masked(segment.text) : segment.text;
    return out;
}

QString SecretMask::toHtml(const QString &text, const QSet<int> &revealed, const QString &secretStyle) const
{
    QString out;
    for (const Segment &segment : split(text)) {
        if (segment.secret < 0) {
            out += richtext::escape(segment.text);
            continue;
        }
        const bool shown = revealed.contains(segment.secret);
        const QUrl link = shown ? concealLink(segment.secret) : revealLink(segment.secret);
        const QString title = shown ? tr("Secret shown: click to hide it again") : tr("Secret hidden: click to show it");
        out += u"<a href=\"%1\" title=\"%2\" style=\"text-decoration: none; %3\">%4</a>"_s.arg(
            link.toString(), richtext::escape(title), secretStyle, richtext::escape(shown ? segment.text : masked(segment.text)));
    }
    return out;
}

QString SecretMask::masked(const QString &secret)
{
    if (secret.size() < kTailMinimumLength)
        return bullets;
    return bullets + secret.right(4);
}

QUrl SecretMask::revealLink(int index)
{
    return QUrl(u"%1:reveal/%2"_s.arg(linkScheme).arg(index));
}

QUrl SecretMask::concealLink(int index)
{
    return QUrl(u"%1:conceal/%2"_s.arg(linkScheme).arg(index));
}

std::optional<SecretMask::LinkAction> SecretMask::parseLink(const QUrl &url)
{
    if (url.scheme() != linkScheme)
        return std::nullopt;
    const QString path = url.path();
    const qsizetype slash = path.indexOf(u'/');
    if (slash < 0)
        return std::nullopt;
    bool ok = false;
    const int index = path.mid(slash + 1).toInt(&ok);
    if (!ok || index < 0)
        return std::nullopt;
    const QString verb = path.left(slash);
    if (verb != u"reveal" && verb != u"conceal")
        return std::nullopt;
    return LinkAction{verb == u"reveal", index};
}

} // namespace keyway::ui
