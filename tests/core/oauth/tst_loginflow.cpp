// LoginFlow end to end against the fake TikTok, with a scripted browser: the "Done when" cases of issue 3.
#include "oauthtesthelpers.h"
#include "scriptedbrowser.h"

#include "oauth/callbackaddress.h"
#include "oauth/callbackpage.h"
#include "oauth/loginflow.h"
#include "oauth/pkce.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Skybeam;
using namespace FakeTikTokTest;
using namespace OAuthTest;

Q_DECLARE_METATYPE(Skybeam::LoginFlow::State)

namespace {

const QString Wildcard = QStringLiteral("http://127.0.0.1:*/callback/");

bool canBind(quint16 port)
{
    QTcpServer server;
    return server.listen(QHostAddress(QHostAddress::LocalHost), port);
}

} // namespace

class tst_LoginFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void happyPath();
    void userDenies();
    void consentPageAuthorizeWithFewerScopes();
    void consentPageDeny();
    void wrongStateThenRightState();
    void secondCallbackAfterSuccess();
    void portBusy();
    void localhostReachedOverIpv6();
    void timeoutWhenTikTokNeverSendsBack();
    void cancelWhileWaiting();
    void cancelWhileExchanging();
    void wrongSecret();
    void keyCheckRejectsAWrongPairBeforeTheBrowser();
    void keyCheckAcceptedGoesOn();
    void keyCheckInconclusiveGoesOn_data();
    void keyCheckInconclusiveGoesOn();
    void exchangeRetriesServerErrors();
    void userInfoFailureKeepsTheTokens();
    void otherAccount();
    void configErrors_data();
    void configErrors();
    void startIsRefusedWhileRunning();
    void noSecretInAnyOutput();
    void pastedAddressSignsIn();
    void pastedAddressIsAcceptedOnce();
    void browserCallbackThenPastedAddress();
    void pastedErrorIsReportedLikeACallback();
    void pastedAddressWhileNotWaiting();

private:
    LoginConfig config(const QString &redirect = Wildcard) const;
    /// Starts `flow` and waits for its result.
    LoginResult run(LoginFlow &flow, const LoginConfig &config, int timeoutMs = 15000);
    /// Starts `flow` (no browser) and returns the address TikTok sends the browser back to after consent
    /// at the fake, without requesting it.
    QUrl startAndConsentElsewhere(LoginFlow &flow, const LoginConfig &config);

    std::unique_ptr<FakeTikTok> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_network;
    quint16 m_localhostPort = 0;
};

void tst_LoginFlow::initTestCase()
{
    qRegisterMetaType<LoginResult>();
    qRegisterMetaType<LoginFlow::State>();
    qRegisterMetaType<BrowserResult>();
}

void tst_LoginFlow::init()
{
    m_localhostPort = freePort();
    m_fake = std::make_unique<FakeTikTok>();
    QVERIFY(startFake(
        *m_fake, { Wildcard, QStringLiteral("http://localhost:%1/callback").arg(m_localhostPort) }));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
}

void tst_LoginFlow::cleanup()
{
    m_network.reset();
    m_fake.reset();
}

LoginConfig tst_LoginFlow::config(const QString &redirect) const
{
    LoginConfig result;
    result.clientKey = ClientKey;
    result.clientSecret = ClientSecret;
    result.redirectUri = redirect;
    result.endpoints = endpointsOf(*m_fake);
    result.timeoutSeconds = 20;
    return result;
}

LoginResult tst_LoginFlow::run(LoginFlow &flow, const LoginConfig &loginConfig, int timeoutMs)
{
    flow.setNetworkAccessManager(m_network.get());
    flow.setNetworkPolicy(fastPolicy());
    QSignalSpy finished(&flow, &LoginFlow::finished);
    if (!flow.start(loginConfig))
        qFatal("start refused");
    if (!finished.wait(timeoutMs))
        qFatal("the flow did not finish");
    return finished.at(0).at(0).value<LoginResult>();
}

void tst_LoginFlow::happyPath()
{
    ScriptedBrowser browser;
    QSignalSpy browserDone(&browser, &ScriptedBrowser::finished);
    LoginFlow flow(browser.opener());
    flow.setNetworkAccessManager(m_network.get());
    QSignalSpy states(&flow, &LoginFlow::stateChanged);
    QSignalSpy urls(&flow, &LoginFlow::authorizationUrlReady);
    QSignalSpy opened(&flow, &LoginFlow::browserOpened);
    QSignalSpy finished(&flow, &LoginFlow::finished);

    QVERIFY(flow.start(config()));
    // start() never emits synchronously.
    QCOMPARE(states.count(), 0);
    QCOMPARE(urls.count(), 0);
    QCOMPARE(finished.count(), 0);
    QVERIFY(flow.isRunning());

    QVERIFY(urls.wait(5000));
    QCOMPARE(flow.state(), LoginFlow::State::WaitingForBrowser);
    QVERIFY(flow.remainingTimeMs() > 15000 && flow.remainingTimeMs() <= 20000);
    const QUrl authorizationUrl = urls.at(0).at(0).toUrl();
    QCOMPARE(authorizationUrl, flow.authorizationUrl());
    QVERIFY(authorizationUrl.toString().startsWith(m_fake->authorizeUrl().toString()));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toBool(), true);
    // The browser was opened at the short local address, which forwards to TikTok.
    QCOMPARE(browser.openedUrls(), QList<QUrl> { flow.localStartUrl() });
    QVERIFY(flow.localStartUrl().path().startsWith(QLatin1String("/start/")));

    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.count(), 1);
    const LoginResult result = finished.at(0).at(0).value<LoginResult>();
    QVERIFY2(result.isSuccess(), qPrintable(result.error.message()));
    QCOMPARE(result.displayName, m_fake->user().displayName);
    QCOMPARE(result.openId, m_fake->user().openId);
    QCOMPARE(result.grantedScopes, AuthorizationRequest::defaultScopes());
    QVERIFY(result.missingScopes.isEmpty());
    QVERIFY(!result.accountChanged);
    QVERIFY(m_fake->isAccessTokenValid(result.tokenResponse.value(QLatin1String("access_token")).toString()));
    QCOMPARE(flow.state(), LoginFlow::State::Succeeded);
    QCOMPARE(flow.remainingTimeMs(), 0);

    QList<LoginFlow::State> seen;
    for (const QList<QVariant> &entry : std::as_const(states))
        seen.append(entry.at(0).value<LoginFlow::State>());
    QCOMPARE(seen,
        (QList<LoginFlow::State> { LoginFlow::State::WaitingForBrowser, LoginFlow::State::Exchanging,
            LoginFlow::State::Succeeded }));

    // Wildcard port: a concrete port, sent identically to authorize and to the token endpoint.
    const QString redirect = result.redirectUri;
    QVERIFY(redirect.startsWith(QLatin1String("http://127.0.0.1:")));
    QVERIFY(!redirect.contains(QLatin1Char('*')));
    QVERIFY(redirect.endsWith(QLatin1String("/callback/")));
    const QString authorizeRedirect
        = QUrlQuery(authorizationUrl).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    QCOMPARE(authorizeRedirect, redirect);
    QString tokenRedirect;
    for (const FakeTikTok::LoggedRequest &request : m_fake->requests()) {
        if (request.path == QLatin1String("/v2/oauth/token/"))
            tokenRedirect = request.formValue(QStringLiteral("redirect_uri"));
    }
    QCOMPARE(tokenRedirect, redirect);

    // The browser ends on the real outcome, held open during the exchange.
    QVERIFY(browserDone.count() == 1 || browserDone.wait(5000));
    const BrowserResult page = browser.result();
    QCOMPARE(page.status, 200);
    QVERIFY2(page.body.contains(
                 "Connected as Skybeam Tester. You can close this tab and go back to SKYBEAM Setup."),
        page.body.constData());
    QCOMPARE(page.visited.size(), 3); // local start address -> TikTok -> callback
    QCOMPARE(page.visited.at(0), flow.localStartUrl());
    QVERIFY(page.visited.at(2).toString().startsWith(redirect + QLatin1Char('?')));

    // The port is closed at once.
    QVERIFY(canBind(QUrl(redirect).port()));

    // What the wizard stores.
    const TikTokCredentials stored = result.credentials();
    QCOMPARE(stored.clientKey(), ClientKey);
    QCOMPARE(stored.clientSecret(), ClientSecret);
    QCOMPARE(stored.accessToken(), result.tokenResponse.value(QLatin1String("access_token")).toString());
    QCOMPARE(stored.refreshToken(), result.tokenResponse.value(QLatin1String("refresh_token")).toString());
    QCOMPARE(stored.openId(), m_fake->user().openId);
    QVERIFY(stored.expiresAt() > QDateTime::currentDateTimeUtc().addSecs(86000));
    QVERIFY(stored.authorizedAt().isValid());
}

void tst_LoginFlow::userDenies()
{
    m_fake->setConsentMode(FakeTikTok::ConsentMode::AutoDeny);
    ScriptedBrowser browser;
    QSignalSpy browserDone(&browser, &ScriptedBrowser::finished);
    LoginFlow flow(browser.opener());
    const LoginResult result = run(flow, config());
    QCOMPARE(result.error.code(), QStringLiteral("oauth.access_denied"));
    QCOMPARE(flow.state(), LoginFlow::State::Failed);
    QCOMPARE(m_fake->requestCount(QStringLiteral("/v2/oauth/token/")), 0);
    QVERIFY(browserDone.count() == 1 || browserDone.wait(5000));
    QCOMPARE(browser.result().status, 200);
    QVERIFY(browser.result().body.contains(CallbackPage::failure(result.error).toUtf8()));
}

void tst_LoginFlow::consentPageAuthorizeWithFewerScopes()
{
    m_fake->setConsentMode(FakeTikTok::ConsentMode::Interactive);
    ScriptedBrowser browser;
    browser.setConsentDecision(ScriptedBrowser::ConsentDecision::Authorize);
    browser.setScopesToUntick({ QStringLiteral("video.publish") });
    QSignalSpy browserDone(&browser, &ScriptedBrowser::finished);
    LoginFlow flow(browser.opener());
    const LoginResult result = run(flow, config());
    QVERIFY2(result.isSuccess(), qPrintable(result.error.message()));
    QCOMPARE(result.grantedScopes,
        (QStringList { QStringLiteral("user.info.basic"), QStringLiteral("video.upload") }));
    QCOMPARE(result.missingScopes, QStringList { QStringLiteral("video.publish") });
    QVERIFY(browserDone.count() == 1 || browserDone.wait(5000));
    QVERIFY(browser.result().body.contains("missing: video.publish"));
}

void tst_LoginFlow::consentPageDeny()
{
    m_fake->setConsentMode(FakeTikTok::ConsentMode::Interactive);
    ScriptedBrowser browser;
    browser.setConsentDecision(ScriptedBrowser::ConsentDecision::Deny);
    LoginFlow flow(browser.opener());
    QCOMPARE(run(flow, config()).error.code(), QStringLiteral("oauth.access_denied"));
}

void tst_LoginFlow::wrongStateThenRightState()
{
    QUrl startUrl;
    LoginFlow flow([&startUrl](const QUrl &url) {
        startUrl = url;
        return true;
    });
    flow.setNetworkAccessManager(m_network.get());
    QSignalSpy urls(&flow, &LoginFlow::authorizationUrlReady);
    QSignalSpy finished(&flow, &LoginFlow::finished);
    QVERIFY(flow.start(config()));
    QVERIFY(urls.wait(5000));
    const quint16 port = startUrl.port();

    // A forged callback (someone else's code, a guessed state) is refused and the flow keeps waiting.
    const QByteArray forged
        = rawGet(QHostAddress(QHostAddress::LocalHost), port, "/callback/?code=attacker-code&state=guessed");
    QCOMPARE(forged.mid(9, 3), QByteArray("400"));
    const QByteArray stateless
        = rawGet(QHostAddress(QHostAddress::LocalHost), port, "/callback/?code=attacker-code");
    QCOMPARE(stateless.mid(9, 3), QByteArray("400"));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(flow.state(), LoginFlow::State::WaitingForBrowser);
    QCOMPARE(m_fake->requestCount(QStringLiteral("/v2/oauth/token/")), 0);

    ScriptedBrowser browser;
    browser.open(startUrl);
    QVERIFY(finished.wait(15000));
    const LoginResult result = finished.at(0).at(0).value<LoginResult>();
    QVERIFY2(result.isSuccess(), qPrintable(result.error.message()));
    QCOMPARE(m_fake->requestCount(QStringLiteral("/v2/oauth/token/")), 1);
}

void tst_LoginFlow::secondCallbackAfterSuccess()
{
    ScriptedBrowser browser;
    QSignalSpy browserDone(&browser, &ScriptedBrowser::finished);
    LoginFlow flow(browser.opener());
    QSignalSpy finished(&flow, &LoginFlow::finished);
    QVERIFY(run(flow, config()).isSuccess());
    QVERIFY(browserDone.count() == 1 || browserDone.wait(5000));
    const QUrl callback = browser.result().visited.last();

    // Replaying the callback (a reload, a second tab) reaches a closed port and changes nothing.
    ScriptedBrowser replay;
    QSignalSpy replayDone(&replay, &ScriptedBrowser::finished);
    replay.open(callback);
    QVERIFY(replayDone.wait(5000));
    QCOMPARE(replay.result().status, 0);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(flow.state(), LoginFlow::State::Succeeded);
    QCOMPARE(m_fake->requestCount(QStringLiteral("/v2/oauth/token/")), 1);
}

void tst_LoginFlow::portBusy()
{
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress(QHostAddress::LocalHost), m_localhostPort));
    ScriptedBrowser browser;
    LoginFlow flow(browser.opener());
    const LoginResult result
        = run(flow, config(QStringLiteral("http://localhost:%1/callback").arg(m_localhostPort)));
    QCOMPARE(result.error.code(), QStringLiteral("oauth.port_in_use"));
    QVERIFY(result.error.message().contains(QString::number(m_localhostPort)));
    QVERIFY(result.error.message().contains(QLatin1String("http://127.0.0.1:*/callback/")));
    QVERIFY(browser.openedUrls().isEmpty());
    QVERIFY(flow.authorizationUrl().isEmpty());
}

void tst_LoginFlow::localhostReachedOverIpv6()
{
    if (!ipv6LoopbackAvailable())
        QSKIP("::1 is not available on this machine");
    ScriptedBrowser browser;
    browser.setLocalhostAddress(ScriptedBrowser::LocalhostAddress::IPv6);
    QSignalSpy browserDone(&browser, &ScriptedBrowser::finished);
    LoginFlow flow(browser.opener());
    const QString redirect = QStringLiteral("http://localhost:%1/callback").arg(m_localhostPort);
    const LoginResult result = run(flow, config(redirect));
    QVERIFY2(result.isSuccess(), qPrintable(result.error.message()));
    QCOMPARE(result.redirectUri, redirect);
    QVERIFY(browserDone.count() == 1 || browserDone.wait(5000));
    QCOMPARE(browser.result().status, 200);
    QVERIFY(browser.result().body.contains("Connected as"));
}

void tst_LoginFlow::timeoutWhenTikTokNeverSendsBack()
{
    // An unregistered client key: TikTok shows its own error page and never redirects back.
    ScriptedBrowser browser;
    QSignalSpy browserDone(&browser, &ScriptedBrowser::finished);
    LoginFlow flow(browser.opener());
    LoginConfig loginConfig = config();
    loginConfig.clientKey = QStringLiteral("awnotregistered");
    loginConfig.timeoutSeconds = 1;
    QElapsedTimer timer;
    timer.start();
    const LoginResult result = run(flow, loginConfig);
    QCOMPARE(result.error.code(), QStringLiteral("oauth.timeout"));
    QVERIFY(timer.elapsed() >= 900);
    QVERIFY(result.error.message().contains(QLatin1String("1 second")));
    QVERIFY(result.error.message().contains(QLatin1String("own error page")));
    QVERIFY(browserDone.count() == 1 || browserDone.wait(5000));
    QCOMPARE(browser.result().status, 400);
    QVERIFY(browser.result().body.contains("tiktok-error"));
    QVERIFY(canBind(QUrl(flow.redirectUri()).port()));
}

void tst_LoginFlow::cancelWhileWaiting()
{
    LoginFlow flow([](const QUrl &) { return false; });
    flow.setNetworkAccessManager(m_network.get());
    QSignalSpy urls(&flow, &LoginFlow::authorizationUrlReady);
    QSignalSpy opened(&flow, &LoginFlow::browserOpened);
    QSignalSpy finished(&flow, &LoginFlow::finished);
    QVERIFY(flow.start(config(QStringLiteral("http://localhost:%1/callback").arg(m_localhostPort))));
    QVERIFY(urls.wait(5000));
    QCOMPARE(opened.at(0).at(0).toBool(), false);
    QVERIFY(!canBind(m_localhostPort));
    flow.cancel();
    // Synchronous: the result is out and the port is free when cancel() returns.
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<LoginResult>().error.code(), QStringLiteral("oauth.cancelled"));
    QCOMPARE(flow.state(), LoginFlow::State::Failed);
    QVERIFY(canBind(m_localhostPort));
    flow.cancel();
    QCOMPARE(finished.count(), 1);
}

void tst_LoginFlow::cancelWhileExchanging()
{
    m_fake->hangNextRequests(1, QStringLiteral("/v2/oauth/token/"));
    ScriptedBrowser browser;
    QSignalSpy browserDone(&browser, &ScriptedBrowser::finished);
    LoginFlow flow(browser.opener());
    flow.setNetworkAccessManager(m_network.get());
    QSignalSpy states(&flow, &LoginFlow::stateChanged);
    QSignalSpy finished(&flow, &LoginFlow::finished);
    QVERIFY(flow.start(config()));
    QTRY_COMPARE_WITH_TIMEOUT(flow.state(), LoginFlow::State::Exchanging, 10000);
    flow.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<LoginResult>().error.code(), QStringLiteral("oauth.cancelled"));
    QVERIFY(browserDone.wait(5000));
    QVERIFY(browser.result().body.contains(CallbackPage::cancelled().toUtf8()));
}

void tst_LoginFlow::wrongSecret()
{
    ScriptedBrowser browser;
    QSignalSpy browserDone(&browser, &ScriptedBrowser::finished);
    LoginFlow flow(browser.opener());
    LoginConfig loginConfig = config();
    loginConfig.clientSecret = QStringLiteral("not-the-secret");
    const LoginResult result = run(flow, loginConfig);
    QCOMPARE(result.error.code(), QStringLiteral("oauth.invalid_client"));
    QVERIFY(!result.error.logId().isEmpty());
    QVERIFY(result.tokenResponse.isEmpty());
    QVERIFY(browserDone.count() == 1 || browserDone.wait(5000));
    QVERIFY(browser.result().body.contains(result.error.logId().toUtf8()));
    QVERIFY(browser.result().body.contains("usually the secret is wrong"));
}

namespace {

int clientCredentialCalls(const FakeTikTok &fake)
{
    int calls = 0;
    for (const FakeTikTok::LoggedRequest &request : fake.requests()) {
        if (request.path == QLatin1String("/v2/oauth/token/")
            && request.formValue(QStringLiteral("grant_type")) == QLatin1String("client_credentials"))
            ++calls;
    }
    return calls;
}

} // namespace

void tst_LoginFlow::keyCheckRejectsAWrongPairBeforeTheBrowser()
{
    ScriptedBrowser browser;
    LoginFlow flow(browser.opener());
    QSignalSpy states(&flow, &LoginFlow::stateChanged);
    LoginConfig loginConfig = config();
    loginConfig.clientSecret = QStringLiteral("reset-in-the-portal");
    loginConfig.checkKeysFirst = true;
    const LoginResult result = run(flow, loginConfig);
    QCOMPARE(result.error.code(), QStringLiteral("oauth.invalid_client"));
    QCOMPARE(result.keyCheck, KeyCheck::Rejected);
    QVERIFY2(result.error.message().startsWith(QStringLiteral(
                 "TikTok rejected this client key and client secret pair — usually the secret is wrong")),
        qPrintable(result.error.message()));
    // TikTok's own words, exactly as TikTok sent them, and nothing TikTok did not say.
    QVERIFY(result.error.message().contains(QLatin1String("\"Client key or secret is invalid.\"")));
    QVERIFY(!result.error.message().contains(QLatin1String("Invalid client_key")));
    QVERIFY(!result.error.logId().isEmpty());
    // Said at once: the browser never opened, the port is free, one call to TikTok.
    QVERIFY(browser.openedUrls().isEmpty());
    QVERIFY(flow.authorizationUrl().isEmpty());
    QCOMPARE(m_fake->requestCount(QStringLiteral("/v2/oauth/token/")), 1);
    QCOMPARE(clientCredentialCalls(*m_fake), 1);
    QVERIFY(m_fake->issuedClientTokens().isEmpty());
    QCOMPARE(states.first().at(0).value<LoginFlow::State>(), LoginFlow::State::CheckingKeys);
}

void tst_LoginFlow::keyCheckAcceptedGoesOn()
{
    ScriptedBrowser browser;
    LoginFlow flow(browser.opener());
    QSignalSpy states(&flow, &LoginFlow::stateChanged);
    LoginConfig loginConfig = config();
    loginConfig.checkKeysFirst = true;
    const LoginResult result = run(flow, loginConfig);
    QVERIFY2(result.isSuccess(), qPrintable(result.error.message()));
    QCOMPARE(result.keyCheck, KeyCheck::Accepted);
    QCOMPARE(clientCredentialCalls(*m_fake), 1);
    QCOMPARE(m_fake->issuedClientTokens().size(), 1);
    // The client token is never kept: the result holds the user's tokens only.
    QVERIFY(!result.tokenResponse.value(QLatin1String("access_token"))
                 .toString()
                 .startsWith(QLatin1String("clt.")));
    QCOMPARE(states.at(0).at(0).value<LoginFlow::State>(), LoginFlow::State::CheckingKeys);
    QCOMPARE(states.at(1).at(0).value<LoginFlow::State>(), LoginFlow::State::WaitingForBrowser);
    // Without the option no check is made.
    LoginFlow unchecked(browser.opener());
    QVERIFY(run(unchecked, config()).isSuccess());
    QCOMPARE(clientCredentialCalls(*m_fake), 1);
}

void tst_LoginFlow::keyCheckInconclusiveGoesOn_data()
{
    QTest::addColumn<bool>("clientTokens");
    QTest::addColumn<int>("serverError");
    QTest::newRow("app without client tokens") << false << 0;
    QTest::newRow("server error, not retried") << true << 503;
}

void tst_LoginFlow::keyCheckInconclusiveGoesOn()
{
    QFETCH(bool, clientTokens);
    QFETCH(int, serverError);
    m_fake->app(ClientKey)->clientTokens = clientTokens;
    if (serverError)
        m_fake->failNextRequests(1, serverError, QStringLiteral("/v2/oauth/token/"));
    ScriptedBrowser browser;
    LoginFlow flow(browser.opener());
    LoginConfig loginConfig = config();
    loginConfig.checkKeysFirst = true;
    const LoginResult result = run(flow, loginConfig);
    QVERIFY2(result.isSuccess(), qPrintable(result.error.message()));
    QCOMPARE(result.keyCheck, KeyCheck::Inconclusive);
    QCOMPARE(clientCredentialCalls(*m_fake), 1);
    QCOMPARE(browser.openedUrls().size(), 1);
}

void tst_LoginFlow::exchangeRetriesServerErrors()
{
    m_fake->failNextRequests(2, 502, QStringLiteral("/v2/oauth/token/"));
    ScriptedBrowser browser;
    LoginFlow flow(browser.opener());
    const LoginResult result = run(flow, config());
    QVERIFY2(result.isSuccess(), qPrintable(result.error.message()));
    QCOMPARE(m_fake->requestCount(QStringLiteral("/v2/oauth/token/")), 3);
}

void tst_LoginFlow::userInfoFailureKeepsTheTokens()
{
    m_fake->rateLimitNextRequests(1, -1, QStringLiteral("/v2/user/info/"));
    ScriptedBrowser browser;
    QSignalSpy browserDone(&browser, &ScriptedBrowser::finished);
    LoginFlow flow(browser.opener());
    const LoginResult result = run(flow, config());
    QVERIFY2(result.isSuccess(), qPrintable(result.error.message()));
    QVERIFY(result.displayName.isEmpty());
    QVERIFY(browserDone.count() == 1 || browserDone.wait(5000));
    QVERIFY(browser.result().body.contains("Connected to TikTok. You can close this tab"));
}

void tst_LoginFlow::otherAccount()
{
    {
        ScriptedBrowser browser;
        LoginFlow flow(browser.opener());
        LoginConfig loginConfig = config();
        loginConfig.previousOpenId = QStringLiteral("someone-else");
        const LoginResult result = run(flow, loginConfig);
        QVERIFY(result.isSuccess());
        QVERIFY(result.accountChanged);
    }
    {
        ScriptedBrowser browser;
        QSignalSpy browserDone(&browser, &ScriptedBrowser::finished);
        LoginFlow flow(browser.opener());
        LoginConfig loginConfig = config();
        loginConfig.previousOpenId = QStringLiteral("someone-else");
        loginConfig.accountPolicy = LoginConfig::AccountPolicy::RequireSameAccount;
        const LoginResult result = run(flow, loginConfig);
        QCOMPARE(result.error.code(), QStringLiteral("oauth.other_account"));
        QVERIFY(result.error.message().contains(m_fake->user().displayName));
        QVERIFY(result.tokenResponse.isEmpty());
        QVERIFY(browserDone.count() == 1 || browserDone.wait(5000));
        QVERIFY(browser.result().body.contains("User not authorized"));
    }
    {
        ScriptedBrowser browser;
        LoginFlow flow(browser.opener());
        LoginConfig loginConfig = config();
        loginConfig.previousOpenId = m_fake->user().openId;
        loginConfig.accountPolicy = LoginConfig::AccountPolicy::RequireSameAccount;
        const LoginResult result = run(flow, loginConfig);
        QVERIFY(result.isSuccess());
        QVERIFY(!result.accountChanged);
    }
}

void tst_LoginFlow::configErrors_data()
{
    QTest::addColumn<QString>("clientKey");
    QTest::addColumn<QString>("clientSecret");
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QString>("code");
    const QStringList scopes = AuthorizationRequest::defaultScopes();
    QTest::newRow("no client key") << QString() << ClientSecret << Wildcard << scopes
                                   << QStringLiteral("oauth.missing_client_key");
    QTest::newRow("client key with whitespace") << ClientKey + QLatin1Char('\n') << ClientSecret << Wildcard
                                                << scopes << QStringLiteral("oauth.client_key_whitespace");
    QTest::newRow("no secret") << ClientKey << QString() << Wildcard << scopes
                               << QStringLiteral("oauth.missing_client_secret");
    QTest::newRow("secret with a space") << ClientKey << QStringLiteral(" x") << Wildcard << scopes
                                         << QStringLiteral("oauth.client_secret_whitespace");
    QTest::newRow("https redirect") << ClientKey << ClientSecret
                                    << QStringLiteral("https://localhost:8080/callback") << scopes
                                    << QStringLiteral("oauth.bad_redirect_uri");
    QTest::newRow("space-separated scopes") << ClientKey << ClientSecret << Wildcard
                                            << QStringList { QStringLiteral("user.info.basic video.upload") }
                                            << QStringLiteral("oauth.bad_scope");
    QTest::newRow("no scopes") << ClientKey << ClientSecret << Wildcard
                               << QStringList { QStringLiteral(" , ") } << QStringLiteral("oauth.no_scopes");
}

void tst_LoginFlow::configErrors()
{
    QFETCH(QString, clientKey);
    QFETCH(QString, clientSecret);
    QFETCH(QString, redirect);
    QFETCH(QStringList, scopes);
    QFETCH(QString, code);
    ScriptedBrowser browser;
    LoginFlow flow(browser.opener());
    QSignalSpy finished(&flow, &LoginFlow::finished);
    LoginConfig loginConfig = config(redirect);
    loginConfig.clientKey = clientKey;
    loginConfig.clientSecret = clientSecret;
    loginConfig.scopes = scopes;
    QVERIFY(flow.start(loginConfig));
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).value<LoginResult>().error.code(), code);
    QVERIFY(browser.openedUrls().isEmpty());
}

void tst_LoginFlow::startIsRefusedWhileRunning()
{
    LoginFlow flow;
    flow.setNetworkAccessManager(m_network.get());
    QSignalSpy finished(&flow, &LoginFlow::finished);
    QVERIFY(flow.start(config()));
    QVERIFY(!flow.start(config()));
    flow.cancel();
    QCOMPARE(finished.count(), 1);
    // A finished flow can start again.
    QVERIFY(flow.start(config()));
    flow.cancel();
    QCOMPARE(finished.count(), 2);
}

void tst_LoginFlow::noSecretInAnyOutput()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    OAuthTest::LogRecorder recorder;
    ScriptedBrowser browser;
    QSignalSpy browserDone(&browser, &ScriptedBrowser::finished);
    LoginFlow flow(browser.opener());
    const LoginResult result = run(flow, config());
    QVERIFY(result.isSuccess());
    QVERIFY(browserDone.count() == 1 || browserDone.wait(5000));
    // A failing attempt logs too.
    {
        ScriptedBrowser other;
        LoginFlow failing(other.opener());
        LoginConfig loginConfig = config();
        loginConfig.clientSecret = QStringLiteral("wrong-secret-value");
        QVERIFY(!run(failing, loginConfig).isSuccess());
    }
    QLoggingCategory::setFilterRules(QString());

    const QString log = recorder.text();
    QVERIFY(log.contains(QLatin1String("skybeam.oauth")));
    QStringList secrets { ClientSecret, QStringLiteral("wrong-secret-value"),
        result.tokenResponse.value(QLatin1String("access_token")).toString(),
        result.tokenResponse.value(QLatin1String("refresh_token")).toString() };
    secrets += m_fake->issuedCodes();
    secrets += m_fake->issuedAccessTokens();
    secrets += m_fake->issuedRefreshTokens();
    for (const FakeTikTok::LoggedRequest &request : m_fake->requests()) {
        const QString verifier = request.formValue(QStringLiteral("code_verifier"));
        if (!verifier.isEmpty())
            secrets.append(verifier);
    }
    QVERIFY(secrets.size() >= 8);
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!log.contains(secret), qPrintable(QStringLiteral("a secret appears in the log")));
        QVERIFY(!log.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))));
        QVERIFY(!browser.result().body.contains(secret.toUtf8()));
    }
}

QUrl tst_LoginFlow::startAndConsentElsewhere(LoginFlow &flow, const LoginConfig &loginConfig)
{
    flow.setNetworkAccessManager(m_network.get());
    flow.setNetworkPolicy(fastPolicy());
    QSignalSpy urls(&flow, &LoginFlow::authorizationUrlReady);
    if (!flow.start(loginConfig) || !urls.wait(5000))
        qFatal("the flow did not start");
    return consentLocation(m_network.get(), flow.authorizationUrl());
}

// Issue 18, point 2: the browser ran on another computer; its final address is pasted here.
void tst_LoginFlow::pastedAddressSignsIn()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    OAuthTest::LogRecorder recorder;
    LoginFlow flow;
    QSignalSpy finished(&flow, &LoginFlow::finished);
    const QUrl location = startAndConsentElsewhere(flow, config());
    QCOMPARE(location.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(location.port(), int(QUrl(flow.redirectUri()).port()));
    const QString pasted = location.toString(QUrl::FullyEncoded);
    QUrlQuery query(location);
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);

    // Refused, and the attempt keeps waiting.
    QString wrongState = pasted;
    wrongState.replace(QStringLiteral("state=") + QString::fromLatin1(QUrl::toPercentEncoding(state)),
        QStringLiteral("state=another-attempt"));
    QVERIFY(wrongState != pasted);
    QCOMPARE(flow.submitCallbackAddress(wrongState).code(),
        CallbackAddress::errorCode(CallbackAddress::Problem::WrongState));
    QString otherHost = pasted;
    otherHost.replace(QStringLiteral("127.0.0.1"), QStringLiteral("collector.example.net"));
    QCOMPARE(flow.submitCallbackAddress(otherHost).code(),
        CallbackAddress::errorCode(CallbackAddress::Problem::NotLoopback));
    QCOMPARE(flow.state(), LoginFlow::State::WaitingForBrowser);
    QCOMPARE(m_fake->requestCount(QStringLiteral("/v2/oauth/token/")), 0);

    QVERIFY(!flow.submitCallbackAddress(QStringLiteral("  ") + pasted + QStringLiteral("\n")).isError());
    QVERIFY(finished.wait(10000));
    const LoginResult result = finished.at(0).at(0).value<LoginResult>();
    QVERIFY2(result.isSuccess(), qPrintable(result.error.message()));
    QCOMPARE(result.displayName, QStringLiteral("Skybeam Tester"));
    // The verifier went to TikTok with the concrete redirect URI, as for the browser's callback.
    FakeTikTok::LoggedRequest exchange;
    for (const FakeTikTok::LoggedRequest &request : m_fake->requests()) {
        if (request.path == QLatin1String("/v2/oauth/token/"))
            exchange = request;
    }
    QCOMPARE(exchange.formValue(QStringLiteral("redirect_uri")), flow.redirectUri());
    QCOMPARE(exchange.status, 200);

    // The same address again, after completion: refused.
    QCOMPARE(flow.submitCallbackAddress(pasted).code(),
        CallbackAddress::errorCode(CallbackAddress::Problem::AlreadyUsed));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_fake->requestCount(QStringLiteral("/v2/oauth/token/")), 1);
    QLoggingCategory::setFilterRules(QString());
    const QString log = recorder.text();
    QVERIFY(log.contains(QLatin1String("pasted address")));
    QStringList secrets = m_fake->issuedCodes();
    secrets << state << exchange.formValue(QStringLiteral("code_verifier"));
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!log.contains(secret), "a code, state or verifier appears in the log");
        QVERIFY(!log.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))));
    }
}

void tst_LoginFlow::pastedAddressIsAcceptedOnce()
{
    m_fake->hangNextRequests(1, QStringLiteral("/v2/oauth/token/"));
    LoginFlow flow;
    QSignalSpy finished(&flow, &LoginFlow::finished);
    const QUrl location = startAndConsentElsewhere(flow, config());
    QVERIFY(!flow.submitCallbackAddress(location.toString(QUrl::FullyEncoded)).isError());
    QCOMPARE(flow.state(), LoginFlow::State::Exchanging);
    // The same address a second time, and the browser's own callback: both refused.
    QCOMPARE(flow.submitCallbackAddress(location.toString(QUrl::FullyEncoded)).code(),
        CallbackAddress::errorCode(CallbackAddress::Problem::AlreadyUsed));
    const QByteArray answer = rawGet(QHostAddress(QHostAddress::LocalHost), quint16(location.port()),
        location.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    QVERIFY2(answer.mid(9, 3) == "409", answer.left(200).constData());
    QCOMPARE(finished.count(), 0);
    flow.cancel();
    QCOMPARE(finished.count(), 1);
}

void tst_LoginFlow::browserCallbackThenPastedAddress()
{
    m_fake->hangNextRequests(1, QStringLiteral("/v2/oauth/token/"));
    LoginFlow flow;
    QSignalSpy finished(&flow, &LoginFlow::finished);
    const QUrl location = startAndConsentElsewhere(flow, config());
    // The browser reaches the receiver (its request is held while the code is exchanged).
    RawHttpClient browser;
    browser.connectTo(QHostAddress(QHostAddress::LocalHost), quint16(location.port()));
    browser.send("GET " + location.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
        + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(location.port()) + "\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(flow.state(), LoginFlow::State::Exchanging, 10000);
    QCOMPARE(flow.submitCallbackAddress(location.toString(QUrl::FullyEncoded)).code(),
        CallbackAddress::errorCode(CallbackAddress::Problem::AlreadyUsed));
    flow.cancel();
    QCOMPARE(finished.count(), 1);
}

void tst_LoginFlow::pastedErrorIsReportedLikeACallback()
{
    m_fake->setConsentMode(FakeTikTok::ConsentMode::AutoDeny);
    LoginFlow flow;
    QSignalSpy finished(&flow, &LoginFlow::finished);
    const QUrl location = startAndConsentElsewhere(flow, config());
    QVERIFY(QUrlQuery(location).hasQueryItem(QStringLiteral("error")));
    QVERIFY(!flow.submitCallbackAddress(location.toString(QUrl::FullyEncoded)).isError());
    // Ended before submitCallbackAddress() returned, with the browser path's error.
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<LoginResult>().error.code(), QStringLiteral("oauth.access_denied"));
    QCOMPARE(flow.state(), LoginFlow::State::Failed);
    QCOMPARE(m_fake->requestCount(QStringLiteral("/v2/oauth/token/")), 0);
}

void tst_LoginFlow::pastedAddressWhileNotWaiting()
{
    LoginFlow flow;
    const QString notWaiting = CallbackAddress::errorCode(CallbackAddress::Problem::NotWaiting);
    QCOMPARE(flow.submitCallbackAddress(QStringLiteral("http://127.0.0.1:1/callback/?code=a&state=b")).code(),
        notWaiting);
    const QUrl location = startAndConsentElsewhere(flow, config());
    flow.cancel();
    QCOMPARE(flow.submitCallbackAddress(location.toString(QUrl::FullyEncoded)).code(), notWaiting);
    QCOMPARE(m_fake->requestCount(QStringLiteral("/v2/oauth/token/")), 0);
}

QTEST_GUILESS_MAIN(tst_LoginFlow)
#include "tst_loginflow.moc"
