#pragma once

#include "openapi/Document.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace keyway::ui {

// Shows an operation's effective security so that it reads at a glance and in detail: where it comes
// from, then one card per alternative ("Option 1 of 2") listing every scheme required together with
// its kind and scopes; anonymous access and `security: []` are cards of their own. Scheme names are
// links (schemeActivated).
class SecurityPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityPanel)

public:
    explicit SecurityPanel(QWidget *parent = nullptr);
    ~SecurityPanel() override;

    void showRequirement(const openapi::Document &document, const openapi::SecurityRequirement &requirement);
    void clear();

Q_SIGNALS:
    void schemeActivated(const QString &schemeName);
    // A scheme row's "Authorize…" button.
    void authorizeRequested(const QString &schemeName);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *makeCard(const QString &objectName, const QString &title, const QString &subtitle);
    QWidget *makeStatementCard(const QString &objectName, const QString &iconPath, const QString &title, const QString &text);
    QWidget *makeOptionCard(const openapi::Document &document, const QList<openapi::SchemeUse> &alternative, int number, int count);
    QWidget *makeSchemeRow(const openapi::Document &document, const openapi::SchemeUse &use, QWidget *parent);
    QWidget *makeSeparator(const QString &text);
    void applyStyle();

    QLabel *m_originIcon;
    QLabel *m_origin;
    QLabel *m_summary;
    QWidget *m_cards;
    QVBoxLayout *m_cardsLayout;
};

} // namespace keyway::ui
