#include "oauth/authorizationrequest.h"

#include "oauth/httprequestparser.h"
#include "oauth/pkce.h"

namespace Skybeam {

QStringList AuthorizationRequest::defaultScopes()
{
    return { QStringLiteral("user.info.basic"), QStringLiteral("video.upload"),
        QStringLiteral("video.publish") };
}

AuthorizationRequest AuthorizationRequest::create(
    const QString &clientKey, const QStringList &scopes, const QString &concreteRedirectUri)
{
    AuthorizationRequest request;
    request.m_clientKey = clientKey;
    request.m_scopes = scopes;
    request.m_redirectUri = concreteRedirectUri;
    request.m_state = Pkce::generateState();
    request.m_codeVerifier = Pkce::generateVerifier();
    return request;
}

QString AuthorizationRequest::codeChallenge() const
{
    return Pkce::challengeFor(m_codeVerifier);
}

QUrl AuthorizationRequest::url(const QUrl &authorizeEndpoint) const
{
    const QByteArray query = HttpRequestParser::formEncode({
        { QStringLiteral("client_key"), m_clientKey },
        { QStringLiteral("scope"), m_scopes.join(QLatin1Char(',')) },
        { QStringLiteral("response_type"), QStringLiteral("code") },
        { QStringLiteral("redirect_uri"), m_redirectUri },
        { QStringLiteral("state"), m_state },
        { QStringLiteral("code_challenge"), codeChallenge() },
        { QStringLiteral("code_challenge_method"), QStringLiteral("S256") },
    });
    QUrl base = authorizeEndpoint;
    base.setQuery(QString());
    base.setFragment(QString());
    return QUrl::fromEncoded(base.toEncoded() + '?' + query, QUrl::StrictMode);
}

} // namespace Skybeam
