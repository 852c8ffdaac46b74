#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <QDateTime>

#include <functional>
#include <map>

class QTcpServer;
class QTcpSocket;

namespace FakeTikTokTest {

/// A request as the fake server received it (head and whole body).
struct FakeHttpRequest
{
    QByteArray method;
    QByteArray target;
    /// Percent-decoded path.
    QString path;
    /// Decoded query pairs (`+` is a space), in order.
    QList<QPair<QString, QString>> query;
    /// Lowercased names.
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &lowercaseName) const;
    /// The query value of `name`; empty when absent.
    QString queryValue(const QString &name) const;
    int queryCount(const QString &name) const;
};

/// What a route answers. `hang` keeps the connection open without answering; `drop` closes it at once.
struct FakeHttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool hang = false;
    bool drop = false;

    static FakeHttpResponse json(int status, const QJsonObject &object);
    static FakeHttpResponse html(int status, const QString &html);
    static FakeHttpResponse redirect(const QByteArray &location);
};

/// Decodes and encodes application/x-www-form-urlencoded, written independently of the product's code.
/// `ok` is false on a malformed escape.
QList<QPair<QString, QString>> decodeForm(const QByteArray &encoded, bool *ok);
QByteArray encodeForm(const QList<QPair<QString, QString>> &pairs);

/// A small HTTP/1.1 server for tests: one request per connection (answers carry Connection: close), any
/// body size up to MaxBodyBytes, every request handed to one handler. Loopback only.
class FakeHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHttpServer)

public:
    using Handler = std::function<FakeHttpResponse(const FakeHttpRequest &request)>;
    static constexpr qint64 MaxBodyBytes = qint64(256) * 1024 * 1024;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// The time every response's Date header states (RFC 7231 IMF-fixdate); the real time when unset.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /// Listens on 127.0.0.1 (`port` 0: a free one).
    bool listen(quint16 port = 0);
    quint16 port() const;
    void close();

private:
    struct Connection
    {
        QByteArray buffer;
        bool answered = false;
    };
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const FakeHttpResponse &response);

    QTcpServer *m_server = nullptr;
    Handler m_handler;
    std::function<QDateTime()> m_clock;
    std::map<QTcpSocket *, Connection> m_connections;
};

} // namespace FakeTikTokTest
