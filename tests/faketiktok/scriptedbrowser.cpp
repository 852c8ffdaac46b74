#include "scriptedbrowser.h"

#include "fakehttpserver.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>

namespace FakeTikTokTest {

ScriptedBrowser::ScriptedBrowser(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
}

ScriptedBrowser::~ScriptedBrowser() = default;

std::function<bool(const QUrl &url)> ScriptedBrowser::opener()
{
    return [this](const QUrl &url) {
        open(url);
        return true;
    };
}

void ScriptedBrowser::open(const QUrl &url)
{
    m_opened.append(url);
    m_result = BrowserResult();
    m_busy = true;
    m_consentSubmitted = false;
    request(url);
}

QUrl ScriptedBrowser::mapped(const QUrl &url) const
{
    QUrl result = url;
    if (url.host() == QLatin1String("localhost")) {
        if (m_localhost == LocalhostAddress::IPv4)
            result.setHost(QStringLiteral("127.0.0.1"));
        else if (m_localhost == LocalhostAddress::IPv6)
            result.setHost(QStringLiteral("::1"));
    }
    return result;
}

void ScriptedBrowser::request(const QUrl &url, const QByteArray &formBody)
{
    if (m_result.visited.size() >= MaxHops) {
        m_result.errorString = QStringLiteral("too many redirects");
        done();
        return;
    }
    m_result.visited.append(url);
    QNetworkRequest request(mapped(url));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nullptr;
    if (formBody.isNull()) {
        reply = m_network->get(request);
    } else {
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_network->post(request, formBody);
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void ScriptedBrowser::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.status = status;
    m_result.body = reply->readAll();
    if (status == 0) {
        m_result.errorString = reply->errorString();
        done();
        return;
    }
    if (status >= 300 && status < 400 && reply->hasRawHeader(QByteArrayLiteral("Location"))) {
        const QUrl next
            = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader(QByteArrayLiteral("Location"))));
        request(next);
        return;
    }
    if (status == 200 && !m_consentSubmitted && m_result.body.contains("<form id=\"consent\"")) {
        m_consentSubmitted = true;
        static const QRegularExpression action(
            QStringLiteral("<form id=\"consent\" method=\"post\" action=\"([^\"]+)\""));
        static const QRegularExpression consentId(QStringLiteral("name=\"consent_id\" value=\"([^\"]+)\""));
        static const QRegularExpression scope(QStringLiteral("name=\"scope\" value=\"([^\"]+)\" checked"));
        const QString page = QString::fromUtf8(m_result.body);
        QList<QPair<QString, QString>> form { { QStringLiteral("consent_id"),
            consentId.match(page).captured(1) } };
        QRegularExpressionMatchIterator scopes = scope.globalMatch(page);
        while (scopes.hasNext()) {
            const QString name = scopes.next().captured(1);
            if (!m_untick.contains(name))
                form.append({ QStringLiteral("scope"), name });
        }
        form.append({ QStringLiteral("decision"),
            m_decision == ConsentDecision::Authorize ? QStringLiteral("allow") : QStringLiteral("deny") });
        request(reply->url().resolved(QUrl(action.match(page).captured(1))), encodeForm(form));
        return;
    }
    done();
}

void ScriptedBrowser::done()
{
    m_busy = false;
    Q_EMIT finished(m_result);
}

RawHttpClient::RawHttpClient(QObject *parent)
    : QObject(parent)
    , m_socket(new QTcpSocket(this))
{
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        if (!m_pending.isEmpty())
            m_socket->write(m_pending);
        m_pending.clear();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { m_received += m_socket->readAll(); });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_received += m_socket->readAll();
        if (!m_closed) {
            m_closed = true;
            Q_EMIT closed();
        }
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (!m_closed && m_socket->state() == QAbstractSocket::UnconnectedState) {
            m_received += m_socket->readAll();
            m_closed = true;
            Q_EMIT closed();
        }
    });
}

RawHttpClient::~RawHttpClient() = default;

void RawHttpClient::connectTo(const QHostAddress &address, quint16 port)
{
    m_socket->connectToHost(address, port);
}

void RawHttpClient::send(const QByteArray &bytes)
{
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(bytes);
    else
        m_pending += bytes;
}

int RawHttpClient::status() const
{
    if (!m_received.startsWith("HTTP/1."))
        return 0;
    return m_received.mid(9, 3).toInt();
}

QByteArray rawGet(const QHostAddress &address, quint16 port, const QByteArray &target, int timeoutMs)
{
    RawHttpClient client;
    QSignalSpy closed(&client, &RawHttpClient::closed);
    client.connectTo(address, port);
    client.send("GET " + target + " HTTP/1.1\r\nHost: localhost:" + QByteArray::number(port) + "\r\n\r\n");
    if (!client.isClosed())
        closed.wait(timeoutMs);
    return client.received();
}

} // namespace FakeTikTokTest
