#pragma once

#include "common/browserlauncher.h"
#include "common/error.h"
#include "credentials/tiktokcredentials.h"
#include "oauth/authorizationrequest.h"
#include "oauth/redirecturi.h"
#include "oauth/tiktokcall.h"
#include "oauth/tiktokendpoints.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QTimer;

namespace Skybeam {

class LoopbackReceiver;
class TikTokApiClient;
class TokenClient;
struct AuthorizationCallback;

/// What one sign-in needs.
struct LoginConfig
{
    enum class AccountPolicy {
        AllowOtherAccount, ///< report a different account in LoginResult::accountChanged
        RequireSameAccount ///< fail with "oauth.other_account" when open_id differs from previousOpenId
    };

    QString clientKey;
    QString clientSecret;
    /// As registered; a wildcard port (http://127.0.0.1:*/callback/) gets a free port.
    QString redirectUri = RedirectUri::defaultUri();
    QStringList scopes = AuthorizationRequest::defaultScopes();
    /// How long to wait for the browser to come back.
    int timeoutSeconds = 300;
    TikTokEndpoints endpoints;
    /// The open_id stored before, to notice another account; empty when none.
    QString previousOpenId;
    AccountPolicy accountPolicy = AccountPolicy::AllowOtherAccount;
    /// Before the browser opens, ask TikTok whether it accepts the key and secret (one client-credentials
    /// call): a pair TikTok rejects fails at once, before the operator signs in.
    bool checkKeysFirst = false;
};

/// What the client-credentials check before the browser said about the key and secret.
enum class KeyCheck {
    NotAsked,
    /// TikTok issued a client token: the pair is right.
    Accepted,
    /// Any answer but a token or `invalid_client` (e.g. an app without client tokens, a network error):
    /// nothing is known, the sign-in goes on.
    Inconclusive,
    /// `invalid_client`: the pair is wrong.
    Rejected,
};

/// The outcome of a sign-in: an Error, or the tokens with who signed in. Holds secrets: never log it.
struct LoginResult
{
    Error error;
    QString clientKey;
    QString clientSecret;
    /// TikTok's token response as received (access and refresh token, lifetimes, scope, open_id).
    QJsonObject tokenResponse;
    QDateTime obtainedAt;
    QString openId;
    /// Empty when user info could not be read (the sign-in still succeeded).
    QString displayName;
    QString avatarUrl;
    QStringList grantedScopes;
    /// Requested but not granted by the user.
    QStringList missingScopes;
    /// The concrete redirect URI used for authorize and token exchange.
    QString redirectUri;
    /// The open_id differs from LoginConfig::previousOpenId.
    bool accountChanged = false;
    /// No account was stored before (LoginConfig::previousOpenId empty): the operator must be shown
    /// prominently which account was connected, so that a wrong one cannot pass unnoticed.
    bool firstLogin = false;
    /// The check of the key and secret before the browser opened (LoginConfig::checkKeysFirst).
    KeyCheck keyCheck = KeyCheck::NotAsked;

    bool isSuccess() const { return !error.isError(); }
    /// `stored` (unknown fields kept) with this sign-in's client key, secret, tokens, absolute times and
    /// authorized_at, ready for CredentialStore::save().
    TikTokCredentials credentials(const TikTokCredentials &stored = TikTokCredentials()) const;
};

/// One "Sign in with TikTok" attempt, from the authorize URL to stored-ready tokens.
///
///     start(config) ─(queued)─> bind LoopbackReceiver on the redirect URI's port (wildcard: a free one)
///       │  [checkKeysFirst] state = CheckingKeys: POST /v2/oauth/token/ grant_type=client_credentials,
///       │      once; invalid_client → Failed at once; a token or any other answer → on
///       │  authorizationUrlReady(url)      state = WaitingForBrowser, countdown from timeoutSeconds
///       │  opener(local start URL) ──> browser ──> TikTok consent (PKCE: hex SHA-256 challenge, state)
///       │  <── callback on the redirect URI: state checked; error → Failed; code (URL-decoded) ──┐
///       │  or submitCallbackAddress(line): the address the browser ended on, on another computer,   │
///       │      checked by CallbackAddress under the receiver's rule; whichever comes first, once ──┤
///       │  state = Exchanging                                                                    │
///       │  POST /v2/oauth/token/ (code, code_verifier, identical redirect_uri, client secret) <──┘
///       │  GET /v2/user/info/ (display name, when user.info.basic was granted)
///       │  browser answered with the outcome page; port closed
///       └> finished(result)  state = Succeeded | Failed   (cancel(), timeout: Failed at once)
///
/// start() never emits synchronously; finished() is emitted exactly once per start(). Nothing here
/// blocks or sleeps. Owns its receiver and clients; uses the given QNetworkAccessManager or makes one.
/// Lives in the creating (GUI or main) thread.
class LoginFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginFlow)

public:
    enum class State { Idle, Starting, CheckingKeys, WaitingForBrowser, Exchanging, Succeeded, Failed };
    Q_ENUM(State)

    /// `opener` may be empty (no browser is opened; show authorizationUrl() instead).
    explicit LoginFlow(BrowserOpener opener = {}, QObject *parent = nullptr);
    ~LoginFlow() override;

    void setNetworkAccessManager(QNetworkAccessManager *network);
    void setNetworkPolicy(const NetworkPolicy &policy) { m_policy = policy; }
    /// Receiver timings (tests shorten them): per-connection request deadline, callback hold time.
    void setReceiverTimeouts(int clientTimeoutMs, int holdTimeoutMs);

    /// Starts an attempt; returns false (and does nothing) while one is running.
    bool start(const LoginConfig &config);
    /// Ends a running attempt at once: the port is closed and finished() ("oauth.cancelled") is emitted
    /// before this returns.
    void cancel();

    /// The address the operator's browser ended on after TikTok's consent (on another computer, where
    /// the redirect could not load), pasted while WaitingForBrowser. Accepted once, like the receiver's
    /// callback and instead of it (CallbackAddress: loopback host, this port and path, this `state`, a code
    /// or an error); the verifier stays here. Returns the refusal, and the attempt keeps waiting; no error
    /// when accepted: the exchange starts, or (TikTok's error in the address) finished() is emitted
    /// before this returns. Never logs or returns the pasted text.
    Error submitCallbackAddress(const QString &pasted);

    State state() const { return m_state; }
    bool isRunning() const;
    /// After finished(): the page for the browser is still being sent. A process that is about to exit
    /// waits for browserAnswered() (bounded), or the browser sees a reset connection instead of the page.
    bool isAnsweringBrowser() const;
    /// Milliseconds left to come back from the browser while WaitingForBrowser; 0 otherwise.
    qint64 remainingTimeMs() const;
    /// The full TikTok authorize URL (for display and Copy).
    const QUrl &authorizationUrl() const { return m_authorizationUrl; }
    /// The short local address that forwards to it (what the browser is opened at).
    QUrl localStartUrl() const;
    /// The concrete redirect URI of the running attempt.
    QString redirectUri() const { return m_request.redirectUri(); }
    const LoginResult &result() const { return m_result; }

Q_SIGNALS:
    void stateChanged(Skybeam::LoginFlow::State state);
    /// The receiver listens; show `authorizationUrl`. Emitted before the browser is opened.
    void authorizationUrlReady(const QUrl &authorizationUrl);
    /// Whether the opener could start a browser (only when an opener was given).
    void browserOpened(bool opened);
    void finished(const Skybeam::LoginResult &result);
    /// After finished(): the browser has received its page (or gave up on it).
    void browserAnswered();

private:
    void begin();
    void onKeysChecked(TikTokCall *call);
    void openBrowser();
    void onCallback(const AuthorizationCallback &callback);
    void onTokens(TikTokCall *call);
    void onUserInfo(TikTokCall *call);
    void onTimeout();
    void succeed();
    void fail(const Error &error);
    void finish();
    void setState(State state);
    Error checkConfig() const;

    BrowserOpener m_opener;
    QPointer<QNetworkAccessManager> m_network;
    NetworkPolicy m_policy;
    int m_clientTimeoutMs;
    int m_holdTimeoutMs;
    LoginConfig m_config;
    AuthorizationRequest m_request;
    QUrl m_authorizationUrl;
    QString m_redirectPath;
    LoopbackReceiver *m_receiver = nullptr;
    TokenClient *m_tokenClient = nullptr;
    TikTokApiClient *m_apiClient = nullptr;
    QPointer<TikTokCall> m_call;
    QTimer *m_timeout = nullptr;
    QDeadlineTimer m_deadline;
    LoginResult m_result;
    State m_state = State::Idle;
    quint64 m_attempt = 0;
};

} // namespace Skybeam

Q_DECLARE_METATYPE(Skybeam::LoginResult)
