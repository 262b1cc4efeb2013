#pragma once

#include "core/Result.h"
#include "recorder/ReproBundle.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace keyway::net {
class Timeline;
}

namespace keyway::ui {

// Export… from the timeline: a whole flow or the selected exchanges, as a HAR 1.2 file or a reproduction bundle
// (HAR + the API's workspace settings without secrets + versions + diagnoses + an optional note). The preview line
// says how many exchanges go out and how many values are redacted before anything is written; the file is written
// with QSaveFile (all or nothing).
class RecorderExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecorderExportDialog)

public:
    enum class Format { Har, Bundle };

    // `timeline` is not owned and must outlive the dialog.
    explicit RecorderExportDialog(const net::Timeline *timeline, QWidget *parent = nullptr);
    ~RecorderExportDialog() override;

    // What can be exported: the flow of the exchange the user right-clicked, and the current selection.
    void setFlow(const QString &flowId);
    void setSelection(const QList<quint64> &exchangeIds);
    // For bundles: the API's settings (WorkspaceSnapshot::capture) and the diagnoses shown to the user.
    void setWorkspace(const std::optional<recorder::WorkspaceSnapshot> &workspace);
    void setDiagnoses(const QList<recorder::FlowDiagnosis> &diagnoses);

    void setWholeFlow(bool wholeFlow);
    bool wholeFlow() const;
    void setFormat(Format format);
    Format format() const;

    // The file's bytes for the current choices (markers random per call).
    Result<QByteArray> exportBytes() const;
    // Writes the export to `path`.
    Result<bool> saveTo(const QString &path) const;
    // The preview is computed on a worker thread (a full timeline takes seconds); previewUpdated() says when it is
    // current. previewExchanges() is known at once.
    QString previewText() const;
    bool previewPending() const { return m_previewPending; }
    int previewRedactions() const { return m_previewRedactions; }
    int previewExchanges() const { return m_previewExchanges; }

    QString suggestedFileName() const;

public Q_SLOTS:
    void accept() override; // asks for a file name, then saves (the export runs on a worker thread)

Q_SIGNALS:
    void previewUpdated();
    void saved(const QString &path);

private:
    struct Job
    {
        QList<net::Exchange> exchanges;
        Format format = Format::Har;
        std::optional<recorder::WorkspaceSnapshot> workspace;
        QList<recorder::FlowDiagnosis> diagnoses;
        QString note;
    };
    struct Preview
    {
        int exchanges = 0;
        int redactions = 0;
        int distinct = 0;
        int tokens = 0;
        QString error;
    };
    Job job() const;
    static Result<QByteArray> run(const Job &job);
    static Result<bool> write(const QString &path, const QByteArray &bytes);
    static Preview preview(const QList<net::Exchange> &exchanges);
    QList<net::Exchange> chosenExchanges() const;
    void updatePreview();
    void applyPreview(const Preview &preview);

    const net::Timeline *m_timeline;
    QString m_flowId;
    QList<quint64> m_selection;
    std::optional<recorder::WorkspaceSnapshot> m_workspace;
    QList<recorder::FlowDiagnosis> m_diagnoses;
    QRadioButton *m_flowButton;
    QRadioButton *m_selectionButton;
    QComboBox *m_format;
    QPlainTextEdit *m_note;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
    int m_previewRedactions = 0;
    int m_previewExchanges = 0;
    bool m_previewPending = false;
    bool m_saving = false;
    quint64 m_generation = 0;
};

} // namespace keyway::ui
