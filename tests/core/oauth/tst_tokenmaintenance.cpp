// TokenRefresher and TokenRevoker on a real credential file and an in-memory keychain, against the fake.
#include "credentials/refreshrejection.h"
#include "oauthtesthelpers.h"
#include "setup/credentialstatus.h"
#include "tiktokfixture.h"

#include "oauth/tiktokapiclient.h"
#include "oauth/tiktokerrors.h"
#include "oauth/tokenrefresher.h"
#include "oauth/tokenrevoker.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Skybeam;
using namespace FakeTikTokTest;
using namespace OAuthTest;
using SkybeamTest::TikTokFixture;

class tst_TokenMaintenance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void expiredAccessTokenIsRefreshed();
    void fileWinsOverStaleKeychain();
    void rejectedRefreshAsksForReauthorization();
    void missingOrExpiredRefreshToken_data();
    void missingOrExpiredRefreshToken();
    void secretFromKeychain();
    void noSecretAnywhere();
    void noCredentialFile();
    void keychainUnavailableIsNotFatal();
    void refreshFromAnotherAccountIsRefused();
    void revokeRemovesTokensKeepsClient();
    void revokeRenewsAnExpiredAccessTokenFirst();
    void revokeWhenTikTokAlreadyForgotTheTokens();
    void revokeWithNothingStored();
    void revokeFailureChangesNothing();

private:
    /// Signs in at the fake and stores the result as the wizard would; `obtainedAgo` seconds in the past.
    TikTokCredentials storeSignedIn(qint64 obtainedAgo = 0);
    TokenMaintenanceResult refresh();
    TokenMaintenanceResult revoke();

    std::unique_ptr<TikTokFixture> m_env;
};

void tst_TokenMaintenance::initTestCase()
{
    qRegisterMetaType<TokenMaintenanceResult>();
}

void tst_TokenMaintenance::init()
{
    m_env = std::make_unique<TikTokFixture>();
}

void tst_TokenMaintenance::cleanup()
{
    m_env.reset();
}

TikTokCredentials tst_TokenMaintenance::storeSignedIn(qint64 obtainedAgo)
{
    const QJsonObject response = obtainTokens(m_env->fake(), m_env->network());
    TikTokCredentials credentials;
    credentials.setClientKey(ClientKey);
    credentials.setClientSecret(ClientSecret);
    const QDateTime obtained = QDateTime::currentDateTimeUtc().addSecs(-obtainedAgo);
    credentials.applyTokenResponse(response, obtained);
    credentials.setAuthorizedAt(obtained);
    CredentialStoreJob *job = m_env->store()->save(credentials);
    QSignalSpy saved(job, &CredentialStoreJob::finished);
    if (!saved.wait(5000))
        qFatal("save did not finish");
    return credentials;
}

TokenMaintenanceResult tst_TokenMaintenance::refresh()
{
    TokenRefresher refresher(m_env->store(), endpointsOf(m_env->fake()));
    refresher.setNetworkAccessManager(m_env->network());
    refresher.setNetworkPolicy(fastPolicy());
    QSignalSpy finished(&refresher, &TokenRefresher::finished);
    if (!refresher.start())
        qFatal("refresh refused");
    if (finished.count() != 0)
        qFatal("start() emitted synchronously");
    if (!finished.wait(10000))
        qFatal("refresh did not finish");
    return finished.at(0).at(0).value<TokenMaintenanceResult>();
}

TokenMaintenanceResult tst_TokenMaintenance::revoke()
{
    TokenRevoker revoker(m_env->store(), endpointsOf(m_env->fake()));
    revoker.setNetworkAccessManager(m_env->network());
    revoker.setNetworkPolicy(fastPolicy());
    QSignalSpy finished(&revoker, &TokenRevoker::finished);
    if (!revoker.start())
        qFatal("revoke refused");
    if (finished.count() != 0)
        qFatal("start() emitted synchronously");
    if (!finished.wait(10000))
        qFatal("revoke did not finish");
    return finished.at(0).at(0).value<TokenMaintenanceResult>();
}

void tst_TokenMaintenance::expiredAccessTokenIsRefreshed()
{
    const TikTokCredentials before = storeSignedIn(2 * 86400);
    QVERIFY(before.expiresAt() < QDateTime::currentDateTimeUtc());
    m_env->fake().advanceClock(86401);
    // TikTok says so too.
    TikTokApiClient api(endpointsOf(m_env->fake()), m_env->network());
    TikTokCall *expired = api.userInfo(before.accessToken());
    QSignalSpy expiredDone(expired, &TikTokCall::finished);
    QVERIFY(expiredDone.wait(5000));
    QCOMPARE(expired->error().code(), QStringLiteral("api.access_token_invalid"));

    const TokenMaintenanceResult result = refresh();
    QVERIFY2(result.isSuccess(), qPrintable(result.error.message()));
    const TikTokCredentials stored = CredentialFile(m_env->roxy().paths()).read().credentials;
    QVERIFY(stored.accessToken() != before.accessToken());
    QVERIFY(stored.refreshToken() != before.refreshToken());
    QCOMPARE(stored.accessToken(), result.credentials.accessToken());
    QVERIFY(m_env->fake().isAccessTokenValid(stored.accessToken()));
    // The rotated refresh token is the one stored, in the file and in the keychain.
    QVERIFY(m_env->fake().isRefreshTokenValid(stored.refreshToken()));
    QVERIFY(!m_env->fake().isRefreshTokenValid(before.refreshToken()));
    QCOMPARE(m_env->secrets()->entries().value(ClientKey).refreshToken, stored.refreshToken());
    QCOMPARE(m_env->secrets()->entries().value(ClientKey).clientSecret, ClientSecret);
    QVERIFY(stored.expiresAt() > QDateTime::currentDateTimeUtc().addSecs(86000));
    QVERIFY(!QFile::exists(RefreshRejection::filePath(m_env->roxy().paths())));
    QCOMPARE(stored.authorizedAt(), before.authorizedAt());
    QVERIFY(!result.keychainError.isError());

    TikTokCall *fresh = api.userInfo(stored.accessToken());
    QSignalSpy freshDone(fresh, &TikTokCall::finished);
    QVERIFY(freshDone.wait(5000));
    QVERIFY(fresh->isSuccess());
}

void tst_TokenMaintenance::fileWinsOverStaleKeychain()
{
    const TikTokCredentials first = storeSignedIn();
    // The publisher rotated the refresh token behind our back; only the file knows the new one.
    TokenClient client(endpointsOf(m_env->fake()), m_env->network());
    TikTokCall *call = client.refresh(ClientKey, ClientSecret, first.refreshToken());
    QSignalSpy done(call, &TikTokCall::finished);
    QVERIFY(done.wait(5000));
    TikTokCredentials rotated = first;
    rotated.applyTokenResponse(call->body(), QDateTime::currentDateTimeUtc());
    QVERIFY(!CredentialFile(m_env->roxy().paths()).write(rotated).isError());
    QCOMPARE(m_env->secrets()->entries().value(ClientKey).refreshToken, first.refreshToken());

    const TokenMaintenanceResult result = refresh();
    QVERIFY2(result.isSuccess(), qPrintable(result.error.message()));
    QCOMPARE(
        m_env->fake().requests().last().formValue(QStringLiteral("refresh_token")), rotated.refreshToken());
}

void tst_TokenMaintenance::rejectedRefreshAsksForReauthorization()
{
    storeSignedIn();
    const QByteArray fileBefore = m_env->roxy().readFile(QStringLiteral("credentials/tiktok_oauth.json"));
    m_env->fake().revokeEverything();
    const TokenMaintenanceResult result = refresh();
    QCOMPARE(result.error.code(), QStringLiteral("oauth.invalid_grant"));
    QVERIFY(result.needsReauthorization());
    QVERIFY(result.error.message().contains(QLatin1String("again")));
    QCOMPARE(m_env->roxy().readFile(QStringLiteral("credentials/tiktok_oauth.json")), fileBefore);
    // Remembered for this grant, so every place says "re-authorize" without asking TikTok again.
    const CredentialReadResult read = CredentialFile(m_env->roxy().paths()).read();
    QCOMPARE(RefreshRejection::rejectedGrant(m_env->roxy().paths()), read.credentials.authorizedAt());
    const CredentialStatus status = CredentialStatus::detect(read, QDateTime::currentDateTimeUtc(),
        CredentialFacts { false, RefreshRejection::rejectedGrant(m_env->roxy().paths()) });
    QCOMPARE(status.stateName(), QStringLiteral("reauthorize_needed"));
}

void tst_TokenMaintenance::missingOrExpiredRefreshToken_data()
{
    QTest::addColumn<bool>("remove");
    QTest::addColumn<QString>("code");
    QTest::newRow("no refresh token") << true << QStringLiteral("oauth.no_refresh_token");
    QTest::newRow("refresh token expired") << false << QStringLiteral("oauth.refresh_token_expired");
}

void tst_TokenMaintenance::missingOrExpiredRefreshToken()
{
    QFETCH(bool, remove);
    QFETCH(QString, code);
    TikTokCredentials credentials = storeSignedIn();
    QJsonObject json = credentials.json();
    if (remove) {
        json.remove(TikTokCredentials::RefreshToken);
        m_env->secrets()->setAvailable(false);
    } else {
        json.insert(TikTokCredentials::RefreshExpiresAt, QStringLiteral("2020-01-01T00:00:00Z"));
    }
    QVERIFY(!CredentialFile(m_env->roxy().paths()).write(TikTokCredentials(json)).isError());
    const int before = m_env->fake().requests().size();
    const TokenMaintenanceResult result = refresh();
    QCOMPARE(result.error.code(), code);
    QVERIFY(result.needsReauthorization());
    QCOMPARE(m_env->fake().requests().size(), before);
}

void tst_TokenMaintenance::secretFromKeychain()
{
    const TikTokCredentials credentials = storeSignedIn();
    QJsonObject json = credentials.json();
    json.remove(TikTokCredentials::ClientSecret);
    QVERIFY(!CredentialFile(m_env->roxy().paths()).write(TikTokCredentials(json)).isError());
    const TokenMaintenanceResult result = refresh();
    QVERIFY2(result.isSuccess(), qPrintable(result.error.message()));
    QCOMPARE(m_env->fake().requests().last().formValue(QStringLiteral("client_secret")), ClientSecret);
}

void tst_TokenMaintenance::noSecretAnywhere()
{
    const TikTokCredentials credentials = storeSignedIn();
    QJsonObject json = credentials.json();
    json.remove(TikTokCredentials::ClientSecret);
    QVERIFY(!CredentialFile(m_env->roxy().paths()).write(TikTokCredentials(json)).isError());
    m_env->secrets()->setAvailable(false);
    QCOMPARE(refresh().error.code(), QStringLiteral("oauth.missing_client_secret"));
    QCOMPARE(revoke().error.code(), QStringLiteral("oauth.missing_client_secret"));
}

void tst_TokenMaintenance::noCredentialFile()
{
    QCOMPARE(refresh().error.code(), QStringLiteral("credentials.missing"));
    QCOMPARE(revoke().error.code(), QStringLiteral("credentials.missing"));
}

void tst_TokenMaintenance::keychainUnavailableIsNotFatal()
{
    storeSignedIn();
    m_env->secrets()->setAvailable(false);
    const TokenMaintenanceResult result = refresh();
    QVERIFY2(result.isSuccess(), qPrintable(result.error.message()));
    QCOMPARE(result.keychainError.code(), QStringLiteral("keychain.unavailable"));
    QCOMPARE(CredentialFile(m_env->roxy().paths()).read().credentials.refreshToken(),
        result.credentials.refreshToken());
}

void tst_TokenMaintenance::refreshFromAnotherAccountIsRefused()
{
    const TikTokCredentials credentials = storeSignedIn();
    QJsonObject json = credentials.json();
    json.insert(TikTokCredentials::OpenId, QStringLiteral("someone-else"));
    QVERIFY(!CredentialFile(m_env->roxy().paths()).write(TikTokCredentials(json)).isError());
    const QByteArray fileBefore = m_env->roxy().readFile(QStringLiteral("credentials/tiktok_oauth.json"));
    const TokenMaintenanceResult result = refresh();
    QCOMPARE(result.error.code(), QStringLiteral("oauth.other_account"));
    QCOMPARE(m_env->roxy().readFile(QStringLiteral("credentials/tiktok_oauth.json")), fileBefore);
}

void tst_TokenMaintenance::revokeRemovesTokensKeepsClient()
{
    const TikTokCredentials before = storeSignedIn();
    const TokenMaintenanceResult result = revoke();
    QVERIFY2(result.isSuccess(), qPrintable(result.error.message()));
    QVERIFY(!result.wasAlreadyInvalid);
    QVERIFY(!m_env->fake().isAccessTokenValid(before.accessToken()));
    QVERIFY(!m_env->fake().isRefreshTokenValid(before.refreshToken()));
    QCOMPARE(m_env->fake().requests().last().path, QStringLiteral("/v2/oauth/revoke/"));
    QCOMPARE(m_env->fake().requests().last().formValue(QStringLiteral("token")), before.accessToken());
    const TikTokCredentials stored = CredentialFile(m_env->roxy().paths()).read().credentials;
    QCOMPARE(stored.clientKey(), ClientKey);
    QCOMPARE(stored.clientSecret(), ClientSecret);
    QVERIFY(!stored.hasAccessToken());
    QVERIFY(!stored.hasRefreshToken());
    QVERIFY(!stored.expiresAt().isValid());
    QCOMPARE(m_env->secrets()->entries().value(ClientKey).clientSecret, ClientSecret);
    QVERIFY(m_env->secrets()->entries().value(ClientKey).refreshToken.isEmpty());
}

void tst_TokenMaintenance::revokeRenewsAnExpiredAccessTokenFirst()
{
    const TikTokCredentials before = storeSignedIn(2 * 86400);
    m_env->fake().advanceClock(86401);
    const TokenMaintenanceResult result = revoke();
    QVERIFY2(result.isSuccess(), qPrintable(result.error.message()));
    QCOMPARE(m_env->fake().requestCount(QStringLiteral("/v2/oauth/revoke/")), 1);
    // The grant is gone: the refresh token issued by the renewal was revoked too.
    QVERIFY(!m_env->fake().isRefreshTokenValid(m_env->fake().issuedRefreshTokens().last()));
    QVERIFY(!CredentialFile(m_env->roxy().paths()).read().credentials.hasRefreshToken());
}

void tst_TokenMaintenance::revokeWhenTikTokAlreadyForgotTheTokens()
{
    storeSignedIn(2 * 86400);
    m_env->fake().revokeEverything();
    const TokenMaintenanceResult result = revoke();
    QVERIFY2(result.isSuccess(), qPrintable(result.error.message()));
    QVERIFY(result.wasAlreadyInvalid);
    QVERIFY(!CredentialFile(m_env->roxy().paths()).read().credentials.hasAccessToken());
}

void tst_TokenMaintenance::revokeWithNothingStored()
{
    TikTokCredentials credentials;
    credentials.setClientKey(ClientKey);
    credentials.setClientSecret(ClientSecret);
    QVERIFY(!CredentialFile(m_env->roxy().paths()).write(credentials).isError());
    const TokenMaintenanceResult result = revoke();
    QVERIFY(result.isSuccess());
    QVERIFY(result.hadNothingToRevoke);
    QVERIFY(m_env->fake().requests().isEmpty());
}

void tst_TokenMaintenance::revokeFailureChangesNothing()
{
    storeSignedIn();
    const QByteArray fileBefore = m_env->roxy().readFile(QStringLiteral("credentials/tiktok_oauth.json"));
    m_env->fake().failNextRequests(10, 503, QStringLiteral("/v2/oauth/revoke/"));
    const TokenMaintenanceResult result = revoke();
    QVERIFY(!result.isSuccess());
    QCOMPARE(m_env->roxy().readFile(QStringLiteral("credentials/tiktok_oauth.json")), fileBefore);
}

QTEST_GUILESS_MAIN(tst_TokenMaintenance)
#include "tst_tokenmaintenance.moc"
