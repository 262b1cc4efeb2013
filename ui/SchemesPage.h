#pragma once

#include "OperationRef.h"
#include "openapi/DocumentLoader.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace keyway::ui {

class MarkdownView;

// Every security scheme of the document with all its details: kind, description, where an API key
// goes, HTTP scheme and bearer format, each OAuth flow's URLs as written and as resolved against the
// selected server, scopes, OpenID Connect discovery URL; and the operations that use it.
class SchemesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemesPage)

public:
    explicit SchemesPage(QWidget *parent = nullptr);
    ~SchemesPage() override;

    void setDocument(openapi::DocumentPtr document);
    // The server relative URLs resolve against (with the chosen variable values).
    void setServer(const std::optional<openapi::Server> &server);

    bool showScheme(const QString &name);
    QString currentScheme() const;

    QSplitter *splitter() const { return m_splitter; }

Q_SIGNALS:
    void operationActivated(keyway::ui::OperationRef ref);
    // The user asked to authorize the scheme shown (its "Authorize…" button).
    void authorizeRequested(const QString &schemeName);

private:
    void showCurrent();
    QString render(const openapi::SecurityScheme &scheme) const;
    QString urlCell(const QString &written) const;
    void fillUsedBy(const openapi::SecurityScheme &scheme);

    openapi::DocumentPtr m_document;
    std::optional<openapi::Server> m_server;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QSplitter *m_splitter;
    QListWidget *m_list;
    MarkdownView *m_details;
    QPushButton *m_authorize;
    QLabel *m_usedByLabel;
    QListWidget *m_usedBy;
};

} // namespace keyway::ui
