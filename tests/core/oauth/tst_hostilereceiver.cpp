// Hostile local requests during a login: while the loopback receiver waits for TikTok's redirect, other
// local programs (or web pages the browser has open) hammer its port with garbage, oversize heads, slow
// and idle connections, wrong methods and forged callbacks, from many connections at once. The receiver
// must stay responsive, keep its memory bounded, never accept a forged callback, and still complete the
// real one.
#include "oauth/authorizationcallback.h"
#include "oauth/loopbackreceiver.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <QElapsedTimer>
#include <QScopeGuard>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Skybeam;

namespace {

const QString State = QStringLiteral("st-5a8c1e0f9b7d4e2a");
constexpr int ClientTimeoutMs = 1500;

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

/// One client connection: what it sends, and the status line of the answer it gets.
struct Client
{
    std::unique_ptr<QTcpSocket> socket;
    QByteArray received;
    bool closed = false;

    int status() const
    {
        // "HTTP/1.1 400 Bad Request"
        return received.startsWith("HTTP/1.1 ") ? received.mid(9, 3).toInt() : 0;
    }
};

class Hammer
{
public:
    explicit Hammer(quint16 port)
        : m_port(port)
    {
    }

    Client *open(const QByteArray &payload)
    {
        auto client = std::make_unique<Client>();
        client->socket = std::make_unique<QTcpSocket>();
        Client *raw = client.get();
        QObject::connect(
            raw->socket.get(), &QTcpSocket::readyRead, [raw] { raw->received += raw->socket->readAll(); });
        QObject::connect(raw->socket.get(), &QTcpSocket::disconnected, [raw] { raw->closed = true; });
        QObject::connect(raw->socket.get(), &QTcpSocket::errorOccurred, [raw] { raw->closed = true; });
        raw->socket->connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
        if (!payload.isEmpty()) {
            QObject::connect(
                raw->socket.get(), &QTcpSocket::connected, [raw, payload] { raw->socket->write(payload); });
        }
        m_clients.push_back(std::move(client));
        return raw;
    }

    bool allClosed() const
    {
        for (const auto &client : m_clients) {
            if (!client->closed)
                return false;
        }
        return true;
    }

private:
    quint16 m_port;
    std::vector<std::unique_ptr<Client>> m_clients;
};

QByteArray randomBytes(int size, QRandomGenerator *random)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes) {
        c = char(random->bounded(256));
        if (c == '\n')
            c = 'x'; // no line end: the receiver must judge it by size
    }
    return bytes;
}

} // namespace

class tst_HostileReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<AuthorizationCallback>(); }
    void hammeredDuringLogin_staysResponsiveAndCompletesRealCallback();
    void saturatedBySlowClients_recoversWithinClientTimeout();
    void slotsHeldByReconnectingThreads_realCallbackGetsThrough();
};

void tst_HostileReceiver::hammeredDuringLogin_staysResponsiveAndCompletesRealCallback()
{
    LoopbackReceiver receiver;
    receiver.setClientTimeout(ClientTimeoutMs);
    QVERIFY(!receiver.listen(*RedirectUri::parse(QStringLiteral("http://127.0.0.1:*/callback/"))).isError());
    receiver.setExpectedState(State);
    QSignalSpy callbacks(&receiver, &LoopbackReceiver::callbackReceived);
    Hammer hammer(receiver.port());
    QRandomGenerator random(8);
    const qint64 rssBefore = residentBytes();

    std::vector<std::pair<Client *, int>> expected; // client, the status it must get
    // Garbage (including a TLS hello and HTTP/2), and floods of bytes without a line end.
    expected.push_back(
        { hammer.open(QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\n", 12)), 400 });
    expected.push_back({ hammer.open("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"), 400 });
    for (int i = 0; i < 4; ++i)
        expected.push_back({ hammer.open(randomBytes(1024 * 1024, &random)), 431 });
    // Oversize heads: one huge header, too many headers.
    expected.push_back(
        { hammer.open("GET /callback/ HTTP/1.1\r\nX-Big: " + QByteArray(64 * 1024, 'a') + "\r\n\r\n"), 431 });
    expected.push_back(
        { hammer.open("GET /callback/ HTTP/1.1\r\n" + QByteArray("A: b\r\n").repeated(500) + "\r\n"), 431 });
    // Wrong methods on the callback path, with the right state even.
    for (const QByteArray method : { "POST", "PUT", "DELETE", "OPTIONS" }) {
        expected.push_back({ hammer.open(method + " /callback/?code=stolen&state=" + State.toUtf8()
                                 + " HTTP/1.1\r\nContent-Length: 4\r\n\r\nbody"),
            405 });
    }
    // Forged callbacks: wrong, missing, empty and repeated state; other paths.
    expected.push_back({ hammer.open("GET /callback/?code=forged&state=guess HTTP/1.1\r\n\r\n"), 400 });
    expected.push_back({ hammer.open("GET /callback/?code=forged HTTP/1.1\r\n\r\n"), 400 });
    expected.push_back({ hammer.open("GET /callback/?code=forged&state= HTTP/1.1\r\n\r\n"), 400 });
    expected.push_back(
        { hammer.open("GET /callback/?code=forged&state=" + State.toUtf8() + "&state=guess HTTP/1.1\r\n\r\n"),
            400 });
    expected.push_back(
        { hammer.open("GET /callback/?code=forged&code=other&state=" + State.toUtf8() + " HTTP/1.1\r\n\r\n"),
            400 });
    expected.push_back(
        { hammer.open("GET /callback/?state=" + State.toUtf8().left(8) + " HTTP/1.1\r\n\r\n"), 400 });
    expected.push_back({ hammer.open("GET /../../etc/passwd HTTP/1.1\r\n\r\n"), 404 });
    expected.push_back({ hammer.open("GET /favicon.ico HTTP/1.1\r\n\r\n"), 404 });
    // Every hostile request gets its refusal, and the receiver never holds more than its cap.
    int maxConnections = 0;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        maxConnections = qMax(maxConnections, receiver.connectionCount());
        for (const auto &[client, status] : expected) {
            if (!client->closed)
                return false;
        }
        return true;
    }()),
        20000);
    for (const auto &[client, status] : expected)
        QVERIFY2(client->status() == status, client->received.left(200).constData());
    QVERIFY(maxConnections <= LoopbackReceiver::MaxConnections);
    QCOMPARE(callbacks.size(), 0);

    // Then slow and idle clients: half a request line, and nothing at all (fewer than the slots: when every
    // slot is taken, a new connection evicts the oldest idle one, see the test with 64 threads).
    std::vector<Client *> slow;
    for (int i = 0; i < 6; ++i)
        slow.push_back(hammer.open(i % 2 ? QByteArray("GET /callb") : QByteArray()));
    // Connections opened and dropped at once.
    for (int i = 0; i < 20; ++i) {
        Client *client = hammer.open("GET /callback/?code=x");
        QObject::connect(client->socket.get(), &QTcpSocket::connected, client->socket.get(),
            [client] { client->socket->abort(); });
    }

    QTRY_VERIFY_WITH_TIMEOUT(receiver.connectionCount() >= 6, 10000);
    QVERIFY(receiver.connectionCount() <= LoopbackReceiver::MaxConnections);

    // The real redirect arrives while the slow clients still hang on: it is accepted and held.
    for (Client *client : slow)
        QVERIFY(!client->closed);
    Client *browser
        = hammer.open("GET /callback/?code=real-code%2A1&scopes=user.info.basic&state=" + State.toUtf8()
            + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(receiver.port()) + "\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(callbacks.size(), 1, 10000);
    const auto callback = callbacks.first().first().value<AuthorizationCallback>();
    QCOMPARE(callback.code, QStringLiteral("real-code*1"));
    // A replay of the real callback (e.g. a web page that saw the URL) is refused while it is held.
    Client *replay
        = hammer.open("GET /callback/?code=real-code%2A1&state=" + State.toUtf8() + " HTTP/1.1\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(replay->closed, 10000);
    QCOMPARE(replay->status(), 409);
    QCOMPARE(callbacks.size(), 1);

    // The slow clients are dropped after the client timeout without an answer; the browser is still held.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(slow.begin(), slow.end(), [](Client *client) { return client->closed; }),
        ClientTimeoutMs + 10000);
    QVERIFY(!browser->closed);
    receiver.finish(QStringLiteral("<p>Connected as Test</p>"));
    QTRY_VERIFY_WITH_TIMEOUT(browser->closed, 10000);
    QCOMPARE(browser->status(), 200);
    QVERIFY(browser->received.contains("Connected as Test"));
    QVERIFY(!receiver.isListening());
    QCOMPARE(receiver.connectionCount(), 0);

    // 4 MiB of garbage and 64 KiB heads went in; what stays is bounded by the per-connection cap.
    const qint64 growth = residentBytes() - rssBefore;
    qInfo(
        "resident memory grew by %lld KiB; at most %d connections were open", growth / 1024, maxConnections);
#if defined(__SANITIZE_ADDRESS__)
    constexpr qint64 Bound = 160 * 1024 * 1024; // AddressSanitizer keeps freed memory in quarantine
#else
    constexpr qint64 Bound = 32 * 1024 * 1024;
#endif
    QVERIFY2(growth < Bound, qPrintable(QString::number(growth)));
}

void tst_HostileReceiver::saturatedBySlowClients_recoversWithinClientTimeout()
{
    LoopbackReceiver receiver;
    receiver.setClientTimeout(ClientTimeoutMs);
    QVERIFY(!receiver.listen(*RedirectUri::parse(QStringLiteral("http://127.0.0.1:*/callback/"))).isError());
    receiver.setExpectedState(State);
    QSignalSpy callbacks(&receiver, &LoopbackReceiver::callbackReceived);
    Hammer hammer(receiver.port());
    // More idle connections than the receiver serves at once.
    for (int i = 0; i < LoopbackReceiver::MaxConnections + 16; ++i)
        hammer.open(QByteArray());
    QTRY_COMPARE_WITH_TIMEOUT(receiver.connectionCount(), LoopbackReceiver::MaxConnections, 10000);
    // All are gone after the client timeout, the extra ones at once.
    QTRY_VERIFY_WITH_TIMEOUT(hammer.allClosed(), ClientTimeoutMs + 10000);
    QCOMPARE(receiver.connectionCount(), 0);
    // Then the real redirect gets through.
    Client *browser = hammer.open("GET /callback/?code=c&state=" + State.toUtf8() + " HTTP/1.1\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(callbacks.size(), 1, 10000);
    receiver.finish(QStringLiteral("done"));
    QTRY_VERIFY_WITH_TIMEOUT(browser->closed, 10000);
    QCOMPARE(browser->status(), 200);
}

// Issue 15, point 2: 64 local threads each hold an idle connection and reconnect the moment they are
// dropped, so that every freed slot is refilled at once. With 32 slots and a 5 s deadline the real
// callback used to be reset every time; now a new connection evicts the oldest idle one, and the browser,
// whose request starts to arrive at once, gets through.
void tst_HostileReceiver::slotsHeldByReconnectingThreads_realCallbackGetsThrough()
{
    LoopbackReceiver receiver; // the real 5 s client deadline
    QVERIFY(!receiver.listen(*RedirectUri::parse(QStringLiteral("http://127.0.0.1:*/callback/"))).isError());
    receiver.setExpectedState(State);
    QSignalSpy callbacks(&receiver, &LoopbackReceiver::callbackReceived);
    const quint16 port = receiver.port();

    std::atomic<bool> stop { false };
    std::atomic<int> connects { 0 };
    std::vector<std::thread> threads;
    for (int t = 0; t < 64; ++t) {
        threads.emplace_back([&stop, &connects, port] {
            sockaddr_in address {};
            address.sin_family = AF_INET;
            address.sin_port = htons(port);
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            for (int round = 0; round < 100000 && !stop.load(); ++round) {
                const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
                if (fd < 0)
                    return;
                // Non-blocking connect: a full backlog must not keep the thread from seeing `stop`.
                bool connected
                    = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0;
                for (int wait = 0; !connected && errno == EINPROGRESS && wait < 100 && !stop.load(); ++wait) {
                    pollfd entry { fd, POLLOUT, 0 };
                    if (::poll(&entry, 1, 50) > 0) {
                        int error = 0;
                        socklen_t length = sizeof(error);
                        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
                        connected = error == 0;
                        break;
                    }
                }
                if (connected) {
                    ++connects;
                    // Hold the connection, sending nothing, until the receiver drops it (or the test ends).
                    for (int wait = 0; wait < 200 && !stop.load(); ++wait) {
                        pollfd entry { fd, POLLIN, 0 };
                        if (::poll(&entry, 1, 50) > 0) {
                            char byte;
                            if (::recv(fd, &byte, 1, MSG_DONTWAIT) <= 0)
                                break;
                        }
                    }
                }
                ::close(fd);
            }
        });
    }
    const auto joinAll = qScopeGuard([&] {
        stop = true;
        for (std::thread &thread : threads)
            thread.join();
    });

    // Every slot is taken and the threads keep reconnecting.
    qInfo("hammering");
    QTRY_COMPARE_WITH_TIMEOUT(receiver.connectionCount(), LoopbackReceiver::MaxConnections, 10000);
    const int before = connects.load();
    QTRY_VERIFY_WITH_TIMEOUT(connects.load() > before + 64, 10000);

    qInfo("slots full, %d connections so far", connects.load());
    QElapsedTimer elapsed;
    elapsed.start();
    Hammer hammer(port);
    Client *browser = hammer.open("GET /callback/?code=real&state=" + State.toUtf8()
        + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(callbacks.size(), 1, 10000);
    qInfo("the real callback arrived after %lld ms; %d hostile connections were made", elapsed.elapsed(),
        connects.load());
    QVERIFY(!browser->closed);
    QVERIFY(receiver.connectionCount() <= LoopbackReceiver::MaxConnections);
    receiver.finish(QStringLiteral("done"));
    QTRY_VERIFY_WITH_TIMEOUT(browser->closed, 10000);
    QCOMPARE(browser->status(), 200);
}

QTEST_GUILESS_MAIN(tst_HostileReceiver)
#include "tst_hostilereceiver.moc"
