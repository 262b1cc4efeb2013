#pragma once

#include "openapi/DocumentLoader.h"
#include "request/RequestModel.h"
#include "request/RequestValidator.h"
#include "request/RequestValues.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;
class QToolButton;

namespace keyway::request {
class CredentialSource;
}

namespace keyway::ui {

class JsonHighlighter;
class MethodBadge;

// Edits one request of an operation, filled from the document: the URL as it will be sent, the security alternative
// to apply (preselected: one that is already authorized), the parameters (path, query, header, cookie; types,
// required marks, enum choices, defaults and examples, each checked as it is typed), the body for each media type
// (JSON with highlighting and the document's examples or one generated from the schema; form and multipart fields
// with file upload; a binary file) and extra headers. It holds no secrets of its own: credentials are applied when
// the request is built. The owner builds and sends; the editor only says what the user asked for.
class RequestEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestEditor)

public:
    explicit RequestEditor(QWidget *parent = nullptr);
    ~RequestEditor() override;

    void setDocument(openapi::DocumentPtr document);
    // Fills the editor from `model`, with `values` (usually RequestValues::prefilled(model), or values restored
    // from an autosave) in the fields.
    void setOperation(const request::RequestModel &model, const request::RequestValues &values);
    void clear();
    bool hasOperation() const { return m_hasOperation; }
    const request::RequestModel &model() const { return m_model; }

    // What the user entered (parameters that are switched on, the body of the chosen media type or its form fields,
    // extra headers). The server is the owner's to set. A binary body's file is read only with `readFiles` (to send);
    // otherwise the body holds the file's path, enough to check that a body is given.
    request::RequestValues values(bool readFiles = false) const;
    // Why the binary body's file cannot be read; empty when it can (or there is none).
    QString fileProblem() const;
    // The problems of the values as they are now (also shown next to each field).
    const QList<request::ValidationIssue> &issues() const { return m_issues; }

    // The chosen security alternative (index into the operation's alternatives; -1 for a public operation).
    int alternative() const;
    void setAlternative(int index);
    bool sendWithoutCredentials() const;
    bool validateBeforeSending() const;

    // Where credentials come from, to say which alternatives are ready; not owned. Call refreshSecurity() when what it
    // holds changes.
    void setCredentialSource(const request::CredentialSource *credentials);
    void refreshSecurity();

    // What the owner learnt by building the request as it stands: the URL, and warnings to show before sending
    // (missing credentials, scopes the token lacks, ...).
    void setPreview(const QString &url, const QStringList &warnings);
    void setBusy(bool busy);

    // Sets a parameter's value (switching it on); false when the operation has no such parameter. For tests and for
    // values passed in from elsewhere.
    bool setParameterValue(const QString &name, const QString &value, request::ParameterIn in);
    bool setParameterValue(const QString &name, const QString &value);
    void setBodyText(const QString &text);
    QString bodyText() const;

    QTableWidget *parameterTable() const { return m_parameters; }
    QPlainTextEdit *bodyEdit() const { return m_bodyEdit; }
    QComboBox *alternativeCombo() const { return m_alternatives; }
    QComboBox *mediaTypeCombo() const { return m_mediaTypes; }
    QPushButton *sendButton() const { return m_send; }
    QLineEdit *urlField() const { return m_url; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void sendRequested();
    void cancelRequested();
    // Any value, the alternative or an option changed (the owner rebuilds its preview).
    void changed();
    void authorizeRequested(const QString &schemeName);
    void copyAsCurlRequested(bool revealSecrets);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ParameterRow
    {
        request::ParameterSpec spec;
        QTableWidgetItem *include = nullptr;
        QTableWidgetItem *status = nullptr;
        QWidget *editor = nullptr; // QLineEdit or QComboBox
    };
    struct FieldRow
    {
        request::FormField field;
        QTableWidgetItem *include = nullptr;
        QLineEdit *value = nullptr;
        QLineEdit *file = nullptr; // file fields
    };

    void buildParameterRows(const request::RequestValues &values);
    QWidget *createValueEditor(const request::ParameterSpec &spec, const QString &value, int row);
    static QString editorText(const QWidget *editor);
    static void setEditorText(QWidget *editor, const QString &text);
    void buildSecurity();
    void showVariant(int index);
    void buildFormRows(const request::BodyVariant &variant, const QList<request::RequestValues::FormValue> &values);
    void fillExamples(const request::BodyVariant &variant);
    void applyExample(int index);
    void formatBody();
    void revalidate();
    void onValueEdited(int row);
    void updateCounts();
    void updateSecurityHint();
    QString currentMediaType() const;
    const request::BodyVariant *currentVariant() const;

    openapi::DocumentPtr m_document;
    request::RequestModel m_model;
    bool m_hasOperation = false;
    bool m_filling = false;
    const request::CredentialSource *m_credentials = nullptr;
    QList<ParameterRow> m_rows;
    QList<FieldRow> m_fields;
    QList<request::ValidationIssue> m_issues;
    QHash<QString, QString> m_bodyByMediaType; // what was typed per media type, kept while switching
    QString m_shownMediaType;

    MethodBadge *m_method;
    QLineEdit *m_url;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QToolButton *m_curl;
    QComboBox *m_alternatives;
    QPushButton *m_authorize;
    QCheckBox *m_withoutCredentials;
    QCheckBox *m_validate;
    QLabel *m_securityHint;
    QLabel *m_warnings;
    QTabWidget *m_tabs;
    QTableWidget *m_parameters;
    QLabel *m_noParameters;
    QLabel *m_issuesLabel;
    QComboBox *m_mediaTypes;
    QComboBox *m_examples;
    QPushButton *m_format;
    QStackedWidget *m_bodyStack;
    QPlainTextEdit *m_bodyEdit;
    JsonHighlighter *m_highlighter;
    QTableWidget *m_formTable;
    QLineEdit *m_binaryPath;
    QLabel *m_noBody;
    QLabel *m_bodyNote;
    QPlainTextEdit *m_extraHeaders;
};

} // namespace keyway::ui
