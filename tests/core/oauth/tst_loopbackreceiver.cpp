// The loopback receiver: loopback-only binding, routing, limits, state checking, holding the callback.
#include "oauthtesthelpers.h"
#include "scriptedbrowser.h"

#include "oauth/callbackpage.h"
#include "oauth/loopbackreceiver.h"
#include "oauth/portholder.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Skybeam;
using namespace FakeTikTokTest;

class tst_LoopbackReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusedRequests_data();
    void refusedRequests();
    void wrongStateThenRightState();
    void callbackIsHeldUntilFinish();
    void secondCallbackWhileHeld();
    void errorCallbackIsPassedOn();
    void codeIsUrlDecoded();
    void slowAndIdleClientsAreDropped();
    void severalConnectionsAtOnce();
    void holdTimeoutSendsStillWorking();
    void startUrlRedirects();
    void allowedHostsAreAnswered_data();
    void allowedHostsAreAnswered();
    void fullSlotsEvictOldestIdleConnection();
    void portInUseNamesPortAndProcess();
    void wildcardPortPicksAFreePort();
    void localhostAlsoListensOnIpv6();
    void ipv4HostListensOnIpv4Only();
    void portIsFreeRightAfterFinish();
    void portHolderParsesProcTable();

private:
    struct Running
    {
        std::unique_ptr<LoopbackReceiver> receiver;
        quint16 port = 0;
    };
    Running start(const QString &redirect = QString(), int clientTimeoutMs = 2000, int holdTimeoutMs = 10000);
    static QByteArray get(quint16 port, const QByteArray &target);
};

void tst_LoopbackReceiver::initTestCase()
{
    qRegisterMetaType<AuthorizationCallback>();
}

tst_LoopbackReceiver::Running tst_LoopbackReceiver::start(
    const QString &redirect, int clientTimeoutMs, int holdTimeoutMs)
{
    Running running;
    running.receiver = std::make_unique<LoopbackReceiver>();
    running.receiver->setClientTimeout(clientTimeoutMs);
    running.receiver->setHoldTimeout(holdTimeoutMs);
    running.receiver->setExpectedState(QStringLiteral("the-state"));
    const QString uri = redirect.isEmpty() ? QStringLiteral("http://127.0.0.1:*/callback") : redirect;
    const Expected<RedirectUri> parsed = RedirectUri::parse(uri);
    if (!parsed)
        qFatal("bad redirect in test");
    const Error error = running.receiver->listen(*parsed);
    if (error.isError())
        qFatal("listen failed: %s", qPrintable(error.message()));
    running.port = running.receiver->port();
    return running;
}

QByteArray tst_LoopbackReceiver::get(quint16 port, const QByteArray &target)
{
    return rawGet(QHostAddress(QHostAddress::LocalHost), port, target);
}

void tst_LoopbackReceiver::refusedRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("favicon") << QByteArray("GET /favicon.ico HTTP/1.1\r\n\r\n") << 404;
    // DNS rebinding: a page whose name now points at 127.0.0.1 sends its own name as Host.
    QTest::newRow("foreign host") << QByteArray(
        "GET /callback?code=c&state=the-state HTTP/1.1\r\nHost: evil.example:80\r\n\r\n")
                                  << 421;
    QTest::newRow("foreign host, no port")
        << QByteArray("GET /callback?code=c&state=the-state HTTP/1.1\r\nHost: x\r\n\r\n") << 421;
    QTest::newRow("loopback name, other port")
        << QByteArray("GET /callback?code=c&state=the-state HTTP/1.1\r\nHost: localhost:1\r\n\r\n") << 421;
    QTest::newRow("rebinding to the start address")
        << QByteArray("GET /start HTTP/1.1\r\nHost: attacker.test\r\n\r\n") << 421;
    QTest::newRow("start without token") << QByteArray("GET /start HTTP/1.1\r\n\r\n") << 404;
    QTest::newRow("start with a guessed token")
        << QByteArray("GET /start/AAAAAAAAAAAAAAAAAAAAAA HTTP/1.1\r\n\r\n") << 404;
    QTest::newRow("root") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 404;
    QTest::newRow("other path with state")
        << QByteArray("GET /callbackx?code=c&state=the-state HTTP/1.1\r\n\r\n") << 404;
    QTest::newRow("POST callback") << QByteArray("POST /callback?code=c&state=the-state HTTP/1.1\r\n\r\n")
                                   << 405;
    QTest::newRow("HEAD callback") << QByteArray("HEAD /callback?code=c&state=the-state HTTP/1.1\r\n\r\n")
                                   << 405;
    QTest::newRow("OPTIONS") << QByteArray("OPTIONS * HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01 hello\r\n\r\n") << 400;
    QTest::newRow("head over 8 KB") << QByteArray("GET /callback?code=" + QByteArray(9000, 'a')
        + " HTTP/1.1\r\n\r\n") << 431;
    QTest::newRow("HTTP/2.0") << QByteArray("GET /callback HTTP/2.0\r\n\r\n") << 505;
    QTest::newRow("repeated state") << QByteArray(
        "GET /callback?code=c&state=the-state&state=x HTTP/1.1\r\n\r\n")
                                    << 400;
    QTest::newRow("missing state") << QByteArray("GET /callback?code=c HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("wrong state") << QByteArray("GET /callback?code=c&state=other HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("neither code nor error")
        << QByteArray("GET /callback?state=the-state HTTP/1.1\r\n\r\n") << 400;
}

void tst_LoopbackReceiver::refusedRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    Running running = start();
    QSignalSpy callbacks(running.receiver.get(), &LoopbackReceiver::callbackReceived);
    RawHttpClient client;
    QSignalSpy closed(&client, &RawHttpClient::closed);
    client.connectTo(QHostAddress(QHostAddress::LocalHost), running.port);
    client.send(request);
    QVERIFY(closed.wait(5000));
    QCOMPARE(client.status(), status);
    QVERIFY(client.received().contains("Connection: close"));
    QVERIFY(client.received().contains("Cache-Control: no-store"));
    if (status == 405)
        QVERIFY(client.received().contains("Allow: GET"));
    QCOMPARE(callbacks.count(), 0);
    QVERIFY(running.receiver->isListening());
    // Still waiting for the real callback afterwards.
    QCOMPARE(get(running.port, "/favicon.ico").mid(9, 3), QByteArray("404"));
}

void tst_LoopbackReceiver::wrongStateThenRightState()
{
    Running running = start();
    QSignalSpy callbacks(running.receiver.get(), &LoopbackReceiver::callbackReceived);
    const QByteArray forged = get(running.port, "/callback?code=attacker&state=guess");
    QCOMPARE(forged.mid(9, 3), QByteArray("400"));
    QVERIFY(forged.contains(CallbackPage::stateMismatch().toUtf8()));
    const QByteArray missing = get(running.port, "/callback?code=attacker");
    QCOMPARE(missing.mid(9, 3), QByteArray("400"));
    QCOMPARE(callbacks.count(), 0);

    RawHttpClient browser;
    browser.connectTo(QHostAddress(QHostAddress::LocalHost), running.port);
    browser.send("GET /callback?code=real&scopes=user.info.basic&state=the-state HTTP/1.1\r\n\r\n");
    QVERIFY(callbacks.wait(5000));
    const auto callback = callbacks.at(0).at(0).value<AuthorizationCallback>();
    QCOMPARE(callback.code, QStringLiteral("real"));
    QCOMPARE(callback.scopes, QStringLiteral("user.info.basic"));
}

void tst_LoopbackReceiver::callbackIsHeldUntilFinish()
{
    Running running = start();
    QSignalSpy callbacks(running.receiver.get(), &LoopbackReceiver::callbackReceived);
    RawHttpClient browser;
    QSignalSpy closed(&browser, &RawHttpClient::closed);
    browser.connectTo(QHostAddress(QHostAddress::LocalHost), running.port);
    browser.send("GET /callback?code=c&state=the-state HTTP/1.1\r\n\r\n");
    QVERIFY(callbacks.wait(5000));
    // Held open while the code is exchanged: nothing is sent yet.
    QVERIFY(!closed.wait(300));
    QVERIFY(browser.received().isEmpty());
    running.receiver->finish(QStringLiteral("<p>the outcome</p>"));
    QVERIFY(closed.wait(5000));
    QCOMPARE(browser.status(), 200);
    QVERIFY(browser.received().endsWith("<p>the outcome</p>"));
    QVERIFY(browser.received().contains("Referrer-Policy: no-referrer"));
    QVERIFY(!running.receiver->isListening());
}

void tst_LoopbackReceiver::secondCallbackWhileHeld()
{
    Running running = start();
    QSignalSpy callbacks(running.receiver.get(), &LoopbackReceiver::callbackReceived);
    RawHttpClient first;
    first.connectTo(QHostAddress(QHostAddress::LocalHost), running.port);
    first.send("GET /callback?code=c&state=the-state HTTP/1.1\r\n\r\n");
    QVERIFY(callbacks.wait(5000));
    const QByteArray second = get(running.port, "/callback?code=c2&state=the-state");
    QCOMPARE(second.mid(9, 3), QByteArray("409"));
    QCOMPARE(callbacks.count(), 1);
}

void tst_LoopbackReceiver::errorCallbackIsPassedOn()
{
    Running running = start();
    QSignalSpy callbacks(running.receiver.get(), &LoopbackReceiver::callbackReceived);
    RawHttpClient browser;
    browser.connectTo(QHostAddress(QHostAddress::LocalHost), running.port);
    browser.send("GET /callback?error=access_denied&error_description=The+user+denied&state=the-state "
                 "HTTP/1.1\r\n\r\n");
    QVERIFY(callbacks.wait(5000));
    const auto callback = callbacks.at(0).at(0).value<AuthorizationCallback>();
    QVERIFY(callback.isError());
    QCOMPARE(callback.error, QStringLiteral("access_denied"));
    QCOMPARE(callback.errorDescription, QStringLiteral("The user denied"));
}

void tst_LoopbackReceiver::codeIsUrlDecoded()
{
    Running running = start();
    QSignalSpy callbacks(running.receiver.get(), &LoopbackReceiver::callbackReceived);
    RawHttpClient browser;
    browser.connectTo(QHostAddress(QHostAddress::LocalHost), running.port);
    browser.send("GET /callback?code=cde%2AVh0y%214423%2Bva&state=the-state HTTP/1.1\r\n\r\n");
    QVERIFY(callbacks.wait(5000));
    QCOMPARE(callbacks.at(0).at(0).value<AuthorizationCallback>().code, QStringLiteral("cde*Vh0y!4423+va"));
}

void tst_LoopbackReceiver::slowAndIdleClientsAreDropped()
{
    Running running = start(QString(), 300);
    RawHttpClient idle;
    QSignalSpy idleClosed(&idle, &RawHttpClient::closed);
    idle.connectTo(QHostAddress(QHostAddress::LocalHost), running.port);
    RawHttpClient slow;
    QSignalSpy slowClosed(&slow, &RawHttpClient::closed);
    slow.connectTo(QHostAddress(QHostAddress::LocalHost), running.port);
    slow.send("GET /callback?code=c&state=the-state HTTP/1.1\r\n");
    QVERIFY(idleClosed.wait(3000));
    QVERIFY(slowClosed.count() == 1 || slowClosed.wait(3000));
    QVERIFY(idle.received().isEmpty());
    QVERIFY(slow.received().isEmpty());
    QTRY_COMPARE(running.receiver->connectionCount(), 0);
    QVERIFY(running.receiver->isListening());
}

void tst_LoopbackReceiver::severalConnectionsAtOnce()
{
    Running running = start();
    QSignalSpy callbacks(running.receiver.get(), &LoopbackReceiver::callbackReceived);
    std::vector<std::unique_ptr<RawHttpClient>> idle;
    for (int i = 0; i < 5; ++i) {
        idle.push_back(std::make_unique<RawHttpClient>());
        idle.back()->connectTo(QHostAddress(QHostAddress::LocalHost), running.port);
    }
    RawHttpClient partial;
    partial.connectTo(QHostAddress(QHostAddress::LocalHost), running.port);
    partial.send("GET /callback?code=c&st");
    QTRY_COMPARE(running.receiver->connectionCount(), 6);
    QCOMPARE(get(running.port, "/favicon.ico").mid(9, 3), QByteArray("404"));
    partial.send("ate=the-state HTTP/1.1\r\n\r\n");
    QVERIFY(callbacks.wait(5000));
    QCOMPARE(callbacks.at(0).at(0).value<AuthorizationCallback>().code, QStringLiteral("c"));
}

void tst_LoopbackReceiver::holdTimeoutSendsStillWorking()
{
    Running running = start(QString(), 2000, 200);
    QSignalSpy callbacks(running.receiver.get(), &LoopbackReceiver::callbackReceived);
    RawHttpClient browser;
    QSignalSpy closed(&browser, &RawHttpClient::closed);
    browser.connectTo(QHostAddress(QHostAddress::LocalHost), running.port);
    browser.send("GET /callback?code=c&state=the-state HTTP/1.1\r\n\r\n");
    QVERIFY(callbacks.wait(5000));
    QVERIFY(closed.wait(5000));
    QCOMPARE(browser.status(), 200);
    QVERIFY(browser.received().contains(CallbackPage::stillWorking().toUtf8()));
    running.receiver->finish(QStringLiteral("late"));
    QVERIFY(!running.receiver->isListening());
}

void tst_LoopbackReceiver::startUrlRedirects()
{
    Running running = start();
    const QUrl target(
        QStringLiteral("https://www.tiktok.com/v2/auth/authorize/?client_key=k&state=the-state"));
    running.receiver->setStartTarget(target);
    const QUrl startUrl = running.receiver->startUrl();
    QCOMPARE(startUrl.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(startUrl.port(), int(running.port));
    // A random one-time token: at least 128 bits, different for every receiver.
    QVERIFY2(startUrl.path().startsWith(QLatin1String("/start/")), qPrintable(startUrl.path()));
    QVERIFY(startUrl.path().size() >= int(qstrlen("/start/")) + 22);
    Running other = start();
    QVERIFY(other.receiver->startUrl().path() != startUrl.path());
    // Without the token, or with a near miss, nothing is forwarded.
    QCOMPARE(get(running.port, "/start").mid(9, 3), QByteArray("404"));
    QCOMPARE(get(running.port, startUrl.path().chopped(1).toUtf8()).mid(9, 3), QByteArray("404"));
    const QByteArray answer = get(running.port, startUrl.path().toUtf8());
    QCOMPARE(answer.mid(9, 3), QByteArray("302"));
    QVERIFY(answer.contains("Location: " + target.toEncoded() + "\r\n"));
    // Once: a second request (another local process that saw the address) learns nothing.
    const QByteArray again = get(running.port, startUrl.path().toUtf8());
    QCOMPARE(again.mid(9, 3), QByteArray("404"));
    QVERIFY(!again.contains("state=the-state"));
}

void tst_LoopbackReceiver::allowedHostsAreAnswered_data()
{
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<QByteArray>("hostPattern");
    QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:*/callback") << QByteArray("127.0.0.1:%1");
    QTest::newRow("localhost") << QStringLiteral("http://127.0.0.1:*/callback") << QByteArray("localhost:%1");
    QTest::newRow("LocalHost") << QStringLiteral("http://127.0.0.1:*/callback") << QByteArray("LocalHost:%1");
    QTest::newRow("[::1]") << QStringLiteral("http://127.0.0.1:*/callback") << QByteArray("[::1]:%1");
}

void tst_LoopbackReceiver::allowedHostsAreAnswered()
{
    QFETCH(QString, redirect);
    QFETCH(QByteArray, hostPattern);
    Running running = start(redirect);
    QSignalSpy callbacks(running.receiver.get(), &LoopbackReceiver::callbackReceived);
    RawHttpClient browser;
    browser.connectTo(QHostAddress(QHostAddress::LocalHost), running.port);
    const QByteArray host = hostPattern.replace("%1", QByteArray::number(running.port));
    browser.send("GET /callback?code=c&state=the-state HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
    QVERIFY(callbacks.wait(5000));
}

void tst_LoopbackReceiver::fullSlotsEvictOldestIdleConnection()
{
    Running running = start(QString(), 60000);
    // A connection whose request has started to arrive, then slots filled with idle connections.
    RawHttpClient started;
    QSignalSpy startedClosed(&started, &RawHttpClient::closed);
    started.connectTo(QHostAddress(QHostAddress::LocalHost), running.port);
    started.send("GET /callback?code=c&st");
    QTRY_COMPARE_WITH_TIMEOUT(running.receiver->connectionCount(), 1, 5000);
    std::vector<std::unique_ptr<RawHttpClient>> idle;
    for (int i = 1; i < LoopbackReceiver::MaxConnections; ++i) {
        idle.push_back(std::make_unique<RawHttpClient>());
        idle.back()->connectTo(QHostAddress(QHostAddress::LocalHost), running.port);
        QTRY_COMPARE_WITH_TIMEOUT(running.receiver->connectionCount(), i + 1, 5000);
    }
    // Full: the next connection takes the oldest idle one's slot (not the started request's).
    RawHttpClient browser;
    browser.connectTo(QHostAddress(QHostAddress::LocalHost), running.port);
    QTRY_VERIFY_WITH_TIMEOUT(idle.front()->isClosed(), 5000);
    QCOMPARE(running.receiver->connectionCount(), LoopbackReceiver::MaxConnections);
    for (std::size_t i = 1; i < idle.size(); ++i)
        QVERIFY(!idle[i]->isClosed());
    QVERIFY(!started.isClosed());
    QSignalSpy callbacks(running.receiver.get(), &LoopbackReceiver::callbackReceived);
    started.send("ate=the-state HTTP/1.1\r\n\r\n");
    QVERIFY(callbacks.wait(5000));
}

void tst_LoopbackReceiver::portInUseNamesPortAndProcess()
{
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 port = holder.serverPort();
    LoopbackReceiver receiver;
    const Error error
        = receiver.listen(*RedirectUri::parse(QStringLiteral("http://127.0.0.1:%1/callback").arg(port)));
    QCOMPARE(error.code(), QStringLiteral("oauth.port_in_use"));
    QVERIFY2(error.message().contains(QString::number(port)), qPrintable(error.message()));
    // Plain words: the address, what to do, the exact free-port URI; no "PID", no "wildcard".
    QVERIFY2(error.message().startsWith(QLatin1String("Another program")), qPrintable(error.message()));
    QVERIFY2(error.message().contains(QLatin1String("is using the address SKYBEAM needs")),
        qPrintable(error.message()));
    QVERIFY2(
        error.message().contains(QLatin1String("http://127.0.0.1:*/callback/")), qPrintable(error.message()));
    QVERIFY2(!error.message().contains(QLatin1String("wildcard")), qPrintable(error.message()));
    QVERIFY2(!error.message().contains(QLatin1String("PID")), qPrintable(error.message()));
#ifdef Q_OS_LINUX
    // The holder is this test process; /proc names it.
    const QString program = QFileInfo(QCoreApplication::applicationFilePath()).fileName().left(15);
    QVERIFY2(error.message().contains(QStringLiteral(", %1, ").arg(program)), qPrintable(error.message()));
    QCOMPARE(error.detail(), program);
#endif
    QVERIFY(!receiver.isListening());
}

void tst_LoopbackReceiver::wildcardPortPicksAFreePort()
{
    Running running = start(QStringLiteral("http://127.0.0.1:*/callback/"));
    QVERIFY(running.port != 0);
    QCOMPARE(
        running.receiver->redirectUri(), QStringLiteral("http://127.0.0.1:%1/callback/").arg(running.port));
    Running other = start(QStringLiteral("http://127.0.0.1:*/callback/"));
    QVERIFY(other.port != running.port);
}

void tst_LoopbackReceiver::localhostAlsoListensOnIpv6()
{
    if (!OAuthTest::ipv6LoopbackAvailable())
        QSKIP("::1 is not available on this machine");
    const quint16 port = OAuthTest::freePort();
    Running running = start(QStringLiteral("http://localhost:%1/callback").arg(port));
    const QList<QHostAddress> addresses = running.receiver->addresses();
    QCOMPARE(addresses.size(), 2);
    QVERIFY(addresses.contains(QHostAddress(QHostAddress::LocalHost)));
    QVERIFY(addresses.contains(QHostAddress(QHostAddress::LocalHostIPv6)));
    QSignalSpy callbacks(running.receiver.get(), &LoopbackReceiver::callbackReceived);
    RawHttpClient browser;
    browser.connectTo(QHostAddress(QHostAddress::LocalHostIPv6), port);
    browser.send("GET /callback?code=v6&state=the-state HTTP/1.1\r\n\r\n");
    QVERIFY(callbacks.wait(5000));
    QCOMPARE(callbacks.at(0).at(0).value<AuthorizationCallback>().code, QStringLiteral("v6"));
}

void tst_LoopbackReceiver::ipv4HostListensOnIpv4Only()
{
    Running running = start(QStringLiteral("http://127.0.0.1:*/callback"));
    const QList<QHostAddress> addresses = running.receiver->addresses();
    QCOMPARE(addresses, QList<QHostAddress> { QHostAddress(QHostAddress::LocalHost) });
    for (const QHostAddress &address : addresses)
        QVERIFY(address.isLoopback());
}

void tst_LoopbackReceiver::portIsFreeRightAfterFinish()
{
    const quint16 port = OAuthTest::freePort();
    Running running = start(QStringLiteral("http://localhost:%1/callback").arg(port));
    RawHttpClient idle;
    QSignalSpy idleClosed(&idle, &RawHttpClient::closed);
    idle.connectTo(QHostAddress(QHostAddress::LocalHost), port);
    QTRY_COMPARE(running.receiver->connectionCount(), 1);
    running.receiver->finish(QStringLiteral("done"));
    QVERIFY(!running.receiver->isListening());
    QTcpServer again;
    QVERIFY2(again.listen(QHostAddress(QHostAddress::LocalHost), port), qPrintable(again.errorString()));
    QVERIFY(idleClosed.count() == 1 || idleClosed.wait(3000));
}

void tst_LoopbackReceiver::portHolderParsesProcTable()
{
    const QByteArray table
        = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
          "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 424242 "
          "1 0 100 0 0 10 0\n"
          "   1: 0100007F:1F90 0100007F:D431 01 00000000:00000000 00:00000000 00000000  1000        0 515151 "
          "1 0 20 4 30 10 -1\n"
          "   2: 00000000:0050 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 777 1 "
          "0 100 0 0 10 0\n"
          "   3: garbage\n";
    QCOMPARE(PortHolder::listeningInodes(table, 8080), QList<quint64> { 424242 });
    QCOMPARE(PortHolder::listeningInodes(table, 80), QList<quint64> { 777 });
    QVERIFY(PortHolder::listeningInodes(table, 9999).isEmpty());
    QVERIFY(PortHolder::listeningInodes(QByteArray(), 8080).isEmpty());
}

QTEST_GUILESS_MAIN(tst_LoopbackReceiver)
#include "tst_loopbackreceiver.moc"
