// The token and API clients against the strict fake TikTok: grants, TikTok's errors, retries and limits.
#include "oauthtesthelpers.h"
#include "scriptedbrowser.h"

#include "oauth/authorizationrequest.h"
#include "oauth/pkce.h"
#include "oauth/tiktokapiclient.h"
#include "oauth/tokenclient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Skybeam;
using namespace FakeTikTokTest;
using namespace OAuthTest;

Q_DECLARE_METATYPE(FakeTikTokTest::FakeTikTok::OAuthErrorStatus)

namespace {

const QString Redirect = QStringLiteral("http://127.0.0.1:*/callback/");

// Waits for a call's finished() and returns it; the call deletes itself only after the event loop turns.
TikTokCall *await(TikTokCall *call, int timeoutMs = 10000)
{
    QSignalSpy finished(call, &TikTokCall::finished);
    if (!finished.wait(timeoutMs))
        qFatal("call did not finish");
    return call;
}

} // namespace

class tst_TokenClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exchangeReturnsTokens();
    void wrongSecret_data();
    void wrongSecret();
    void clientCredentialsOnce();
    void reusedCode();
    void wrongVerifier();
    void redirectUriMustBeIdentical();
    void expiredCode();
    void refreshRotatesTokens();
    void rejectedRefreshAsksForReauthorization();
    void serverErrorsAreRetried();
    void serverErrorsGiveUpAfterThreeRetries();
    void droppedConnectionIsRetried();
    void timeoutIsRetriedThenReported();
    void rateLimitIsNotRetriedBlindly();
    void rateLimitHonoursRetryAfter();
    void rateLimitWithLongRetryAfterFails();
    void tlsErrorsAreNotIgnored();
    void untrustedCertificateIsRefused();
    void answerThatIsNotJson();
    void answerWithoutRefreshToken();
    void revokeInvalidatesTheToken();
    void userInfo();
    void userInfoNeedsItsScope();
    void expiredAccessToken();
    void creatorInfo();
    void creatorInfoBlockedWithHttp200();
    void unauditedAppOffersOnlySelfOnly();
    void sandboxQuota();

private:
    struct Code
    {
        QString code;
        QString verifier;
        QString redirectUri;
    };
    // Runs the authorize step in a scripted browser (the fake redirects to a port nobody listens on) and
    // returns the code from the callback URL.
    Code authorize(const QStringList &scopes = AuthorizationRequest::defaultScopes());
    TokenResponse tokens(const QStringList &scopes = AuthorizationRequest::defaultScopes());

    std::unique_ptr<FakeTikTok> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenClient> m_tokens;
    std::unique_ptr<TikTokApiClient> m_api;
};

void tst_TokenClient::init()
{
    m_fake = std::make_unique<FakeTikTok>();
    QVERIFY(startFake(*m_fake, { Redirect }));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    m_tokens = std::make_unique<TokenClient>(endpointsOf(*m_fake), m_network.get());
    m_tokens->setNetworkPolicy(fastPolicy());
    m_api = std::make_unique<TikTokApiClient>(endpointsOf(*m_fake), m_network.get());
    m_api->setNetworkPolicy(fastPolicy());
}

void tst_TokenClient::cleanup()
{
    m_api.reset();
    m_tokens.reset();
    m_network.reset();
    m_fake.reset();
}

tst_TokenClient::Code tst_TokenClient::authorize(const QStringList &scopes)
{
    const quint16 port = freePort();
    const QString redirect = QStringLiteral("http://127.0.0.1:%1/callback/").arg(port);
    const AuthorizationRequest request = AuthorizationRequest::create(ClientKey, scopes, redirect);
    ScriptedBrowser browser;
    QSignalSpy finished(&browser, &ScriptedBrowser::finished);
    browser.open(request.url(m_fake->authorizeUrl()));
    if (!finished.wait(10000))
        qFatal("browser did not finish");
    const QUrl callback = browser.result().visited.last();
    if (!callback.toString().startsWith(redirect))
        qFatal("no redirect to the callback: %s", browser.result().body.constData());
    const QString code = QUrlQuery(callback).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    return { code, request.codeVerifier(), redirect };
}

TokenResponse tst_TokenClient::tokens(const QStringList &scopes)
{
    const Code code = authorize(scopes);
    TikTokCall *call
        = await(m_tokens->exchangeCode(ClientKey, ClientSecret, code.code, code.redirectUri, code.verifier));
    if (!call->isSuccess())
        qFatal("exchange failed: %s", qPrintable(call->error().message()));
    return TokenResponse(call->body());
}

void tst_TokenClient::exchangeReturnsTokens()
{
    const Code code = authorize();
    QVERIFY(code.code.contains(QLatin1Char('*'))); // the fake's codes need URL-decoding
    TikTokCall *call
        = await(m_tokens->exchangeCode(ClientKey, ClientSecret, code.code, code.redirectUri, code.verifier));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().message()));
    const TokenResponse response(call->body());
    QVERIFY(response.accessToken().startsWith(QLatin1String("act.")));
    QVERIFY(response.refreshToken().startsWith(QLatin1String("rft.")));
    QCOMPARE(response.openId(), m_fake->user().openId);
    QCOMPARE(response.scopes(), AuthorizationRequest::defaultScopes());
    QCOMPARE(response.expiresIn(), 86400);
    QCOMPARE(response.refreshExpiresIn(), 365 * 86400);
    QCOMPARE(call->attempts(), 1);
    QVERIFY(m_fake->isAccessTokenValid(response.accessToken()));

    const FakeTikTok::LoggedRequest &sent = m_fake->requests().last();
    QCOMPARE(sent.contentType, QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(sent.formValue(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
    QCOMPARE(sent.formValue(QStringLiteral("code_verifier")), code.verifier);
}

void tst_TokenClient::wrongSecret_data()
{
    QTest::addColumn<FakeTikTok::OAuthErrorStatus>("style");
    QTest::newRow("HTTP 401") << FakeTikTok::OAuthErrorStatus::Http4xx;
    QTest::newRow("HTTP 200 with an error body") << FakeTikTok::OAuthErrorStatus::Http200;
}

void tst_TokenClient::wrongSecret()
{
    QFETCH(FakeTikTok::OAuthErrorStatus, style);
    m_fake->setOAuthErrorStatus(style);
    const Code code = authorize();
    TikTokCall *call = await(m_tokens->exchangeCode(
        ClientKey, QStringLiteral("wrong-secret"), code.code, code.redirectUri, code.verifier));
    QVERIFY(!call->isSuccess());
    QCOMPARE(call->error().code(), QStringLiteral("oauth.invalid_client"));
    QVERIFY(call->error().message().contains(QLatin1String("usually the secret is wrong")));
    QVERIFY(!call->error().logId().isEmpty());
    QCOMPARE(call->httpStatus(), style == FakeTikTok::OAuthErrorStatus::Http200 ? 200 : 401);
    QCOMPARE(call->attempts(), 1);
}

void tst_TokenClient::clientCredentialsOnce()
{
    // The right pair: a client token (never kept by the product), one request.
    TikTokCall *granted = await(m_tokens->clientCredentials(ClientKey, ClientSecret));
    QVERIFY2(granted->isSuccess(), qPrintable(granted->error().message()));
    QVERIFY(
        granted->body().value(QLatin1String("access_token")).toString().startsWith(QLatin1String("clt.")));
    QCOMPARE(m_fake->requests().constLast().formValue(QStringLiteral("grant_type")),
        QStringLiteral("client_credentials"));
    // A wrong pair: invalid_client, TikTok's words quoted.
    TikTokCall *rejected = await(m_tokens->clientCredentials(ClientKey, QStringLiteral("wrong-secret")));
    QCOMPARE(rejected->error().code(), QStringLiteral("oauth.invalid_client"));
    QVERIFY(rejected->error().message().contains(QLatin1String("\"Client key or secret is invalid.\"")));
    // A server error is not retried: the check is one call whatever happens (it is only a pre-check).
    m_fake->failNextRequests(3, 503, QStringLiteral("/v2/oauth/token/"));
    const int before = m_fake->requestCount(QStringLiteral("/v2/oauth/token/"));
    TikTokCall *failed = await(m_tokens->clientCredentials(ClientKey, ClientSecret));
    QVERIFY(!failed->isSuccess());
    QCOMPARE(failed->attempts(), 1);
    QCOMPARE(m_fake->requestCount(QStringLiteral("/v2/oauth/token/")), before + 1);
}

void tst_TokenClient::reusedCode()
{
    const Code code = authorize();
    QVERIFY(await(m_tokens->exchangeCode(ClientKey, ClientSecret, code.code, code.redirectUri, code.verifier))
                ->isSuccess());
    TikTokCall *again
        = await(m_tokens->exchangeCode(ClientKey, ClientSecret, code.code, code.redirectUri, code.verifier));
    QCOMPARE(again->error().code(), QStringLiteral("oauth.invalid_grant"));
    QVERIFY(again->error().message().contains(QLatin1String("already used")));
}

void tst_TokenClient::wrongVerifier()
{
    const Code code = authorize();
    TikTokCall *call = await(m_tokens->exchangeCode(
        ClientKey, ClientSecret, code.code, code.redirectUri, Pkce::generateVerifier()));
    QCOMPARE(call->error().code(), QStringLiteral("oauth.invalid_request"));
    QVERIFY(call->error().message().contains(QLatin1String("Code verifier or code challenge is invalid")));
}

void tst_TokenClient::redirectUriMustBeIdentical()
{
    const Code code = authorize();
    QString other = code.redirectUri;
    other.chop(1); // without the trailing slash
    TikTokCall *call
        = await(m_tokens->exchangeCode(ClientKey, ClientSecret, code.code, other, code.verifier));
    QCOMPARE(call->error().code(), QStringLiteral("oauth.invalid_grant"));
}

void tst_TokenClient::expiredCode()
{
    const Code code = authorize();
    m_fake->advanceClock(301);
    TikTokCall *call
        = await(m_tokens->exchangeCode(ClientKey, ClientSecret, code.code, code.redirectUri, code.verifier));
    QCOMPARE(call->error().code(), QStringLiteral("oauth.invalid_grant"));
}

void tst_TokenClient::refreshRotatesTokens()
{
    const TokenResponse first = tokens();
    TikTokCall *call = await(m_tokens->refresh(ClientKey, ClientSecret, first.refreshToken()));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().message()));
    const TokenResponse second(call->body());
    QVERIFY(second.accessToken() != first.accessToken());
    QVERIFY(second.refreshToken() != first.refreshToken());
    QVERIFY(m_fake->isRefreshTokenValid(second.refreshToken()));
    QVERIFY(!m_fake->isRefreshTokenValid(first.refreshToken()));
    QCOMPARE(
        m_fake->requests().last().formValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));

    // The old refresh token is spent.
    TikTokCall *old = await(m_tokens->refresh(ClientKey, ClientSecret, first.refreshToken()));
    QCOMPARE(old->error().code(), QStringLiteral("oauth.invalid_grant"));
}

void tst_TokenClient::rejectedRefreshAsksForReauthorization()
{
    const TokenResponse first = tokens();
    m_fake->revokeEverything();
    TikTokCall *call = await(m_tokens->refresh(ClientKey, ClientSecret, first.refreshToken()));
    QCOMPARE(call->error().code(), QStringLiteral("oauth.invalid_grant"));
    QVERIFY(TikTokErrors::needsReauthorization(call->error()));
    QVERIFY(call->error().message().contains(QLatin1String("Sign in with TikTok again")));
}

void tst_TokenClient::serverErrorsAreRetried()
{
    const TokenResponse first = tokens();
    m_fake->failNextRequests(2, 503, QStringLiteral("/v2/oauth/token/"));
    TikTokCall *call = await(m_tokens->refresh(ClientKey, ClientSecret, first.refreshToken()));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().message()));
    QCOMPARE(call->attempts(), 3);
}

void tst_TokenClient::serverErrorsGiveUpAfterThreeRetries()
{
    const TokenResponse first = tokens();
    const int before = m_fake->requestCount(QStringLiteral("/v2/oauth/token/"));
    m_fake->failNextRequests(10, 500, QStringLiteral("/v2/oauth/token/"));
    TikTokCall *call = await(m_tokens->refresh(ClientKey, ClientSecret, first.refreshToken()));
    QVERIFY(!call->isSuccess());
    QCOMPARE(call->attempts(), 4);
    QCOMPARE(m_fake->requestCount(QStringLiteral("/v2/oauth/token/")) - before, 4);
    QCOMPARE(call->error().code(), QStringLiteral("api.internal_error"));
    QVERIFY(!call->error().logId().isEmpty());
}

void tst_TokenClient::droppedConnectionIsRetried()
{
    // Qt itself resends a request whose connection closed before any answer (up to twice); past that
    // the call's own retries take over.
    const TokenResponse first = tokens();
    m_fake->dropNextRequests(3, QStringLiteral("/v2/oauth/token/"));
    TikTokCall *call = await(m_tokens->refresh(ClientKey, ClientSecret, first.refreshToken()));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().message()));
    QVERIFY(call->attempts() >= 2);

    m_fake->dropNextRequests(100, QStringLiteral("/v2/oauth/token/"));
    TikTokCall *failed
        = await(m_tokens->refresh(ClientKey, ClientSecret, TokenResponse(call->body()).refreshToken()));
    QCOMPARE(failed->error().code(), QStringLiteral("network.unreachable"));
    QCOMPARE(failed->attempts(), 4);
}

void tst_TokenClient::timeoutIsRetriedThenReported()
{
    NetworkPolicy policy = fastPolicy();
    policy.timeoutMs = 300;
    m_api->setNetworkPolicy(policy);
    const TokenResponse first = tokens();
    m_fake->hangNextRequests(1, QStringLiteral("/v2/user/info/"));
    TikTokCall *call = await(m_api->userInfo(first.accessToken()));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().message()));
    QCOMPARE(call->attempts(), 2);

    m_fake->hangNextRequests(4, QStringLiteral("/v2/user/info/"));
    TikTokCall *timedOut = await(m_api->userInfo(first.accessToken()));
    QCOMPARE(timedOut->error().code(), QStringLiteral("network.timeout"));
    QCOMPARE(timedOut->attempts(), 4);
}

void tst_TokenClient::rateLimitIsNotRetriedBlindly()
{
    const TokenResponse first = tokens();
    m_fake->rateLimitNextRequests(5, -1, QStringLiteral("/v2/user/info/"));
    TikTokCall *call = await(m_api->userInfo(first.accessToken()));
    QCOMPARE(call->error().code(), QStringLiteral("api.rate_limit_exceeded"));
    QCOMPARE(call->attempts(), 1);
    QVERIFY(call->error().message().contains(QLatin1String("20 calls a day")));
}

void tst_TokenClient::rateLimitHonoursRetryAfter()
{
    const TokenResponse first = tokens();
    m_fake->rateLimitNextRequests(1, 1, QStringLiteral("/v2/user/info/"));
    QElapsedTimer timer;
    timer.start();
    TikTokCall *call = await(m_api->userInfo(first.accessToken()));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().message()));
    QCOMPARE(call->attempts(), 2);
    QVERIFY(timer.elapsed() >= 900);
}

void tst_TokenClient::rateLimitWithLongRetryAfterFails()
{
    const TokenResponse first = tokens();
    m_fake->rateLimitNextRequests(1, 3600, QStringLiteral("/v2/oauth/token/"));
    TikTokCall *call = await(m_tokens->refresh(ClientKey, ClientSecret, first.refreshToken()));
    QCOMPARE(call->error().code(), QStringLiteral("api.rate_limit_exceeded"));
    QCOMPARE(call->attempts(), 1);
}

void tst_TokenClient::tlsErrorsAreNotIgnored()
{
    // A server that does not speak TLS on an https endpoint: the handshake fails, nothing is retried.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress(QHostAddress::LocalHost), 0));
    int connections = 0;
    connect(&plain, &QTcpServer::newConnection, this, [&plain, &connections] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            ++connections;
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        }
    });
    TokenClient client(*TikTokEndpoints::create(m_fake->authorizeUrl(),
                           QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort()))),
        m_network.get());
    client.setNetworkPolicy(fastPolicy());
    TikTokCall *call = await(client.refresh(ClientKey, ClientSecret, QStringLiteral("rft.x")));
    QCOMPARE(call->error().code(), QStringLiteral("network.tls"));
    QCOMPARE(call->attempts(), 1);
    QCOMPARE(connections, 1);
}

void tst_TokenClient::untrustedCertificateIsRefused()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed (needed to make a self-signed certificate)");
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    QTemporaryDir dir;
    QProcess make;
    make.start(openssl,
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
            QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"),
            QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1") });
    QVERIFY(make.waitForFinished(30000));
    QCOMPARE(make.exitCode(), 0);
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certFile.readAll()));
    configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    QSslServer server;
    server.setSslConfiguration(configuration);
    QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));

    TokenClient client(*TikTokEndpoints::create(m_fake->authorizeUrl(),
                           QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()))),
        m_network.get());
    client.setNetworkPolicy(fastPolicy());
    TikTokCall *call = await(client.refresh(ClientKey, ClientSecret, QStringLiteral("rft.x")));
    QCOMPARE(call->error().code(), QStringLiteral("network.tls"));
    QCOMPARE(call->attempts(), 1);
}

void tst_TokenClient::answerThatIsNotJson()
{
    m_fake->addRoute("POST", QStringLiteral("/v2/oauth/token/"), [](const FakeHttpRequest &) {
        return FakeHttpResponse::html(200, QStringLiteral("<html>maintenance</html>"));
    });
    TikTokCall *call = await(m_tokens->refresh(ClientKey, ClientSecret, QStringLiteral("rft.x")));
    QCOMPARE(call->error().code(), QStringLiteral("tiktok.bad_response"));
}

void tst_TokenClient::answerWithoutRefreshToken()
{
    m_fake->addRoute("POST", QStringLiteral("/v2/oauth/token/"), [](const FakeHttpRequest &) {
        return FakeHttpResponse::json(200,
            { { QStringLiteral("access_token"), QStringLiteral("act.1") },
                { QStringLiteral("open_id"), QStringLiteral("o") }, { QStringLiteral("expires_in"), 10 } });
    });
    TikTokCall *call = await(m_tokens->refresh(ClientKey, ClientSecret, QStringLiteral("rft.x")));
    QCOMPARE(call->error().code(), QStringLiteral("tiktok.bad_response"));
    QVERIFY(call->error().detail().contains(QLatin1String("refresh_token")));
}

void tst_TokenClient::revokeInvalidatesTheToken()
{
    const TokenResponse first = tokens();
    TikTokCall *call = await(m_tokens->revoke(ClientKey, ClientSecret, first.accessToken()));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().message()));
    QVERIFY(call->body().isEmpty());
    QVERIFY(!m_fake->isAccessTokenValid(first.accessToken()));
    QVERIFY(!m_fake->isRefreshTokenValid(first.refreshToken()));
    QCOMPARE(m_fake->requests().last().formValue(QStringLiteral("token")), first.accessToken());

    TikTokCall *wrong = await(m_tokens->revoke(ClientKey, QStringLiteral("bad"), first.accessToken()));
    QCOMPARE(wrong->error().code(), QStringLiteral("oauth.invalid_client"));
}

void tst_TokenClient::userInfo()
{
    const TokenResponse first = tokens();
    TikTokCall *call = await(m_api->userInfo(first.accessToken()));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().message()));
    const TikTokUser user = TikTokUser::fromData(call->data());
    QCOMPARE(user.displayName, m_fake->user().displayName);
    QCOMPARE(user.openId, m_fake->user().openId);
    QCOMPARE(user.unionId, m_fake->user().unionId);
    QCOMPARE(user.avatarUrl, m_fake->user().avatarUrl);
    const FakeTikTok::LoggedRequest &sent = m_fake->requests().last();
    QCOMPARE(sent.authorization, "Bearer " + first.accessToken().toUtf8());
    QCOMPARE(sent.queryValue(QStringLiteral("fields")),
        QStringLiteral("open_id,union_id,avatar_url,display_name"));
    QCOMPARE(m_api->callCount(), 1);
}

void tst_TokenClient::userInfoNeedsItsScope()
{
    const TokenResponse first = tokens({ QStringLiteral("video.upload") });
    TikTokCall *call = await(m_api->userInfo(first.accessToken()));
    QCOMPARE(call->error().code(), QStringLiteral("api.scope_not_authorized"));
    QCOMPARE(call->httpStatus(), 401);
}

void tst_TokenClient::expiredAccessToken()
{
    const TokenResponse first = tokens();
    m_fake->advanceClock(86401);
    TikTokCall *call = await(m_api->userInfo(first.accessToken()));
    QCOMPARE(call->error().code(), QStringLiteral("api.access_token_invalid"));
    QVERIFY(call->error().message().contains(QLatin1String("Token expired")));
    QCOMPARE(call->attempts(), 1);
}

void tst_TokenClient::creatorInfo()
{
    const TokenResponse first = tokens();
    TikTokCall *call = await(m_api->creatorInfo(first.accessToken()));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().message()));
    const CreatorInfo info = CreatorInfo::fromData(call->data());
    QCOMPARE(info.nickname, m_fake->user().displayName);
    QCOMPARE(info.username, m_fake->user().username);
    QCOMPARE(info.privacyLevelOptions, m_fake->user().privacyLevelOptions);
    QCOMPARE(info.maxVideoPostDurationSec, 600);
    QCOMPARE(m_fake->requests().last().contentType, QByteArray("application/json; charset=UTF-8"));
}

void tst_TokenClient::creatorInfoBlockedWithHttp200()
{
    const TokenResponse first = tokens();
    m_fake->user().postingBlock = QStringLiteral("spam_risk_too_many_posts");
    TikTokCall *call = await(m_api->creatorInfo(first.accessToken()));
    QCOMPARE(call->httpStatus(), 200);
    QCOMPARE(call->error().code(), QStringLiteral("api.spam_risk_too_many_posts"));
}

void tst_TokenClient::unauditedAppOffersOnlySelfOnly()
{
    m_fake->app(ClientKey)->unaudited = true;
    const TokenResponse first = tokens();
    TikTokCall *call = await(m_api->creatorInfo(first.accessToken()));
    QVERIFY(call->isSuccess());
    QCOMPARE(
        CreatorInfo::fromData(call->data()).privacyLevelOptions, QStringList { QStringLiteral("SELF_ONLY") });
}

void tst_TokenClient::sandboxQuota()
{
    m_fake->app(ClientKey)->sandbox = true;
    m_fake->setSandboxDailyQuota(3);
    const TokenResponse first = tokens();
    for (int i = 0; i < 3; ++i)
        QVERIFY(await(m_api->userInfo(first.accessToken()))->isSuccess());
    TikTokCall *over = await(m_api->userInfo(first.accessToken()));
    QCOMPARE(over->error().code(), QStringLiteral("api.rate_limit_exceeded"));
    QCOMPARE(over->httpStatus(), 429);
    QCOMPARE(m_api->callCount(), 4);
    QCOMPARE(m_fake->apiCallsToday(ClientKey), 4);
}

QTEST_GUILESS_MAIN(tst_TokenClient)
#include "tst_tokenclient.moc"
