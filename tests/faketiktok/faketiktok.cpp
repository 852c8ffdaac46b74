#include "faketiktok.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace FakeTikTokTest {

namespace {

const QString AuthorizePath = QStringLiteral("/v2/auth/authorize/");
const QString ConsentPath = QStringLiteral("/v2/auth/authorize/consent/");
const QString TokenPath = QStringLiteral("/v2/oauth/token/");
const QString RevokePath = QStringLiteral("/v2/oauth/revoke/");
const QString UserInfoPath = QStringLiteral("/v2/user/info/");
const QString CreatorInfoPath = QStringLiteral("/v2/post/publish/creator_info/query/");

QString randomText(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet)) - 1)]));
    return text;
}

QString pairValue(const QList<QPair<QString, QString>> &pairs, const QString &name)
{
    for (const auto &pair : pairs) {
        if (pair.first == name)
            return pair.second;
    }
    return {};
}

bool hasDuplicates(const QList<QPair<QString, QString>> &pairs)
{
    QStringList seen;
    for (const auto &pair : pairs) {
        if (seen.contains(pair.first))
            return true;
        seen.append(pair.first);
    }
    return false;
}

bool isValidVerifier(const QString &verifier)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    return shape.match(verifier).hasMatch();
}

QString hexSha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QByteArray percent(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

const QStringList BasicFields { QStringLiteral("open_id"), QStringLiteral("union_id"),
    QStringLiteral("avatar_url"), QStringLiteral("avatar_url_100"), QStringLiteral("avatar_large_url"),
    QStringLiteral("display_name") };
const QStringList OtherScopeFields { QStringLiteral("bio_description"), QStringLiteral("profile_deep_link"),
    QStringLiteral("is_verified"), QStringLiteral("username"), QStringLiteral("follower_count"),
    QStringLiteral("following_count"), QStringLiteral("likes_count"), QStringLiteral("video_count") };

} // namespace

QString FakeTikTok::LoggedRequest::formValue(const QString &name) const
{
    return pairValue(form, name);
}

QString FakeTikTok::LoggedRequest::queryValue(const QString &name) const
{
    return pairValue(query, name);
}

FakeTikTok::FakeTikTok(QObject *parent)
    : QObject(parent)
    , m_server(new FakeHttpServer(this))
{
    m_server->setHandler([this](const FakeHttpRequest &request) { return dispatch(request); });
    m_server->setClock([this] { return now().addSecs(m_dateSkew); });
}

FakeTikTok::~FakeTikTok() = default;

bool FakeTikTok::listen(quint16 port)
{
    return m_server->listen(port);
}

quint16 FakeTikTok::port() const
{
    return m_server->port();
}

QUrl FakeTikTok::authorizeUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(AuthorizePath));
}

QUrl FakeTikTok::apiBase() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FakeTikTok::addApp(const FakeApp &app)
{
    m_apps.insert(app.clientKey, app);
}

FakeApp *FakeTikTok::app(const QString &clientKey)
{
    const auto it = m_apps.find(clientKey);
    return it == m_apps.end() ? nullptr : &it.value();
}

QDateTime FakeTikTok::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockOffset);
}

qint64 FakeTikTok::day() const
{
    return now().toSecsSinceEpoch() / 86400;
}

void FakeTikTok::failNextRequests(int count, int status, const QString &pathPrefix)
{
    m_faults.append({ Fault::Kind::Status, count, status, -1, pathPrefix });
}

void FakeTikTok::rateLimitNextRequests(int count, int retryAfterSeconds, const QString &pathPrefix)
{
    m_faults.append({ Fault::Kind::RateLimit, count, 429, retryAfterSeconds, pathPrefix });
}

void FakeTikTok::hangNextRequests(int count, const QString &pathPrefix)
{
    m_faults.append({ Fault::Kind::Hang, count, 0, -1, pathPrefix });
}

void FakeTikTok::dropNextRequests(int count, const QString &pathPrefix)
{
    m_faults.append({ Fault::Kind::Drop, count, 0, -1, pathPrefix });
}

void FakeTikTok::revokeEverything()
{
    for (FakeAccessToken &token : m_accessTokens)
        token.revoked = true;
    for (RefreshToken &token : m_refreshTokens)
        token.revoked = true;
}

int FakeTikTok::requestCount(const QString &path) const
{
    int count = 0;
    for (const LoggedRequest &request : m_log) {
        if (request.path == path)
            ++count;
    }
    return count;
}

int FakeTikTok::tokenRequests(const QString &grantType) const
{
    int count = 0;
    for (const LoggedRequest &request : m_log) {
        if (request.path == QLatin1String("/v2/oauth/token/")
            && request.formValue(QStringLiteral("grant_type")) == grantType)
            ++count;
    }
    return count;
}

bool FakeTikTok::isAccessTokenValid(const QString &token) const
{
    const auto it = m_accessTokens.constFind(token);
    return it != m_accessTokens.constEnd() && !it->revoked && it->expiresAt > now();
}

bool FakeTikTok::isRefreshTokenValid(const QString &token) const
{
    const auto it = m_refreshTokens.constFind(token);
    return it != m_refreshTokens.constEnd() && !it->revoked && !it->used && it->expiresAt > now();
}

int FakeTikTok::apiCallsToday(const QString &clientKey) const
{
    const auto it = m_quota.constFind(clientKey);
    return it == m_quota.constEnd() || it->first != day() ? 0 : it->second;
}

void FakeTikTok::addRoute(const QByteArray &method, const QString &path, Handler handler, Match match)
{
    m_routes.prepend({ method, path, match, std::move(handler) });
}

QString FakeTikTok::newLogId()
{
    return QStringLiteral("2026%1").arg(randomText(24));
}

FakeHttpResponse FakeTikTok::apiOk(const QJsonObject &data) const
{
    return FakeHttpResponse::json(200,
        { { QStringLiteral("data"), data },
            { QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), QStringLiteral("ok") },
                    { QStringLiteral("message"), QString() }, { QStringLiteral("log_id"), newLogId() } } } });
}

FakeHttpResponse FakeTikTok::apiError(int status, const QString &code, const QString &message) const
{
    return FakeHttpResponse::json(status,
        { { QStringLiteral("data"), QJsonObject() },
            { QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("message"), message },
                    { QStringLiteral("log_id"), newLogId() } } } });
}

FakeHttpResponse FakeTikTok::oauthError(int status, const QString &error, const QString &description) const
{
    const int sent = m_oauthErrorStatus == OAuthErrorStatus::Http200 ? 200 : status;
    return FakeHttpResponse::json(sent,
        { { QStringLiteral("error"), error }, { QStringLiteral("error_description"), description },
            { QStringLiteral("log_id"), newLogId() } });
}

FakeHttpResponse FakeTikTok::errorPage(const QString &message) const
{
    // TikTok's own error page: no redirect back to the app.
    return FakeHttpResponse::html(400,
        QStringLiteral("<!DOCTYPE html><html><head><title>TikTok</title></head><body id=\"tiktok-error\">"
                       "<h1>Something went wrong</h1><p>%1</p></body></html>")
            .arg(message.toHtmlEscaped()));
}

FakeHttpResponse FakeTikTok::dispatch(const FakeHttpRequest &request)
{
    LoggedRequest logged;
    logged.method = request.method;
    logged.path = request.path;
    logged.query = request.query;
    logged.authorization = request.header("authorization");
    logged.contentType = request.header("content-type");
    bool formOk = true;
    if (logged.contentType.startsWith("application/x-www-form-urlencoded"))
        logged.form = decodeForm(request.body, &formOk);

    FakeHttpResponse response;
    bool handled = false;
    if (!request.path.startsWith(QLatin1String("/v2/auth/"))) {
        for (Fault &fault : m_faults) {
            if (fault.remaining <= 0 || !request.path.startsWith(fault.pathPrefix))
                continue;
            --fault.remaining;
            handled = true;
            switch (fault.kind) {
            case Fault::Kind::Status:
                response = apiError(fault.status, QStringLiteral("internal_error"),
                    QStringLiteral("Something went wrong. Please try again later."));
                break;
            case Fault::Kind::RateLimit:
                response = apiError(429, QStringLiteral("rate_limit_exceeded"),
                    QStringLiteral("API rate limit exceeded. Please try again later."));
                if (fault.retryAfter >= 0)
                    response.headers.append({ "Retry-After", QByteArray::number(fault.retryAfter) });
                break;
            case Fault::Kind::Hang:
                response.hang = true;
                break;
            case Fault::Kind::Drop:
                response.drop = true;
                break;
            }
            break;
        }
    }
    if (!handled) {
        for (const Route &route : std::as_const(m_routes)) {
            const bool pathMatches = route.match == Match::Exact ? request.path == route.path
                                                                 : request.path.startsWith(route.path);
            if (pathMatches && route.method == request.method) {
                response = route.handler(request);
                handled = true;
                break;
            }
        }
    }
    if (!handled) {
        if (request.path == AuthorizePath && request.method == "GET") {
            response = authorize(request);
        } else if (request.path == ConsentPath && request.method == "POST") {
            response = consent(request);
        } else if (request.path == TokenPath || request.path == RevokePath) {
            if (request.method != "POST") {
                response = oauthError(405, QStringLiteral("invalid_request"), QStringLiteral("Use POST."));
            } else if (!logged.contentType.startsWith("application/x-www-form-urlencoded")) {
                response = oauthError(400, QStringLiteral("invalid_request"),
                    QStringLiteral("Content-Type must be application/x-www-form-urlencoded."));
            } else if (!formOk || hasDuplicates(logged.form)) {
                response = oauthError(
                    400, QStringLiteral("invalid_request"), QStringLiteral("Malformed form body."));
            } else if (request.path == TokenPath) {
                response = token(request, logged.form);
            } else {
                response = revoke(request, logged.form);
            }
        } else if (request.path == UserInfoPath && request.method == "GET") {
            response = userInfo(request);
        } else if (request.path == CreatorInfoPath && request.method == "POST") {
            response = creatorInfo(request);
        } else {
            response = apiError(404, QStringLiteral("invalid_params"), QStringLiteral("Unknown endpoint."));
        }
    }
    logged.status = response.hang || response.drop ? 0 : response.status;
    m_log.append(logged);
    return response;
}

bool FakeTikTok::redirectRegistered(const FakeApp &app, const QString &redirectUri) const
{
    for (const QString &registered : app.redirectUris) {
        if (registered == redirectUri)
            return true;
        const qsizetype star = registered.indexOf(QLatin1String(":*"));
        if (star < 0)
            continue;
        const QString prefix = registered.left(star + 1);
        const QString suffix = registered.mid(star + 2);
        if (!redirectUri.startsWith(prefix) || !redirectUri.endsWith(suffix)
            || redirectUri.size() <= prefix.size() + suffix.size())
            continue;
        const QString port
            = redirectUri.mid(prefix.size(), redirectUri.size() - prefix.size() - suffix.size());
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (ok && value > 0 && value <= 65535 && !port.startsWith(QLatin1Char('0')))
            return true;
    }
    return false;
}

FakeHttpResponse FakeTikTok::authorize(const FakeHttpRequest &request)
{
    for (const char *name : { "client_key", "scope", "response_type", "redirect_uri", "state",
             "code_challenge", "code_challenge_method" }) {
        if (request.queryCount(QString::fromLatin1(name)) > 1)
            return errorPage(QStringLiteral("Parameter %1 given twice.").arg(QString::fromLatin1(name)));
    }
    const QString clientKey = request.queryValue(QStringLiteral("client_key"));
    const FakeApp *registered = app(clientKey);
    if (!registered)
        return errorPage(QStringLiteral("client_key: this app is not registered."));
    PendingConsent pending;
    pending.clientKey = clientKey;
    pending.redirectUri = request.queryValue(QStringLiteral("redirect_uri"));
    pending.state = request.queryValue(QStringLiteral("state"));
    pending.challenge = request.queryValue(QStringLiteral("code_challenge"));
    if (!redirectRegistered(*registered, pending.redirectUri))
        return errorPage(QStringLiteral("redirect_uri: does not match a registered redirect URI."));
    if (pending.challenge.isEmpty())
        return errorPage(QStringLiteral("code_challenge: PKCE is required for desktop apps."));
    if (request.queryValue(QStringLiteral("code_challenge_method")) != QLatin1String("S256"))
        return errorPage(QStringLiteral("code_challenge_method: only S256 is supported."));
    if (pending.state.isEmpty())
        return errorPage(QStringLiteral("state: required."));
    if (request.queryValue(QStringLiteral("response_type")) != QLatin1String("code"))
        return redirectWithError(pending, QStringLiteral("unsupported_response_type"),
            QStringLiteral("response_type must be code."));
    const QString scope = request.queryValue(QStringLiteral("scope"));
    if (scope.isEmpty() || scope.contains(QLatin1Char(' ')))
        return redirectWithError(pending, QStringLiteral("invalid_scope"),
            QStringLiteral("Scopes must be a comma-separated list."));
    for (const QString &name : scope.split(QLatin1Char(','))) {
        if (!registered->scopes.contains(name))
            return redirectWithError(pending, QStringLiteral("invalid_scope"),
                QStringLiteral("The app is not approved for scope %1.").arg(name));
        if (!pending.scopes.contains(name))
            pending.scopes.append(name);
    }

    switch (m_consentMode) {
    case ConsentMode::AutoDeny:
        return redirectWithError(pending, QStringLiteral("access_denied"),
            QStringLiteral("The user denied the authorization request."));
    case ConsentMode::AutoApprove: {
        QStringList granted;
        for (const QString &name : std::as_const(pending.scopes)) {
            if (m_grantedScopes.isEmpty() || m_grantedScopes.contains(name))
                granted.append(name);
        }
        return redirectWithCode(pending, granted);
    }
    case ConsentMode::Interactive:
        break;
    }
    const QString consentId = randomText(32);
    m_consents.insert(consentId, pending);
    QString boxes;
    for (const QString &name : std::as_const(pending.scopes)) {
        boxes += QStringLiteral(
            "<label><input type=\"checkbox\" name=\"scope\" value=\"%1\" checked> %1</label><br>\n")
                     .arg(name.toHtmlEscaped());
    }
    return FakeHttpResponse::html(200,
        QStringLiteral(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Authorize - Fake TikTok</title>"
            "</head><body>\n<h1>%1 wants to access your TikTok account</h1>\n"
            "<p>Signed in as %2</p>\n"
            "<form id=\"consent\" method=\"post\" action=\"%3\">\n"
            "<input type=\"hidden\" name=\"consent_id\" value=\"%4\">\n%5"
            "<button type=\"submit\" id=\"authorize\" name=\"decision\" value=\"allow\">Authorize</button>\n"
            "<button type=\"submit\" id=\"deny\" name=\"decision\" value=\"deny\">Deny</button>\n"
            "</form>\n</body></html>\n")
            .arg(clientKey.toHtmlEscaped(), m_user.displayName.toHtmlEscaped(), ConsentPath, consentId,
                boxes));
}

FakeHttpResponse FakeTikTok::consent(const FakeHttpRequest &request)
{
    bool ok = true;
    const QList<QPair<QString, QString>> form = decodeForm(request.body, &ok);
    const QString consentId = pairValue(form, QStringLiteral("consent_id"));
    if (!ok || !m_consents.contains(consentId))
        return errorPage(QStringLiteral("This authorization request has expired."));
    const PendingConsent pending = m_consents.take(consentId);
    if (pairValue(form, QStringLiteral("decision")) != QLatin1String("allow"))
        return redirectWithError(pending, QStringLiteral("access_denied"),
            QStringLiteral("The user denied the authorization request."));
    QStringList granted;
    for (const auto &[name, value] : form) {
        if (name == QLatin1String("scope") && pending.scopes.contains(value) && !granted.contains(value))
            granted.append(value);
    }
    return redirectWithCode(pending, granted);
}

FakeHttpResponse FakeTikTok::redirectWithCode(const PendingConsent &pending, const QStringList &granted)
{
    // Real codes carry characters that must be URL-decoded by the client (e.g. '*', '!').
    const QString code = QStringLiteral("cde*%1!4423+va").arg(randomText(28));
    Code record;
    record.clientKey = pending.clientKey;
    record.redirectUri = pending.redirectUri;
    record.challenge = pending.challenge;
    record.scopes = granted;
    record.openId = m_user.openId;
    record.expiresAt = now().addSecs(m_codeLifetime);
    m_codes.insert(code, record);
    m_issuedCodes.append(code);
    return FakeHttpResponse::redirect(pending.redirectUri.toUtf8() + "?code=" + percent(code)
        + "&scopes=" + percent(granted.join(QLatin1Char(','))) + "&state=" + percent(pending.state));
}

FakeHttpResponse FakeTikTok::redirectWithError(
    const PendingConsent &pending, const QString &error, const QString &description) const
{
    return FakeHttpResponse::redirect(pending.redirectUri.toUtf8() + "?error=" + percent(error)
        + "&error_description=" + percent(description) + "&state=" + percent(pending.state));
}

FakeHttpResponse FakeTikTok::issueTokens(
    const QString &clientKey, const QString &openId, const QStringList &scopes)
{
    FakeAccessToken access;
    access.token = QStringLiteral("act.%1").arg(randomText(40));
    access.clientKey = clientKey;
    access.openId = openId;
    access.scopes = scopes;
    access.expiresAt = now().addSecs(m_accessLifetime);
    RefreshToken refresh;
    const QString refreshToken = QStringLiteral("rft.%1").arg(randomText(40));
    refresh.clientKey = clientKey;
    refresh.openId = openId;
    refresh.scopes = scopes;
    refresh.expiresAt = now().addSecs(m_refreshLifetime);
    m_accessTokens.insert(access.token, access);
    m_refreshTokens.insert(refreshToken, refresh);
    m_issuedAccess.append(access.token);
    m_issuedRefresh.append(refreshToken);
    return FakeHttpResponse::json(200,
        { { QStringLiteral("access_token"), access.token },
            { QStringLiteral("expires_in"), m_accessLifetime }, { QStringLiteral("open_id"), openId },
            { QStringLiteral("refresh_expires_in"), m_refreshLifetime },
            { QStringLiteral("refresh_token"), refreshToken },
            { QStringLiteral("scope"), scopes.join(QLatin1Char(',')) },
            { QStringLiteral("token_type"), QStringLiteral("Bearer") } });
}

FakeHttpResponse FakeTikTok::token(const FakeHttpRequest &request, const QList<QPair<QString, QString>> &form)
{
    Q_UNUSED(request);
    const QString clientKey = pairValue(form, QStringLiteral("client_key"));
    const QString clientSecret = pairValue(form, QStringLiteral("client_secret"));
    if (clientKey.isEmpty() || clientSecret.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
            QStringLiteral("client_key and client_secret are required."));
    const FakeApp *registered = app(clientKey);
    if (!registered || registered->clientSecret != clientSecret)
        return oauthError(
            401, QStringLiteral("invalid_client"), QStringLiteral("Client key or secret is invalid."));

    const QString grantType = pairValue(form, QStringLiteral("grant_type"));
    if (grantType == QLatin1String("authorization_code")) {
        const QString code = pairValue(form, QStringLiteral("code"));
        const QString redirectUri = pairValue(form, QStringLiteral("redirect_uri"));
        const QString verifier = pairValue(form, QStringLiteral("code_verifier"));
        if (code.isEmpty() || redirectUri.isEmpty())
            return oauthError(400, QStringLiteral("invalid_request"),
                QStringLiteral("code and redirect_uri are required."));
        const auto it = m_codes.find(code);
        if (it == m_codes.end() || it->clientKey != clientKey)
            return oauthError(
                400, QStringLiteral("invalid_grant"), QStringLiteral("Authorization code is invalid."));
        if (it->used)
            return oauthError(
                400, QStringLiteral("invalid_grant"), QStringLiteral("Authorization code has been used."));
        if (it->expiresAt <= now())
            return oauthError(
                400, QStringLiteral("invalid_grant"), QStringLiteral("Authorization code is expired."));
        if (it->redirectUri != redirectUri)
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Redirect URI mismatch."));
        if (verifier.isEmpty() || !isValidVerifier(verifier) || hexSha256(verifier) != it->challenge)
            return oauthError(400, QStringLiteral("invalid_request"),
                QStringLiteral("Code verifier or code challenge is invalid."));
        it->used = true;
        return issueTokens(clientKey, it->openId, it->scopes);
    }
    if (grantType == QLatin1String("refresh_token")) {
        const QString refreshToken = pairValue(form, QStringLiteral("refresh_token"));
        if (refreshToken.isEmpty())
            return oauthError(
                400, QStringLiteral("invalid_request"), QStringLiteral("refresh_token is required."));
        const auto it = m_refreshTokens.find(refreshToken);
        if (it == m_refreshTokens.end() || it->clientKey != clientKey || it->revoked || it->used)
            return oauthError(
                400, QStringLiteral("invalid_grant"), QStringLiteral("Refresh token is invalid."));
        if (it->expiresAt <= now())
            return oauthError(
                400, QStringLiteral("invalid_grant"), QStringLiteral("Refresh token is expired."));
        it->used = true;
        const RefreshToken used = *it;
        return issueTokens(clientKey, used.openId, used.scopes);
    }
    if (grantType == QLatin1String("client_credentials")) {
        if (!registered->clientTokens)
            return oauthError(400, QStringLiteral("unauthorized_client"),
                QStringLiteral("The client is not authorized to request a client access token."));
        // A client token: about 2 hours, Bearer, no refresh token, no open_id (there is no user).
        const QString clientToken = QStringLiteral("clt.%1").arg(randomText(40));
        m_issuedClient.append(clientToken);
        return FakeHttpResponse::json(200,
            { { QStringLiteral("access_token"), clientToken }, { QStringLiteral("expires_in"), 7200 },
                { QStringLiteral("token_type"), QStringLiteral("Bearer") } });
    }
    if (grantType.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("grant_type is required."));
    return oauthError(
        400, QStringLiteral("unsupported_grant_type"), QStringLiteral("Unsupported grant type."));
}

FakeHttpResponse FakeTikTok::revoke(
    const FakeHttpRequest &request, const QList<QPair<QString, QString>> &form)
{
    Q_UNUSED(request);
    const QString clientKey = pairValue(form, QStringLiteral("client_key"));
    const QString clientSecret = pairValue(form, QStringLiteral("client_secret"));
    const FakeApp *registered = app(clientKey);
    if (clientKey.isEmpty() || clientSecret.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
            QStringLiteral("client_key and client_secret are required."));
    if (!registered || registered->clientSecret != clientSecret)
        return oauthError(
            401, QStringLiteral("invalid_client"), QStringLiteral("Client key or secret is invalid."));
    const QString token = pairValue(form, QStringLiteral("token"));
    if (token.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("token is required."));
    const auto it = m_accessTokens.find(token);
    if (it != m_accessTokens.end() && it->clientKey == clientKey) {
        it->revoked = true;
        for (RefreshToken &refresh : m_refreshTokens) {
            if (refresh.clientKey == clientKey && refresh.openId == it->openId)
                refresh.revoked = true;
        }
    }
    return FakeHttpResponse::json(200, QJsonObject());
}

bool FakeTikTok::countApiCall(const QString &clientKey)
{
    const FakeApp *registered = app(clientKey);
    QPair<qint64, int> &entry = m_quota[clientKey];
    if (entry.first != day())
        entry = { day(), 0 };
    ++entry.second;
    return !registered || !registered->sandbox || entry.second <= m_sandboxQuota;
}

const FakeAccessToken *FakeTikTok::authenticate(
    const FakeHttpRequest &request, const QString &requiredScope, FakeHttpResponse *denial)
{
    const QByteArray authorization = request.header("authorization");
    const QString token
        = authorization.startsWith("Bearer ") ? QString::fromUtf8(authorization.mid(7)) : QString();
    const auto it = m_accessTokens.constFind(token);
    if (token.isEmpty() || it == m_accessTokens.constEnd() || it->revoked || it->expiresAt <= now()) {
        *denial = apiError(401, QStringLiteral("access_token_invalid"),
            QStringLiteral("The access token is invalid or not found in the request."));
        return nullptr;
    }
    if (!countApiCall(it->clientKey)) {
        *denial = apiError(429, QStringLiteral("rate_limit_exceeded"),
            QStringLiteral("API rate limit exceeded. Please try again later."));
        return nullptr;
    }
    if (!requiredScope.isEmpty() && !it->scopes.contains(requiredScope)) {
        *denial = apiError(401, QStringLiteral("scope_not_authorized"),
            QStringLiteral("The user did not authorize the scope required for completing this request."));
        return nullptr;
    }
    return &it.value();
}

void FakeTikTok::setUser(const FakeUser &user)
{
    if (user.openId != m_user.openId)
        m_otherAccounts.insert(m_user.openId, m_user);
    m_otherAccounts.remove(user.openId);
    m_user = user;
}

const FakeUser &FakeTikTok::account(const QString &openId) const
{
    const auto it = m_otherAccounts.constFind(openId);
    return it != m_otherAccounts.constEnd() ? it.value() : m_user;
}

FakeHttpResponse FakeTikTok::userInfo(const FakeHttpRequest &request)
{
    FakeHttpResponse denial;
    const FakeAccessToken *token = authenticate(request, QStringLiteral("user.info.basic"), &denial);
    if (!token)
        return denial;
    const FakeUser &who = account(token->openId);
    const QString fields = request.queryValue(QStringLiteral("fields"));
    if (fields.isEmpty() || request.queryCount(QStringLiteral("fields")) != 1)
        return apiError(400, QStringLiteral("invalid_params"), QStringLiteral("fields is required."));
    QJsonObject user;
    for (const QString &field : fields.split(QLatin1Char(','))) {
        if (OtherScopeFields.contains(field))
            return apiError(400, QStringLiteral("scope_permission_missed"),
                QStringLiteral("The field %1 needs a scope the user did not grant.").arg(field));
        if (!BasicFields.contains(field))
            return apiError(
                400, QStringLiteral("invalid_params"), QStringLiteral("Unknown field %1.").arg(field));
        if (field == QLatin1String("open_id"))
            user.insert(field, who.openId);
        else if (field == QLatin1String("union_id"))
            user.insert(field, who.unionId);
        else if (field == QLatin1String("display_name"))
            user.insert(field, who.displayName);
        else
            user.insert(field, who.avatarUrl);
    }
    return apiOk({ { QStringLiteral("user"), user } });
}

FakeHttpResponse FakeTikTok::creatorInfo(const FakeHttpRequest &request)
{
    if (request.header("content-type").toLower() != "application/json; charset=utf-8")
        return apiError(400, QStringLiteral("invalid_params"),
            QStringLiteral("Content-Type must be application/json; charset=UTF-8."));
    FakeHttpResponse denial;
    const FakeAccessToken *token = authenticate(request, QStringLiteral("video.publish"), &denial);
    if (!token)
        return denial;
    const FakeUser &who = account(token->openId);
    if (!who.postingBlock.isEmpty())
        return apiError(200, who.postingBlock, QStringLiteral("The user cannot post right now."));
    const FakeApp *registered = app(token->clientKey);
    QJsonArray options;
    for (const QString &option : std::as_const(who.privacyLevelOptions)) {
        if (!registered || !registered->unaudited || option == QLatin1String("SELF_ONLY"))
            options.append(option);
    }
    return apiOk({ { QStringLiteral("creator_avatar_url"), who.avatarUrl },
        { QStringLiteral("creator_username"), who.username },
        { QStringLiteral("creator_nickname"), who.displayName },
        { QStringLiteral("privacy_level_options"), options },
        { QStringLiteral("comment_disabled"), who.commentDisabled },
        { QStringLiteral("duet_disabled"), who.duetDisabled },
        { QStringLiteral("stitch_disabled"), who.stitchDisabled },
        { QStringLiteral("max_video_post_duration_sec"), who.maxVideoPostDurationSec } });
}

} // namespace FakeTikTokTest
