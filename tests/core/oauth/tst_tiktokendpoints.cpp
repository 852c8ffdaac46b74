// Endpoints from SKYBEAM_TIKTOK_AUTH_URL / SKYBEAM_TIKTOK_API_BASE: https required unless loopback.
#include "oauth/tiktokendpoints.h"

#include <QTest>

using namespace Skybeam;

class tst_TikTokEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void defaults();
    void environment_data();
    void environment();
    void apiPaths();
    void loopbackHosts_data();
    void loopbackHosts();
};

void tst_TikTokEndpoints::cleanup()
{
    qunsetenv(TikTokEndpoints::AuthUrlVariable);
    qunsetenv(TikTokEndpoints::ApiBaseVariable);
}

void tst_TikTokEndpoints::defaults()
{
    cleanup();
    const Expected<TikTokEndpoints> endpoints = TikTokEndpoints::fromEnvironment();
    QVERIFY(endpoints.hasValue());
    QCOMPARE(endpoints->authorizeUrl(), QUrl(QStringLiteral("https://www.tiktok.com/v2/auth/authorize/")));
    QCOMPARE(endpoints->tokenUrl(), QUrl(QStringLiteral("https://open.tiktokapis.com/v2/oauth/token/")));
    QCOMPARE(endpoints->revokeUrl(), QUrl(QStringLiteral("https://open.tiktokapis.com/v2/oauth/revoke/")));
    QCOMPARE(endpoints->userInfoUrl(),
        QUrl(QStringLiteral(
            "https://open.tiktokapis.com/v2/user/info/?fields=open_id,union_id,avatar_url,display_name")));
    QCOMPARE(endpoints->creatorInfoUrl(),
        QUrl(QStringLiteral("https://open.tiktokapis.com/v2/post/publish/creator_info/query/")));
}

void tst_TikTokEndpoints::environment_data()
{
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("loopback http allowed") << QStringLiteral("http://127.0.0.1:9000/v2/auth/authorize/")
                                           << QStringLiteral("http://127.0.0.1:9000") << QString();
    QTest::newRow("localhost http allowed") << QStringLiteral("http://localhost:9000/auth")
                                            << QStringLiteral("http://localhost:9000") << QString();
    QTest::newRow("IPv6 loopback http allowed")
        << QStringLiteral("http://[::1]:9000/auth") << QStringLiteral("http://[::1]:9000") << QString();
    // Issue 15: any other https host would receive the client secret and tokens (--allow-custom-endpoints).
    QTest::newRow("https anywhere refused")
        << QStringLiteral("https://auth.example.com/a") << QStringLiteral("https://api.example.com")
        << QStringLiteral("oauth.untrusted_endpoint");
    QTest::newRow("look-alike TikTok host refused")
        << QString() << QStringLiteral("https://open.tiktokapis.com.evil.net")
        << QStringLiteral("oauth.untrusted_endpoint");
    QTest::newRow("TikTok hosts allowed")
        << QStringLiteral("https://www.tiktok.com/v2/auth/authorize/")
        << QStringLiteral("https://open-sandbox.tiktokapis.com") << QString();
    QTest::newRow("remote http auth refused") << QStringLiteral("http://www.tiktok.com/v2/auth/authorize/")
                                              << QString() << QStringLiteral("oauth.insecure_endpoint");
    QTest::newRow("remote http api refused") << QString() << QStringLiteral("http://open.tiktokapis.com")
                                             << QStringLiteral("oauth.insecure_endpoint");
    QTest::newRow("LAN address refused") << QString() << QStringLiteral("http://192.168.1.10:9000")
                                         << QStringLiteral("oauth.insecure_endpoint");
    QTest::newRow("localhost-looking host refused")
        << QString() << QStringLiteral("http://localhost.evil.com")
        << QStringLiteral("oauth.insecure_endpoint");
    QTest::newRow("ftp refused") << QString() << QStringLiteral("ftp://127.0.0.1/")
                                 << QStringLiteral("oauth.insecure_endpoint");
    QTest::newRow("garbage") << QString() << QStringLiteral("not a url")
                             << QStringLiteral("oauth.bad_endpoint");
    QTest::newRow("credentials in URL") << QString() << QStringLiteral("https://user:pw@api.example.com")
                                        << QStringLiteral("oauth.bad_endpoint");
}

void tst_TikTokEndpoints::environment()
{
    QFETCH(QString, auth);
    QFETCH(QString, api);
    QFETCH(QString, errorCode);
    if (!auth.isEmpty())
        qputenv(TikTokEndpoints::AuthUrlVariable, auth.toUtf8());
    if (!api.isEmpty())
        qputenv(TikTokEndpoints::ApiBaseVariable, api.toUtf8());
    const Expected<TikTokEndpoints> endpoints = TikTokEndpoints::fromEnvironment();
    QCOMPARE(endpoints.error().code(), errorCode);
    if (errorCode.isEmpty()) {
        if (!auth.isEmpty())
            QCOMPARE(endpoints->authorizeUrl(), QUrl(auth));
        if (!api.isEmpty())
            QCOMPARE(endpoints->apiBase(), QUrl(api));
    } else {
        QVERIFY(endpoints.error().message().contains(QLatin1String("SKYBEAM_TIKTOK_")));
    }
}

void tst_TikTokEndpoints::apiPaths()
{
    const Expected<TikTokEndpoints> endpoints = TikTokEndpoints::create(
        QUrl(QStringLiteral("http://127.0.0.1:1/a/")), QUrl(QStringLiteral("http://127.0.0.1:2/prefix/")));
    QVERIFY(endpoints.hasValue());
    QCOMPARE(endpoints->tokenUrl(), QUrl(QStringLiteral("http://127.0.0.1:2/prefix/v2/oauth/token/")));
}

void tst_TikTokEndpoints::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.1.2.3") << QStringLiteral("127.1.2.3") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("localhost.example") << QStringLiteral("localhost.example") << false;
}

void tst_TikTokEndpoints::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(TikTokEndpoints::isLoopbackHost(host), loopback);
}

QTEST_GUILESS_MAIN(tst_TikTokEndpoints)
#include "tst_tiktokendpoints.moc"
