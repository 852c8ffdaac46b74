#pragma once

#include "fakehttpserver.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace FakeTikTokTest {

/// An app registered in the fake Developer Portal.
struct FakeApp
{
    QString clientKey;
    QString clientSecret;
    /// Registered redirect URIs, matched character for character; `*` as the port matches any port.
    QStringList redirectUris;
    /// Scopes the app's products allow; asking for others gives `invalid_scope`.
    QStringList scopes { QStringLiteral("user.info.basic"), QStringLiteral("video.upload"),
        QStringLiteral("video.publish") };
    /// Sandbox apps count API calls against a daily quota (setSandboxDailyQuota()).
    bool sandbox = false;
    /// Not yet reviewed: only SELF_ONLY privacy is offered by creator info.
    bool unaudited = false;
    /// Whether grant_type=client_credentials issues a client token. TikTok documents client tokens for the
    /// Research and Commercial Content APIs; what an app without them gets is not documented, so the fake
    /// can answer `unauthorized_client` instead (what a client must treat as inconclusive).
    bool clientTokens = true;
};

/// The TikTok account signed in to the fake's "browser session".
struct FakeUser
{
    QString openId = QStringLiteral("fake-open-id-0001");
    QString unionId = QStringLiteral("fake-union-id-0001");
    QString displayName = QStringLiteral("Skybeam Tester");
    QString username = QStringLiteral("skybeam.tester");
    QString avatarUrl = QStringLiteral("https://example.invalid/avatar.jpg");
    QStringList privacyLevelOptions { QStringLiteral("PUBLIC_TO_EVERYONE"),
        QStringLiteral("MUTUAL_FOLLOW_FRIENDS"), QStringLiteral("FOLLOWER_OF_CREATOR"),
        QStringLiteral("SELF_ONLY") };
    bool commentDisabled = false;
    bool duetDisabled = false;
    bool stitchDisabled = false;
    int maxVideoPostDurationSec = 600;
    /// When set (e.g. "spam_risk_too_many_posts"), creator info answers this error code with HTTP 200.
    QString postingBlock;
};

/// A token the fake issued, for routes added by later tests (e.g. Content Posting uploads).
struct FakeAccessToken
{
    QString token;
    QString clientKey;
    QString openId;
    QStringList scopes;
    QDateTime expiresAt;
    bool revoked = false;
};

/// A strict fake of TikTok's authorize page, OAuth endpoints and API v2 (user info, creator info) on a
/// loopback port, enforcing the contract in docs/spec/tiktok-api.md: registered apps and redirect URIs
/// (wildcard ports), hex PKCE checked at token time, single-use expiring codes, access-token expiry on a
/// controllable clock, refresh-token rotation, granted scopes, the sandbox quota, TikTok's error bodies and
/// statuses, and fault injection. Extensible with addRoute(). Lives in the test's thread.
class FakeTikTok final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeTikTok)

public:
    enum class ConsentMode { Interactive, AutoApprove, AutoDeny };
    /// How OAuth errors of the token and revoke endpoints are sent: 4xx statuses, or HTTP 200 (seen too).
    enum class OAuthErrorStatus { Http4xx, Http200 };
    enum class Match { Exact, Prefix };
    using Handler = std::function<FakeHttpResponse(const FakeHttpRequest &request)>;

    /// One request as received, for assertions (holds secrets: test use only).
    struct LoggedRequest
    {
        QByteArray method;
        QString path;
        QList<QPair<QString, QString>> query;
        QList<QPair<QString, QString>> form;
        QByteArray authorization;
        QByteArray contentType;
        int status = 0;
        QString formValue(const QString &name) const;
        QString queryValue(const QString &name) const;
    };

    explicit FakeTikTok(QObject *parent = nullptr);
    ~FakeTikTok() override;

    /// Listens on 127.0.0.1 (`port` 0: a free one).
    bool listen(quint16 port = 0);
    quint16 port() const;
    /// http://127.0.0.1:PORT/v2/auth/authorize/ — for SKYBEAM_TIKTOK_AUTH_URL.
    QUrl authorizeUrl() const;
    /// http://127.0.0.1:PORT — for SKYBEAM_TIKTOK_API_BASE.
    QUrl apiBase() const;

    void addApp(const FakeApp &app);
    FakeApp *app(const QString &clientKey);
    /// Signs the fake's "browser session" in to `user`; the accounts signed in before keep answering for
    /// the tokens issued to them (user info, creator info follow the token's open_id), so a test can
    /// consent with two different accounts.
    void setUser(const FakeUser &user);
    FakeUser &user() { return m_user; }

    void setConsentMode(ConsentMode mode) { m_consentMode = mode; }
    /// Scopes the user leaves ticked on the consent page (auto-approve); empty = everything asked for.
    void setGrantedScopes(const QStringList &scopes) { m_grantedScopes = scopes; }
    void setOAuthErrorStatus(OAuthErrorStatus status) { m_oauthErrorStatus = status; }

    /// The fake's clock (real time plus an offset) drives every expiry.
    QDateTime now() const;
    void advanceClock(qint64 seconds) { m_clockOffset += seconds; }
    /// Every response's Date header states now() plus `seconds` (a server clock that is off, as seen by
    /// the client: the doctor's clock-skew check); expiries keep following now().
    void setDateSkew(qint64 seconds) { m_dateSkew = seconds; }
    void setCodeLifetime(int seconds) { m_codeLifetime = seconds; }
    void setAccessTokenLifetime(int seconds) { m_accessLifetime = seconds; }
    void setRefreshTokenLifetime(int seconds) { m_refreshLifetime = seconds; }
    /// API calls per day per sandbox app (default 20, as the runbook says).
    void setSandboxDailyQuota(int calls) { m_sandboxQuota = calls; }

    /// The next `count` requests whose path starts with `pathPrefix` get `status` (e.g. 503) with an
    /// internal_error body.
    void failNextRequests(int count, int status = 503, const QString &pathPrefix = QStringLiteral("/v2/"));
    /// The next `count` matching requests get 429 rate_limit_exceeded, with Retry-After when >= 0.
    void rateLimitNextRequests(
        int count, int retryAfterSeconds = -1, const QString &pathPrefix = QStringLiteral("/v2/"));
    /// The next `count` matching requests are never answered (timeouts).
    void hangNextRequests(int count, const QString &pathPrefix = QStringLiteral("/v2/"));
    /// The next `count` matching requests have their connection closed without an answer.
    void dropNextRequests(int count, const QString &pathPrefix = QStringLiteral("/v2/"));

    /// Invalidates every token and refresh token issued so far (as if revoked in the TikTok app).
    void revokeEverything();

    const QList<LoggedRequest> &requests() const { return m_log; }
    int requestCount(const QString &path) const;
    /// Requests to the token endpoint with this `grant_type` (authorization_code, refresh_token,
    /// client_credentials).
    int tokenRequests(const QString &grantType) const;
    QStringList issuedAccessTokens() const { return m_issuedAccess; }
    QStringList issuedRefreshTokens() const { return m_issuedRefresh; }
    QStringList issuedCodes() const { return m_issuedCodes; }
    /// Client tokens (grant_type=client_credentials): they identify the app, never a user.
    QStringList issuedClientTokens() const { return m_issuedClient; }
    bool isAccessTokenValid(const QString &token) const;
    bool isRefreshTokenValid(const QString &token) const;
    /// API calls counted against the sandbox quota today for `clientKey`.
    int apiCallsToday(const QString &clientKey) const;

    /// Adds a route (later tests add Content Posting endpoints). Routes added later win over built-ins.
    void addRoute(const QByteArray &method, const QString &path, Handler handler, Match match = Match::Exact);
    /// For routes: checks the Bearer token, the sandbox quota and `requiredScope`; on failure returns
    /// nullptr and sets `denial` to TikTok's answer.
    const FakeAccessToken *authenticate(
        const FakeHttpRequest &request, const QString &requiredScope, FakeHttpResponse *denial);
    /// TikTok API v2 answers: `{"data": data, "error": {"code": "ok", ...}}` and the error shape.
    FakeHttpResponse apiOk(const QJsonObject &data) const;
    FakeHttpResponse apiError(int status, const QString &code, const QString &message) const;
    static QString newLogId();

private:
    struct Route
    {
        QByteArray method;
        QString path;
        Match match;
        Handler handler;
    };
    struct Fault
    {
        enum class Kind { Status, RateLimit, Hang, Drop };
        Kind kind;
        int remaining;
        int status;
        int retryAfter;
        QString pathPrefix;
    };
    struct PendingConsent
    {
        QString clientKey;
        QString redirectUri;
        QString state;
        QString challenge;
        QStringList scopes;
    };
    struct Code
    {
        QString clientKey;
        QString redirectUri;
        QString challenge;
        QStringList scopes;
        QString openId;
        QDateTime expiresAt;
        bool used = false;
    };
    struct RefreshToken
    {
        QString clientKey;
        QString openId;
        QStringList scopes;
        QDateTime expiresAt;
        bool used = false;
        bool revoked = false;
    };

    FakeHttpResponse dispatch(const FakeHttpRequest &request);
    FakeHttpResponse authorize(const FakeHttpRequest &request);
    FakeHttpResponse consent(const FakeHttpRequest &request);
    FakeHttpResponse token(const FakeHttpRequest &request, const QList<QPair<QString, QString>> &form);
    FakeHttpResponse revoke(const FakeHttpRequest &request, const QList<QPair<QString, QString>> &form);
    FakeHttpResponse userInfo(const FakeHttpRequest &request);
    FakeHttpResponse creatorInfo(const FakeHttpRequest &request);
    FakeHttpResponse redirectWithCode(const PendingConsent &pending, const QStringList &granted);
    FakeHttpResponse redirectWithError(
        const PendingConsent &pending, const QString &error, const QString &description) const;
    FakeHttpResponse oauthError(int status, const QString &error, const QString &description) const;
    FakeHttpResponse errorPage(const QString &message) const;
    FakeHttpResponse issueTokens(const QString &clientKey, const QString &openId, const QStringList &scopes);
    bool redirectRegistered(const FakeApp &app, const QString &redirectUri) const;
    bool countApiCall(const QString &clientKey);
    const FakeUser &account(const QString &openId) const;
    qint64 day() const;

    FakeHttpServer *m_server;
    QList<Route> m_routes;
    QHash<QString, FakeApp> m_apps;
    FakeUser m_user;
    QHash<QString, FakeUser> m_otherAccounts;
    ConsentMode m_consentMode = ConsentMode::AutoApprove;
    QStringList m_grantedScopes;
    OAuthErrorStatus m_oauthErrorStatus = OAuthErrorStatus::Http4xx;
    qint64 m_clockOffset = 0;
    qint64 m_dateSkew = 0;
    int m_codeLifetime = 300;
    int m_accessLifetime = 86400;
    int m_refreshLifetime = 365 * 86400;
    int m_sandboxQuota = 20;
    QList<Fault> m_faults;
    QHash<QString, PendingConsent> m_consents;
    QHash<QString, Code> m_codes;
    QHash<QString, FakeAccessToken> m_accessTokens;
    QHash<QString, RefreshToken> m_refreshTokens;
    QHash<QString, QPair<qint64, int>> m_quota;
    QStringList m_issuedAccess;
    QStringList m_issuedRefresh;
    QStringList m_issuedCodes;
    QStringList m_issuedClient;
    QList<LoggedRequest> m_log;
};

} // namespace FakeTikTokTest
