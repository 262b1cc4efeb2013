#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

class QSettings;

namespace keyway::ui {

// The most recently opened documents (files and URLs), newest first, kept in the settings.
class RecentDocuments final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentDocuments)

public:
    static constexpr int maxCount = 10;

    explicit RecentDocuments(QSettings *settings, QObject *parent = nullptr);

    QList<QUrl> urls() const;
    void add(const QUrl &url);
    void remove(const QUrl &url);
    void clear();

    // "name.yaml — /folder" for files, the URL otherwise.
    static QString displayName(const QUrl &url);

Q_SIGNALS:
    void changed();

private:
    void store(const QList<QUrl> &urls);

    QSettings *m_settings;
};

} // namespace keyway::ui
