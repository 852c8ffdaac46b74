#include "oauth/loopbackreceiver.h"

#include "common/logging.h"
#include "oauth/callbackaddress.h"
#include "oauth/callbackpage.h"
#include "oauth/httprequestparser.h"
#include "oauth/portholder.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace Skybeam {

namespace {

// Whether the peer has sent bytes that are still waiting in the system (not yet read by Qt).
bool hasPendingBytes(QTcpSocket *socket)
{
    if (socket->bytesAvailable() > 0)
        return true;
#ifdef Q_OS_UNIX
    char byte;
    const auto descriptor = socket->socketDescriptor();
    return descriptor >= 0 && ::recv(int(descriptor), &byte, 1, MSG_PEEK | MSG_DONTWAIT) > 0;
#else
    return false;
#endif
}

Error portInUse(quint16 port)
{
    const QString program = PortHolder::programName(port);
    Error error;
    if (program.isEmpty()) {
        error = Error(ErrorCode::OAuth::PortInUse,
            //: %1 is a port number.
            QCoreApplication::translate("Skybeam::LoopbackReceiver",
                "Another program is using the address SKYBEAM needs to receive TikTok's answer (port %1 on "
                "this computer). Close that program and try again, or use a free port instead: add "
                "http://127.0.0.1:*/callback/ to your app's redirect URIs in the TikTok developer portal and "
                "sign in with it.")
                .arg(port));
    } else {
        error = Error(ErrorCode::OAuth::PortInUse,
            //: %1 is a program's name, e.g. "python3"; %2 a port number.
            QCoreApplication::translate("Skybeam::LoopbackReceiver",
                "Another program, %1, is using the address SKYBEAM needs to receive TikTok's answer (port %2 "
                "on this computer). Close %1 and try again, or use a free port instead: add "
                "http://127.0.0.1:*/callback/ to your app's redirect URIs in the TikTok developer portal and "
                "sign in with it.")
                .arg(program)
                .arg(port));
    }
    // The program's name, for the wizard's own words.
    error.setDetail(program);
    return error;
}

Error listenFailed(quint16 port, const QString &detail)
{
    Error error(ErrorCode::OAuth::ListenFailed,
        QCoreApplication::translate("Skybeam::LoopbackReceiver",
            "SKYBEAM Setup could not open port %1 on this computer to receive "
            "TikTok's answer (%2).")
            .arg(port)
            .arg(detail));
    error.setDetail(detail);
    return error;
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
    , m_holdTimer(new QTimer(this))
{
    // 128 random bits: another local process cannot guess the start address to read the authorize URL.
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    m_startToken
        = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof(words))
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_holdTimer->setSingleShot(true);
    connect(m_holdTimer, &QTimer::timeout, this, &LoopbackReceiver::onHoldTimeout);
}

LoopbackReceiver::~LoopbackReceiver()
{
    closeServers();
}

Error LoopbackReceiver::listen(const RedirectUri &redirect)
{
    m_redirect = redirect;
    if (!redirect.hasWildcardPort()) {
        bool inUse = false;
        const Error error = bind(redirect, redirect.port(), &inUse);
        if (error.isError())
            closeServers();
        return error;
    }
    // A wildcard port: take a free port; retry when ::1 happens to be taken on the port 127.0.0.1 gave us.
    constexpr int Attempts = 10;
    Error error;
    for (int attempt = 0; attempt < Attempts; ++attempt) {
        bool inUse = false;
        error = bind(redirect, 0, &inUse);
        if (!error.isError())
            return error;
        closeServers();
        if (!inUse)
            break;
    }
    return error;
}

Error LoopbackReceiver::bind(const RedirectUri &redirect, quint16 port, bool *addressInUse)
{
    auto *ipv4 = new QTcpServer(this);
    ipv4->setMaxPendingConnections(MaxConnections);
    if (!ipv4->listen(QHostAddress(QHostAddress::LocalHost), port)) {
        *addressInUse = ipv4->serverError() == QAbstractSocket::AddressInUseError;
        const QString detail = ipv4->errorString();
        delete ipv4;
        return *addressInUse ? portInUse(port) : listenFailed(port, detail);
    }
    m_servers.append(ipv4);
    m_port = ipv4->serverPort();

    if (redirect.isLocalhostName()) {
        auto *ipv6 = new QTcpServer(this);
        ipv6->setMaxPendingConnections(MaxConnections);
        if (ipv6->listen(QHostAddress(QHostAddress::LocalHostIPv6), m_port)) {
            m_servers.append(ipv6);
        } else if (ipv6->serverError() == QAbstractSocket::AddressInUseError) {
            *addressInUse = true;
            delete ipv6;
            return portInUse(m_port);
        } else {
            // No IPv6 loopback on this machine: browsers cannot reach localhost over ::1 either.
            qCDebug(lcReceiver) << "IPv6 loopback not available:" << ipv6->errorString();
            delete ipv6;
        }
    }
    for (QTcpServer *server : std::as_const(m_servers))
        connect(server, &QTcpServer::newConnection, this, [this, server] { onNewConnection(server); });
    qCDebug(lcReceiver) << "Waiting for TikTok's redirect on port" << m_port << "addresses" << addresses();
    return {};
}

bool LoopbackReceiver::isListening() const
{
    return !m_servers.isEmpty();
}

QList<QHostAddress> LoopbackReceiver::addresses() const
{
    QList<QHostAddress> result;
    for (const QTcpServer *server : m_servers)
        result.append(server->serverAddress());
    return result;
}

QString LoopbackReceiver::redirectUri() const
{
    return m_redirect.concrete(m_port);
}

QString LoopbackReceiver::startPrefix() const
{
    return m_redirect.path().startsWith(QLatin1String("/start")) ? QStringLiteral("/skybeam-start")
                                                                 : QStringLiteral("/start");
}

QString LoopbackReceiver::startPath() const
{
    return startPrefix() + QLatin1Char('/') + m_startToken;
}

bool LoopbackReceiver::hostAllowed(const QByteArray &host) const
{
    // A browser always sends Host; a page that reached this port through DNS rebinding sends its own
    // name. (A request without Host can only come from a local program, which could send any Host.)
    if (host.isEmpty())
        return true;
    const std::optional<quint16> port = CallbackAddress::loopbackPort(host);
    return port && *port == m_port;
}

QUrl LoopbackReceiver::startUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_redirect.host());
    url.setPort(m_port);
    url.setPath(startPath());
    return url;
}

void LoopbackReceiver::closeServers()
{
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->close();
        delete server;
    }
    m_servers.clear();
}

void LoopbackReceiver::onNewConnection(QTcpServer *server)
{
    // Qt's server keeps accepting (and emitting this) for as long as connections arrive, unless its queue
    // of MaxConnections pending ones is full: taking them here, local programs that reconnect as fast as
    // they are dropped would keep it in that loop forever, and the browser's request would never be read.
    // So they are taken after the event loop has turned once, at most a full queue at a time.
    if (m_acceptScheduled.contains(server))
        return;
    m_acceptScheduled.insert(server);
    QTimer::singleShot(0, this, [this, server, guarded = QPointer<QTcpServer>(server)] {
        m_acceptScheduled.remove(server);
        if (guarded)
            acceptPending(guarded);
    });
}

void LoopbackReceiver::acceptPending(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        if (!m_finished && m_connections.size() >= std::size_t(MaxConnections))
            evictIdleConnection();
        if (m_finished || m_connections.size() >= std::size_t(MaxConnections)) {
            qCDebug(lcReceiver) << "Refused a connection: every slot holds a request that is arriving";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setParent(this);
        socket->setReadBufferSize(2 * HttpRequestParser::DefaultMaxHeadBytes);
        Connection &connection = m_connections[socket];
        connection.sequence = m_nextSequence++;
        connection.deadline = new QTimer(socket);
        connection.deadline->setSingleShot(true);
        connect(connection.deadline, &QTimer::timeout, this, [this, socket] {
            qCDebug(lcReceiver) << "Dropped a connection that sent no complete request in time";
            drop(socket);
        });
        connection.deadline->start(m_clientTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            forget(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void LoopbackReceiver::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = it->second;
    if (socket->bytesAvailable() > 0)
        connection.receivedAny = true;
    if (connection.answered || socket == m_held) {
        socket->readAll();
        return;
    }
    const qsizetype room = HttpRequestParser::DefaultMaxHeadBytes + 1 - connection.buffer.size();
    if (room > 0)
        connection.buffer += socket->read(room);
    const HttpParseResult parsed = HttpRequestParser::parse(connection.buffer);
    switch (parsed.status) {
    case HttpParseResult::Status::Incomplete:
        return;
    case HttpParseResult::Status::Invalid:
        qCDebug(lcReceiver) << "Refused a request:" << parsed.errorReason;
        answer(socket, parsed.errorStatus, CallbackPage::forStatus(parsed.errorStatus));
        return;
    case HttpParseResult::Status::Complete:
        connection.deadline->stop();
        connection.buffer.clear();
        handleRequest(socket, parsed.request);
        return;
    }
}

void LoopbackReceiver::handleRequest(QTcpSocket *socket, const HttpRequest &request)
{
    if (request.method != "GET") {
        answer(socket, 405, CallbackPage::forStatus(405),
            { { QByteArrayLiteral("Allow"), QByteArrayLiteral("GET") } });
        return;
    }
    if (!hostAllowed(request.header("host"))) {
        qCWarning(lcReceiver) << "Refused a request for another host name (DNS rebinding?)";
        answer(socket, 421, CallbackPage::forStatus(421));
        return;
    }
    if (request.path == startPath() && m_startTarget.isValid() && !m_accepted && !m_startUsed) {
        // Once: a second request (another local process that saw the address) gets 404.
        m_startUsed = true;
        answer(socket, 302, QString(), { { QByteArrayLiteral("Location"), m_startTarget.toEncoded() } });
        return;
    }
    if (request.path != m_redirect.path()) {
        answer(socket, 404, CallbackPage::forStatus(404));
        return;
    }
    const CallbackCheck checked = AuthorizationCallback::check(request.query, m_expectedState);
    if (checked.verdict == CallbackVerdict::RepeatedParameter) {
        qCWarning(lcReceiver) << "Refused a callback with repeated parameters";
        answer(socket, 400, CallbackPage::forStatus(400));
        return;
    }
    if (checked.verdict == CallbackVerdict::WrongState) {
        qCWarning(lcReceiver) << "Refused a callback with a missing or wrong state; still waiting";
        answer(socket, 400, CallbackPage::stateMismatch());
        return;
    }
    if (m_accepted) {
        answer(socket, 409, CallbackPage::alreadyHandled());
        return;
    }
    if (checked.verdict == CallbackVerdict::Incomplete) {
        answer(socket, 400, CallbackPage::incompleteCallback());
        return;
    }
    m_accepted = true;
    m_held = socket;
    m_holdTimer->start(m_holdTimeoutMs);
    qCDebug(lcReceiver) << "Received TikTok's redirect"
                        << (checked.callback.isError() ? "with an error" : "with a code");
    Q_EMIT callbackReceived(checked.callback);
}

void LoopbackReceiver::acceptElsewhere()
{
    m_accepted = true;
}

void LoopbackReceiver::answer(QTcpSocket *socket, int status, const QString &html,
    const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    const QByteArray body = html.toUtf8();
    QByteArray response
        = "HTTP/1.1 " + QByteArray::number(status) + ' ' + CallbackPage::reasonPhrase(status) + "\r\n";
    if (!body.isEmpty())
        response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size())
        + "\r\n"
          "Cache-Control: no-store\r\n"
          "Referrer-Policy: no-referrer\r\n"
          "X-Content-Type-Options: nosniff\r\n"
          "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
          "Connection: close\r\n";
    for (const auto &[name, value] : extraHeaders)
        response += name + ": " + value + "\r\n";
    response += "\r\n" + body;
    it->second.answered = true;
    // A client that does not read the answer is dropped after the same grace period.
    it->second.deadline->start(m_clientTimeoutMs);
    socket->write(response);
    socket->disconnectFromHost();
}

void LoopbackReceiver::forget(QTcpSocket *socket)
{
    if (m_held == socket)
        m_held = nullptr;
    if (m_connections.erase(socket) && m_finished && m_connections.empty())
        Q_EMIT delivered();
}

bool LoopbackReceiver::evictIdleConnection()
{
    QTcpSocket *oldest = nullptr;
    quint64 oldestSequence = 0;
    for (auto &[socket, connection] : m_connections) {
        if (connection.receivedAny || connection.answered || socket == m_held)
            continue;
        if (hasPendingBytes(socket)) {
            // Its request has started to arrive: never evicted.
            connection.receivedAny = true;
            continue;
        }
        if (!oldest || connection.sequence < oldestSequence) {
            oldest = socket;
            oldestSequence = connection.sequence;
        }
    }
    if (!oldest)
        return false;
    qCDebug(lcReceiver) << "Every slot was taken: dropped the oldest connection that had sent nothing";
    drop(oldest);
    return true;
}

void LoopbackReceiver::drop(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it != m_connections.end() && it->second.deadline)
        it->second.deadline->stop();
    socket->disconnect(this);
    forget(socket);
    socket->abort();
    socket->deleteLater();
}

void LoopbackReceiver::onHoldTimeout()
{
    if (!m_held)
        return;
    qCInfo(lcReceiver) << "The exchange takes long; answered the browser with a 'still connecting' page";
    QTcpSocket *held = m_held;
    m_held = nullptr;
    answer(held, 200, CallbackPage::stillWorking());
}

void LoopbackReceiver::finish(const QString &html)
{
    if (m_finished)
        return;
    m_finished = true;
    m_holdTimer->stop();
    if (m_held) {
        QTcpSocket *held = m_held;
        m_held = nullptr;
        answer(held, 200, html);
    }
    closeServers();
    QList<QTcpSocket *> waiting;
    for (const auto &[socket, connection] : m_connections) {
        if (!connection.answered)
            waiting.append(socket);
    }
    for (QTcpSocket *socket : std::as_const(waiting))
        drop(socket);
    qCDebug(lcReceiver) << "Stopped listening on port" << m_port;
    if (m_connections.empty())
        QMetaObject::invokeMethod(this, &LoopbackReceiver::delivered, Qt::QueuedConnection);
}

} // namespace Skybeam
