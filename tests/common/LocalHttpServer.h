#pragma once

// A small HTTP/1.1 server on 127.0.0.1 for tests: each route answers with a canned response, and can
// misbehave on purpose (dribble the body, stall, close). Records every request it receives.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace keyway::test {

struct RecordedRequest
{
    QByteArray method;
    QByteArray target;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

struct CannedResponse
{
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int dribbleBytesPerTick = 0; // > 0: send the body slowly, this many bytes every 50 ms
    bool stall = false; // accept the request and never answer
    qint64 announcedLength = -1; // Content-Length to announce instead of the body's size
};

class LocalHttpServer : public QTcpServer
{
public:
    using Handler = std::function<CannedResponse(const RecordedRequest &)>;

    LocalHttpServer() { listen(QHostAddress::LocalHost, 0); }

    QByteArray origin() const { return "http://127.0.0.1:" + QByteArray::number(serverPort()); }
    QUrl url(const QByteArray &path) const { return QUrl(QString::fromLatin1(origin() + path)); }

    void route(const QByteArray &path, CannedResponse response)
    {
        m_routes.insert(path, [response](const RecordedRequest &) { return response; });
    }
    void route(const QByteArray &path, Handler handler) { m_routes.insert(path, std::move(handler)); }

    const QList<RecordedRequest> &requests() const { return m_requests; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            RecordedRequest request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            qint64 contentLength = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = lines[i].left(colon).trimmed();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                request.headers.append({name, value});
                if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                    contentLength = value.toLongLong();
            }
            if (buffer->size() - (end + 4) < contentLength)
                return;
            request.body = buffer->mid(end + 4, contentLength);
            buffer->clear();
            m_requests.append(request);
            respond(socket, request);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void respond(QTcpSocket *socket, const RecordedRequest &request)
    {
        QByteArray path = request.target;
        const qsizetype q = path.indexOf('?');
        if (q >= 0)
            path.truncate(q);
        CannedResponse response;
        if (const auto it = m_routes.constFind(path); it != m_routes.constEnd()) {
            response = (*it)(request);
        } else {
            response.status = 404;
            response.reason = "Not Found";
            response.body = "no such route";
        }
        if (response.stall)
            return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
        bool hasType = false;
        for (const auto &h : response.headers) {
            head += h.first + ": " + h.second + "\r\n";
            hasType = hasType || h.first.compare("content-type", Qt::CaseInsensitive) == 0;
        }
        if (!hasType)
            head += "Content-Type: application/octet-stream\r\n";
        const qint64 length = response.announcedLength >= 0 ? response.announcedLength : response.body.size();
        head += "Content-Length: " + QByteArray::number(length) + "\r\nConnection: close\r\n\r\n";
        socket->write(head);
        if (response.dribbleBytesPerTick <= 0) {
            socket->write(response.body);
            socket->disconnectFromHost();
            return;
        }
        auto *timer = new QTimer(socket);
        auto remaining = std::make_shared<QByteArray>(response.body);
        const int step = response.dribbleBytesPerTick;
        QPointer<QTcpSocket> guard(socket);
        connect(timer, &QTimer::timeout, socket, [guard, timer, remaining, step] {
            if (!guard)
                return;
            if (remaining->isEmpty()) {
                timer->stop();
                guard->disconnectFromHost();
                return;
            }
            guard->write(remaining->left(step));
            remaining->remove(0, step);
        });
        timer->start(50);
    }

    QHash<QByteArray, Handler> m_routes;
    QList<RecordedRequest> m_requests;
};

} // namespace keyway::test
