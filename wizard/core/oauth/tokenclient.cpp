#include "oauth/tokenclient.h"

#include "common/logging.h"
#include "credentials/tiktokcredentials.h"
#include "oauth/httprequestparser.h"

#include <QJsonValue>
#include <QNetworkAccessManager>

namespace Skybeam {

namespace {

/// The validator of the calls that answer with tokens (code exchange, refresh): every field TokenResponse
/// reads must be there.
Error checkTokenAnswer(const QJsonObject &body)
{
    const QString missing = TokenResponse::missingField(body);
    return missing.isEmpty()
        ? Error()
        : TikTokErrors::badResponse(200, QStringLiteral("token answer lacks ") + missing);
}

/// A number of seconds from a token answer, or -1 when absent or out of range.
qint64 secondsField(const QJsonObject &json, QLatin1String field)
{
    const QJsonValue value = json.value(field);
    // Range-checked: converting a double outside qint64 (e.g. 1e300 from a broken server) is undefined.
    return value.isDouble() && value.toDouble() >= 0 && value.toDouble() <= 1e12 ? qint64(value.toDouble())
                                                                                 : -1;
}

} // namespace

QString TokenResponse::missingField(const QJsonObject &json)
{
    for (const char *field : { "access_token", "refresh_token", "open_id" }) {
        const QJsonValue value = json.value(QLatin1String(field));
        if (!value.isString() || value.toString().isEmpty())
            return QString::fromLatin1(field);
    }
    if (!json.value(QLatin1String("expires_in")).isDouble())
        return QStringLiteral("expires_in");
    return {};
}

QString TokenResponse::accessToken() const
{
    return m_json.value(QLatin1String("access_token")).toString();
}

QString TokenResponse::refreshToken() const
{
    return m_json.value(QLatin1String("refresh_token")).toString();
}

QString TokenResponse::openId() const
{
    return m_json.value(QLatin1String("open_id")).toString();
}

QStringList TokenResponse::scopes() const
{
    return TikTokCredentials::splitScopes(
        m_json.value(QLatin1String("scope")).toString(), TikTokCredentials::ScopeSeparators::Commas);
}

qint64 TokenResponse::expiresIn() const
{
    return secondsField(m_json, QLatin1String("expires_in"));
}

qint64 TokenResponse::refreshExpiresIn() const
{
    return secondsField(m_json, QLatin1String("refresh_expires_in"));
}

TokenClient::TokenClient(const TikTokEndpoints &endpoints, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_network(network)
{
}

TikTokCall *TokenClient::exchangeCode(const QString &clientKey, const QString &clientSecret,
    const QString &code, const QString &redirectUri, const QString &codeVerifier)
{
    qCDebug(lcOAuth) << "Exchanging the authorization code";
    return post(m_endpoints.tokenUrl(),
        { { QStringLiteral("client_key"), clientKey }, { QStringLiteral("client_secret"), clientSecret },
            { QStringLiteral("code"), code },
            { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
            { QStringLiteral("redirect_uri"), redirectUri },
            { QStringLiteral("code_verifier"), codeVerifier } },
        TikTokErrors::Step::CodeExchange, checkTokenAnswer, m_policy);
}

TikTokCall *TokenClient::refresh(
    const QString &clientKey, const QString &clientSecret, const QString &refreshToken)
{
    qCDebug(lcOAuth) << "Refreshing the access token";
    return post(m_endpoints.tokenUrl(),
        { { QStringLiteral("client_key"), clientKey }, { QStringLiteral("client_secret"), clientSecret },
            { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
            { QStringLiteral("refresh_token"), refreshToken } },
        TikTokErrors::Step::Refresh, checkTokenAnswer, m_policy);
}

TikTokCall *TokenClient::revoke(
    const QString &clientKey, const QString &clientSecret, const QString &accessToken)
{
    qCDebug(lcOAuth) << "Revoking the access token";
    return post(m_endpoints.revokeUrl(),
        { { QStringLiteral("client_key"), clientKey }, { QStringLiteral("client_secret"), clientSecret },
            { QStringLiteral("token"), accessToken } },
        TikTokErrors::Step::Revoke, {}, m_policy);
}

TikTokCall *TokenClient::clientCredentials(const QString &clientKey, const QString &clientSecret)
{
    qCDebug(lcOAuth) << "Checking the client key and secret (client credentials)";
    NetworkPolicy once = m_policy;
    once.maxRetries = 0;
    once.maxRetryAfterSeconds = 0;
    return post(
        m_endpoints.tokenUrl(),
        { { QStringLiteral("client_key"), clientKey }, { QStringLiteral("client_secret"), clientSecret },
            { QStringLiteral("grant_type"), QStringLiteral("client_credentials") } },
        TikTokErrors::Step::ClientCheck,
        [](const QJsonObject &body) {
            const QJsonValue token = body.value(QLatin1String("access_token"));
            return token.isString() && !token.toString().isEmpty()
                ? Error()
                : TikTokErrors::badResponse(200, QStringLiteral("client token answer lacks access_token"));
        },
        once);
}

TikTokCall *TokenClient::post(const QUrl &url, const QList<QPair<QString, QString>> &fields,
    TikTokErrors::Step step, TikTokCall::Validator validator, const NetworkPolicy &policy)
{
    TikTokCall::Request request;
    request.url = url;
    request.method = QByteArrayLiteral("POST");
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    request.body = HttpRequestParser::formEncode(fields);
    request.shape = TikTokCall::Shape::OAuth;
    request.step = step;
    request.validator = std::move(validator);
    auto *call = new TikTokCall(m_network, std::move(request), policy, this);
    call->start();
    return call;
}

} // namespace Skybeam
