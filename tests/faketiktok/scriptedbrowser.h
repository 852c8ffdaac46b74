#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTcpSocket;

namespace FakeTikTokTest {

/// What the scripted browser ended on.
struct BrowserResult
{
    /// HTTP status of the last page; 0 when no answer came (connection refused, closed, ...).
    int status = 0;
    QByteArray body;
    /// Every URL requested, in order.
    QList<QUrl> visited;
    QString errorString;
};

/// A browser for tests: GETs a URL, follows redirects (the receiver's start address, TikTok's 302 into the
/// receiver), submits the fake's consent form like a user clicking Authorize or Deny, and reports the last
/// page. Never uses a proxy. Can reach `localhost` over IPv4 or IPv6 on purpose.
class ScriptedBrowser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedBrowser)

public:
    enum class ConsentDecision { Authorize, Deny };
    enum class LocalhostAddress { System, IPv4, IPv6 };
    static constexpr int MaxHops = 10;

    explicit ScriptedBrowser(QObject *parent = nullptr);
    ~ScriptedBrowser() override;

    void setConsentDecision(ConsentDecision decision) { m_decision = decision; }
    /// Scopes to untick on the consent page before clicking Authorize.
    void setScopesToUntick(const QStringList &scopes) { m_untick = scopes; }
    void setLocalhostAddress(LocalhostAddress address) { m_localhost = address; }

    /// Starts browsing at `url`; finished() follows.
    void open(const QUrl &url);
    /// A LoginFlow browser opener that opens URLs in this browser.
    std::function<bool(const QUrl &url)> opener();
    bool isBusy() const { return m_busy; }
    const BrowserResult &result() const { return m_result; }
    /// URLs passed to open(), in order.
    const QList<QUrl> &openedUrls() const { return m_opened; }

Q_SIGNALS:
    void finished(const FakeTikTokTest::BrowserResult &result);

private:
    void request(const QUrl &url, const QByteArray &formBody = {});
    void onFinished(QNetworkReply *reply);
    QUrl mapped(const QUrl &url) const;
    void done();

    QNetworkAccessManager *m_network;
    ConsentDecision m_decision = ConsentDecision::Authorize;
    QStringList m_untick;
    LocalhostAddress m_localhost = LocalhostAddress::System;
    BrowserResult m_result;
    QList<QUrl> m_opened;
    bool m_busy = false;
    bool m_consentSubmitted = false;
};

/// Speaks raw bytes to a server (the loopback receiver) and collects everything it sends until it closes:
/// for malformed, oversized, slow or forged requests no real browser would make.
class RawHttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawHttpClient)

public:
    explicit RawHttpClient(QObject *parent = nullptr);
    ~RawHttpClient() override;

    /// Connects (asynchronously); bytes given to send() before the connection is up are queued.
    void connectTo(const QHostAddress &address, quint16 port);
    void send(const QByteArray &bytes);
    /// Everything received so far.
    const QByteArray &received() const { return m_received; }
    /// The status code of the received answer; 0 when none.
    int status() const;
    bool isClosed() const { return m_closed; }

Q_SIGNALS:
    /// The server closed the connection (or it failed).
    void closed();

private:
    QTcpSocket *m_socket;
    QByteArray m_received;
    QByteArray m_pending;
    bool m_closed = false;
};

/// Sends one GET with raw bytes and returns the whole answer, waiting with the event loop running (up to
/// `timeoutMs`). For tests.
QByteArray rawGet(const QHostAddress &address, quint16 port, const QByteArray &target, int timeoutMs = 10000);

} // namespace FakeTikTokTest

Q_DECLARE_METATYPE(FakeTikTokTest::BrowserResult)
