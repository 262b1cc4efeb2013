#pragma once

#include "OperationRef.h"
#include "openapi/DocumentLoader.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace keyway::ui {

class MarkdownView;
class MethodBadge;
class SecurityPanel;

// The selected operation: method and path, operationId, summary, tags, its security (SecurityPanel)
// and its description. Showing an operation reads only that operation, so it is instant on any document.
class OperationPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationPage)

public:
    explicit OperationPage(QWidget *parent = nullptr);
    ~OperationPage() override;

    void setDocument(openapi::DocumentPtr document);
    void showOperation(const OperationRef &ref);
    OperationRef currentOperation() const { return m_current; }
    SecurityPanel *securityPanel() const { return m_security; }

Q_SIGNALS:
    void schemeActivated(const QString &schemeName);
    // The user wants to send a request of this operation.
    void tryRequested();

private:
    QLabel *sectionTitle(const QString &text);

    openapi::DocumentPtr m_document;
    OperationRef m_current;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QScrollArea *m_scroll;
    MethodBadge *m_method;
    QLabel *m_path;
    QLabel *m_deprecated;
    QPushButton *m_try;
    QLabel *m_summary;
    QLabel *m_meta;
    SecurityPanel *m_security;
    QLabel *m_descriptionTitle;
    MarkdownView *m_description;
    QLabel *m_location;
};

} // namespace keyway::ui
