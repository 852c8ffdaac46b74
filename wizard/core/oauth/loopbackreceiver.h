#pragma once

#include "common/error.h"
#include "oauth/authorizationcallback.h"
#include "oauth/redirecturi.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <map>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace Skybeam {

struct HttpRequest;

/// Receives TikTok's redirect on this computer: a tiny HTTP server on the redirect URI's loopback port
/// that accepts exactly one callback carrying the expected `state`, holds that browser request open while
/// the code is exchanged, and answers it with the real outcome.
///
/// Flow of one sign-in (LoginFlow drives it):
///
///     LoginFlow              LoopbackReceiver                 browser                   TikTok
///       | listen(redirect) -> bind 127.0.0.1:port (+ ::1:port for `localhost`; never any interface)
///       | open startUrl() ----------------------------------> GET /start/<one-time token>
///       |                    302 Location: authorize URL ---> GET /v2/auth/authorize/ --> consent page
///       |                    (once: the token is random per sign-in; any other /start, or a second
///       |                    request for it, gets 404, so no other local process learns the URL)
///       |                                                     <------ 302 redirect_uri?code&scopes&state
///       |                    GET <redirect path>?code&state <-
///       |                    state wrong/missing -> 400 page, keep waiting
///       |                    other path -> 404, other method -> 405, head > 8 KB -> 431,
///       |                    Host not 127.0.0.1:PORT / [::1]:PORT / localhost:PORT -> 421
///       | <- callbackReceived(callback)   (request held open, at most holdTimeout)
///       | token exchange, user info (TokenClient, TikTokApiClient) ----------------------> TikTok API
///       | finish(outcome page) -> 200 "Connected as ..." -> browser; port closed at once
///
/// Every connection must deliver its request head within clientTimeout (slow or idle clients are
/// dropped); several connections are served at once, up to MaxConnections. When every slot is taken, a new
/// connection evicts the oldest one that has not sent a byte yet (one whose request has started to arrive
/// is never evicted), so that idle connections cannot keep the browser out. Lives in the creating
/// thread; owns its servers and sockets.
class LoopbackReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReceiver)

public:
    static constexpr int DefaultClientTimeoutMs = 5000;
    static constexpr int DefaultHoldTimeoutMs = 30000;
    static constexpr int MaxConnections = 32;

    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    /// Binds the loopback address(es) of `redirect`: its fixed port, or a free port for a wildcard port.
    /// Errors: "oauth.port_in_use" (names the port and, on Linux, the process holding it) or
    /// "oauth.listen_failed". Call once.
    Error listen(const RedirectUri &redirect);
    bool isListening() const;
    quint16 port() const { return m_port; }
    /// The addresses actually bound (127.0.0.1, and ::1 when available for `localhost`).
    QList<QHostAddress> addresses() const;
    /// The concrete redirect URI (the registered one, with the chosen port for a wildcard port).
    QString redirectUri() const;
    /// A short local address that forwards the browser to the authorize URL (see setStartTarget()): its
    /// path carries a random one-time token, and it answers once.
    QUrl startUrl() const;

    /// The `state` a callback must carry to be accepted.
    void setExpectedState(const QString &state) { m_expectedState = state; }
    /// Where startUrl() forwards to (the full TikTok authorize URL).
    void setStartTarget(const QUrl &target) { m_startTarget = target; }
    void setClientTimeout(int milliseconds) { m_clientTimeoutMs = milliseconds; }
    /// How long the accepted callback request is held before a "still connecting" page is sent.
    void setHoldTimeout(int milliseconds) { m_holdTimeoutMs = milliseconds; }

    /// The callback arrived another way (an address pasted by the operator): from now on the start
    /// address is not served and a browser's callback with the expected state is answered "already
    /// handled" (409), as after a callback of its own.
    void acceptElsewhere();
    bool hasAccepted() const { return m_accepted; }

    /// Answers the held callback request (if still open) with `html`, then stops listening and drops every
    /// other connection. The port is free when this returns. Safe to call more than once.
    void finish(const QString &html);
    /// Connections currently open (for tests).
    int connectionCount() const { return int(m_connections.size()); }
    /// After finish(): answers are still being written to the browser (the process must not exit yet).
    bool isDelivering() const { return m_finished && !m_connections.empty(); }

Q_SIGNALS:
    /// The one callback carrying the expected state (success or error). Emitted at most once.
    void callbackReceived(const Skybeam::AuthorizationCallback &callback);
    /// After finish(), every open connection has been answered and closed, or dropped.
    void delivered();

private:
    struct Connection
    {
        QByteArray buffer;
        QTimer *deadline = nullptr;
        quint64 sequence = 0; ///< order of arrival (lower is older)
        bool receivedAny = false;
        bool answered = false;
    };

    Error bind(const RedirectUri &redirect, quint16 port, bool *addressInUse);
    void closeServers();
    void onNewConnection(QTcpServer *server);
    void acceptPending(QTcpServer *server);
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const HttpRequest &request);
    void answer(QTcpSocket *socket, int status, const QString &html,
        const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    void drop(QTcpSocket *socket);
    void forget(QTcpSocket *socket);
    void onHoldTimeout();
    bool evictIdleConnection();
    bool hostAllowed(const QByteArray &host) const;
    QString startPrefix() const;
    QString startPath() const;

    QList<QTcpServer *> m_servers;
    std::map<QTcpSocket *, Connection> m_connections;
    RedirectUri m_redirect;
    quint16 m_port = 0;
    QString m_expectedState;
    QUrl m_startTarget;
    QString m_startToken;
    bool m_startUsed = false;
    quint64 m_nextSequence = 0;
    QSet<QTcpServer *> m_acceptScheduled;
    int m_clientTimeoutMs = DefaultClientTimeoutMs;
    int m_holdTimeoutMs = DefaultHoldTimeoutMs;
    QTcpSocket *m_held = nullptr;
    QTimer *m_holdTimer = nullptr;
    bool m_accepted = false;
    bool m_finished = false;
};

} // namespace Skybeam
