#include "ServerChooser.h"

#include "Appearance.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyway::ui {

ServerChooser::ServerChooser(QWidget *parent) : QWidget(parent), m_combo(new QComboBox(this)), m_variablesButton(new QToolButton(this))
{
    setObjectName(u"serverChooserWidget"_s);
    m_combo->setObjectName(u"serverChooser"_s);
    m_combo->setAccessibleName(tr("Server"));
    m_combo->setToolTip(tr("The server requests go to; relative URLs in the document resolve against it"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(24);
    m_combo->setMaximumWidth(420);

    m_variablesButton->setObjectName(u"serverVariablesButton"_s);
    m_variablesButton->setText(tr("Variables…"));
    m_variablesButton->setAccessibleName(tr("Server variables"));
    m_variablesButton->setToolTip(tr("Edit the values of this server's variables"));
    m_variablesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_variablesButton->setAutoRaise(true);

    auto *label = new QLabel(tr("Server:"), this);
    label->setBuddy(m_combo);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(m_variablesButton);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        updateButton();
        Q_EMIT serverChanged();
    });
    connect(m_variablesButton, &QToolButton::clicked, this, &ServerChooser::showVariablesEditor);
    updateButton();
}

ServerChooser::~ServerChooser() = default;

void ServerChooser::setDocument(openapi::DocumentPtr document)
{
    m_document = std::move(document);
    m_values.clear();
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    if (m_document) {
        for (const openapi::Server &server : m_document->servers) {
            QHash<QString, QString> values;
            for (const openapi::ServerVariable &variable : server.variables)
                values.insert(variable.name, variable.defaultValue);
            m_values.append(values);
            m_combo->addItem(appearance::icon(appearance::IconId::Server), QString());
        }
        refreshTexts();
        m_combo->setCurrentIndex(m_document->servers.isEmpty() ? -1 : 0);
    }
    m_combo->setEnabled(m_combo->count() > 0);
    updateButton();
    Q_EMIT serverChanged();
}

int ServerChooser::currentIndex() const
{
    return m_combo->currentIndex();
}

void ServerChooser::setCurrentIndex(int index)
{
    m_combo->setCurrentIndex(index);
}

std::optional<openapi::Server> ServerChooser::effectiveServer() const
{
    const int index = currentIndex();
    if (!m_document || index < 0 || index >= m_document->servers.size())
        return std::nullopt;
    openapi::Server server = m_document->servers.at(index);
    const QHash<QString, QString> &values = m_values.at(index);
    for (openapi::ServerVariable &variable : server.variables)
        variable.defaultValue = values.value(variable.name, variable.defaultValue);
    return server;
}

QHash<QString, QString> ServerChooser::values() const
{
    const int index = currentIndex();
    return index >= 0 && index < m_values.size() ? m_values.at(index) : QHash<QString, QString>();
}

void ServerChooser::setVariableValue(const QString &name, const QString &value)
{
    const int index = currentIndex();
    if (index < 0 || index >= m_values.size() || m_values.at(index).value(name) == value)
        return;
    m_values[index].insert(name, value);
    refreshTexts();
    Q_EMIT serverChanged();
}

QString ServerChooser::currentUrl() const
{
    return displayUrl(currentIndex());
}

QString ServerChooser::displayUrl(int index) const
{
    if (!m_document || index < 0 || index >= m_document->servers.size())
        return {};
    const openapi::Server &server = m_document->servers.at(index);
    const QUrl resolved = m_document->resolveServerUrl(server, m_values.at(index));
    return resolved.isValid() && !resolved.isRelative() ? resolved.toString() : server.url(m_values.at(index));
}

void ServerChooser::refreshTexts()
{
    if (!m_document)
        return;
    for (int i = 0; i < m_document->servers.size() && i < m_combo->count(); ++i) {
        const openapi::Server &server = m_document->servers.at(i);
        const QString url = displayUrl(i);
        m_combo->setItemText(i, url);
        QString tip = u"<b>%1</b>"_s.arg(url.toHtmlEscaped());
        if (!server.description.isEmpty())
            tip += u"<br>"_s + server.description.toHtmlEscaped();
        if (server.urlTemplate != url)
            tip += u"<br>"_s + tr("As written: %1").arg(server.urlTemplate.toHtmlEscaped());
        m_combo->setItemData(i, tip, Qt::ToolTipRole);
        m_combo->setItemData(i, url, Qt::AccessibleTextRole);
    }
}

void ServerChooser::updateButton()
{
    const int index = currentIndex();
    const bool hasVariables
        = m_document && index >= 0 && index < m_document->servers.size() && !m_document->servers.at(index).variables.isEmpty();
    m_variablesButton->setVisible(hasVariables);
}

void ServerChooser::showVariablesEditor()
{
    const std::optional<openapi::Server> server = effectiveServer();
    if (!server || server->variables.isEmpty())
        return;

    // A popup: it closes itself on a click elsewhere or Escape, and every change applies at once.
    auto *popup = new QFrame(this, Qt::Popup);
    popup->setObjectName(u"serverVariablesPopup"_s);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(popup);
    layout->setContentsMargins(12, 10, 12, 12);
    auto *heading = new QLabel(tr("<b>Server variables</b>"), popup);
    layout->addWidget(heading);
    auto *templateLabel = new QLabel(server->urlTemplate.toHtmlEscaped(), popup);
    templateLabel->setFont(appearance::monospaceFont(font()));
    templateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(templateLabel);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    QWidget *first = nullptr;
    for (const openapi::ServerVariable &variable : server->variables) {
        QWidget *editor = nullptr;
        if (!variable.enumValues.isEmpty()) {
            auto *combo = new QComboBox(popup);
            combo->addItems(variable.enumValues);
            if (!variable.enumValues.contains(variable.defaultValue))
                combo->addItem(variable.defaultValue);
            combo->setCurrentText(variable.defaultValue);
            connect(combo, &QComboBox::currentTextChanged, this,
                    [this, name = variable.name](const QString &value) { setVariableValue(name, value); });
            editor = combo;
        } else {
            auto *edit = new QLineEdit(variable.defaultValue, popup);
            edit->setMinimumWidth(220);
            connect(edit, &QLineEdit::textEdited, this,
                    [this, name = variable.name](const QString &value) { setVariableValue(name, value); });
            connect(edit, &QLineEdit::returnPressed, popup, &QWidget::close);
            editor = edit;
        }
        editor->setObjectName(u"serverVariable_"_s + variable.name);
        editor->setAccessibleName(tr("Server variable %1").arg(variable.name));
        if (!variable.description.isEmpty())
            editor->setToolTip(variable.description);
        auto *label = new QLabel(u"{%1}"_s.arg(variable.name), popup);
        label->setBuddy(editor);
        label->setToolTip(variable.description);
        form->addRow(label, editor);
        if (!first)
            first = editor;
    }
    popup->adjustSize();
    QPoint pos = m_variablesButton->mapToGlobal(QPoint(0, m_variablesButton->height()));
    popup->move(pos);
    popup->show();
    if (first)
        first->setFocus();
}

} // namespace keyway::ui
