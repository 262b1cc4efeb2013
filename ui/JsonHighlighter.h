#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace keyway::ui {

// Colours JSON text: member names, strings, numbers, true/false/null and punctuation, in colours that read on light
// and dark palettes. Works line by line (a string never spans lines in JSON), so it stays fast on large bodies; text
// that is not JSON is left as it is past the first character that cannot start a JSON token.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    explicit JsonHighlighter(QTextDocument *document);
    ~JsonHighlighter() override;

    // Picks colours for `palette` (call again when the palette changes) and highlights the document again.
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
};

} // namespace keyway::ui
