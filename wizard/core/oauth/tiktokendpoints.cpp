#include "oauth/tiktokendpoints.h"

#include <QHostAddress>

namespace Skybeam {

TikTokEndpoints::TikTokEndpoints()
    : m_authorizeUrl(QStringLiteral("https://www.tiktok.com/v2/auth/authorize/"))
    , m_apiBase(QStringLiteral("https://open.tiktokapis.com"))
{
}

Expected<TikTokEndpoints> TikTokEndpoints::fromEnvironment()
{
    TikTokEndpoints endpoints;
    const QString auth = qEnvironmentVariable(AuthUrlVariable).trimmed();
    const QString api = qEnvironmentVariable(ApiBaseVariable).trimmed();
    return create(auth.isEmpty() ? endpoints.m_authorizeUrl : QUrl(auth, QUrl::StrictMode),
        api.isEmpty() ? endpoints.m_apiBase : QUrl(api, QUrl::StrictMode));
}

Expected<TikTokEndpoints> TikTokEndpoints::create(const QUrl &authorizeUrl, const QUrl &apiBase)
{
    const Expected<QUrl> auth = checked(authorizeUrl, AuthUrlVariable);
    if (!auth)
        return auth.error();
    const Expected<QUrl> api = checked(apiBase, ApiBaseVariable);
    if (!api)
        return api.error();
    TikTokEndpoints endpoints;
    endpoints.m_authorizeUrl = *auth;
    endpoints.m_apiBase = *api;
    return endpoints;
}

bool TikTokEndpoints::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool TikTokEndpoints::isTikTokHost(const QString &host)
{
    const QString lower = host.toLower();
    for (const QLatin1String domain : { QLatin1String("tiktok.com"), QLatin1String("tiktokapis.com") }) {
        if (lower == domain || lower.endsWith(QLatin1Char('.') + domain))
            return true;
    }
    return false;
}

Expected<QUrl> TikTokEndpoints::checked(const QUrl &url, const char *variable)
{
    const QString name = QString::fromLatin1(variable);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() || url.hasFragment()
        || !url.userInfo().isEmpty()) {
        return Error(ErrorCode::OAuth::BadEndpoint,
            //: %1 is an environment variable name, %2 the URL it holds.
            tr("%1 does not hold a usable address (%2). Unset it to use TikTok itself.")
                .arg(name, url.toDisplayString()));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https") && !isLoopbackHost(url.host()) && !isTikTokHost(url.host())
        && !customEndpointsAllowed()) {
        return Error(ErrorCode::OAuth::UntrustedEndpoint,
            //: %1 is an environment variable name, %2 the URL it holds.
            tr("%1 points to %2, which is neither TikTok nor this computer, and would receive the client "
               "secret and tokens. Unset it, or add --allow-custom-endpoints if you really mean it.")
                .arg(name, url.toDisplayString()));
    }
    if (scheme == QLatin1String("https"))
        return url;
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return url;
    return Error(ErrorCode::OAuth::InsecureEndpoint,
        //: %1 is an environment variable name, %2 the URL it holds.
        tr("%1 must use https (%2). Plain http is allowed only for a test server on this computer "
           "(localhost or 127.0.0.1), because secrets and tokens travel over this connection.")
            .arg(name, url.toDisplayString()));
}

QUrl TikTokEndpoints::apiUrl(const QString &path) const
{
    QUrl url = m_apiBase;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(QString());
    return url;
}

QUrl TikTokEndpoints::tokenUrl() const
{
    return apiUrl(QStringLiteral("/v2/oauth/token/"));
}

QUrl TikTokEndpoints::revokeUrl() const
{
    return apiUrl(QStringLiteral("/v2/oauth/revoke/"));
}

QUrl TikTokEndpoints::userInfoUrl() const
{
    QUrl url = apiUrl(QStringLiteral("/v2/user/info/"));
    url.setQuery(QStringLiteral("fields=open_id,union_id,avatar_url,display_name"));
    return url;
}

QUrl TikTokEndpoints::creatorInfoUrl() const
{
    return apiUrl(QStringLiteral("/v2/post/publish/creator_info/query/"));
}

} // namespace Skybeam
