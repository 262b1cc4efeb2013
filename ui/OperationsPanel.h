#pragma once

#include "OperationRef.h"
#include "openapi/DocumentLoader.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace keyway::ui {

class OperationFilterModel;
class OperationTreeModel;

// The operations of the document as a tree grouped by tag, with the filter box and the "N of M" count.
// The filter box is created here but placed by the window (in the tool bar).
class OperationsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationsPanel)

public:
    explicit OperationsPanel(QWidget *parent = nullptr);
    ~OperationsPanel() override;

    QLineEdit *filterEdit() const { return m_filterEdit; }
    QTreeView *treeView() const { return m_tree; }

    void setDocument(openapi::DocumentPtr document);

    OperationRef currentOperation() const;
    // Selects the operation (clearing the filter when it hides it). Returns false when it is not listed.
    bool selectOperation(const OperationRef &ref);
    // By operationId, or "GET /path" (case-insensitive method).
    bool selectOperation(const QString &idOrName);

    int totalCount() const;
    int matchingCount() const { return m_matching; }

public Q_SLOTS:
    void focusFilter();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void currentOperationChanged(keyway::ui::OperationRef ref);
    // The user chose an operation (click or Enter), as opposed to a programmatic selection.
    void operationActivated(keyway::ui::OperationRef ref);

private:
    void applyFilter();
    void updateCount();
    void applyDefaultExpansion();
    void onCurrentChanged(const QModelIndex &current);

    OperationTreeModel *m_model;
    OperationFilterModel *m_filter;
    QTreeView *m_tree;
    QLineEdit *m_filterEdit;
    QLabel *m_countLabel;
    QLabel *m_emptyLabel;
    QStackedWidget *m_stack;
    QTimer *m_filterTimer;
    int m_matching = 0;
};

} // namespace keyway::ui
