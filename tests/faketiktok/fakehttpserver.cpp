#include "fakehttpserver.h"

#include <QLocale>

#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace FakeTikTokTest {

namespace {

bool decodeComponent(const QByteArray &in, QByteArray *out)
{
    QByteArray result;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '+') {
            result.append(' ');
        } else if (c == '%') {
            if (i + 2 >= in.size())
                return false;
            bool ok = false;
            const int value = in.mid(i + 1, 2).toInt(&ok, 16);
            if (!ok)
                return false;
            result.append(char(value));
            i += 2;
        } else {
            result.append(c);
        }
    }
    *out = result;
    return true;
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 206:
        return "Partial Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray FakeHttpRequest::header(const QByteArray &lowercaseName) const
{
    for (const auto &entry : headers) {
        if (entry.first == lowercaseName)
            return entry.second;
    }
    return {};
}

QString FakeHttpRequest::queryValue(const QString &name) const
{
    for (const auto &entry : query) {
        if (entry.first == name)
            return entry.second;
    }
    return {};
}

int FakeHttpRequest::queryCount(const QString &name) const
{
    int count = 0;
    for (const auto &entry : query) {
        if (entry.first == name)
            ++count;
    }
    return count;
}

FakeHttpResponse FakeHttpResponse::json(int status, const QJsonObject &object)
{
    FakeHttpResponse response;
    response.status = status;
    response.contentType = "application/json; charset=utf-8";
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

FakeHttpResponse FakeHttpResponse::html(int status, const QString &html)
{
    FakeHttpResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = html.toUtf8();
    return response;
}

FakeHttpResponse FakeHttpResponse::redirect(const QByteArray &location)
{
    FakeHttpResponse response;
    response.status = 302;
    response.headers.append({ "Location", location });
    return response;
}

QList<QPair<QString, QString>> decodeForm(const QByteArray &encoded, bool *ok)
{
    *ok = true;
    QList<QPair<QString, QString>> pairs;
    for (const QByteArray &field : encoded.split('&')) {
        if (field.isEmpty())
            continue;
        const qsizetype equals = field.indexOf('=');
        QByteArray name;
        QByteArray value;
        if (!decodeComponent(equals < 0 ? field : field.left(equals), &name)
            || (equals >= 0 && !decodeComponent(field.mid(equals + 1), &value))) {
            *ok = false;
            return {};
        }
        pairs.append({ QString::fromUtf8(name), QString::fromUtf8(value) });
    }
    return pairs;
}

QByteArray encodeForm(const QList<QPair<QString, QString>> &pairs)
{
    QByteArray out;
    for (const auto &pair : pairs) {
        if (!out.isEmpty())
            out.append('&');
        out.append(QUrl::toPercentEncoding(pair.first) + '=' + QUrl::toPercentEncoding(pair.second));
    }
    return out;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress(QHostAddress::LocalHost), port);
}

quint16 FakeHttpServer::port() const
{
    return m_server->serverPort();
}

void FakeHttpServer::close()
{
    m_server->close();
    for (auto &[socket, connection] : m_connections) {
        Q_UNUSED(connection);
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_connections.clear();
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections[socket] = Connection();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.erase(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = it->second;
    connection.buffer += socket->readAll();
    if (connection.answered)
        return;
    const qsizetype headEnd = connection.buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (connection.buffer.size() > 64 * 1024)
            respond(socket, FakeHttpResponse::html(431, QStringLiteral("head too large")));
        return;
    }
    const QList<QByteArray> lines = connection.buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3) {
        respond(socket, FakeHttpResponse::html(400, QStringLiteral("bad request line")));
        return;
    }
    FakeHttpRequest request;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({ line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed() });
    }
    bool lengthOk = true;
    const QByteArray lengthHeader = request.header("content-length");
    const qint64 length = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&lengthOk);
    if (!lengthOk || length < 0 || length > MaxBodyBytes) {
        respond(socket, FakeHttpResponse::html(400, QStringLiteral("bad content length")));
        return;
    }
    if (connection.buffer.size() - (headEnd + 4) < length)
        return;
    request.body = connection.buffer.mid(headEnd + 4, length);

    const qsizetype question = request.target.indexOf('?');
    const QByteArray rawPath = question < 0 ? request.target : request.target.left(question);
    request.path = QUrl::fromPercentEncoding(rawPath);
    bool queryOk = true;
    if (question >= 0)
        request.query = decodeForm(request.target.mid(question + 1), &queryOk);
    connection.answered = true;
    if (!queryOk) {
        respond(socket, FakeHttpResponse::html(400, QStringLiteral("bad query")));
        return;
    }
    respond(
        socket, m_handler ? m_handler(request) : FakeHttpResponse::html(404, QStringLiteral("no handler")));
}

void FakeHttpServer::respond(QTcpSocket *socket, const FakeHttpResponse &response)
{
    const auto it = m_connections.find(socket);
    if (it != m_connections.end())
        it->second.answered = true;
    if (response.hang)
        return;
    if (response.drop) {
        socket->abort();
        return;
    }
    QByteArray out
        = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n";
    // Every TikTok response carries a Date header (spec: "the cheapest way to measure clock skew").
    const QDateTime date = (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
    out += "Date: "
        + QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1() + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n" + response.body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace FakeTikTokTest
