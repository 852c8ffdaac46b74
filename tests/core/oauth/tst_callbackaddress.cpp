// CallbackAddress: the address a browser ended on, pasted from another computer, checked under the loopback
// receiver's rule (issue 18, point 2).
#include "oauth/callbackaddress.h"

#include <QSet>
#include <QTest>

using namespace Skybeam;

Q_DECLARE_METATYPE(Skybeam::CallbackAddress::Problem)

namespace {

const QString State = QStringLiteral("st-Abc_123-xyz");
const QString Code = QStringLiteral("code-9f8e7d6c5b4a");

CallbackAddress::Expectation expectation()
{
    CallbackAddress::Expectation expected;
    expected.redirectUri = QStringLiteral("http://127.0.0.1:40123/callback/");
    expected.path = QStringLiteral("/callback/");
    expected.port = 40123;
    expected.state = State;
    return expected;
}

QString query()
{
    return QStringLiteral("?code=%1&scopes=user.info.basic%2Cvideo.upload&state=%2").arg(Code, State);
}

} // namespace

class tst_CallbackAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void errorFromTikTok();
    void valuesAreDecodedAsByTheReceiver();
    void refusalsNeverRepeatThePastedText();
    void loopbackPort_data();
    void loopbackPort();
    void oneCodePerProblem();
};

void tst_CallbackAddress::check_data()
{
    using P = CallbackAddress::Problem;
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<CallbackAddress::Problem>("problem");

    const QString base = QStringLiteral("http://127.0.0.1:40123/callback/");
    QTest::newRow("the browser's address") << base + query() << P::None;
    QTest::newRow("localhost") << QStringLiteral("http://localhost:40123/callback/") + query() << P::None;
    QTest::newRow("localhost in capitals")
        << QStringLiteral("http://LocalHost:40123/callback/") + query() << P::None;
    QTest::newRow("[::1]") << QStringLiteral("http://[::1]:40123/callback/") + query() << P::None;
    QTest::newRow("scheme in capitals")
        << QStringLiteral("HTTP://127.0.0.1:40123/callback/") + query() << P::None;
    QTest::newRow("address bar without http://")
        << QStringLiteral("127.0.0.1:40123/callback/") + query() << P::None;
    QTest::newRow("surrounding spaces and newline")
        << QStringLiteral("  ") + base + query() + QStringLiteral(" \r\n") << P::None;
    QTest::newRow("a fragment") << base + query() + QStringLiteral("#_=_") << P::None;
    QTest::newRow("escaped path") << QStringLiteral("http://127.0.0.1:40123/call%62ack/") + query()
                                  << P::None;
    QTest::newRow("parameters in another order")
        << base + QStringLiteral("?state=%1&code=%2").arg(State, Code) << P::None;

    QTest::newRow("empty") << QString() << P::NotAnAddress;
    QTest::newRow("only spaces") << QStringLiteral("   \t ") << P::NotAnAddress;
    QTest::newRow("words") << QStringLiteral("it did not load") << P::NotAnAddress;
    QTest::newRow("a tab inside") << base + QStringLiteral("\t") + query() << P::NotAnAddress;
    QTest::newRow("an escape character inside")
        << base + QStringLiteral("\x1b[2J") + query() << P::NotAnAddress;
    QTest::newRow("too long") << base + query() + QStringLiteral("&x=")
            + QString(CallbackAddress::MaxLength, QLatin1Char('a'))
                              << P::NotAnAddress;
    QTest::newRow("https") << QStringLiteral("https://127.0.0.1:40123/callback/") + query()
                           << P::NotAnAddress;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1:40123/callback/") + query() << P::NotAnAddress;
    QTest::newRow("bad escape in path")
        << QStringLiteral("http://127.0.0.1:40123/callback%ZZ/") + query() << P::NotAnAddress;
    QTest::newRow("NUL in path") << QStringLiteral("http://127.0.0.1:40123/callback%00/") + query()
                                 << P::NotAnAddress;
    QTest::newRow("bad escape in query") << base + query() + QStringLiteral("&x=%G1") << P::NotAnAddress;
    QTest::newRow("only http://") << QStringLiteral("http://") << P::NotAnAddress;

    QTest::newRow("another host") << QStringLiteral("http://example.com:40123/callback/") + query()
                                  << P::NotLoopback;
    QTest::newRow("127.0.0.2") << QStringLiteral("http://127.0.0.2:40123/callback/") + query()
                               << P::NotLoopback;
    QTest::newRow("loopback name as a prefix")
        << QStringLiteral("http://127.0.0.1.evil.example:40123/callback/") + query() << P::NotLoopback;
    QTest::newRow("localhost as a subdomain")
        << QStringLiteral("http://localhost.evil.example:40123/callback/") + query() << P::NotLoopback;
    QTest::newRow("user info before loopback")
        << QStringLiteral("http://evil.example@127.0.0.1:40123/callback/") + query() << P::NotLoopback;
    QTest::newRow("loopback as user info")
        << QStringLiteral("http://127.0.0.1:40123@evil.example/callback/") + query() << P::NotLoopback;
    QTest::newRow("hex loopback") << QStringLiteral("http://0x7f.0.0.1:40123/callback/") + query()
                                  << P::NotLoopback;
    QTest::newRow("port with a leading zero")
        << QStringLiteral("http://127.0.0.1:040123/callback/") + query() << P::NotLoopback;
    QTest::newRow("only the query") << query().mid(1) << P::NotLoopback;

    QTest::newRow("another port") << QStringLiteral("http://127.0.0.1:40124/callback/") + query()
                                  << P::WrongPort;
    QTest::newRow("no port (80)") << QStringLiteral("http://127.0.0.1/callback/") + query() << P::WrongPort;

    QTest::newRow("path without the slash")
        << QStringLiteral("http://127.0.0.1:40123/callback") + query() << P::WrongPath;
    QTest::newRow("the start address")
        << QStringLiteral("http://127.0.0.1:40123/start/abcdef") << P::WrongPath;
    QTest::newRow("no path") << QStringLiteral("http://127.0.0.1:40123") + query() << P::WrongPath;

    QTest::newRow("code twice") << base + query() + QStringLiteral("&code=other") << P::RepeatedParameter;
    QTest::newRow("state twice") << base + query() + QStringLiteral("&state=") + State
                                 << P::RepeatedParameter;

    QTest::newRow("wrong state") << base + QStringLiteral("?code=%1&state=st-Abc_123-xyZ").arg(Code)
                                 << P::WrongState;
    QTest::newRow("state of another length")
        << base + QStringLiteral("?code=%1&state=st").arg(Code) << P::WrongState;
    QTest::newRow("no state") << base + QStringLiteral("?code=%1").arg(Code) << P::WrongState;
    QTest::newRow("empty state") << base + QStringLiteral("?code=%1&state=").arg(Code) << P::WrongState;
    QTest::newRow("no query") << base << P::WrongState;

    QTest::newRow("neither code nor error") << base + QStringLiteral("?state=") + State << P::Incomplete;
    QTest::newRow("empty code") << base + QStringLiteral("?code=&state=") + State << P::Incomplete;
}

void tst_CallbackAddress::check()
{
    QFETCH(QString, pasted);
    QFETCH(CallbackAddress::Problem, problem);
    const CallbackAddress::Result result = CallbackAddress::check(pasted, expectation());
    QCOMPARE(result.problem, problem);
    QCOMPARE(result.isUsable(), problem == CallbackAddress::Problem::None);
    QCOMPARE(result.error.code(), CallbackAddress::errorCode(problem));
    QCOMPARE(result.error.isError(), !result.isUsable());
    if (result.isUsable()) {
        QCOMPARE(result.callback.code, Code);
        QCOMPARE(result.callback.state, State);
        QVERIFY(!result.callback.isError());
    } else {
        QVERIFY(result.callback.code.isEmpty());
        QVERIFY(!result.error.message().isEmpty());
    }
}

void tst_CallbackAddress::errorFromTikTok()
{
    const CallbackAddress::Result result = CallbackAddress::check(
        QStringLiteral("http://127.0.0.1:40123/callback/?error=access_denied&error_description=The+user+"
                       "denied&state=")
            + State,
        expectation());
    QVERIFY(result.isUsable());
    QVERIFY(result.callback.isError());
    QCOMPARE(result.callback.error, QStringLiteral("access_denied"));
    QCOMPARE(result.callback.errorDescription, QStringLiteral("The user denied"));
    QVERIFY(result.callback.code.isEmpty());
}

void tst_CallbackAddress::valuesAreDecodedAsByTheReceiver()
{
    // Form decoding as the receiver's HttpRequestParser: `+` is a space, %XX escapes.
    const CallbackAddress::Result result = CallbackAddress::check(
        QStringLiteral("http://127.0.0.1:40123/callback/?code=a%2Bb+c%2A&scopes=video.upload&state=")
            + QString::fromLatin1(QUrl::toPercentEncoding(State)),
        expectation());
    QVERIFY(result.isUsable());
    QCOMPARE(result.callback.code, QStringLiteral("a+b c*"));
    QCOMPARE(result.callback.scopes, QStringLiteral("video.upload"));
}

void tst_CallbackAddress::refusalsNeverRepeatThePastedText()
{
    const QString secretCode = QStringLiteral("secret-code-1234567890");
    const QStringList pastes {
        QStringLiteral("http://example.com:40123/callback/?code=%1&state=x").arg(secretCode),
        QStringLiteral("http://127.0.0.1:40124/callback/?code=%1&state=x").arg(secretCode),
        QStringLiteral("http://127.0.0.1:40123/other/?code=%1&state=x").arg(secretCode),
        QStringLiteral("http://127.0.0.1:40123/callback/?code=%1&state=x").arg(secretCode),
        QStringLiteral("http://127.0.0.1:40123/callback/?code=%1&code=%1&state=x").arg(secretCode),
        QStringLiteral("%1 is the code").arg(secretCode),
    };
    for (const QString &pasted : pastes) {
        const CallbackAddress::Result result = CallbackAddress::check(pasted, expectation());
        QVERIFY(!result.isUsable());
        QVERIFY2(!result.error.message().contains(secretCode), qPrintable(result.error.message()));
        QVERIFY(!result.error.detail().contains(secretCode));
    }
}

void tst_CallbackAddress::loopbackPort_data()
{
    QTest::addColumn<QByteArray>("authority");
    QTest::addColumn<int>("port"); // -1: not a loopback authority
    QTest::newRow("127.0.0.1:8080") << QByteArray("127.0.0.1:8080") << 8080;
    QTest::newRow("[::1]:8080") << QByteArray("[::1]:8080") << 8080;
    QTest::newRow("LOCALHOST:1") << QByteArray("LOCALHOST:1") << 1;
    QTest::newRow("localhost") << QByteArray("localhost") << 80;
    QTest::newRow("65535") << QByteArray("127.0.0.1:65535") << 65535;
    QTest::newRow("65536") << QByteArray("127.0.0.1:65536") << -1;
    QTest::newRow("0") << QByteArray("127.0.0.1:0") << -1;
    QTest::newRow("empty port") << QByteArray("localhost:") << -1;
    QTest::newRow("leading zero") << QByteArray("localhost:080") << -1;
    QTest::newRow("sign") << QByteArray("localhost:+80") << -1;
    QTest::newRow("letters") << QByteArray("localhost:80a") << -1;
    QTest::newRow("::1 without brackets") << QByteArray("::1:80") << -1;
    QTest::newRow("other host") << QByteArray("example.com:80") << -1;
    QTest::newRow("suffix") << QByteArray("localhostx:80") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
}

void tst_CallbackAddress::loopbackPort()
{
    QFETCH(QByteArray, authority);
    QFETCH(int, port);
    const std::optional<quint16> found = CallbackAddress::loopbackPort(authority);
    QCOMPARE(found.has_value(), port >= 0);
    if (found)
        QCOMPARE(int(*found), port);
}

void tst_CallbackAddress::oneCodePerProblem()
{
    using P = CallbackAddress::Problem;
    QSet<QString> codes;
    for (P problem : { P::NotAnAddress, P::NotLoopback, P::WrongPort, P::WrongPath, P::RepeatedParameter,
             P::WrongState, P::Incomplete, P::AlreadyUsed, P::NotWaiting }) {
        const QString code = CallbackAddress::errorCode(problem);
        QVERIFY(code.startsWith(QLatin1String("oauth.paste_")));
        codes.insert(code);
        QCOMPARE(CallbackAddress::error(problem, expectation()).code(), code);
        QVERIFY(!CallbackAddress::error(problem, expectation()).message().isEmpty());
    }
    QCOMPARE(codes.size(), 9);
    QVERIFY(CallbackAddress::errorCode(P::None).isEmpty());
    QVERIFY(!CallbackAddress::error(P::None, expectation()).isError());
}

QTEST_GUILESS_MAIN(tst_CallbackAddress)
#include "tst_callbackaddress.moc"
