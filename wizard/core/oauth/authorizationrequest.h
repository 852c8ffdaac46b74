#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Skybeam {

/// One authorization attempt's parameters — client key, scopes, concrete redirect URI, fresh `state` and
/// PKCE verifier — and the TikTok authorize URL built from them. Holds the verifier: never log it.
/// A value type; thread-safe.
class AuthorizationRequest final
{
public:
    /// user.info.basic, video.upload, video.publish.
    static QStringList defaultScopes();

    AuthorizationRequest() = default;
    /// A request with a new state and verifier from QRandomGenerator::system().
    static AuthorizationRequest create(
        const QString &clientKey, const QStringList &scopes, const QString &concreteRedirectUri);

    /// `authorizeEndpoint` with client_key, scope (comma-separated), response_type=code, redirect_uri,
    /// state, code_challenge (lowercase hex SHA-256) and code_challenge_method=S256.
    QUrl url(const QUrl &authorizeEndpoint) const;

    const QString &clientKey() const { return m_clientKey; }
    const QStringList &scopes() const { return m_scopes; }
    const QString &redirectUri() const { return m_redirectUri; }
    const QString &state() const { return m_state; }
    const QString &codeVerifier() const { return m_codeVerifier; }
    QString codeChallenge() const;

private:
    QString m_clientKey;
    QStringList m_scopes;
    QString m_redirectUri;
    QString m_state;
    QString m_codeVerifier;
};

} // namespace Skybeam
