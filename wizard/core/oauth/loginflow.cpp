#include "oauth/loginflow.h"

#include "common/logging.h"
#include "oauth/authorizationcallback.h"
#include "oauth/callbackaddress.h"
#include "oauth/callbackpage.h"
#include "oauth/loopbackreceiver.h"
#include "oauth/tiktokapiclient.h"
#include "oauth/tiktokerrors.h"
#include "oauth/tokenclient.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <chrono>

namespace Skybeam {

namespace {

const QString UserInfoScope = QStringLiteral("user.info.basic");

bool hasWhitespace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

QStringList normalizedScopes(const QStringList &scopes)
{
    return TikTokCredentials::splitScopes(
        scopes.join(QLatin1Char(',')), TikTokCredentials::ScopeSeparators::Commas);
}

} // namespace

TikTokCredentials LoginResult::credentials(const TikTokCredentials &stored) const
{
    TikTokCredentials result = stored;
    result.clearTokens();
    result.setClientKey(clientKey);
    result.setClientSecret(clientSecret);
    result.applyTokenResponse(tokenResponse, obtainedAt);
    result.setAuthorizedAt(obtainedAt);
    return result;
}

LoginFlow::LoginFlow(BrowserOpener opener, QObject *parent)
    : QObject(parent)
    , m_opener(std::move(opener))
    , m_clientTimeoutMs(LoopbackReceiver::DefaultClientTimeoutMs)
    , m_holdTimeoutMs(LoopbackReceiver::DefaultHoldTimeoutMs)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &LoginFlow::onTimeout);
}

LoginFlow::~LoginFlow()
{
    if (m_call)
        m_call->abort();
}

void LoginFlow::setNetworkAccessManager(QNetworkAccessManager *network)
{
    m_network = network;
}

void LoginFlow::setReceiverTimeouts(int clientTimeoutMs, int holdTimeoutMs)
{
    m_clientTimeoutMs = clientTimeoutMs;
    m_holdTimeoutMs = holdTimeoutMs;
}

bool LoginFlow::isRunning() const
{
    return m_state == State::Starting || m_state == State::CheckingKeys || m_state == State::WaitingForBrowser
        || m_state == State::Exchanging;
}

qint64 LoginFlow::remainingTimeMs() const
{
    return m_state == State::WaitingForBrowser ? m_deadline.remainingTime() : 0;
}

QUrl LoginFlow::localStartUrl() const
{
    return m_receiver ? m_receiver->startUrl() : QUrl();
}

bool LoginFlow::start(const LoginConfig &config)
{
    if (isRunning())
        return false;
    ++m_attempt;
    m_config = config;
    m_config.scopes = normalizedScopes(config.scopes);
    m_result = LoginResult();
    m_result.clientKey = config.clientKey;
    m_result.clientSecret = config.clientSecret;
    m_authorizationUrl.clear();
    m_state = State::Starting;
    const quint64 attempt = m_attempt;
    QMetaObject::invokeMethod(
        this,
        [this, attempt] {
            if (attempt == m_attempt && m_state == State::Starting)
                begin();
        },
        Qt::QueuedConnection);
    return true;
}

Error LoginFlow::checkConfig() const
{
    if (m_config.clientKey.trimmed().isEmpty())
        return Error(ErrorCode::OAuth::MissingClientKey,
            tr("Enter your app's Client Key from the TikTok Developer Portal (Keys and Credentials)."));
    if (hasWhitespace(m_config.clientKey))
        return Error(ErrorCode::OAuth::ClientKeyWhitespace,
            tr("The client key contains spaces or line breaks. Copy the Client Key again from the Developer "
               "Portal, without them."));
    if (m_config.clientSecret.isEmpty())
        return Error(ErrorCode::OAuth::MissingClientSecret,
            tr("Enter your app's Client Secret from the TikTok Developer Portal (Keys and Credentials)."));
    if (hasWhitespace(m_config.clientSecret))
        return Error(ErrorCode::OAuth::ClientSecretWhitespace,
            tr("The client secret contains spaces or line breaks. Copy the Client Secret again from the "
               "Developer Portal, without them."));
    if (m_config.scopes.isEmpty())
        return Error(ErrorCode::OAuth::NoScopes,
            tr("No permissions (scopes) were given. Use user.info.basic,video.upload,video.publish."));
    static const QRegularExpression scopeName(QStringLiteral("^[A-Za-z0-9_.]+$"));
    for (const QString &scope : m_config.scopes) {
        if (!scopeName.match(scope).hasMatch())
            //: %1 is what the operator typed as a permission name.
            return Error(ErrorCode::OAuth::BadScope,
                tr("\"%1\" is not a TikTok permission name. Separate permissions with commas, for example "
                   "user.info.basic,video.upload,video.publish.")
                    .arg(scope));
    }
    if (m_config.timeoutSeconds <= 0)
        return Error(ErrorCode::OAuth::BadTimeout, tr("The time limit must be at least one second."));
    return {};
}

void LoginFlow::begin()
{
    const Error configError = checkConfig();
    if (configError.isError()) {
        fail(configError);
        return;
    }
    const Expected<RedirectUri> redirect = RedirectUri::parse(m_config.redirectUri);
    if (!redirect) {
        fail(redirect.error());
        return;
    }

    if (m_receiver)
        m_receiver->deleteLater();
    m_receiver = new LoopbackReceiver(this);
    connect(m_receiver, &LoopbackReceiver::delivered, this, &LoginFlow::browserAnswered);
    m_receiver->setClientTimeout(m_clientTimeoutMs);
    m_receiver->setHoldTimeout(m_holdTimeoutMs);
    const Error listenError = m_receiver->listen(*redirect);
    if (listenError.isError()) {
        fail(listenError);
        return;
    }
    m_redirectPath = redirect->path();

    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    delete m_tokenClient;
    delete m_apiClient;
    m_tokenClient = new TokenClient(m_config.endpoints, m_network, this);
    m_tokenClient->setNetworkPolicy(m_policy);
    m_apiClient = new TikTokApiClient(m_config.endpoints, m_network, this);
    m_apiClient->setNetworkPolicy(m_policy);

    if (m_config.checkKeysFirst) {
        setState(State::CheckingKeys);
        m_call = m_tokenClient->clientCredentials(m_config.clientKey, m_config.clientSecret);
        connect(m_call, &TikTokCall::finished, this, &LoginFlow::onKeysChecked);
        return;
    }
    openBrowser();
}

void LoginFlow::onKeysChecked(TikTokCall *call)
{
    m_call = nullptr;
    if (m_state != State::CheckingKeys)
        return;
    if (call->isSuccess()) {
        m_result.keyCheck = KeyCheck::Accepted;
    } else if (call->error().code() == ErrorCode::OAuth::InvalidClient) {
        m_result.keyCheck = KeyCheck::Rejected;
        fail(call->error());
        return;
    } else {
        // TikTok documents client tokens only for some products: any other answer says nothing about the
        // pair.
        qCDebug(lcOAuth) << "The key check was inconclusive:" << call->error().code();
        m_result.keyCheck = KeyCheck::Inconclusive;
    }
    openBrowser();
}

void LoginFlow::openBrowser()
{
    m_request = AuthorizationRequest::create(m_config.clientKey, m_config.scopes, m_receiver->redirectUri());
    m_result.redirectUri = m_request.redirectUri();
    m_authorizationUrl = m_request.url(m_config.endpoints.authorizeUrl());
    m_receiver->setExpectedState(m_request.state());
    m_receiver->setStartTarget(m_authorizationUrl);
    connect(m_receiver, &LoopbackReceiver::callbackReceived, this, &LoginFlow::onCallback);

    m_deadline = QDeadlineTimer(qint64(m_config.timeoutSeconds) * 1000);
    m_timeout->start(std::chrono::seconds(m_config.timeoutSeconds));
    qCDebug(lcOAuth) << "Sign-in started; redirect URI" << m_request.redirectUri() << "scopes"
                     << m_config.scopes.join(QLatin1Char(','));
    setState(State::WaitingForBrowser);
    const quint64 attempt = m_attempt;
    Q_EMIT authorizationUrlReady(m_authorizationUrl);
    if (attempt != m_attempt || m_state != State::WaitingForBrowser)
        return;
    if (m_opener) {
        const bool opened = m_opener(m_receiver->startUrl());
        qCDebug(lcOAuth) << (opened ? "Browser opened" : "No browser could be opened");
        if (attempt == m_attempt && m_state == State::WaitingForBrowser)
            Q_EMIT browserOpened(opened);
    }
}

Error LoginFlow::submitCallbackAddress(const QString &pasted)
{
    CallbackAddress::Expectation expected;
    expected.redirectUri = m_request.redirectUri();
    expected.path = m_redirectPath;
    expected.port = m_receiver ? m_receiver->port() : quint16(0);
    expected.state = m_request.state();
    if (m_state != State::WaitingForBrowser || !m_receiver) {
        const bool used = m_receiver && m_receiver->hasAccepted();
        const auto problem
            = used ? CallbackAddress::Problem::AlreadyUsed : CallbackAddress::Problem::NotWaiting;
        qCDebug(lcOAuth) << "Refused a pasted address:" << CallbackAddress::errorCode(problem);
        return CallbackAddress::error(problem, expected);
    }
    if (m_receiver->hasAccepted()) {
        qCDebug(lcOAuth) << "Refused a pasted address: the browser's callback came first";
        return CallbackAddress::error(CallbackAddress::Problem::AlreadyUsed, expected);
    }
    const CallbackAddress::Result checked = CallbackAddress::check(pasted, expected);
    if (!checked.isUsable()) {
        qCDebug(lcOAuth) << "Refused a pasted address:" << checked.error.code() << "- still waiting";
        return checked.error;
    }
    // From now on the browser's own callback (should it still arrive) is "already handled".
    m_receiver->acceptElsewhere();
    qCDebug(lcOAuth) << "Received TikTok's answer as a pasted address"
                     << (checked.callback.isError() ? "with an error" : "with a code");
    onCallback(checked.callback);
    return {};
}

void LoginFlow::onCallback(const AuthorizationCallback &callback)
{
    if (m_state != State::WaitingForBrowser)
        return;
    m_timeout->stop();
    if (callback.isError()) {
        fail(TikTokErrors::fromOAuth(
            callback.error, callback.errorDescription, QString(), TikTokErrors::Step::Authorize));
        return;
    }
    setState(State::Exchanging);
    m_call = m_tokenClient->exchangeCode(m_config.clientKey, m_config.clientSecret, callback.code,
        m_request.redirectUri(), m_request.codeVerifier());
    connect(m_call, &TikTokCall::finished, this, &LoginFlow::onTokens);
}

void LoginFlow::onTokens(TikTokCall *call)
{
    m_call = nullptr;
    if (m_state != State::Exchanging)
        return;
    if (!call->isSuccess()) {
        fail(call->error());
        return;
    }
    const TokenResponse tokens(call->body());
    m_result.tokenResponse = call->body();
    m_result.obtainedAt = QDateTime::currentDateTimeUtc();
    m_result.openId = tokens.openId();
    m_result.grantedScopes = tokens.scopes();
    for (const QString &scope : std::as_const(m_config.scopes)) {
        if (!m_result.grantedScopes.contains(scope))
            m_result.missingScopes.append(scope);
    }
    m_result.accountChanged
        = !m_config.previousOpenId.isEmpty() && m_config.previousOpenId != m_result.openId;
    m_result.firstLogin = m_config.previousOpenId.isEmpty();
    qCDebug(lcOAuth) << "Tokens received; granted scopes" << m_result.grantedScopes.join(QLatin1Char(','));
    if (!m_result.grantedScopes.contains(UserInfoScope)) {
        succeed();
        return;
    }
    m_call = m_apiClient->userInfo(tokens.accessToken());
    connect(m_call, &TikTokCall::finished, this, &LoginFlow::onUserInfo);
}

void LoginFlow::onUserInfo(TikTokCall *call)
{
    m_call = nullptr;
    if (m_state != State::Exchanging)
        return;
    if (call->isSuccess()) {
        const TikTokUser user = TikTokUser::fromData(call->data());
        m_result.displayName = user.displayName;
        m_result.avatarUrl = user.avatarUrl;
    } else {
        // The tokens are good; only the name for the page is missing.
        qCDebug(lcOAuth) << "User info not available:" << call->error().code();
    }
    succeed();
}

void LoginFlow::succeed()
{
    if (m_result.accountChanged && m_config.accountPolicy == LoginConfig::AccountPolicy::RequireSameAccount) {
        const QString who = m_result.displayName.isEmpty() ? m_result.openId : m_result.displayName;
        const LoginResult kept = m_result;
        fail(TikTokErrors::otherAccount(who));
        m_result.openId = kept.openId;
        m_result.displayName = kept.displayName;
        return;
    }
    finish();
}

void LoginFlow::onTimeout()
{
    if (m_state != State::WaitingForBrowser)
        return;
    const int seconds = m_config.timeoutSeconds;
    QString message;
    if (seconds % 60 == 0) {
        message = tr(
            "No answer came back from TikTok within %n minute(s). Finish the sign-in in the browser within "
            "that time. If TikTok showed its own error page instead of sending you back (for example about "
            "the redirect URI or the client key), check your app's settings in the Developer Portal, then "
            "try again.",
            nullptr, seconds / 60);
    } else {
        message = tr(
            "No answer came back from TikTok within %n second(s). Finish the sign-in in the browser within "
            "that time. If TikTok showed its own error page instead of sending you back (for example about "
            "the redirect URI or the client key), check your app's settings in the Developer Portal, then "
            "try again.",
            nullptr, seconds);
    }
    fail(Error(ErrorCode::OAuth::Timeout, message));
}

bool LoginFlow::isAnsweringBrowser() const
{
    return m_receiver && m_receiver->isDelivering();
}

void LoginFlow::cancel()
{
    if (!isRunning())
        return;
    qCDebug(lcOAuth) << "Sign-in cancelled";
    fail(Error(ErrorCode::OAuth::Cancelled, tr("The sign-in was cancelled.")));
}

void LoginFlow::fail(const Error &error)
{
    qCDebug(lcOAuth) << "Sign-in failed:" << error.code();
    LoginResult failed;
    failed.error = error;
    failed.clientKey = m_result.clientKey;
    failed.redirectUri = m_result.redirectUri;
    failed.keyCheck = m_result.keyCheck;
    m_result = failed;
    finish();
}

void LoginFlow::finish()
{
    m_timeout->stop();
    if (m_call) {
        m_call->abort();
        m_call = nullptr;
    }
    if (m_receiver) {
        QString page;
        if (m_result.isSuccess())
            page = CallbackPage::success(m_result.displayName, m_result.missingScopes);
        else if (m_result.error.code() == ErrorCode::OAuth::Cancelled)
            page = CallbackPage::cancelled();
        else
            page = CallbackPage::failure(m_result.error);
        // Answers the held browser request and frees the port; the receiver stays until the answer is sent.
        m_receiver->finish(page);
    }
    setState(m_result.isSuccess() ? State::Succeeded : State::Failed);
    Q_EMIT finished(m_result);
}

void LoginFlow::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Skybeam
