#include "OperationsPanel.h"

#include "Appearance.h"
#include "OperationDelegate.h"
#include "OperationFilterModel.h"
#include "OperationTreeModel.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyway::ui {

namespace {
// Documents up to this many rows open with every group expanded.
constexpr int expandAllBelowRows = 400;
} // namespace

OperationsPanel::OperationsPanel(QWidget *parent)
    : QWidget(parent),
      m_model(new OperationTreeModel(this)),
      m_filter(new OperationFilterModel(this)),
      m_tree(new QTreeView(this)),
      m_filterEdit(new QLineEdit(this)),
      m_countLabel(new QLabel(this)),
      m_emptyLabel(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_filterTimer(new QTimer(this))
{
    setObjectName(u"operationsPanel"_s);
    m_filter->setSourceModel(m_model);

    auto *title = new QLabel(tr("Operations"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_countLabel->setObjectName(u"operationCount"_s);
    QPalette countPalette = m_countLabel->palette();
    countPalette.setColor(QPalette::WindowText, appearance::mutedText(palette()));
    m_countLabel->setPalette(countPalette);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(10, 8, 10, 6);
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_countLabel);

    m_tree->setObjectName(u"operationTree"_s);
    m_tree->setAccessibleName(tr("Operations"));
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setItemDelegate(new OperationDelegate(false, m_tree));
    m_tree->setUniformRowHeights(false);
    m_tree->setAnimated(false);
    m_tree->setIndentation(14);
    m_tree->setRootIsDecorated(true);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->header()->setStretchLastSection(true);

    m_emptyLabel->setObjectName(u"operationEmpty"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    QPalette emptyPalette = m_emptyLabel->palette();
    emptyPalette.setColor(QPalette::WindowText, appearance::mutedText(palette()));
    m_emptyLabel->setPalette(emptyPalette);

    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_emptyLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    m_filterEdit->setObjectName(u"operationFilter"_s);
    m_filterEdit->setAccessibleName(tr("Filter operations"));
    m_filterEdit->setPlaceholderText(tr("Filter: method, path, summary, scheme…"));
    m_filterEdit->setToolTip(tr("Shows the operations whose method, path, summary, operationId, tags or security "
                                "scheme names contain every word typed (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->installEventFilter(this);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(120);
    connect(m_filterTimer, &QTimer::timeout, this, &OperationsPanel::applyFilter);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this] { m_filterTimer->start(); });
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this] {
        applyFilter();
        // Enter in the filter moves to the first match.
        const QModelIndex group = m_filter->index(0, 0);
        const QModelIndex first = m_filter->index(0, 0, group);
        if (first.isValid()) {
            m_tree->setCurrentIndex(first);
            m_tree->setFocus();
            Q_EMIT operationActivated(m_model->refAt(m_filter->mapToSource(first)));
        }
    });

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const OperationRef ref = m_model->refAt(m_filter->mapToSource(index));
        if (ref.isValid())
            Q_EMIT operationActivated(ref);
    });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const OperationRef ref = m_model->refAt(m_filter->mapToSource(index));
        if (ref.isValid())
            Q_EMIT operationActivated(ref);
    });

    updateCount();
}

OperationsPanel::~OperationsPanel() = default;

void OperationsPanel::setDocument(openapi::DocumentPtr document)
{
    m_model->setDocument(std::move(document));
    m_filter->setFilterText(m_filterEdit->text());
    applyDefaultExpansion();
    updateCount();
    Q_EMIT currentOperationChanged({});
}

int OperationsPanel::totalCount() const
{
    return m_model->operationCount();
}

OperationRef OperationsPanel::currentOperation() const
{
    return m_model->refAt(m_filter->mapToSource(m_tree->currentIndex()));
}

bool OperationsPanel::selectOperation(const OperationRef &ref)
{
    const QModelIndex source = m_model->indexOf(ref);
    if (!source.isValid())
        return false;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) {
        m_filterEdit->clear();
        applyFilter();
        proxy = m_filter->mapFromSource(source);
    }
    if (!proxy.isValid())
        return false;
    m_tree->expand(proxy.parent());
    m_tree->setCurrentIndex(proxy);
    m_tree->scrollTo(proxy, QAbstractItemView::PositionAtCenter);
    return true;
}

bool OperationsPanel::selectOperation(const QString &idOrName)
{
    const openapi::DocumentPtr document = m_model->document();
    if (!document)
        return false;
    const QString wanted = idOrName.trimmed();
    const qsizetype space = wanted.indexOf(u' ');
    const QString method = space > 0 ? wanted.left(space).toLower() : QString();
    const QString path = space > 0 ? wanted.mid(space + 1).trimmed() : QString();
    for (const OperationRef &ref : m_model->allOperations()) {
        const openapi::Operation *operation = ref.resolve(*document);
        if (!operation)
            continue;
        if ((!operation->operationId.isEmpty() && operation->operationId == wanted)
            || (space > 0 && operation->method == method && operation->path == path))
            return selectOperation(ref);
    }
    return false;
}

bool OperationsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_filterEdit->text().isEmpty()) {
            m_filterEdit->clear();
            applyFilter();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            m_tree->setFocus(Qt::TabFocusReason);
            if (!m_tree->currentIndex().isValid())
                m_tree->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OperationsPanel::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void OperationsPanel::applyFilter()
{
    m_filterTimer->stop();
    const OperationRef current = currentOperation();
    const bool wasFiltering = m_filter->isFiltering();
    m_filter->setFilterText(m_filterEdit->text());
    if (m_filter->isFiltering())
        m_tree->expandAll();
    else if (wasFiltering)
        applyDefaultExpansion();
    if (current.isValid()) {
        const QModelIndex proxy = m_filter->mapFromSource(m_model->indexOf(current));
        if (proxy.isValid()) {
            m_tree->expand(proxy.parent());
            m_tree->scrollTo(proxy);
        }
    }
    updateCount();
}

void OperationsPanel::applyDefaultExpansion()
{
    int rows = 0;
    for (int g = 0; g < m_model->rowCount(); ++g)
        rows += m_model->rowCount(m_model->index(g, 0));
    // A single group (an untagged document) is opened whatever its size: collapsed it hides everything.
    if (rows <= expandAllBelowRows || m_filter->isFiltering() || m_model->rowCount() == 1)
        m_tree->expandAll();
    else
        m_tree->collapseAll();
}

void OperationsPanel::updateCount()
{
    const int total = m_model->operationCount();
    if (!m_model->document()) {
        m_matching = 0;
        m_countLabel->clear();
    } else if (!m_filter->isFiltering()) {
        m_matching = total;
        m_countLabel->setText(total == 1 ? tr("1 operation") : tr("%1 operations").arg(QLocale().toString(total)));
    } else {
        int matching = 0;
        for (const OperationRef &ref : m_model->allOperations()) {
            if (m_filter->matches(m_model->searchText(ref)))
                ++matching;
        }
        m_matching = matching;
        const QLocale locale;
        m_countLabel->setText(total == 1 ? tr("%1 of 1 operation").arg(matching)
                                         : tr("%1 of %2 operations").arg(locale.toString(matching), locale.toString(total)));
    }
    m_countLabel->setAccessibleName(m_countLabel->text());
    if (m_matching == 0 && total > 0) {
        m_emptyLabel->setText(tr("No operation matches “%1”.").arg(m_filterEdit->text().trimmed()));
        m_stack->setCurrentWidget(m_emptyLabel);
    } else if (total == 0 && m_model->document()) {
        m_emptyLabel->setText(tr("This document has no operations."));
        m_stack->setCurrentWidget(m_emptyLabel);
    } else {
        m_stack->setCurrentWidget(m_tree);
    }
}

void OperationsPanel::onCurrentChanged(const QModelIndex &current)
{
    const OperationRef ref = m_model->refAt(m_filter->mapToSource(current));
    if (ref.isValid())
        Q_EMIT currentOperationChanged(ref);
}

} // namespace keyway::ui
