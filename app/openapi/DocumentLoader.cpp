#include "openapi/DocumentLoader.h"

#include "net/HttpClient.h"
#include "openapi/DocumentBuilder.h"
#include "openapi/Readers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace keyway::openapi {

namespace {

Q_LOGGING_CATEGORY(lcLoader, "keyway.openapi.loader")

// A document and the files it refers to: more than this many is almost certainly a mistake.
constexpr int kMaxDocuments = 64;
// Local documents larger than this are refused before reading (the largest public APIs are ~15 MB).
constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024;

QUrl withoutFragment(QUrl url)
{
    url.setFragment(QString());
    return url;
}

QString displayName(const QUrl &url)
{
    return url.isLocalFile() ? QDir::toNativeSeparators(url.toLocalFile()) : url.toDisplayString(QUrl::RemoveUserInfo);
}

Result<QByteArray> readLocalFile(const QUrl &url)
{
    const QString path = url.toLocalFile();
    const QFileInfo info(path);
    const SourceLocation where{displayName(url), 0, 0};
    if (!info.exists())
        return Error{QObject::tr("the file does not exist"), where};
    if (info.isDir())
        return Error{QObject::tr("this is a folder, not a document"), where};
    if (info.size() > kMaxFileBytes)
        return Error{QObject::tr("the file is %1 MB, more than the %2 MB Keyway reads")
                         .arg(info.size() / (1024 * 1024))
                         .arg(kMaxFileBytes / (1024 * 1024)),
                     where};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QObject::tr("cannot read the file: %1").arg(file.errorString()), where};
    return file.readAll();
}

using TreeMap = QHash<QUrl, std::shared_ptr<const Tree>>;

// Parses the external documents a tree set refers to, fetching each with `fetch`, until none is missing.
Result<TreeMap> loadExternalTreesSync(const Tree &root, const QUrl &rootUrl, const std::function<Result<QByteArray>(const QUrl &)> &fetch)
{
    TreeMap trees;
    QList<QPair<QUrl, const Tree *>> toScan{{rootUrl, &root}};
    while (!toScan.isEmpty()) {
        const auto [baseUrl, tree] = toScan.takeFirst();
        for (const QUrl &ref : externalReferences(*tree, baseUrl)) {
            const QUrl url = withoutFragment(ref);
            if (url == withoutFragment(rootUrl) || trees.contains(url))
                continue;
            if (trees.size() + 1 >= kMaxDocuments)
                return Error{QObject::tr("the document refers to more than %1 other documents").arg(kMaxDocuments),
                             SourceLocation{displayName(rootUrl), 0, 0}};
            Result<QByteArray> bytes = fetch(url);
            if (!bytes)
                return Error{QObject::tr("a referenced document cannot be read: %1").arg(bytes.error().message), bytes.error().location};
            auto parsed = parseDocumentText(std::move(bytes).value(), displayName(url));
            if (!parsed)
                return parsed.error();
            trees.insert(url, parsed.value());
            toScan.append({url, parsed.value().get()});
        }
    }
    return trees;
}

} // namespace

QUrl documentUrlFromUserInput(const QString &input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
        return QUrl(trimmed, QUrl::TolerantMode);
    return QUrl::fromLocalFile(QFileInfo(trimmed).absoluteFilePath());
}

Result<DocumentPtr> loadDocumentBytes(QByteArray bytes, const QUrl &sourceUrl, const QString &sourceName)
{
    auto tree = parseDocumentText(std::move(bytes), sourceName);
    if (!tree)
        return tree.error();
    auto external = loadExternalTreesSync(*tree.value(), sourceUrl, [](const QUrl &url) -> Result<QByteArray> {
        if (!url.isLocalFile())
            return Error{QObject::tr("%1 is not a local file").arg(url.toDisplayString()), {}};
        return readLocalFile(url);
    });
    if (!external)
        return external.error();
    return buildDocument(tree.value(), sourceUrl, sourceName, std::move(external).value());
}

Result<DocumentPtr> loadDocumentFile(const QString &path)
{
    const QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    auto bytes = readLocalFile(url);
    if (!bytes)
        return Error{bytes.error().message, SourceLocation{path, 0, 0}};
    return loadDocumentBytes(std::move(bytes).value(), url, path);
}

// ---------------------------------------------------------------------------------------------- DocumentLoader

struct DocumentLoader::Job
{
    QUrl url;
    QString name;
    std::shared_ptr<const Tree> root;
    TreeMap external;
    QList<QPair<QUrl, std::shared_ptr<const Tree>>> toScan;
    QList<QUrl> queue; // external documents still to fetch
    QPointer<net::HttpRequestHandle> request;
    std::atomic_bool cancelled{false};
};

DocumentLoader::DocumentLoader(net::HttpClient *http, QObject *parent) : QObject(parent), m_http(http)
{
    qRegisterMetaType<keyway::openapi::DocumentPtr>();
}

DocumentLoader::~DocumentLoader()
{
    if (m_job) {
        m_job->cancelled = true;
        if (m_job->request)
            m_job->request->cancel();
    }
}

bool DocumentLoader::isRunning() const
{
    return m_job != nullptr;
}

QUrl DocumentLoader::currentUrl() const
{
    return m_job ? m_job->url : QUrl();
}

void DocumentLoader::cancel()
{
    if (!m_job)
        return;
    auto job = std::move(m_job);
    job->cancelled = true;
    if (job->request)
        job->request->cancel();
    Q_EMIT cancelled();
}

void DocumentLoader::load(const QUrl &url)
{
    if (m_job) {
        auto old = std::move(m_job);
        old->cancelled = true;
        if (old->request)
            old->request->cancel();
    }
    auto job = std::make_shared<Job>();
    job->url = url;
    job->name = url.isLocalFile() ? QDir::toNativeSeparators(url.toLocalFile()) : url.toDisplayString(QUrl::RemoveUserInfo);
    m_job = job;

    if (url.isLocalFile()) {
        // A local file: everything (reading, parsing, sibling files, the model) on a worker thread.
        Q_EMIT stageChanged(tr("Reading %1").arg(job->name));
        QtConcurrent::run([url, name = job->name]() -> Result<DocumentPtr> {
            auto bytes = readLocalFile(url);
            if (!bytes)
                return Error{bytes.error().message, SourceLocation{name, 0, 0}};
            return loadDocumentBytes(std::move(bytes).value(), url, name);
        }).then(this, [this, job](Result<DocumentPtr> result) {
            if (job->cancelled || m_job != job)
                return;
            finishWith(std::move(result));
        });
        return;
    }
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) {
        const Error error{tr("Keyway opens files and http(s) URLs, not %1").arg(url.toDisplayString()), {}};
        QMetaObject::invokeMethod(
            this,
            [this, job, error] {
                if (m_job == job)
                    finishWith(error);
            },
            Qt::QueuedConnection);
        return;
    }

    Q_EMIT stageChanged(tr("Downloading %1").arg(job->name));
    job->request = m_http->get(
        url,
        [this, job](const net::HttpResult &result) {
            if (job->cancelled || m_job != job)
                return;
            job->request = nullptr;
            if (!result.succeeded()) {
                finishWith(Error{result.errorString, SourceLocation{job->name, 0, 0}});
                return;
            }
            if (result.httpStatus < 200 || result.httpStatus >= 300) {
                finishWith(Error{tr("the server answered %1 %2").arg(result.httpStatus).arg(QString::fromLatin1(result.reason)),
                                 SourceLocation{job->name, 0, 0}});
                return;
            }
            // The final URL after redirects is the document's base for relative references.
            job->url = result.finalUrl;
            startParse(result.body);
        },
        [this, job](qint64 received, qint64 total) {
            if (!job->cancelled && m_job == job)
                Q_EMIT progress(received, total);
        });
}

void DocumentLoader::startParse(QByteArray bytes)
{
    auto job = m_job;
    Q_EMIT stageChanged(tr("Parsing %1").arg(job->name));
    QtConcurrent::run([bytes = std::move(bytes), name = job->name]() mutable {
        return parseDocumentText(std::move(bytes), name);
    }).then(this, [this, job](Result<std::shared_ptr<const Tree>> tree) {
        if (job->cancelled || m_job != job)
            return;
        if (!tree) {
            finishWith(tree.error());
            return;
        }
        job->root = tree.value();
        job->toScan.append({job->url, tree.value()});
        fetchExternal();
    });
}

void DocumentLoader::fetchExternal()
{
    auto job = m_job;
    // Queue every document the scanned trees name that is not loaded yet.
    while (!job->toScan.isEmpty()) {
        const auto [base, tree] = job->toScan.takeFirst();
        for (const QUrl &ref : externalReferences(*tree, base)) {
            QUrl url = ref;
            url.setFragment(QString());
            if (url == job->url || job->external.contains(url) || job->queue.contains(url))
                continue;
            job->queue.append(url);
        }
    }
    if (job->queue.isEmpty()) {
        buildOnWorker();
        return;
    }
    if (job->external.size() + job->queue.size() >= kMaxDocuments) {
        finishWith(Error{tr("the document refers to more than %1 other documents").arg(kMaxDocuments), SourceLocation{job->name, 0, 0}});
        return;
    }
    const QUrl next = job->queue.takeFirst();
    const QString nextName = displayName(next);
    auto parseFetched = [this, job, next, nextName](Result<QByteArray> bytes) {
        if (job->cancelled || m_job != job)
            return;
        if (!bytes) {
            finishWith(Error{tr("a referenced document cannot be read: %1").arg(bytes.error().message), SourceLocation{nextName, 0, 0}});
            return;
        }
        QtConcurrent::run([bytes = std::move(bytes).value(), nextName]() mutable {
            return parseDocumentText(std::move(bytes), nextName);
        }).then(this, [this, job, next](Result<std::shared_ptr<const Tree>> tree) {
            if (job->cancelled || m_job != job)
                return;
            if (!tree) {
                finishWith(tree.error());
                return;
            }
            job->external.insert(next, tree.value());
            job->toScan.append({next, tree.value()});
            fetchExternal();
        });
    };
    Q_EMIT stageChanged(tr("Loading %1").arg(nextName));
    if (next.isLocalFile()) {
        // A document fetched over HTTP may not make the user's machine read local files.
        if (!job->url.isLocalFile()) {
            finishWith(Error{
                tr("a document loaded from %1 refers to the local file %2; Keyway does not follow that").arg(job->url.host(), nextName),
                SourceLocation{job->name, 0, 0}});
            return;
        }
        QtConcurrent::run([next] { return readLocalFile(next); }).then(this, parseFetched);
        return;
    }
    if (next.scheme() != QLatin1String("http") && next.scheme() != QLatin1String("https")) {
        finishWith(Error{tr("unsupported reference %1").arg(next.toDisplayString()), SourceLocation{job->name, 0, 0}});
        return;
    }
    job->request = m_http->get(next, [this, job, parseFetched, nextName](const net::HttpResult &result) {
        if (job->cancelled || m_job != job)
            return;
        job->request = nullptr;
        if (!result.succeeded())
            return parseFetched(Error{result.errorString, {}});
        if (result.httpStatus < 200 || result.httpStatus >= 300)
            return parseFetched(Error{tr("the server answered %1 %2").arg(result.httpStatus).arg(QString::fromLatin1(result.reason)), {}});
        parseFetched(result.body);
    });
}

void DocumentLoader::buildOnWorker()
{
    auto job = m_job;
    Q_EMIT stageChanged(tr("Building the model"));
    QtConcurrent::run([root = job->root, url = job->url, name = job->name, external = job->external] {
        return buildDocument(root, url, name, external);
    }).then(this, [this, job](Result<DocumentPtr> result) {
        if (job->cancelled || m_job != job)
            return;
        finishWith(std::move(result));
    });
}

void DocumentLoader::finishWith(Result<DocumentPtr> result)
{
    m_job.reset();
    if (result) {
        qCDebug(lcLoader) << "loaded" << result.value()->sourceName << result.value()->operations.size() << "operations";
        Q_EMIT finished(result.value());
    } else {
        Q_EMIT failed(result.error());
    }
}

} // namespace keyway::openapi
