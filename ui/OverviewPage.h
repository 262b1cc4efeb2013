#pragma once

#include "openapi/DocumentLoader.h"

#include <QWidget>

namespace keyway::ui {

class MarkdownView;

// What the document is: title, versions, source, description, the security it declares (schemes and
// how operations use them), servers and the problems found while loading it.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    void setDocument(openapi::DocumentPtr document);
    MarkdownView *view() const { return m_view; }

Q_SIGNALS:
    void schemeActivated(const QString &schemeName);

private:
    QString render(const openapi::Document &document) const;

    MarkdownView *m_view;
    openapi::DocumentPtr m_document;
};

} // namespace keyway::ui
