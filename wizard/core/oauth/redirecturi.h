#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QString>

namespace Skybeam {

/// A redirect URI as registered in the TikTok Developer Portal for a desktop app: `http`, host
/// `localhost` or `127.0.0.1`, a port or a wildcard port (`http://127.0.0.1:*/callback/`), a path, no
/// query or fragment. Keeps the registered text so that the concrete URI sent to TikTok matches it
/// character for character. A value type; thread-safe.
class RedirectUri final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::RedirectUri)

public:
    /// The runbook's registration.
    static QString defaultUri() { return QStringLiteral("http://localhost:8080/callback"); }
    static constexpr int MaxLength = 512;

    RedirectUri() = default;
    /// Checks `registered` against TikTok's desktop rules; "oauth.bad_redirect_uri" when it breaks one.
    static Expected<RedirectUri> parse(const QString &registered);

    bool isValid() const { return !m_registered.isEmpty(); }
    const QString &registered() const { return m_registered; }
    /// "localhost" or "127.0.0.1", lowercase.
    const QString &host() const { return m_host; }
    /// True for `localhost`: browsers may reach it over IPv6, so ::1 must be served too.
    bool isLocalhostName() const { return m_host == QLatin1String("localhost"); }
    bool hasWildcardPort() const { return m_port == 0; }
    /// The fixed port; 0 for a wildcard port.
    quint16 port() const { return m_port; }
    /// The percent-decoded path the browser will request ("/" when the URI has none).
    const QString &path() const { return m_path; }
    /// The concrete URI for `port`: the registered text with the wildcard replaced (unchanged when the
    /// port is fixed).
    QString concrete(quint16 port) const;

private:
    QString m_registered;
    QString m_host;
    QString m_path;
    quint16 m_port = 0;
    int m_portStart = 0;
    int m_portLength = 0;
};

} // namespace Skybeam
