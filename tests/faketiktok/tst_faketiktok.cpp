// The fake TikTok itself: it must be as strict as the contract, or the product's tests prove nothing.
// Talks to it with plain HTTP requests, independent of the product's code.
#include "faketiktok.h"
#include "scriptedbrowser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace FakeTikTokTest;

namespace {

const QString Key = QStringLiteral("sbawfakekey");
const QString Secret = QStringLiteral("fake-secret");
const QString Redirect = QStringLiteral("http://127.0.0.1:*/callback/");
const QString Verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
const QString HexChallenge
    = QStringLiteral("13d31e961a1ad8ec2f16b10c4c982e0876a878ad6df144566ee1894acb70f9c3");
const QString Base64Challenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray location;
    QByteArray date;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString oauthError() const { return json().value(QLatin1String("error")).toString(); }
    QString apiCode() const
    {
        return json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    }
};

} // namespace

class tst_FakeTikTok : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void authorizeRefusals_data();
    void authorizeRefusals();
    void authorizeRedirectErrors_data();
    void authorizeRedirectErrors();
    void wildcardPortMatching_data();
    void wildcardPortMatching();
    void codesNeedDecodingAndAreSingleUse();
    void base64urlChallengeFailsAtTokenTime();
    void tokenRequestRules_data();
    void tokenRequestRules();
    void clientCredentials();
    void codesExpire();
    void refreshRotates();
    void accessTokensExpireOnTheClock();
    void userInfoFieldsAndScopes();
    void twoAccountsAnswerForTheirOwnTokens();
    void creatorInfoRules();
    void sandboxQuotaResetsDaily();
    void revoke();
    void faultInjection();
    void consentPageHasRealButtons();
    void addedRoutesWin();
    void everyAnswerIsDated();

private:
    Answer request(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QByteArray &contentType = "application/x-www-form-urlencoded", const QByteArray &bearer = {});
    Answer authorize(const QList<QPair<QString, QString>> &overrides = {}, const QStringList &remove = {});
    QString codeFrom(const Answer &answer) const;
    Answer exchange(
        const QString &code, const QString &verifier = Verifier, const QString &redirect = QString());
    QJsonObject signIn(const QString &scope = QStringLiteral("user.info.basic,video.upload,video.publish"));

    std::unique_ptr<FakeTikTok> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_redirect;
};

void tst_FakeTikTok::init()
{
    m_fake = std::make_unique<FakeTikTok>();
    FakeApp app;
    app.clientKey = Key;
    app.clientSecret = Secret;
    app.redirectUris = { Redirect, QStringLiteral("http://localhost:8080/callback") };
    app.scopes = { QStringLiteral("user.info.basic"), QStringLiteral("video.upload"),
        QStringLiteral("video.publish") };
    m_fake->addApp(app);
    QVERIFY(m_fake->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    m_redirect = QStringLiteral("http://127.0.0.1:41234/callback/");
}

void tst_FakeTikTok::cleanup()
{
    m_network.reset();
    m_fake.reset();
}

Answer tst_FakeTikTok::request(const QByteArray &method, const QString &path, const QByteArray &body,
    const QByteArray &contentType, const QByteArray &bearer)
{
    QNetworkRequest request(QUrl(m_fake->apiBase().toString() + path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(5000))
        qFatal("no answer from the fake");
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.location = reply->rawHeader("Location");
    answer.date = reply->rawHeader("Date");
    reply->deleteLater();
    return answer;
}

Answer tst_FakeTikTok::authorize(const QList<QPair<QString, QString>> &overrides, const QStringList &remove)
{
    QList<QPair<QString, QString>> query { { QStringLiteral("client_key"), Key },
        { QStringLiteral("scope"), QStringLiteral("user.info.basic,video.upload") },
        { QStringLiteral("response_type"), QStringLiteral("code") },
        { QStringLiteral("redirect_uri"), m_redirect }, { QStringLiteral("state"), QStringLiteral("st4te") },
        { QStringLiteral("code_challenge"), HexChallenge },
        { QStringLiteral("code_challenge_method"), QStringLiteral("S256") } };
    for (const auto &[name, value] : overrides) {
        for (auto &pair : query) {
            if (pair.first == name)
                pair.second = value;
        }
    }
    query.erase(std::remove_if(query.begin(), query.end(),
                    [&remove](const auto &pair) { return remove.contains(pair.first); }),
        query.end());
    return request(
        "GET", QStringLiteral("/v2/auth/authorize/?") + QString::fromLatin1(encodeForm(query)), {}, {});
}

QString tst_FakeTikTok::codeFrom(const Answer &answer) const
{
    return QUrlQuery(QUrl::fromEncoded(answer.location))
        .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
}

Answer tst_FakeTikTok::exchange(const QString &code, const QString &verifier, const QString &redirect)
{
    return request("POST", QStringLiteral("/v2/oauth/token/"),
        encodeForm({ { QStringLiteral("client_key"), Key }, { QStringLiteral("client_secret"), Secret },
            { QStringLiteral("code"), code },
            { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
            { QStringLiteral("redirect_uri"), redirect.isEmpty() ? m_redirect : redirect },
            { QStringLiteral("code_verifier"), verifier } }));
}

QJsonObject tst_FakeTikTok::signIn(const QString &scope)
{
    const Answer answer = exchange(codeFrom(authorize({ { QStringLiteral("scope"), scope } })));
    if (answer.status != 200)
        qFatal("sign-in failed: %s", answer.body.constData());
    return answer.json();
}

void tst_FakeTikTok::authorizeRefusals_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("unknown client key")
        << QStringLiteral("client_key") << QStringLiteral("awother") << QByteArray("client_key");
    QTest::newRow("client key with a space")
        << QStringLiteral("client_key") << Key + QLatin1Char(' ') << QByteArray("client_key");
    QTest::newRow("unregistered redirect")
        << QStringLiteral("redirect_uri") << QStringLiteral("http://127.0.0.1:41234/other/")
        << QByteArray("redirect_uri");
    QTest::newRow("trailing slash differs")
        << QStringLiteral("redirect_uri") << QStringLiteral("http://127.0.0.1:41234/callback")
        << QByteArray("redirect_uri");
    QTest::newRow("missing challenge")
        << QStringLiteral("code_challenge") << QString() << QByteArray("code_challenge");
    QTest::newRow("plain method") << QStringLiteral("code_challenge_method") << QStringLiteral("plain")
                                  << QByteArray("code_challenge_method");
    QTest::newRow("no state") << QStringLiteral("state") << QString() << QByteArray("state");
}

void tst_FakeTikTok::authorizeRefusals()
{
    // TikTok shows its own error page and never redirects back.
    QFETCH(QString, parameter);
    QFETCH(QString, value);
    QFETCH(QByteArray, mentions);
    const Answer answer
        = value.isEmpty() ? authorize({}, { parameter }) : authorize({ { parameter, value } });
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.location.isEmpty());
    QVERIFY(answer.body.contains("tiktok-error"));
    QVERIFY(answer.body.contains(mentions));
}

void tst_FakeTikTok::authorizeRedirectErrors_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("space-separated scopes")
        << QStringLiteral("scope") << QStringLiteral("user.info.basic video.upload")
        << QStringLiteral("invalid_scope");
    QTest::newRow("scope the app lacks")
        << QStringLiteral("scope") << QStringLiteral("user.info.stats") << QStringLiteral("invalid_scope");
    QTest::newRow("token response type") << QStringLiteral("response_type") << QStringLiteral("token")
                                         << QStringLiteral("unsupported_response_type");
}

void tst_FakeTikTok::authorizeRedirectErrors()
{
    QFETCH(QString, parameter);
    QFETCH(QString, value);
    QFETCH(QString, error);
    const Answer answer = authorize({ { parameter, value } });
    QCOMPARE(answer.status, 302);
    const QUrlQuery query(QUrl::fromEncoded(answer.location));
    QCOMPARE(query.queryItemValue(QStringLiteral("error")), error);
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("st4te"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
}

void tst_FakeTikTok::wildcardPortMatching_data()
{
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("any port") << QStringLiteral("http://127.0.0.1:5/callback/") << true;
    QTest::newRow("high port") << QStringLiteral("http://127.0.0.1:65535/callback/") << true;
    QTest::newRow("port too big") << QStringLiteral("http://127.0.0.1:65536/callback/") << false;
    QTest::newRow("no port") << QStringLiteral("http://127.0.0.1/callback/") << false;
    QTest::newRow("leading zero") << QStringLiteral("http://127.0.0.1:080/callback/") << false;
    QTest::newRow("letters") << QStringLiteral("http://127.0.0.1:80a/callback/") << false;
    QTest::newRow("localhost is another URI") << QStringLiteral("http://localhost:5/callback/") << false;
    QTest::newRow("fixed registration") << QStringLiteral("http://localhost:8080/callback") << true;
    QTest::newRow("fixed registration, other port")
        << QStringLiteral("http://localhost:8081/callback") << false;
}

void tst_FakeTikTok::wildcardPortMatching()
{
    QFETCH(QString, redirect);
    QFETCH(bool, accepted);
    m_redirect = redirect;
    QCOMPARE(authorize().status, accepted ? 302 : 400);
}

void tst_FakeTikTok::codesNeedDecodingAndAreSingleUse()
{
    const Answer answer = authorize();
    QCOMPARE(answer.status, 302);
    QVERIFY(answer.location.startsWith(m_redirect.toUtf8() + "?code="));
    QVERIFY(answer.location.contains("%2A")); // the client must URL-decode the code
    const QString code = codeFrom(answer);
    QVERIFY(code.contains(QLatin1Char('*')));
    QCOMPARE(QUrlQuery(QUrl::fromEncoded(answer.location))
                 .queryItemValue(QStringLiteral("scopes"), QUrl::FullyDecoded),
        QStringLiteral("user.info.basic,video.upload"));
    // Sending it still encoded fails.
    QCOMPARE(exchange(QString::fromLatin1(QUrl::toPercentEncoding(code))).oauthError(),
        QStringLiteral("invalid_grant"));
    const Answer first = exchange(code);
    QCOMPARE(first.status, 200);
    QVERIFY(first.json().value(QLatin1String("access_token")).toString().startsWith(QLatin1String("act.")));
    QCOMPARE(first.json().value(QLatin1String("scope")).toString(),
        QStringLiteral("user.info.basic,video.upload"));
    const Answer second = exchange(code);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.oauthError(), QStringLiteral("invalid_grant"));
    QVERIFY(!second.json().value(QLatin1String("log_id")).toString().isEmpty());
}

void tst_FakeTikTok::base64urlChallengeFailsAtTokenTime()
{
    // Accepted by the authorize page, refused only at the token exchange (the spec's trap).
    const Answer answer = authorize({ { QStringLiteral("code_challenge"), Base64Challenge } });
    QCOMPARE(answer.status, 302);
    const Answer token = exchange(codeFrom(answer));
    QCOMPARE(token.oauthError(), QStringLiteral("invalid_request"));
    QCOMPARE(token.json().value(QLatin1String("error_description")).toString(),
        QStringLiteral("Code verifier or code challenge is invalid."));
}

void tst_FakeTikTok::tokenRequestRules_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const auto form = [](const QList<QPair<QString, QString>> &pairs) {
        return encodeForm(pairs);
    };
    QTest::newRow("JSON body") << QByteArray("{}") << QByteArray("application/json") << 400
                               << QStringLiteral("invalid_request");
    QTest::newRow("no client") << form({ { QStringLiteral("grant_type"), QStringLiteral("refresh_token") } })
                               << QByteArray("application/x-www-form-urlencoded") << 400
                               << QStringLiteral("invalid_request");
    QTest::newRow("wrong secret") << form(
        { { QStringLiteral("client_key"), Key }, { QStringLiteral("client_secret"), QStringLiteral("x") },
            { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
            { QStringLiteral("refresh_token"), QStringLiteral("rft.x") } })
                                  << QByteArray("application/x-www-form-urlencoded") << 401
                                  << QStringLiteral("invalid_client");
    QTest::newRow("unknown grant") << form(
        { { QStringLiteral("client_key"), Key }, { QStringLiteral("client_secret"), Secret },
            { QStringLiteral("grant_type"), QStringLiteral("password") } })
                                   << QByteArray("application/x-www-form-urlencoded") << 400
                                   << QStringLiteral("unsupported_grant_type");
    QTest::newRow("duplicate field") << form(
        { { QStringLiteral("client_key"), Key }, { QStringLiteral("client_key"), Key } })
                                     << QByteArray("application/x-www-form-urlencoded") << 400
                                     << QStringLiteral("invalid_request");
    QTest::newRow("unknown refresh token")
        << form({ { QStringLiteral("client_key"), Key }, { QStringLiteral("client_secret"), Secret },
               { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
               { QStringLiteral("refresh_token"), QStringLiteral("rft.nope") } })
        << QByteArray("application/x-www-form-urlencoded") << 400 << QStringLiteral("invalid_grant");
}

void tst_FakeTikTok::tokenRequestRules()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, error);
    const Answer answer = request("POST", QStringLiteral("/v2/oauth/token/"), body, contentType);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.oauthError(), error);
    m_fake->setOAuthErrorStatus(FakeTikTok::OAuthErrorStatus::Http200);
    const Answer as200 = request("POST", QStringLiteral("/v2/oauth/token/"), body, contentType);
    QCOMPARE(as200.status, 200);
    QCOMPARE(as200.oauthError(), error);
}

void tst_FakeTikTok::clientCredentials()
{
    const auto ask = [this](const QString &secret) {
        return request("POST", QStringLiteral("/v2/oauth/token/"),
            encodeForm({ { QStringLiteral("client_key"), Key }, { QStringLiteral("client_secret"), secret },
                { QStringLiteral("grant_type"), QStringLiteral("client_credentials") } }));
    };
    // The right pair: a client token (about 2 hours, Bearer), no refresh token, no user.
    const Answer granted = ask(Secret);
    QCOMPARE(granted.status, 200);
    const QJsonObject token = granted.json();
    QVERIFY(token.value(QLatin1String("access_token")).toString().startsWith(QLatin1String("clt.")));
    QCOMPARE(token.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(token.value(QLatin1String("expires_in")).toInt(), 7200);
    QVERIFY(!token.contains(QLatin1String("refresh_token")));
    QVERIFY(!token.contains(QLatin1String("open_id")));
    QCOMPARE(
        m_fake->issuedClientTokens(), QStringList { token.value(QLatin1String("access_token")).toString() });
    // A client token is not a user's: user info refuses it.
    QCOMPARE(request("GET", QStringLiteral("/v2/user/info/?fields=open_id"), {}, {},
                 token.value(QLatin1String("access_token")).toString().toUtf8())
                 .apiCode(),
        QStringLiteral("access_token_invalid"));
    // A wrong pair: invalid_client, in TikTok's OAuth error shape.
    const Answer wrong = ask(QStringLiteral("reset-in-the-portal"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.oauthError(), QStringLiteral("invalid_client"));
    QVERIFY(!wrong.json().value(QLatin1String("log_id")).toString().isEmpty());
    // An app without client tokens gets another error, never a token.
    m_fake->app(Key)->clientTokens = false;
    const Answer refused = ask(Secret);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.oauthError(), QStringLiteral("unauthorized_client"));
    QCOMPARE(m_fake->issuedClientTokens().size(), 1);
}

void tst_FakeTikTok::codesExpire()
{
    m_fake->setCodeLifetime(60);
    const QString code = codeFrom(authorize());
    m_fake->advanceClock(61);
    QCOMPARE(exchange(code).oauthError(), QStringLiteral("invalid_grant"));
    // A wrong verifier and a different redirect URI are refused too.
    const QString fresh = codeFrom(authorize());
    QCOMPARE(exchange(fresh, QString(Verifier).replace(0, 1, QLatin1Char('e'))).oauthError(),
        QStringLiteral("invalid_request"));
    QCOMPARE(exchange(fresh, Verifier, QStringLiteral("http://127.0.0.1:41235/callback/")).oauthError(),
        QStringLiteral("invalid_grant"));
    QCOMPARE(exchange(fresh).status, 200);
}

void tst_FakeTikTok::refreshRotates()
{
    const QJsonObject tokens = signIn();
    const auto refresh = [this](const QString &token) {
        return request("POST", QStringLiteral("/v2/oauth/token/"),
            encodeForm({ { QStringLiteral("client_key"), Key }, { QStringLiteral("client_secret"), Secret },
                { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                { QStringLiteral("refresh_token"), token } }));
    };
    const QString first = tokens.value(QLatin1String("refresh_token")).toString();
    const Answer renewed = refresh(first);
    QCOMPARE(renewed.status, 200);
    const QString second = renewed.json().value(QLatin1String("refresh_token")).toString();
    QVERIFY(second != first);
    QCOMPARE(refresh(first).oauthError(), QStringLiteral("invalid_grant"));
    QCOMPARE(refresh(second).status, 200);
    m_fake->setRefreshTokenLifetime(10);
    const QString third = signIn().value(QLatin1String("refresh_token")).toString();
    m_fake->advanceClock(11);
    QCOMPARE(refresh(third).oauthError(), QStringLiteral("invalid_grant"));
}

void tst_FakeTikTok::accessTokensExpireOnTheClock()
{
    m_fake->setAccessTokenLifetime(100);
    const QByteArray token = signIn().value(QLatin1String("access_token")).toString().toUtf8();
    const QString path = QStringLiteral("/v2/user/info/?fields=open_id");
    QCOMPARE(request("GET", path, {}, {}, token).status, 200);
    m_fake->advanceClock(101);
    const Answer expired = request("GET", path, {}, {}, token);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.apiCode(), QStringLiteral("access_token_invalid"));
    QCOMPARE(request("GET", path).apiCode(), QStringLiteral("access_token_invalid"));
}

void tst_FakeTikTok::userInfoFieldsAndScopes()
{
    const QByteArray token = signIn().value(QLatin1String("access_token")).toString().toUtf8();
    const Answer all = request("GET",
        QStringLiteral("/v2/user/info/?fields=open_id,union_id,avatar_url,display_name"), {}, {}, token);
    QCOMPARE(all.status, 200);
    QCOMPARE(all.apiCode(), QStringLiteral("ok"));
    const QJsonObject user
        = all.json().value(QLatin1String("data")).toObject().value(QLatin1String("user")).toObject();
    QCOMPARE(user.value(QLatin1String("display_name")).toString(), m_fake->user().displayName);
    QCOMPARE(user.size(), 4);
    QCOMPARE(request("GET", QStringLiteral("/v2/user/info/?fields=open_id,follower_count"), {}, {}, token)
                 .apiCode(),
        QStringLiteral("scope_permission_missed"));
    QCOMPARE(request("GET", QStringLiteral("/v2/user/info/"), {}, {}, token).apiCode(),
        QStringLiteral("invalid_params"));
    const QByteArray uploadOnly
        = signIn(QStringLiteral("video.upload")).value(QLatin1String("access_token")).toString().toUtf8();
    const Answer missing
        = request("GET", QStringLiteral("/v2/user/info/?fields=open_id"), {}, {}, uploadOnly);
    QCOMPARE(missing.status, 401);
    QCOMPARE(missing.apiCode(), QStringLiteral("scope_not_authorized"));
}

void tst_FakeTikTok::twoAccountsAnswerForTheirOwnTokens()
{
    const FakeUser first = m_fake->user();
    const QByteArray firstToken = signIn().value(QLatin1String("access_token")).toString().toUtf8();
    FakeUser second;
    second.openId = QStringLiteral("fake-open-id-0002");
    second.displayName = QStringLiteral("Second Account");
    m_fake->setUser(second);
    const QJsonObject secondTokens = signIn();
    QCOMPARE(secondTokens.value(QLatin1String("open_id")).toString(), second.openId);
    const QByteArray secondToken = secondTokens.value(QLatin1String("access_token")).toString().toUtf8();
    for (const auto &[token, expected] :
        { std::pair { firstToken, first }, std::pair { secondToken, second } }) {
        const Answer answer
            = request("GET", QStringLiteral("/v2/user/info/?fields=open_id,display_name"), {}, {}, token);
        const QJsonObject user
            = answer.json().value(QLatin1String("data")).toObject().value(QLatin1String("user")).toObject();
        QCOMPARE(user.value(QLatin1String("open_id")).toString(), expected.openId);
        QCOMPARE(user.value(QLatin1String("display_name")).toString(), expected.displayName);
    }
}

void tst_FakeTikTok::creatorInfoRules()
{
    const QByteArray token = signIn().value(QLatin1String("access_token")).toString().toUtf8();
    const QString path = QStringLiteral("/v2/post/publish/creator_info/query/");
    QCOMPARE(
        request("POST", path, {}, "application/json", token).apiCode(), QStringLiteral("invalid_params"));
    const Answer ok = request("POST", path, {}, "application/json; charset=UTF-8", token);
    QCOMPARE(ok.apiCode(), QStringLiteral("ok"));
    QCOMPARE(ok.json()
                 .value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("privacy_level_options"))
                 .toArray()
                 .size(),
        4);
    m_fake->user().postingBlock = QStringLiteral("reached_active_user_cap");
    const Answer blocked = request("POST", path, {}, "application/json; charset=UTF-8", token);
    QCOMPARE(blocked.status, 200);
    QCOMPARE(blocked.apiCode(), QStringLiteral("reached_active_user_cap"));
    const QByteArray noPublish
        = signIn(QStringLiteral("user.info.basic")).value(QLatin1String("access_token")).toString().toUtf8();
    QCOMPARE(request("POST", path, {}, "application/json; charset=UTF-8", noPublish).apiCode(),
        QStringLiteral("scope_not_authorized"));
}

void tst_FakeTikTok::sandboxQuotaResetsDaily()
{
    m_fake->app(Key)->sandbox = true;
    m_fake->setSandboxDailyQuota(2);
    const QByteArray token = signIn().value(QLatin1String("access_token")).toString().toUtf8();
    const QString path = QStringLiteral("/v2/user/info/?fields=open_id");
    QCOMPARE(request("GET", path, {}, {}, token).status, 200);
    QCOMPARE(request("GET", path, {}, {}, token).status, 200);
    const Answer over = request("GET", path, {}, {}, token);
    QCOMPARE(over.status, 429);
    QCOMPARE(over.apiCode(), QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(m_fake->apiCallsToday(Key), 3);
    m_fake->setAccessTokenLifetime(3 * 86400);
    const QByteArray longLived = signIn().value(QLatin1String("access_token")).toString().toUtf8();
    m_fake->advanceClock(86400);
    QCOMPARE(request("GET", path, {}, {}, longLived).status, 200);
}

void tst_FakeTikTok::revoke()
{
    const QJsonObject tokens = signIn();
    const QString access = tokens.value(QLatin1String("access_token")).toString();
    const Answer answer = request("POST", QStringLiteral("/v2/oauth/revoke/"),
        encodeForm({ { QStringLiteral("client_key"), Key }, { QStringLiteral("client_secret"), Secret },
            { QStringLiteral("token"), access } }));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json(), QJsonObject());
    QVERIFY(!m_fake->isAccessTokenValid(access));
    QVERIFY(!m_fake->isRefreshTokenValid(tokens.value(QLatin1String("refresh_token")).toString()));
}

void tst_FakeTikTok::faultInjection()
{
    m_fake->failNextRequests(1, 503, QStringLiteral("/v2/oauth/"));
    m_fake->rateLimitNextRequests(1, 7, QStringLiteral("/v2/oauth/"));
    // The authorize page is never hit by faults.
    QCOMPARE(authorize().status, 302);
    const Answer failed = request("POST", QStringLiteral("/v2/oauth/token/"), "x=1");
    QCOMPARE(failed.status, 503);
    QCOMPARE(failed.apiCode(), QStringLiteral("internal_error"));
    const Answer limited = request("POST", QStringLiteral("/v2/oauth/token/"), "x=1");
    QCOMPARE(limited.status, 429);
    QCOMPARE(request("POST", QStringLiteral("/v2/oauth/token/"), "x=1").status, 400);
    QCOMPARE(m_fake->requests().last().status, 400);
}

void tst_FakeTikTok::consentPageHasRealButtons()
{
    m_fake->setConsentMode(FakeTikTok::ConsentMode::Interactive);
    const Answer page = authorize();
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains(
        "<button type=\"submit\" id=\"authorize\" name=\"decision\" value=\"allow\">Authorize</button>"));
    QVERIFY(page.body.contains(
        "<button type=\"submit\" id=\"deny\" name=\"decision\" value=\"deny\">Deny</button>"));
    QVERIFY(page.body.contains("method=\"post\""));
    // A forged consent id is refused.
    const Answer forged
        = request("POST", QStringLiteral("/v2/auth/authorize/consent/"), "consent_id=nope&decision=allow");
    QCOMPARE(forged.status, 400);
}

void tst_FakeTikTok::addedRoutesWin()
{
    m_fake->addRoute(
        "PUT", QStringLiteral("/upload/"),
        [](const FakeHttpRequest &request) {
            FakeHttpResponse response;
            response.status = 201;
            response.body = QByteArray::number(request.body.size());
            return response;
        },
        FakeTikTok::Match::Prefix);
    const Answer answer = request("PUT", QStringLiteral("/upload/abc"), QByteArray(100000, 'v'), "video/mp4");
    QCOMPARE(answer.status, 201);
    QCOMPARE(answer.body, QByteArray("100000"));
}

void tst_FakeTikTok::everyAnswerIsDated()
{
    const auto dateOf = [](const Answer &answer) {
        QDateTime date = QLocale::c().toDateTime(
            QString::fromLatin1(answer.date), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        date.setTimeSpec(Qt::UTC);
        return date;
    };
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QDateTime plain = dateOf(request("GET", QStringLiteral("/v2/user/info/?fields=open_id")));
    QVERIFY2(plain.isValid(), "the answer has no IMF-fixdate Date header");
    QVERIFY(plain >= before && plain <= QDateTime::currentDateTimeUtc().addSecs(1));
    QCOMPARE(dateOf(authorize({}, { QStringLiteral("client_key") })).isValid(), true);

    m_fake->setDateSkew(-600);
    const QDateTime skewed = dateOf(request("GET", QStringLiteral("/v2/user/info/?fields=open_id")));
    QVERIFY(qAbs(skewed.secsTo(QDateTime::currentDateTimeUtc()) - 600) <= 2);
}

QTEST_GUILESS_MAIN(tst_FakeTikTok)
#include "tst_faketiktok.moc"
