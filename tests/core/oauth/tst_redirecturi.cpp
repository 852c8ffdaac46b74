// Redirect URIs as TikTok's desktop registration rules allow them, and the concrete URI for a port.
#include "oauth/redirecturi.h"

#include <QTest>

using namespace Skybeam;

class tst_RedirectUri : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void concreteKeepsTheRegisteredText();
};

void tst_RedirectUri::valid_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("localhostName");
    QTest::newRow("runbook default") << QStringLiteral("http://localhost:8080/callback")
                                     << QStringLiteral("localhost") << 8080 << QStringLiteral("/callback")
                                     << true;
    QTest::newRow("wildcard port") << QStringLiteral("http://127.0.0.1:*/callback/")
                                   << QStringLiteral("127.0.0.1") << 0 << QStringLiteral("/callback/")
                                   << false;
    QTest::newRow("localhost wildcard") << QStringLiteral("http://localhost:*/cb")
                                        << QStringLiteral("localhost") << 0 << QStringLiteral("/cb") << true;
    QTest::newRow("no path") << QStringLiteral("http://127.0.0.1:9000") << QStringLiteral("127.0.0.1") << 9000
                             << QStringLiteral("/") << false;
    QTest::newRow("upper-case host") << QStringLiteral("http://LOCALHOST:8080/callback")
                                     << QStringLiteral("localhost") << 8080 << QStringLiteral("/callback")
                                     << true;
    QTest::newRow("escaped path") << QStringLiteral("http://localhost:8080/call%20back")
                                  << QStringLiteral("localhost") << 8080 << QStringLiteral("/call back")
                                  << true;
}

void tst_RedirectUri::valid()
{
    QFETCH(QString, uri);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, path);
    QFETCH(bool, localhostName);
    const Expected<RedirectUri> parsed = RedirectUri::parse(uri);
    QVERIFY2(parsed.hasValue(), qPrintable(parsed.error().message()));
    QCOMPARE(parsed->registered(), uri);
    QCOMPARE(parsed->host(), host);
    QCOMPARE(int(parsed->port()), port);
    QCOMPARE(parsed->hasWildcardPort(), port == 0);
    QCOMPARE(parsed->path(), path);
    QCOMPARE(parsed->isLocalhostName(), localhostName);
}

void tst_RedirectUri::invalid_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("surrounding space")
        << QStringLiteral(" http://localhost:8080/callback") << QStringLiteral("spaces");
    QTest::newRow("https") << QStringLiteral("https://localhost:8080/callback") << QStringLiteral("https");
    QTest::newRow("ftp") << QStringLiteral("ftp://localhost:8080/callback") << QStringLiteral("http://");
    QTest::newRow("remote host") << QStringLiteral("http://example.com:8080/callback")
                                 << QStringLiteral("localhost");
    QTest::newRow("IPv6 literal") << QStringLiteral("http://[::1]:8080/callback") << QStringLiteral("http");
    QTest::newRow("all interfaces") << QStringLiteral("http://0.0.0.0:8080/callback")
                                    << QStringLiteral("localhost");
    QTest::newRow("no port") << QStringLiteral("http://localhost/callback") << QStringLiteral("port");
    QTest::newRow("empty port") << QStringLiteral("http://localhost:/callback") << QStringLiteral("port");
    QTest::newRow("port 0") << QStringLiteral("http://localhost:0/callback") << QStringLiteral("port");
    QTest::newRow("port too big") << QStringLiteral("http://localhost:70000/callback")
                                  << QStringLiteral("port");
    QTest::newRow("query") << QStringLiteral("http://localhost:8080/callback?x=1") << QStringLiteral("query");
    QTest::newRow("fragment") << QStringLiteral("http://localhost:8080/callback#x")
                              << QStringLiteral("fragment");
    QTest::newRow("user info") << QStringLiteral("http://me@localhost:8080/callback")
                               << QStringLiteral("http");
    QTest::newRow("relative") << QStringLiteral("/callback") << QStringLiteral("absolute");
    QTest::newRow("512 characters") << QStringLiteral("http://localhost:8080/")
            + QString(490, QLatin1Char('a'))
                                    << QStringLiteral("long");
}

void tst_RedirectUri::invalid()
{
    QFETCH(QString, uri);
    QFETCH(QString, mentions);
    const Expected<RedirectUri> parsed = RedirectUri::parse(uri);
    QVERIFY(!parsed.hasValue());
    QCOMPARE(parsed.error().code(), QStringLiteral("oauth.bad_redirect_uri"));
    QVERIFY2(parsed.error().message().contains(mentions, Qt::CaseInsensitive),
        qPrintable(parsed.error().message()));
}

void tst_RedirectUri::concreteKeepsTheRegisteredText()
{
    const Expected<RedirectUri> wildcard = RedirectUri::parse(QStringLiteral("http://127.0.0.1:*/callback/"));
    QVERIFY(wildcard.hasValue());
    QCOMPARE(wildcard->concrete(51234), QStringLiteral("http://127.0.0.1:51234/callback/"));
    const Expected<RedirectUri> fixed = RedirectUri::parse(QStringLiteral("http://localhost:8080/callback"));
    QVERIFY(fixed.hasValue());
    QCOMPARE(fixed->concrete(8080), QStringLiteral("http://localhost:8080/callback"));
}

QTEST_GUILESS_MAIN(tst_RedirectUri)
#include "tst_redirecturi.moc"
