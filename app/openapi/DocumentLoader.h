#pragma once

#include "core/Result.h"
#include "openapi/Document.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace keyway::net {
class HttpClient;
}

namespace keyway::openapi {

using DocumentPtr = std::shared_ptr<const Document>;

// Turns what the user typed or dropped (a path, a file:// URL or an http(s) URL) into a URL.
// Relative paths are taken relative to the current directory.
QUrl documentUrlFromUserInput(const QString &input);

// Loads a local document and the local files its $refs name, parses and builds the model.
// Blocking: call it from a worker thread or a command-line tool.
Result<DocumentPtr> loadDocumentFile(const QString &path);

// Parses and builds from bytes already in memory; external $refs are read from local files next to
// sourceUrl when it is a file URL (and reported as unresolved otherwise).
Result<DocumentPtr> loadDocumentBytes(QByteArray bytes, const QUrl &sourceUrl, const QString &sourceName);

// Loads a document without blocking the caller's thread: URLs are fetched through the HttpClient
// (progress, size cap, timeout, cancel), parsing and model building run on a worker thread, and
// external $refs are fetched the same way (bounded in number). Emits exactly one of finished/failed
// per load(), unless cancelled (then `cancelled`).
class DocumentLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentLoader)

public:
    explicit DocumentLoader(net::HttpClient *http, QObject *parent = nullptr);
    ~DocumentLoader() override;

    // Starts loading; a load already running is cancelled first.
    void load(const QUrl &url);
    void cancel();
    bool isRunning() const;
    QUrl currentUrl() const;

Q_SIGNALS:
    // bytesTotal is -1 while unknown.
    void progress(qint64 bytesReceived, qint64 bytesTotal);
    void stageChanged(const QString &stage); // "Downloading", "Parsing", "Building the model", for a status line
    void finished(keyway::openapi::DocumentPtr document);
    void failed(const keyway::Error &error);
    void cancelled();

private:
    struct Job;
    void startParse(QByteArray bytes);
    void fetchExternal();
    void buildOnWorker();
    void finishWith(Result<DocumentPtr> result);

    net::HttpClient *m_http;
    std::shared_ptr<Job> m_job;
};

} // namespace keyway::openapi

Q_DECLARE_METATYPE(keyway::openapi::DocumentPtr)
