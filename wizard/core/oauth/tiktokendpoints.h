#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QUrl>

namespace Skybeam {

/// Where TikTok lives: the authorization page and the API base, by default TikTok's production hosts,
/// overridable through SKYBEAM_TIKTOK_AUTH_URL and SKYBEAM_TIKTOK_API_BASE (the tests' fake TikTok).
/// Plain http is refused unless the host is a loopback address. A value type; thread-safe.
class TikTokEndpoints final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::TikTokEndpoints)

public:
    static constexpr const char *AuthUrlVariable = "SKYBEAM_TIKTOK_AUTH_URL";
    static constexpr const char *ApiBaseVariable = "SKYBEAM_TIKTOK_API_BASE";

    /// TikTok's production endpoints.
    TikTokEndpoints();

    /// The production endpoints, or the ones named by the environment variables; an Error
    /// ("oauth.bad_endpoint", "oauth.insecure_endpoint") when a variable holds an unusable URL.
    static Expected<TikTokEndpoints> fromEnvironment();
    /// Checks and combines two URLs (same rules as fromEnvironment()).
    static Expected<TikTokEndpoints> create(const QUrl &authorizeUrl, const QUrl &apiBase);

    /// True for `localhost`, 127.0.0.0/8 and ::1.
    static bool isLoopbackHost(const QString &host);
    /// tiktok.com, tiktokapis.com and their subdomains.
    static bool isTikTokHost(const QString &host);
    /// Process-wide (the global --allow-custom-endpoints): overrides may name any https host. Otherwise
    /// only a loopback host (tests) or a TikTok host is accepted, so that a stray environment variable
    /// cannot send the client secret and tokens elsewhere.
    static void setCustomEndpointsAllowed(bool allowed);
    /// Whether setCustomEndpointsAllowed(true) was called. (This, the setter and activeOverrides() are in
    /// oauth/endpointpolicy.cpp, QtCore only: skybeam-setup-local calls them and links no QtNetwork.)
    static bool customEndpointsAllowed();
    /// The override variables that are set (non-empty), each as "NAME=value", for the warning every
    /// command prints while one is active.
    static QStringList activeOverrides();

    const QUrl &authorizeUrl() const { return m_authorizeUrl; }
    const QUrl &apiBase() const { return m_apiBase; }
    /// `path` (starting with '/') resolved against the API base, keeping any path prefix of the base.
    QUrl apiUrl(const QString &path) const;
    QUrl tokenUrl() const;
    QUrl revokeUrl() const;
    QUrl userInfoUrl() const;
    QUrl creatorInfoUrl() const;

private:
    static Expected<QUrl> checked(const QUrl &url, const char *variable);

    QUrl m_authorizeUrl;
    QUrl m_apiBase;
};

} // namespace Skybeam
