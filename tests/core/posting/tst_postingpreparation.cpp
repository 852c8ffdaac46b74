// PostingPreparation: stored credentials, renewal of an expired token, creator info (or user info for an
// inbox-only sign-in), TikTok's posting blocks read from error.code with HTTP 200, the sandbox budget.
#include "postingtesthelpers.h"
#include "tiktokfixture.h"

#include "posting/postingpreparation.h"
#include "posting/sandboxbudget.h"

#include <QSignalSpy>
#include <QTest>

using namespace Skybeam;
using namespace FakeTikTokTest;
using namespace PostingTest;
using SkybeamTest::TikTokFixture;

class tst_PostingPreparation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void creatorInfoGivesNicknameAndOptions();
    void expiredTokenIsRenewedFirst();
    void inboxOnlySignInUsesDisplayName();
    void postingBlockedWithHttp200();
    void notSignedIn();
    void noPostingPermission();
    void sandboxCallsAreCounted();

private:
    void store(const TikTokCredentials &credentials);
    PostingPreparationResult prepare();

    std::unique_ptr<TikTokFixture> m_env;
    std::unique_ptr<SandboxBudget> m_budget;
};

void tst_PostingPreparation::initTestCase()
{
    qRegisterMetaType<PostingPreparationResult>();
}

void tst_PostingPreparation::init()
{
    // The posting fake: the test app registered as startPostingFake() does it (audited).
    m_env = std::make_unique<TikTokFixture>(
        QByteArray(QTest::currentTestFunction()) == "sandboxCallsAreCounted");
    m_budget = std::make_unique<SandboxBudget>(SandboxBudget::defaultFilePath(m_env->paths()));
}

void tst_PostingPreparation::cleanup()
{
    m_budget.reset();
    m_env.reset();
}

void tst_PostingPreparation::store(const TikTokCredentials &credentials)
{
    QVERIFY(!CredentialFile(m_env->roxy().paths()).write(credentials).isError());
}

PostingPreparationResult tst_PostingPreparation::prepare()
{
    PostingPreparation preparation(m_env->store(), OAuthTest::endpointsOf(m_env->fake()), m_env->network());
    preparation.setNetworkPolicy(OAuthTest::fastPolicy());
    preparation.setBudget(m_budget.get());
    QSignalSpy finished(&preparation, &PostingPreparation::finished);
    if (!preparation.start())
        qFatal("preparation refused");
    if (!finished.isEmpty())
        qFatal("start() emitted synchronously");
    if (!finished.wait(10000))
        qFatal("preparation did not finish");
    return finished.at(0).at(0).value<PostingPreparationResult>();
}

void tst_PostingPreparation::creatorInfoGivesNicknameAndOptions()
{
    m_env->fake().user().displayName = QStringLiteral("Roof Cam");
    m_env->fake().user().stitchDisabled = true;
    store(signIn(m_env->fake(), m_env->network()));
    const PostingPreparationResult result = prepare();
    QVERIFY2(result.isSuccess(), qPrintable(result.error.message()));
    QVERIFY(result.hasCreatorInfo);
    QCOMPARE(result.nickname, QStringLiteral("Roof Cam"));
    QCOMPARE(result.creator.privacyLevelOptions.size(), 4);
    QVERIFY(result.creator.stitchDisabled);
    QVERIFY(result.canInbox);
    QVERIFY(result.canDirect);
    QVERIFY(!result.refreshed);
    QCOMPARE(result.apiCalls, 1);
    QCOMPARE(m_env->fake().requestCount(QStringLiteral("/v2/post/publish/creator_info/query/")), 1);
}

void tst_PostingPreparation::expiredTokenIsRenewedFirst()
{
    TikTokCredentials old = signIn(m_env->fake(), m_env->network());
    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-2);
    QJsonObject json = old.json();
    json.insert(TikTokCredentials::ExpiresAt, longAgo.toString(Qt::ISODate));
    old = TikTokCredentials(json);
    QVERIFY(old.expiresAt() < QDateTime::currentDateTimeUtc());
    store(old);
    const PostingPreparationResult result = prepare();
    QVERIFY2(result.isSuccess(), qPrintable(result.error.message()));
    QVERIFY(result.refreshed);
    QVERIFY(result.credentials.accessToken() != old.accessToken());
    QCOMPARE(CredentialFile(m_env->roxy().paths()).read().credentials.accessToken(),
        result.credentials.accessToken());
    // Creator info was asked with the new token.
    QCOMPARE(m_env->fake().requests().last().authorization,
        QByteArray("Bearer " + result.credentials.accessToken().toUtf8()));
}

void tst_PostingPreparation::inboxOnlySignInUsesDisplayName()
{
    store(signIn(m_env->fake(), m_env->network(),
        { QStringLiteral("user.info.basic"), QStringLiteral("video.upload") }));
    const PostingPreparationResult result = prepare();
    QVERIFY2(result.isSuccess(), qPrintable(result.error.message()));
    QVERIFY(!result.hasCreatorInfo);
    QVERIFY(result.canInbox);
    QVERIFY(!result.canDirect);
    QCOMPARE(result.nickname, QStringLiteral("Skybeam Tester"));
    QCOMPARE(m_env->fake().requestCount(QStringLiteral("/v2/post/publish/creator_info/query/")), 0);
    QCOMPARE(m_env->fake().requestCount(QStringLiteral("/v2/user/info/")), 1);
}

void tst_PostingPreparation::postingBlockedWithHttp200()
{
    store(signIn(m_env->fake(), m_env->network()));
    m_env->fake().user().postingBlock = QStringLiteral("spam_risk_too_many_posts");
    const PostingPreparationResult result = prepare();
    QCOMPARE(result.error.code(), QStringLiteral("api.spam_risk_too_many_posts"));
    QVERIFY(result.error.message().contains(QLatin1String("daily posting limit")));
    QCOMPARE(m_env->fake().requests().last().status, 200);
}

void tst_PostingPreparation::notSignedIn()
{
    const PostingPreparationResult result = prepare();
    QCOMPARE(result.error.code(), QStringLiteral("posting.not_signed_in"));
    QVERIFY(m_env->fake().requests().isEmpty());
}

void tst_PostingPreparation::noPostingPermission()
{
    store(signIn(m_env->fake(), m_env->network(), { QStringLiteral("user.info.basic") }));
    const int before = int(m_env->fake().requests().size());
    const PostingPreparationResult result = prepare();
    QCOMPARE(result.error.code(), QStringLiteral("posting.missing_scope"));
    QVERIFY(result.error.message().contains(QLatin1String("video.upload")));
    QCOMPARE(int(m_env->fake().requests().size()), before);
}

void tst_PostingPreparation::sandboxCallsAreCounted()
{
    store(signIn(m_env->fake(), m_env->network()));
    const PostingPreparationResult result = prepare();
    QVERIFY2(result.isSuccess(), qPrintable(result.error.message()));
    QVERIFY(result.sandbox);
    QCOMPARE(m_budget->usedToday(OAuthTest::ClientKey), 1);
    prepare();
    QCOMPARE(m_budget->usedToday(OAuthTest::ClientKey), 2);
    QCOMPARE(m_env->fake().apiCallsToday(OAuthTest::ClientKey), 2);
}

QTEST_GUILESS_MAIN(tst_PostingPreparation)
#include "tst_postingpreparation.moc"
