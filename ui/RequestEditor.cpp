#include "RequestEditor.h"

#include "Appearance.h"
#include "ExchangeView.h"
#include "JsonHighlighter.h"
#include "MethodBadge.h"
#include "request/CredentialSource.h"
#include "request/RequestBuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyway::ui {

namespace {

enum ParameterColumn { IncludeColumn, NameColumn, InColumn, ValueColumn, StatusColumn, ParameterColumnCount };
enum FieldColumn { FieldIncludeColumn, FieldNameColumn, FieldValueColumn, FieldColumnCount };
enum BodyPage { TextPage, FormPage, BinaryPage, NoBodyPage };
constexpr qint64 kMaxBinaryBody = 64LL * 1024 * 1024; // as the builder's limit for uploaded files

QString typeText(const request::SchemaFacts &schema)
{
    QString text = schema.type.isEmpty() ? u"any"_s : schema.type;
    if (schema.isArray() && schema.items && !schema.items->type.isEmpty())
        text = u"array of %1"_s.arg(schema.items->type);
    if (!schema.format.isEmpty())
        text += u" · "_s + schema.format;
    return text;
}

QString plainDescription(const QString &markdown)
{
    QString text = markdown.trimmed();
    if (text.size() > 600)
        text = text.left(600) + QChar(0x2026);
    return text;
}

void setMuted(QLabel *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, appearance::mutedText(label->palette()));
    label->setPalette(p);
}

} // namespace

RequestEditor::RequestEditor(QWidget *parent)
    : QWidget(parent),
      m_method(new MethodBadge(this)),
      m_url(new QLineEdit(this)),
      m_send(new QPushButton(tr("&Send"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_curl(new QToolButton(this)),
      m_alternatives(new QComboBox(this)),
      m_authorize(new QPushButton(tr("Authorize…"), this)),
      m_withoutCredentials(new QCheckBox(tr("Send without credentials"), this)),
      m_validate(new QCheckBox(tr("Check values before sending"), this)),
      m_securityHint(new QLabel(this)),
      m_warnings(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_parameters(new QTableWidget(0, ParameterColumnCount, this)),
      m_noParameters(new QLabel(tr("This operation takes no parameters."), this)),
      m_issuesLabel(new QLabel(this)),
      m_mediaTypes(new QComboBox(this)),
      m_examples(new QComboBox(this)),
      m_format(new QPushButton(tr("Format"), this)),
      m_bodyStack(new QStackedWidget(this)),
      m_bodyEdit(new QPlainTextEdit(this)),
      m_highlighter(new JsonHighlighter(m_bodyEdit->document())),
      m_formTable(new QTableWidget(0, FieldColumnCount, this)),
      m_binaryPath(new QLineEdit(this)),
      m_noBody(new QLabel(tr("This operation takes no request body."), this)),
      m_bodyNote(new QLabel(this)),
      m_extraHeaders(new QPlainTextEdit(this))
{
    setObjectName(u"requestEditor"_s);

    // The request line: method, URL as it will be sent, Send / Cancel, copy as curl.
    m_method->setObjectName(u"requestMethod"_s);
    m_url->setObjectName(u"requestUrl"_s);
    m_url->setReadOnly(true);
    m_url->setFont(appearance::monospaceFont(font()));
    m_url->setAccessibleName(tr("Request URL"));
    m_url->setToolTip(tr("The URL as it will be sent: the server chosen in the tool bar, the path with its parameters, "
                         "the query. API keys sent in the query are added when the request is sent."));
    m_send->setObjectName(u"sendButton"_s);
    m_send->setDefault(true);
    m_send->setToolTip(tr("Send the request (Ctrl+Return)"));
    m_send->setAccessibleName(tr("Send request"));
    m_cancel->setObjectName(u"cancelSendButton"_s);
    m_cancel->setToolTip(tr("Stop the request in flight (Esc)"));
    m_cancel->setAccessibleName(tr("Cancel request"));
    m_cancel->setEnabled(false);
    m_curl->setObjectName(u"copyCurlButton"_s);
    m_curl->setText(tr("Copy as curl"));
    m_curl->setToolTip(tr("Copy the request as a curl command line, secrets masked (Ctrl+Shift+C)"));
    m_curl->setAccessibleName(tr("Copy as curl"));
    m_curl->setPopupMode(QToolButton::MenuButtonPopup);
    auto *curlMenu = new QMenu(m_curl);
    QAction *masked = curlMenu->addAction(tr("Copy as curl, secrets masked"));
    QAction *revealed = curlMenu->addAction(tr("Copy as curl, with secrets"));
    revealed->setObjectName(u"copyCurlRevealedAction"_s);
    m_curl->setMenu(curlMenu);
    connect(m_curl, &QToolButton::clicked, this, [this] { Q_EMIT copyAsCurlRequested(false); });
    connect(masked, &QAction::triggered, this, [this] { Q_EMIT copyAsCurlRequested(false); });
    connect(revealed, &QAction::triggered, this, [this] { Q_EMIT copyAsCurlRequested(true); });

    auto *line = new QHBoxLayout;
    line->setSpacing(8);
    line->addWidget(m_method);
    line->addWidget(m_url, 1);
    line->addWidget(m_send);
    line->addWidget(m_cancel);
    line->addWidget(m_curl);

    // Security: the alternative, whether it is ready, options for QA.
    m_alternatives->setObjectName(u"alternativeCombo"_s);
    m_alternatives->setAccessibleName(tr("Security alternative"));
    m_alternatives->setToolTip(tr("The schemes to apply: every scheme of the chosen alternative is applied together"));
    m_alternatives->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_authorize->setObjectName(u"requestAuthorizeButton"_s);
    m_authorize->setAccessibleName(tr("Authorize the missing scheme"));
    m_withoutCredentials->setObjectName(u"withoutCredentialsCheck"_s);
    m_withoutCredentials->setToolTip(tr("Apply no scheme at all, to see that the API refuses the request"));
    m_validate->setObjectName(u"validateCheck"_s);
    m_validate->setChecked(true);
    m_validate->setToolTip(tr("Refuse to send values that break the document's rules. Switch off to send them anyway "
                              "and see what the API does."));
    m_securityHint->setObjectName(u"securityHint"_s);
    m_securityHint->setWordWrap(true);
    m_securityHint->setTextFormat(Qt::PlainText);
    m_warnings->setObjectName(u"requestWarnings"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setVisible(false);

    auto *securityRow = new QHBoxLayout;
    securityRow->setSpacing(8);
    auto *securityLabel = new QLabel(tr("Securit&y:"), this);
    securityLabel->setBuddy(m_alternatives);
    securityRow->addWidget(securityLabel);
    securityRow->addWidget(m_alternatives);
    securityRow->addWidget(m_authorize);
    securityRow->addWidget(m_securityHint, 1);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_withoutCredentials);
    optionsRow->addWidget(m_validate);
    optionsRow->addStretch(1);

    // Parameters.
    m_parameters->setObjectName(u"parameterTable"_s);
    m_parameters->setAccessibleName(tr("Parameters"));
    m_parameters->setHorizontalHeaderLabels({QString(), tr("Name"), tr("In"), tr("Value"), tr("Type")});
    m_parameters->horizontalHeaderItem(IncludeColumn)->setToolTip(tr("Send this parameter"));
    m_parameters->verticalHeader()->setVisible(false);
    m_parameters->setSelectionMode(QAbstractItemView::NoSelection);
    m_parameters->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parameters->setWordWrap(false);
    m_parameters->horizontalHeader()->setSectionResizeMode(IncludeColumn, QHeaderView::ResizeToContents);
    m_parameters->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_parameters->horizontalHeader()->setSectionResizeMode(InColumn, QHeaderView::ResizeToContents);
    m_parameters->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_parameters->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Interactive);
    m_parameters->horizontalHeader()->resizeSection(StatusColumn, 200);
    m_parameters->setTabKeyNavigation(false);
    connect(m_parameters, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == IncludeColumn)
            revalidate();
    });
    m_noParameters->setObjectName(u"noParameters"_s);
    m_noParameters->setAlignment(Qt::AlignCenter);
    setMuted(m_noParameters);
    m_issuesLabel->setObjectName(u"issuesLabel"_s);
    m_issuesLabel->setWordWrap(true);
    m_issuesLabel->setTextFormat(Qt::PlainText);
    m_issuesLabel->setVisible(false);

    auto *parametersPage = new QWidget(this);
    auto *parametersLayout = new QVBoxLayout(parametersPage);
    parametersLayout->setContentsMargins(0, 4, 0, 0);
    parametersLayout->addWidget(m_parameters, 1);
    parametersLayout->addWidget(m_noParameters, 1);
    parametersLayout->addWidget(m_issuesLabel);

    // Body.
    m_mediaTypes->setObjectName(u"mediaTypeCombo"_s);
    m_mediaTypes->setAccessibleName(tr("Body media type"));
    m_examples->setObjectName(u"exampleCombo"_s);
    m_examples->setAccessibleName(tr("Body example"));
    m_format->setObjectName(u"formatBodyButton"_s);
    m_format->setToolTip(tr("Indent the JSON body"));
    m_bodyEdit->setObjectName(u"bodyEdit"_s);
    m_bodyEdit->setAccessibleName(tr("Request body"));
    m_bodyEdit->setFont(appearance::monospaceFont(font()));
    m_bodyEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_bodyEdit->setTabChangesFocus(true);
    m_formTable->setObjectName(u"formTable"_s);
    m_formTable->setAccessibleName(tr("Form fields"));
    m_formTable->setHorizontalHeaderLabels({QString(), tr("Field"), tr("Value")});
    m_formTable->verticalHeader()->setVisible(false);
    m_formTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_formTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_formTable->horizontalHeader()->setSectionResizeMode(FieldIncludeColumn, QHeaderView::ResizeToContents);
    m_formTable->horizontalHeader()->setSectionResizeMode(FieldNameColumn, QHeaderView::ResizeToContents);
    m_formTable->horizontalHeader()->setSectionResizeMode(FieldValueColumn, QHeaderView::Stretch);
    m_formTable->setTabKeyNavigation(false);
    connect(m_formTable, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            revalidate();
    });
    m_binaryPath->setObjectName(u"binaryBodyPath"_s);
    m_binaryPath->setAccessibleName(tr("File to send as the body"));
    m_binaryPath->setPlaceholderText(tr("A file to send as the body"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Choose the file to send as the body"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("File to Send"));
        if (!path.isEmpty())
            m_binaryPath->setText(path);
    });
    connect(m_binaryPath, &QLineEdit::textChanged, this, [this] {
        if (!m_filling)
            revalidate();
    });
    auto *binaryPage = new QWidget(this);
    auto *binaryLayout = new QHBoxLayout(binaryPage);
    binaryLayout->setAlignment(Qt::AlignTop);
    binaryLayout->addWidget(m_binaryPath, 1);
    binaryLayout->addWidget(browse);
    m_noBody->setAlignment(Qt::AlignCenter);
    setMuted(m_noBody);

    m_bodyStack->addWidget(m_bodyEdit);
    m_bodyStack->addWidget(m_formTable);
    m_bodyStack->addWidget(binaryPage);
    m_bodyStack->addWidget(m_noBody);
    m_bodyNote->setObjectName(u"bodyNote"_s);
    m_bodyNote->setWordWrap(true);
    setMuted(m_bodyNote);

    auto *bodyBar = new QHBoxLayout;
    auto *mediaLabel = new QLabel(tr("&Media type:"), this);
    mediaLabel->setBuddy(m_mediaTypes);
    bodyBar->addWidget(mediaLabel);
    bodyBar->addWidget(m_mediaTypes);
    auto *exampleLabel = new QLabel(tr("E&xample:"), this);
    exampleLabel->setBuddy(m_examples);
    bodyBar->addWidget(exampleLabel);
    bodyBar->addWidget(m_examples, 1);
    bodyBar->addWidget(m_format);
    auto *bodyPage = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    bodyLayout->setContentsMargins(0, 4, 0, 0);
    bodyLayout->addLayout(bodyBar);
    bodyLayout->addWidget(m_bodyStack, 1);
    bodyLayout->addWidget(m_bodyNote);
    connect(m_mediaTypes, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_filling)
            showVariant(index);
    });
    connect(m_examples, &QComboBox::activated, this, &RequestEditor::applyExample);
    connect(m_format, &QPushButton::clicked, this, &RequestEditor::formatBody);
    connect(m_bodyEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            revalidate();
    });

    // Extra headers.
    m_extraHeaders->setObjectName(u"extraHeadersEdit"_s);
    m_extraHeaders->setAccessibleName(tr("Extra headers"));
    m_extraHeaders->setFont(appearance::monospaceFont(font()));
    m_extraHeaders->setPlaceholderText(tr("One header per line, for example\nX-Request-Id: 42"));
    m_extraHeaders->setTabChangesFocus(true);
    connect(m_extraHeaders, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });

    m_tabs->setObjectName(u"requestTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(parametersPage, tr("Parameters"));
    m_tabs->addTab(bodyPage, tr("Body"));
    m_tabs->addTab(m_extraHeaders, tr("Headers"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    layout->addLayout(line);
    layout->addLayout(securityRow);
    layout->addLayout(optionsRow);
    layout->addWidget(m_warnings);
    layout->addWidget(m_tabs, 1);

    connect(m_send, &QPushButton::clicked, this, &RequestEditor::sendRequested);
    connect(m_cancel, &QPushButton::clicked, this, &RequestEditor::cancelRequested);
    connect(m_alternatives, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        updateSecurityHint();
        Q_EMIT changed();
    });
    connect(m_authorize, &QPushButton::clicked, this, [this] {
        const QString scheme = m_authorize->property("scheme").toString();
        if (!scheme.isEmpty())
            Q_EMIT authorizeRequested(scheme);
    });
    connect(m_withoutCredentials, &QCheckBox::toggled, this, [this] {
        m_alternatives->setEnabled(!m_withoutCredentials->isChecked() && m_alternatives->count() > 0);
        updateSecurityHint();
        Q_EMIT changed();
    });
    connect(m_validate, &QCheckBox::toggled, this, &RequestEditor::changed);

    setTabOrder(m_send, m_cancel);
    setTabOrder(m_cancel, m_curl);
    setTabOrder(m_curl, m_alternatives);
    setTabOrder(m_alternatives, m_authorize);
    setTabOrder(m_authorize, m_withoutCredentials);
    setTabOrder(m_withoutCredentials, m_validate);
    setTabOrder(m_validate, m_tabs);
    clear();
}

RequestEditor::~RequestEditor() = default;

void RequestEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
    QWidget::changeEvent(event);
}

void RequestEditor::setDocument(openapi::DocumentPtr document)
{
    m_document = std::move(document);
    clear();
}

void RequestEditor::clear()
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    m_hasOperation = false;
    m_model = {};
    m_rows.clear();
    m_fields.clear();
    m_issues.clear();
    m_bodyByMediaType.clear();
    m_shownMediaType.clear();
    m_parameters->setRowCount(0);
    m_formTable->setRowCount(0);
    m_method->setMethod({});
    m_url->clear();
    m_alternatives->clear();
    m_mediaTypes->clear();
    m_examples->clear();
    m_bodyEdit->clear();
    m_binaryPath->clear();
    m_extraHeaders->clear();
    m_warnings->clear();
    m_warnings->setVisible(false);
    m_issuesLabel->setVisible(false);
    m_securityHint->clear();
    m_authorize->setVisible(false);
    m_withoutCredentials->setChecked(false);
    setEnabled(false);
}

void RequestEditor::setOperation(const request::RequestModel &model, const request::RequestValues &values)
{
    clear();
    const QScopedValueRollback<bool> filling(m_filling, true);
    m_model = model;
    m_hasOperation = true;
    setEnabled(true);
    m_method->setMethod(model.method);
    m_url->setText(model.pathTemplate);

    buildParameterRows(values);

    // The body: one entry per media type; what the values carry goes to their media type.
    m_mediaTypes->clear();
    for (const request::BodyVariant &variant : model.body.variants) {
        m_mediaTypes->addItem(variant.mediaType);
        QString text = variant.example;
        if (!values.body.isEmpty()
            && (values.mediaType == variant.mediaType || (values.mediaType.isEmpty() && m_bodyByMediaType.isEmpty())))
            text = QString::fromUtf8(values.body);
        if (variant.kind == request::BodyVariant::Kind::Json && !text.isEmpty())
            text = ExchangeView::prettyJson(text);
        m_bodyByMediaType.insert(variant.mediaType, text);
    }
    int variantIndex = 0;
    if (!values.mediaType.isEmpty()) {
        const int found = m_mediaTypes->findText(values.mediaType);
        if (found >= 0)
            variantIndex = found;
    }
    m_mediaTypes->setCurrentIndex(model.body.variants.isEmpty() ? -1 : variantIndex);
    m_mediaTypes->setEnabled(model.body.variants.size() > 1);
    showVariant(variantIndex);
    if (!values.form.isEmpty() && currentVariant())
        buildFormRows(*currentVariant(), values.form);
    m_tabs->setTabText(1, model.body.present ? (model.body.required ? tr("Body *") : tr("Body")) : tr("Body (none)"));

    QStringList headerLines;
    for (const auto &[name, value] : values.extraHeaders)
        headerLines.append(QString::fromLatin1(name) + u": "_s + QString::fromLatin1(value));
    m_extraHeaders->setPlainText(headerLines.join(u'\n'));

    buildSecurity();
    m_filling = false;
    revalidate();
    // The tab that matters: parameters when there are any, else the body.
    m_tabs->setCurrentIndex(model.parameters.isEmpty() && model.body.present ? 1 : 0);
}

void RequestEditor::buildParameterRows(const request::RequestValues &values)
{
    m_parameters->setRowCount(int(m_model.parameters.size()));
    int row = 0;
    for (const request::ParameterSpec &spec : std::as_const(m_model.parameters)) {
        ParameterRow r;
        r.spec = spec;
        const request::RequestValues::Parameter *given = values.find(spec.name, spec.in);
        r.include = new QTableWidgetItem;
        r.include->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        if (spec.required)
            r.include->setFlags(Qt::ItemIsUserCheckable); // always sent: checked and not switchable
        r.include->setCheckState(spec.required || given ? Qt::Checked : Qt::Unchecked);
        r.include->setToolTip(spec.required ? tr("Required: always sent") : tr("Send this parameter"));
        r.include->setData(Qt::AccessibleTextRole, tr("Send %1").arg(spec.name));
        m_parameters->setItem(row, IncludeColumn, r.include);

        auto *name = new QTableWidgetItem(spec.required ? spec.name + u" *"_s : spec.name);
        QFont f = name->font();
        f.setBold(spec.required);
        f.setStrikeOut(spec.deprecated);
        name->setFont(f);
        QString tip = plainDescription(spec.description);
        if (spec.deprecated)
            tip = tr("Deprecated.") + (tip.isEmpty() ? QString() : u"\n\n"_s + tip);
        name->setToolTip(tip);
        m_parameters->setItem(row, NameColumn, name);
        m_parameters->setItem(row, InColumn, new QTableWidgetItem(request::parameterInName(spec.in)));
        r.status = new QTableWidgetItem(typeText(spec.schema));
        r.status->setToolTip(typeText(spec.schema));
        m_parameters->setItem(row, StatusColumn, r.status);

        r.editor = createValueEditor(spec, given ? given->value : QString(), row);
        m_parameters->setCellWidget(row, ValueColumn, r.editor);
        m_rows.append(r);
        ++row;
    }
    m_parameters->setVisible(!m_model.parameters.isEmpty());
    m_noParameters->setVisible(m_model.parameters.isEmpty());
    m_parameters->resizeRowsToContents();
}

QWidget *RequestEditor::createValueEditor(const request::ParameterSpec &spec, const QString &value, int row)
{
    const QString label = tr("Value of %1 (%2)").arg(spec.name, request::parameterInName(spec.in));
    QStringList choices = spec.schema.enumValues;
    if (choices.isEmpty() && spec.schema.type == u"boolean")
        choices = {u"true"_s, u"false"_s};
    QString placeholder = spec.example;
    if (placeholder.isEmpty() && !spec.examples.isEmpty())
        placeholder = spec.examples.constFirst().value;
    if (placeholder.isEmpty())
        placeholder = typeText(spec.schema);

    if (!choices.isEmpty()) {
        auto *combo = new QComboBox;
        combo->setEditable(true); // the API may accept more than the document lists; QA may try what it refuses
        if (!spec.required)
            combo->addItem(QString());
        combo->addItems(choices);
        combo->setCurrentText(value);
        combo->lineEdit()->setPlaceholderText(placeholder);
        combo->setAccessibleName(label);
        connect(combo, &QComboBox::currentTextChanged, this, [this, row] { onValueEdited(row); });
        return combo;
    }
    auto *edit = new QLineEdit;
    edit->setFrame(false);
    edit->setText(value);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(label);
    connect(edit, &QLineEdit::textEdited, this, [this, row] { onValueEdited(row); });
    return edit;
}

QString RequestEditor::editorText(const QWidget *editor)
{
    if (const auto *combo = qobject_cast<const QComboBox *>(editor))
        return combo->currentText();
    if (const auto *edit = qobject_cast<const QLineEdit *>(editor))
        return edit->text();
    return {};
}

void RequestEditor::setEditorText(QWidget *editor, const QString &text)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentText(text);
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setText(text);
}

void RequestEditor::onValueEdited(int row)
{
    if (m_filling || row < 0 || row >= m_rows.size())
        return;
    ParameterRow &r = m_rows[row];
    // Typing a value switches the parameter on; clearing an optional one switches it off.
    if (!r.spec.required) {
        const QScopedValueRollback<bool> filling(m_filling, true);
        r.include->setCheckState(editorText(r.editor).isEmpty() ? Qt::Unchecked : Qt::Checked);
    }
    revalidate();
}

bool RequestEditor::setParameterValue(const QString &name, const QString &value, request::ParameterIn in)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        ParameterRow &r = m_rows[row];
        const bool sameName
            = r.spec.in == request::ParameterIn::Header ? r.spec.name.compare(name, Qt::CaseInsensitive) == 0 : r.spec.name == name;
        if (!sameName || r.spec.in != in)
            continue;
        {
            const QScopedValueRollback<bool> filling(m_filling, true);
            setEditorText(r.editor, value);
            r.include->setCheckState(Qt::Checked);
        }
        revalidate();
        return true;
    }
    return false;
}

bool RequestEditor::setParameterValue(const QString &name, const QString &value)
{
    for (const ParameterRow &r : std::as_const(m_rows)) {
        if (r.spec.name == name)
            return setParameterValue(name, value, r.spec.in);
    }
    return false;
}

void RequestEditor::setBodyText(const QString &text)
{
    m_bodyEdit->setPlainText(text);
}

QString RequestEditor::bodyText() const
{
    return m_bodyEdit->toPlainText();
}

void RequestEditor::buildSecurity()
{
    m_alternatives->clear();
    const openapi::SecurityRequirement &security = m_model.security;
    for (const QList<openapi::SchemeUse> &alternative : security.alternatives)
        m_alternatives->addItem(request::describeAlternative(alternative));
    int pick = -1;
    if (m_document && m_credentials && !security.isPublic())
        pick = request::pickAlternative(*m_document, security, *m_credentials);
    else if (!security.isPublic())
        pick = 0;
    m_alternatives->setCurrentIndex(pick);
    m_alternatives->setEnabled(!security.isPublic() && !m_withoutCredentials->isChecked());
    m_alternatives->setVisible(!security.isPublic());
    m_withoutCredentials->setVisible(!security.isPublic());
    refreshSecurity();
}

void RequestEditor::setCredentialSource(const request::CredentialSource *credentials)
{
    m_credentials = credentials;
    refreshSecurity();
}

void RequestEditor::refreshSecurity()
{
    if (!m_hasOperation)
        return;
    // Each alternative says whether it is ready; the texts change, the choice does not.
    const auto &alternatives = m_model.security.alternatives;
    for (int i = 0; i < alternatives.size() && i < m_alternatives->count(); ++i) {
        QString text = request::describeAlternative(alternatives.at(i));
        if (m_document && m_credentials) {
            const QStringList missing = request::missingCredentials(*m_document, alternatives.at(i), *m_credentials);
            text += missing.isEmpty() ? tr(" — ready") : tr(" — needs %1").arg(missing.join(u", "_s));
        }
        m_alternatives->setItemText(i, text);
    }
    updateSecurityHint();
}

void RequestEditor::updateSecurityHint()
{
    const openapi::SecurityRequirement &security = m_model.security;
    m_authorize->setVisible(false);
    if (!m_hasOperation) {
        m_securityHint->clear();
        return;
    }
    if (security.isPublic()) {
        m_securityHint->setText(security.isExplicitlyPublic() ? tr("Public: the document says this operation needs no credentials.")
                                                              : tr("The document declares no security for this operation."));
        return;
    }
    if (m_withoutCredentials->isChecked()) {
        m_securityHint->setText(tr("No credentials will be sent: the API should refuse this request."));
        return;
    }
    const int index = m_alternatives->currentIndex();
    if (index < 0 || index >= security.alternatives.size() || !m_document) {
        m_securityHint->clear();
        return;
    }
    const QList<openapi::SchemeUse> &alternative = security.alternatives.at(index);
    QStringList missing;
    if (m_credentials)
        missing = request::missingCredentials(*m_document, alternative, *m_credentials);
    if (alternative.isEmpty()) {
        m_securityHint->setText(tr("Anonymous: no credentials are sent."));
    } else if (missing.isEmpty()) {
        m_securityHint->setText(tr("Ready: the credentials of every scheme are held."));
    } else {
        m_securityHint->setText(tr("Not authorized yet: %1.").arg(missing.join(u", "_s)));
        m_authorize->setProperty("scheme", missing.constFirst());
        m_authorize->setText(tr("Authorize %1…").arg(missing.constFirst()));
        m_authorize->setVisible(true);
    }
}

int RequestEditor::alternative() const
{
    return m_model.security.isPublic() ? -1 : m_alternatives->currentIndex();
}

void RequestEditor::setAlternative(int index)
{
    if (index >= 0 && index < m_alternatives->count())
        m_alternatives->setCurrentIndex(index);
}

bool RequestEditor::sendWithoutCredentials() const
{
    return m_withoutCredentials->isChecked();
}

bool RequestEditor::validateBeforeSending() const
{
    return m_validate->isChecked();
}

QString RequestEditor::currentMediaType() const
{
    return m_mediaTypes->currentIndex() >= 0 ? m_mediaTypes->currentText() : QString();
}

const request::BodyVariant *RequestEditor::currentVariant() const
{
    const int index = m_mediaTypes->currentIndex();
    if (index < 0 || index >= m_model.body.variants.size())
        return nullptr;
    return &m_model.body.variants.at(index);
}

void RequestEditor::showVariant(int index)
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    if (!m_shownMediaType.isEmpty() && m_bodyStack->currentIndex() == TextPage)
        m_bodyByMediaType.insert(m_shownMediaType, m_bodyEdit->toPlainText());
    const request::BodyVariant *variant = index >= 0 && index < m_model.body.variants.size() ? &m_model.body.variants.at(index) : nullptr;
    m_examples->clear();
    m_bodyNote->clear();
    if (!variant) {
        m_shownMediaType.clear();
        m_bodyStack->setCurrentIndex(NoBodyPage);
        m_examples->setEnabled(false);
        m_format->setEnabled(false);
        m_bodyNote->setVisible(false);
        return;
    }
    m_shownMediaType = variant->mediaType;
    using Kind = request::BodyVariant::Kind;
    switch (variant->kind) {
    case Kind::Json:
    case Kind::Text:
        m_bodyStack->setCurrentIndex(TextPage);
        m_bodyEdit->setPlainText(m_bodyByMediaType.value(variant->mediaType));
        fillExamples(*variant);
        break;
    case Kind::Form:
    case Kind::Multipart:
        m_bodyStack->setCurrentIndex(variant->fields.isEmpty() ? TextPage : FormPage);
        if (variant->fields.isEmpty())
            m_bodyEdit->setPlainText(m_bodyByMediaType.value(variant->mediaType));
        buildFormRows(*variant, {});
        break;
    case Kind::Binary:
        m_bodyStack->setCurrentIndex(BinaryPage);
        break;
    }
    m_highlighter->setDocument(variant->kind == Kind::Json ? m_bodyEdit->document() : nullptr);
    m_format->setEnabled(variant->kind == Kind::Json);
    m_examples->setEnabled(m_examples->count() > 1);

    QStringList notes;
    if (variant->exampleGenerated)
        notes.append(tr("The example was generated from the schema."));
    if (variant->exampleTruncated)
        notes.append(tr("The schema is large: the generated example stops at the size limit."));
    if (variant->cycleCut)
        notes.append(tr("The schema refers back to itself; the example stops at the first repetition."));
    if (!m_model.body.description.trimmed().isEmpty())
        notes.append(plainDescription(m_model.body.description));
    m_bodyNote->setText(notes.join(u' '));
    m_bodyNote->setVisible(!notes.isEmpty());
    if (!m_filling)
        revalidate();
}

void RequestEditor::fillExamples(const request::BodyVariant &variant)
{
    m_examples->clear();
    m_examples->addItem(tr("As edited"));
    if (!variant.example.isEmpty())
        m_examples->addItem(variant.exampleGenerated ? tr("Generated from the schema") : tr("The document’s example"), variant.example);
    for (const request::NamedExample &example : variant.examples) {
        QString text = example.summary.isEmpty() ? example.name : u"%1 — %2"_s.arg(example.name, example.summary);
        m_examples->addItem(text, example.value);
    }
    m_examples->addItem(tr("Empty"), QString());
    m_examples->setCurrentIndex(0);
}

void RequestEditor::applyExample(int index)
{
    if (index <= 0)
        return;
    const request::BodyVariant *variant = currentVariant();
    QString text = m_examples->itemData(index).toString();
    if (variant && variant->kind == request::BodyVariant::Kind::Json && !text.isEmpty())
        text = ExchangeView::prettyJson(text);
    m_bodyEdit->setPlainText(text);
    const QScopedValueRollback<bool> filling(m_filling, true);
    m_examples->setCurrentIndex(0);
}

void RequestEditor::formatBody()
{
    const QString text = m_bodyEdit->toPlainText();
    QJsonParseError error;
    QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return; // the issue is shown already; formatting broken JSON would only move it
    m_bodyEdit->setPlainText(ExchangeView::prettyJson(text));
}

void RequestEditor::buildFormRows(const request::BodyVariant &variant, const QList<request::RequestValues::FormValue> &values)
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    m_fields.clear();
    m_formTable->setRowCount(int(variant.fields.size()));
    int row = 0;
    for (const request::FormField &field : variant.fields) {
        FieldRow r;
        r.field = field;
        const request::RequestValues::FormValue *given = nullptr;
        for (const auto &value : values) {
            if (value.name == field.name)
                given = &value;
        }
        r.include = new QTableWidgetItem;
        r.include->setFlags(field.required ? Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        r.include->setCheckState(field.required || given || !field.example.isEmpty() ? Qt::Checked : Qt::Unchecked);
        r.include->setData(Qt::AccessibleTextRole, tr("Send %1").arg(field.name));
        m_formTable->setItem(row, FieldIncludeColumn, r.include);
        auto *name = new QTableWidgetItem(field.required ? field.name + u" *"_s : field.name);
        QFont f = name->font();
        f.setBold(field.required);
        name->setFont(f);
        name->setToolTip(plainDescription(field.description));
        m_formTable->setItem(row, FieldNameColumn, name);

        auto *cell = new QWidget;
        auto *cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        if (field.isFile) {
            r.file = new QLineEdit(given ? given->filePath : QString());
            r.file->setFrame(false);
            r.file->setPlaceholderText(tr("A file to upload"));
            r.file->setAccessibleName(tr("File for %1").arg(field.name));
            auto *browse = new QToolButton;
            browse->setText(tr("Browse…"));
            browse->setAccessibleName(tr("Choose the file for %1").arg(field.name));
            QLineEdit *fileEdit = r.file;
            QTableWidgetItem *include = r.include;
            connect(browse, &QToolButton::clicked, this, [this, fileEdit, include] {
                const QString path = QFileDialog::getOpenFileName(this, tr("File to Upload"));
                if (!path.isEmpty()) {
                    fileEdit->setText(path);
                    include->setCheckState(Qt::Checked);
                }
            });
            connect(r.file, &QLineEdit::textChanged, this, [this] {
                if (!m_filling)
                    revalidate();
            });
            cellLayout->addWidget(r.file, 1);
            cellLayout->addWidget(browse);
        } else {
            r.value = new QLineEdit(given ? given->value : field.example);
            r.value->setFrame(false);
            r.value->setPlaceholderText(typeText(field.schema));
            r.value->setAccessibleName(tr("Value of %1").arg(field.name));
            QTableWidgetItem *include = r.include;
            const bool required = field.required;
            connect(r.value, &QLineEdit::textEdited, this, [this, include, required](const QString &text) {
                if (!required) {
                    const QScopedValueRollback<bool> quiet(m_filling, true);
                    include->setCheckState(text.isEmpty() ? Qt::Unchecked : Qt::Checked);
                }
                revalidate();
            });
            cellLayout->addWidget(r.value, 1);
        }
        m_formTable->setCellWidget(row, FieldValueColumn, cell);
        m_fields.append(r);
        ++row;
    }
    m_formTable->resizeRowsToContents();
}

request::RequestValues RequestEditor::values(bool readFiles) const
{
    request::RequestValues values;
    for (const ParameterRow &r : m_rows) {
        if (r.include->checkState() == Qt::Checked)
            values.set(r.spec.name, r.spec.in, editorText(r.editor));
    }
    if (const request::BodyVariant *variant = currentVariant()) {
        values.mediaType = variant->mediaType;
        switch (m_bodyStack->currentIndex()) {
        case TextPage:
            values.body = m_bodyEdit->toPlainText().toUtf8();
            break;
        case FormPage:
            for (const FieldRow &r : m_fields) {
                if (r.include->checkState() != Qt::Checked)
                    continue;
                request::RequestValues::FormValue value;
                value.name = r.field.name;
                if (r.file)
                    value.filePath = r.file->text();
                else
                    value.value = r.value->text();
                value.contentType = r.field.contentType;
                values.form.append(value);
            }
            break;
        case BinaryPage:
            if (!m_binaryPath->text().isEmpty()) {
                if (readFiles) {
                    QFile file(m_binaryPath->text());
                    if (file.open(QIODevice::ReadOnly) && file.size() <= kMaxBinaryBody)
                        values.body = file.readAll();
                } else {
                    values.body = m_binaryPath->text().toUtf8();
                }
            }
            break;
        default:
            break;
        }
    }
    const QStringList lines = m_extraHeaders->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString name = line.left(colon).trimmed();
        if (name.isEmpty())
            continue;
        values.extraHeaders.append({name.toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    return values;
}

QString RequestEditor::fileProblem() const
{
    if (m_bodyStack->currentIndex() != BinaryPage || !currentVariant() || m_binaryPath->text().isEmpty())
        return {};
    QFile file(m_binaryPath->text());
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(m_binaryPath->text(), file.errorString());
    if (file.size() > kMaxBinaryBody)
        return tr("%1 is larger than the upload limit of %2 MB.").arg(m_binaryPath->text()).arg(kMaxBinaryBody / (1024 * 1024));
    return {};
}

void RequestEditor::revalidate()
{
    if (!m_hasOperation)
        return;
    const request::RequestValues current = values();
    m_issues = request::validateRequest(m_model, current);
    const QColor error
        = palette().color(QPalette::Active, QPalette::Text).lightness() > 128 ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e);
    for (ParameterRow &r : m_rows) {
        QString problem;
        for (const request::ValidationIssue &issue : std::as_const(m_issues)) {
            if (issue.parameter == r.spec.name && issue.in == r.spec.in) {
                problem = issue.message;
                break;
            }
        }
        if (problem.isEmpty()) {
            r.status->setText(typeText(r.spec.schema));
            r.status->setForeground(palette().brush(QPalette::Text));
            r.status->setToolTip(typeText(r.spec.schema));
            r.editor->setToolTip(QString());
        } else {
            r.status->setText(u"⚠ "_s + problem);
            r.status->setForeground(error);
            r.status->setToolTip(problem);
            r.editor->setToolTip(problem);
        }
        r.editor->setProperty("invalid", !problem.isEmpty());
        r.editor->setStyleSheet(problem.isEmpty() ? QString() : u"border: 1px solid %1;"_s.arg(error.name()));
    }
    QStringList bodyProblems;
    for (const request::ValidationIssue &issue : std::as_const(m_issues)) {
        if (issue.in == request::ParameterIn::Body || issue.in == request::ParameterIn::FormData)
            bodyProblems.append(issue.toString());
    }
    if (m_issues.isEmpty()) {
        m_issuesLabel->setVisible(false);
    } else {
        QStringList lines;
        for (const request::ValidationIssue &issue : std::as_const(m_issues))
            lines.append(u"⚠ "_s + issue.toString());
        m_issuesLabel->setText(lines.join(u'\n'));
        QPalette p = m_issuesLabel->palette();
        p.setColor(QPalette::WindowText, error);
        m_issuesLabel->setPalette(p);
        m_issuesLabel->setVisible(true);
    }
    m_bodyEdit->setToolTip(bodyProblems.join(u'\n'));
    updateCounts();
    Q_EMIT changed();
}

void RequestEditor::updateCounts()
{
    int set = 0;
    for (const ParameterRow &r : std::as_const(m_rows)) {
        if (r.include->checkState() == Qt::Checked)
            ++set;
    }
    const int problems = int(m_issues.size());
    QString text = m_rows.isEmpty() ? tr("Parameters") : tr("Parameters (%1/%2)").arg(set).arg(m_rows.size());
    if (problems > 0)
        text += u" ⚠"_s;
    m_tabs->setTabText(0, text);
    QStringList headerLines = m_extraHeaders->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    m_tabs->setTabText(2, headerLines.isEmpty() ? tr("Headers") : tr("Headers (%1)").arg(headerLines.size()));
}

void RequestEditor::setPreview(const QString &url, const QStringList &warnings)
{
    m_url->setText(url);
    m_url->setCursorPosition(0);
    m_warnings->setText(warnings.join(u'\n'));
    if (!warnings.isEmpty()) {
        QPalette p = m_warnings->palette();
        p.setColor(QPalette::WindowText, appearance::warningColor(palette()));
        m_warnings->setPalette(p);
    }
    m_warnings->setVisible(!warnings.isEmpty());
}

void RequestEditor::setBusy(bool busy)
{
    m_send->setEnabled(!busy && m_hasOperation);
    m_cancel->setEnabled(busy);
}

} // namespace keyway::ui
