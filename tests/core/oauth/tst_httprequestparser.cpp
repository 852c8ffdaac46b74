// The loopback receiver's pure request parser and the callback parameter reader.
#include "oauth/authorizationcallback.h"
#include "oauth/httprequestparser.h"

#include <QTest>

using namespace Skybeam;

using Status = HttpParseResult::Status;
Q_DECLARE_METATYPE(Skybeam::HttpParseResult::Status)

class tst_HttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void headers();
    void query_data();
    void query();
    void oversizedHead_data();
    void oversizedHead();
    void everyPrefixIsIncompleteOrJudged();
    void formEncodeRoundTrip();
    void callback_data();
    void callback();
    void stateComparison_data();
    void stateComparison();
};

void tst_HttpRequestParser::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("errorStatus");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");

    QTest::newRow("simple GET") << QByteArray("GET /callback HTTP/1.1\r\nHost: localhost\r\n\r\n")
                                << Status::Complete << 0 << QByteArray("GET") << QStringLiteral("/callback");
    QTest::newRow("HTTP/1.0, no headers") << QByteArray("GET / HTTP/1.0\r\n\r\n") << Status::Complete << 0
                                          << QByteArray("GET") << QStringLiteral("/");
    QTest::newRow("bare LF line ends") << QByteArray("GET /a HTTP/1.1\nHost: x\n\n") << Status::Complete << 0
                                       << QByteArray("GET") << QStringLiteral("/a");
    QTest::newRow("POST parses (receiver answers 405)")
        << QByteArray("POST /callback HTTP/1.1\r\n\r\n") << Status::Complete << 0 << QByteArray("POST")
        << QStringLiteral("/callback");
    QTest::newRow("escaped path") << QByteArray("GET /call%62ack HTTP/1.1\r\n\r\n") << Status::Complete << 0
                                  << QByteArray("GET") << QStringLiteral("/callback");
    QTest::newRow("empty") << QByteArray() << Status::Incomplete << 0 << QByteArray() << QString();
    QTest::newRow("request line only")
        << QByteArray("GET /callback HTTP/1.1\r\n") << Status::Incomplete << 0 << QByteArray() << QString();
    QTest::newRow("head not finished") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << Status::Incomplete
                                       << 0 << QByteArray() << QString();
    QTest::newRow("garbage line") << QByteArray("hello\r\n\r\n") << Status::Invalid << 400 << QByteArray()
                                  << QString();
    QTest::newRow("TLS hello judged early")
        << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\n", 12) << Status::Invalid << 400
        << QByteArray() << QString();
    QTest::newRow("absolute-form target") << QByteArray("GET http://x/callback HTTP/1.1\r\n\r\n")
                                          << Status::Invalid << 400 << QByteArray() << QString();
    QTest::newRow("two spaces") << QByteArray("GET  /callback HTTP/1.1\r\n\r\n") << Status::Invalid << 400
                                << QByteArray() << QString();
    QTest::newRow("fragment") << QByteArray("GET /callback#x HTTP/1.1\r\n\r\n") << Status::Invalid << 400
                              << QByteArray() << QString();
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << Status::Invalid << 505
                              << QByteArray() << QString();
    QTest::newRow("not HTTP") << QByteArray("GET / FTP/1.0\r\n\r\n") << Status::Invalid << 400 << QByteArray()
                              << QString();
    QTest::newRow("method with slash")
        << QByteArray("G/T / HTTP/1.1\r\n\r\n") << Status::Invalid << 400 << QByteArray() << QString();
    QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nHost\r\n\r\n") << Status::Invalid
                                          << 400 << QByteArray() << QString();
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << Status::Invalid
                                        << 400 << QByteArray() << QString();
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << Status::Invalid
                                   << 400 << QByteArray() << QString();
    QTest::newRow("control char in value") << QByteArray("GET / HTTP/1.1\r\nA: b\x01\r\n\r\n")
                                           << Status::Invalid << 400 << QByteArray() << QString();
    QTest::newRow("bad escape in path")
        << QByteArray("GET /%zz HTTP/1.1\r\n\r\n") << Status::Invalid << 400 << QByteArray() << QString();
    QTest::newRow("truncated escape")
        << QByteArray("GET /a%4 HTTP/1.1\r\n\r\n") << Status::Invalid << 400 << QByteArray() << QString();
    QTest::newRow("NUL in path") << QByteArray("GET /a%00b HTTP/1.1\r\n\r\n") << Status::Invalid << 400
                                 << QByteArray() << QString();
    QTest::newRow("bad escape in query") << QByteArray("GET /a?code=%g1 HTTP/1.1\r\n\r\n") << Status::Invalid
                                         << 400 << QByteArray() << QString();
    QTest::newRow("non-ASCII target") << QByteArray("GET /caf\xc3\xa9 HTTP/1.1\r\n\r\n") << Status::Invalid
                                      << 400 << QByteArray() << QString();
}

void tst_HttpRequestParser::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Status, status);
    QFETCH(int, errorStatus);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const HttpParseResult result = HttpRequestParser::parse(bytes);
    QCOMPARE(result.status, status);
    QCOMPARE(result.errorStatus, errorStatus);
    if (status == Status::Complete) {
        QCOMPARE(result.request.method, method);
        QCOMPARE(result.request.path, path);
    }
    if (status == Status::Invalid)
        QVERIFY(!result.errorReason.isEmpty());
}

void tst_HttpRequestParser::headers()
{
    const HttpParseResult result = HttpRequestParser::parse(
        "GET /x HTTP/1.1\r\nHost:  localhost:8080 \r\nUser-Agent: Test/1.0\r\nAccept:\r\n\r\nbody ignored");
    QCOMPARE(result.status, Status::Complete);
    QCOMPARE(result.request.headers.size(), 3);
    QCOMPARE(result.request.header("host"), QByteArray("localhost:8080"));
    QCOMPARE(result.request.header("user-agent"), QByteArray("Test/1.0"));
    QCOMPARE(result.request.header("accept"), QByteArray());
    QCOMPARE(result.request.header("missing"), QByteArray());
}

void tst_HttpRequestParser::query_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("TikTok's code is URL-decoded")
        << QByteArray("/callback?code=cde%2Aab%21c%2B1&scopes=user.info.basic%2Cvideo.upload&state=s")
        << QStringList { QStringLiteral("code"), QStringLiteral("scopes"), QStringLiteral("state") }
        << QStringList { QStringLiteral("cde*ab!c+1"), QStringLiteral("user.info.basic,video.upload"),
               QStringLiteral("s") };
    QTest::newRow("plus is a space") << QByteArray("/c?error_description=The+user+denied")
                                     << QStringList { QStringLiteral("error_description") }
                                     << QStringList { QStringLiteral("The user denied") };
    QTest::newRow("UTF-8") << QByteArray("/c?name=%C3%A9t%C3%A9") << QStringList { QStringLiteral("name") }
                           << QStringList { QString::fromUtf8("\xc3\xa9t\xc3\xa9") };
    QTest::newRow("empty value and no value")
        << QByteArray("/c?a=&b") << QStringList { QStringLiteral("a"), QStringLiteral("b") }
        << QStringList { QString(), QString() };
    QTest::newRow("empty fields skipped") << QByteArray("/c?&&a=1&") << QStringList { QStringLiteral("a") }
                                          << QStringList { QStringLiteral("1") };
    QTest::newRow("equals in value") << QByteArray("/c?a=b=c") << QStringList { QStringLiteral("a") }
                                     << QStringList { QStringLiteral("b=c") };
}

void tst_HttpRequestParser::query()
{
    QFETCH(QByteArray, target);
    QFETCH(QStringList, names);
    QFETCH(QStringList, values);
    const HttpParseResult result = HttpRequestParser::parse("GET " + target + " HTTP/1.1\r\n\r\n");
    QCOMPARE(result.status, Status::Complete);
    QCOMPARE(result.request.query.size(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(result.request.query.at(i).first, names.at(i));
        QCOMPARE(result.request.query.at(i).second, values.at(i));
    }
}

void tst_HttpRequestParser::oversizedHead_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("errorStatus");
    const QByteArray longTarget = "/callback?code=" + QByteArray(9000, 'a');
    QTest::newRow("long request line, unfinished")
        << QByteArray("GET " + longTarget) << Status::Invalid << 431;
    QTest::newRow("long request line, finished")
        << QByteArray("GET " + longTarget + " HTTP/1.1\r\n\r\n") << Status::Invalid << 431;
    QTest::newRow("many headers, unfinished")
        << QByteArray("GET / HTTP/1.1\r\n" + QByteArray("X-A: b\r\n").repeated(1200)) << Status::Invalid
        << 431;
    QTest::newRow("too many header fields")
        << QByteArray("GET / HTTP/1.1\r\n" + QByteArray("A: b\r\n").repeated(101) + "\r\n") << Status::Invalid
        << 431;
    QTest::newRow("just under the cap")
        << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(8100, 'v') + "\r\n\r\n") << Status::Complete << 0;
}

void tst_HttpRequestParser::oversizedHead()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Status, status);
    QFETCH(int, errorStatus);
    const HttpParseResult result = HttpRequestParser::parse(bytes);
    QCOMPARE(result.status, status);
    QCOMPARE(result.errorStatus, errorStatus);
}

void tst_HttpRequestParser::everyPrefixIsIncompleteOrJudged()
{
    // Bytes arrive in pieces: no prefix of a valid request may be judged invalid.
    const QByteArray request
        = "GET /callback?code=a%2Ab&state=xyz HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n\r\n";
    for (qsizetype i = 0; i < request.size(); ++i) {
        const HttpParseResult result = HttpRequestParser::parse(request.left(i));
        QVERIFY2(result.status == Status::Incomplete, qPrintable(QString::number(i)));
    }
    QCOMPARE(HttpRequestParser::parse(request).status, Status::Complete);
}

void tst_HttpRequestParser::formEncodeRoundTrip()
{
    const QList<QPair<QString, QString>> pairs {
        { QStringLiteral("client_secret"), QStringLiteral("a+b c&d=e%f") },
        { QStringLiteral("code"), QStringLiteral("cde*x!4423+va") },
        { QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:5000/callback/") },
        { QStringLiteral("name"), QString::fromUtf8("\xc3\xa9") },
    };
    const QByteArray encoded = HttpRequestParser::formEncode(pairs);
    QCOMPARE(encoded,
        QByteArray("client_secret=a%2Bb%20c%26d%3De%25f&code=cde%2Ax%214423%2Bva&"
                   "redirect_uri=http%3A%2F%2F127.0.0.1%3A5000%2Fcallback%2F&name=%C3%A9"));
    QList<QPair<QString, QString>> decoded;
    QVERIFY(HttpRequestParser::parseFormEncoded(encoded, &decoded));
    QCOMPARE(decoded, pairs);
}

void tst_HttpRequestParser::callback_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("hasState");
    QTest::newRow("success") << QByteArray("code=c%2A1&scopes=a,b&state=s1") << true << QStringLiteral("c*1")
                             << QStringLiteral("s1") << QString() << true;
    QTest::newRow("error") << QByteArray("error=access_denied&error_description=no&state=s1") << true
                           << QString() << QStringLiteral("s1") << QStringLiteral("access_denied") << true;
    QTest::newRow("no state") << QByteArray("code=c") << true << QStringLiteral("c") << QString() << QString()
                              << false;
    QTest::newRow("empty state") << QByteArray("code=c&state=") << true << QStringLiteral("c") << QString()
                                 << QString() << true;
    QTest::newRow("unknown parameters ignored")
        << QByteArray("code=c&state=s&utm=x") << true << QStringLiteral("c") << QStringLiteral("s")
        << QString() << true;
    QTest::newRow("two states") << QByteArray("code=c&state=a&state=b") << false << QString() << QString()
                                << QString() << false;
    QTest::newRow("two codes") << QByteArray("code=c&code=d&state=a") << false << QString() << QString()
                               << QString() << false;
    QTest::newRow("two errors") << QByteArray("error=a&error=b&state=a") << false << QString() << QString()
                                << QString() << false;
}

void tst_HttpRequestParser::callback()
{
    QFETCH(QByteArray, query);
    QFETCH(bool, valid);
    QFETCH(QString, code);
    QFETCH(QString, state);
    QFETCH(QString, error);
    QFETCH(bool, hasState);
    QList<QPair<QString, QString>> pairs;
    QVERIFY(HttpRequestParser::parseFormEncoded(query, &pairs));
    const std::optional<AuthorizationCallback> callback = AuthorizationCallback::fromQuery(pairs);
    QCOMPARE(callback.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(callback->code, code);
    QCOMPARE(callback->state, state);
    QCOMPARE(callback->error, error);
    QCOMPARE(callback->hasState, hasState);
    QCOMPARE(callback->isError(), !error.isEmpty());
}

void tst_HttpRequestParser::stateComparison_data()
{
    QTest::addColumn<QString>("received");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("matches");
    QTest::newRow("equal") << QStringLiteral("abc") << true << QStringLiteral("abc") << true;
    QTest::newRow("different") << QStringLiteral("abd") << true << QStringLiteral("abc") << false;
    QTest::newRow("prefix") << QStringLiteral("ab") << true << QStringLiteral("abc") << false;
    QTest::newRow("missing") << QString() << false << QStringLiteral("abc") << false;
    QTest::newRow("both empty") << QString() << true << QString() << false;
}

void tst_HttpRequestParser::stateComparison()
{
    QFETCH(QString, received);
    QFETCH(bool, present);
    QFETCH(QString, expected);
    QFETCH(bool, matches);
    AuthorizationCallback callback;
    callback.state = received;
    callback.hasState = present;
    QCOMPARE(callback.stateMatches(expected), matches);
}

QTEST_GUILESS_MAIN(tst_HttpRequestParser)
#include "tst_httprequestparser.moc"
