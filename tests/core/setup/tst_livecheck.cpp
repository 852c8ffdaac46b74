// The Validation page's live check against the strict fake TikTok: the account (user info and avatar),
// whether it can post (creator info), and the checklist lines made from the answers.
#include "core/oauth/oauthtesthelpers.h"

#include "setup/livecheck.h"
#include "setup/setupchecks.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTest>

using namespace Skybeam;
using namespace FakeTikTokTest;
using namespace OAuthTest;

namespace {

const QByteArray AvatarBytes("\x89PNG\r\n\x1a\n-not-decoded-by-the-check-", 35);

CheckItem::Status statusOf(const QList<CheckItem> &items, const QString &id)
{
    for (const CheckItem &item : items) {
        if (item.id == id)
            return item.status;
    }
    return CheckItem::Status::Info;
}

} // namespace

class tst_LiveCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void accountAndPosting();
    void unauditedAppPostsPrivatelyOnly();
    void postingBlocked();
    void withoutPublishScopePostingIsNotAsked();
    void revokedTokenCostsOneCall();
    void noAccessToken();
    void avatarOnlyFromSafeAddresses();

private:
    TikTokCredentials signedIn(const QStringList &scopes = AuthorizationRequest::defaultScopes());
    LiveCheckResult run(const TikTokCredentials &credentials);

    std::unique_ptr<FakeTikTok> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void tst_LiveCheck::initTestCase()
{
    qRegisterMetaType<LiveCheckResult>();
}

void tst_LiveCheck::init()
{
    m_fake = std::make_unique<FakeTikTok>();
    QVERIFY(startFake(*m_fake, { QStringLiteral("http://127.0.0.1:*/callback/") }));
    m_fake->addRoute("GET", QStringLiteral("/avatar.png"), [](const FakeHttpRequest &) {
        FakeHttpResponse response;
        response.contentType = "image/png";
        response.body = AvatarBytes;
        return response;
    });
    m_fake->user().avatarUrl = m_fake->apiBase().toString() + QStringLiteral("/avatar.png");
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
}

void tst_LiveCheck::cleanup()
{
    m_network.reset();
    m_fake.reset();
}

TikTokCredentials tst_LiveCheck::signedIn(const QStringList &scopes)
{
    TikTokCredentials credentials;
    credentials.setClientKey(ClientKey);
    credentials.setClientSecret(ClientSecret);
    credentials.applyTokenResponse(
        obtainTokens(*m_fake, m_network.get(), scopes), QDateTime::currentDateTimeUtc());
    return credentials;
}

LiveCheckResult tst_LiveCheck::run(const TikTokCredentials &credentials)
{
    LiveCheck check(endpointsOf(*m_fake), m_network.get());
    check.setNetworkPolicy(fastPolicy());
    QSignalSpy finished(&check, &LiveCheck::finished);
    if (!check.start(credentials))
        qFatal("start refused");
    // start() never emits synchronously, and a running check refuses another start.
    if (finished.count() != 0 || check.start(credentials))
        qFatal("start emitted synchronously or started twice");
    if (!finished.wait(10000))
        qFatal("the live check did not finish");
    return finished.at(0).at(0).value<LiveCheckResult>();
}

void tst_LiveCheck::accountAndPosting()
{
    const LiveCheckResult result = run(signedIn());
    QVERIFY(result.hasUser());
    QCOMPARE(result.user.displayName, QStringLiteral("Skybeam Tester"));
    QCOMPARE(result.avatar, AvatarBytes);
    QVERIFY(result.creatorChecked);
    QVERIFY(!result.creatorError.isError());
    QVERIFY(result.canPost());
    QVERIFY(!result.isPrivateOnly());
    QCOMPARE(result.privacyLevelNames(),
        (QStringList { QStringLiteral("Everyone"), QStringLiteral("Friends"), QStringLiteral("Followers"),
            QStringLiteral("Only me") }));
    QCOMPARE(result.apiCalls, 2);
    QCOMPARE(m_fake->apiCallsToday(ClientKey), 2);

    const QList<CheckItem> items = SetupChecks::liveItems(result);
    QCOMPARE(statusOf(items, QStringLiteral("account")), CheckItem::Status::Pass);
    QCOMPARE(statusOf(items, QStringLiteral("posting")), CheckItem::Status::Pass);
    QVERIFY(result.reportLines().contains(QStringLiteral("TikTok account: Skybeam Tester")));
}

void tst_LiveCheck::unauditedAppPostsPrivatelyOnly()
{
    m_fake->app(ClientKey)->unaudited = true;
    const LiveCheckResult result = run(signedIn());
    QVERIFY(result.canPost());
    QVERIFY(result.isPrivateOnly());
    QCOMPARE(result.privacyLevelNames(), QStringList { QStringLiteral("Only me") });
    QCOMPARE(statusOf(SetupChecks::liveItems(result), QStringLiteral("posting")), CheckItem::Status::Warning);
}

void tst_LiveCheck::postingBlocked()
{
    m_fake->user().postingBlock = QStringLiteral("spam_risk_too_many_posts");
    const LiveCheckResult result = run(signedIn());
    QVERIFY(result.hasUser());
    QCOMPARE(result.creatorError.code(), QStringLiteral("api.spam_risk_too_many_posts"));
    QVERIFY(!result.canPost());
    QCOMPARE(statusOf(SetupChecks::liveItems(result), QStringLiteral("posting")), CheckItem::Status::Fail);
}

void tst_LiveCheck::withoutPublishScopePostingIsNotAsked()
{
    const LiveCheckResult result
        = run(signedIn({ QStringLiteral("user.info.basic"), QStringLiteral("video.upload") }));
    QVERIFY(result.hasUser());
    QVERIFY(!result.creatorChecked);
    QCOMPARE(result.apiCalls, 1);
    QCOMPARE(m_fake->requestCount(QStringLiteral("/v2/post/publish/creator_info/query/")), 0);
    QCOMPARE(statusOf(SetupChecks::liveItems(result), QStringLiteral("posting")), CheckItem::Status::Warning);
}

void tst_LiveCheck::revokedTokenCostsOneCall()
{
    const TikTokCredentials credentials = signedIn();
    m_fake->revokeEverything();
    const LiveCheckResult result = run(credentials);
    QVERIFY(!result.hasUser());
    QCOMPARE(result.userError.code(), QStringLiteral("api.access_token_invalid"));
    QVERIFY(!result.creatorChecked);
    QCOMPARE(m_fake->requestCount(QStringLiteral("/v2/post/publish/creator_info/query/")), 0);
    QCOMPARE(statusOf(SetupChecks::liveItems(result), QStringLiteral("account")), CheckItem::Status::Fail);
}

void tst_LiveCheck::noAccessToken()
{
    TikTokCredentials credentials;
    credentials.setClientKey(ClientKey);
    const LiveCheckResult result = run(credentials);
    QCOMPARE(result.userError.code(), QStringLiteral("credentials.no_access_token"));
    QCOMPARE(result.apiCalls, 0);
    QCOMPARE(m_fake->requests().size(), 0);
}

void tst_LiveCheck::avatarOnlyFromSafeAddresses()
{
    // Plain http to a host that is not this computer is never fetched.
    m_fake->user().avatarUrl = QStringLiteral("http://avatar.example.invalid/a.png");
    const LiveCheckResult result = run(signedIn());
    QVERIFY(result.hasUser());
    QVERIFY(result.avatar.isEmpty());
}

QTEST_GUILESS_MAIN(tst_LiveCheck)
#include "tst_livecheck.moc"
