#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace keyway::ui {

// Masks known secret values in text that is shown to the user (exchange headers and bodies, URLs, error bodies).
// Masking does not guess: it replaces exactly the values it was given (an Exchange's `secrets`, the client secret
// the user typed...), longest first so that a secret inside a longer one cannot leave a piece of the longer one
// visible. A masked value reads "••••" followed by its last four characters when it is long enough for that to
// give nothing useful away, so that two places can still be matched by eye.
class SecretMask final
{
    Q_DECLARE_TR_FUNCTIONS(keyway::ui::SecretMask)

public:
    SecretMask() = default;
    explicit SecretMask(const QList<QByteArray> &secrets);

    void add(const QString &secret);
    void add(const QByteArray &utf8Secret);
    bool isEmpty() const { return m_values.isEmpty(); }
    // Distinct, non-empty values, longest first. Indices into this list identify a value (for reveal links).
    const QStringList &values() const { return m_values; }

    struct Segment
    {
        QString text;
        int secret = -1; // index into values(), or -1 for plain text
    };
    // `text` cut into plain runs and secret values.
    QList<Segment> split(const QString &text) const;
    bool containsSecret(const QString &text) const;

    // Every secret replaced by its masked form.
    QString maskPlain(const QString &text) const;
    // HTML-escaped, every secret a link (revealLink / concealLink) showing the masked form, or the value when its
    // index is in `revealed`.
    QString toHtml(const QString &text, const QSet<int> &revealed, const QString &secretStyle = {}) const;

    // "••••" or "••••abcd".
    static QString masked(const QString &secret);
    static constexpr int kTailMinimumLength = 12; // shorter secrets show no characters at all

    // The links toHtml() makes: "keyway-secret:reveal/3", "keyway-secret:conceal/3".
    static QUrl revealLink(int index);
    static QUrl concealLink(int index);
    struct LinkAction
    {
        bool reveal = true;
        int index = -1;
    };
    static std::optional<LinkAction> parseLink(const QUrl &url);

private:
    QStringList m_values;
};

} // namespace keyway::ui
