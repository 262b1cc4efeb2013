#pragma once

#include "openapi/DocumentLoader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QComboBox;
class QToolButton;

namespace keyway::ui {

// Chooses one of the document's servers and the values of its variables. The combo shows each server's
// resolved URL; the button next to it opens a small editor for the variables (a list for enums).
class ServerChooser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerChooser)

public:
    explicit ServerChooser(QWidget *parent = nullptr);
    ~ServerChooser() override;

    void setDocument(openapi::DocumentPtr document);

    int currentIndex() const;
    void setCurrentIndex(int index);
    // The selected server with the chosen variable values in place of the defaults, so that
    // Server::url() and Document::resolveUrl() use them.
    std::optional<openapi::Server> effectiveServer() const;
    QHash<QString, QString> values() const;
    void setVariableValue(const QString &name, const QString &value);
    QString currentUrl() const;

    QComboBox *comboBox() const { return m_combo; }
    QToolButton *variablesButton() const { return m_variablesButton; }

Q_SIGNALS:
    void serverChanged();

private:
    void refreshTexts();
    void updateButton();
    void showVariablesEditor();
    QString displayUrl(int index) const;

    QComboBox *m_combo;
    QToolButton *m_variablesButton;
    openapi::DocumentPtr m_document;
    QList<QHash<QString, QString>> m_values; // per server: variable -> chosen value
};

} // namespace keyway::ui
