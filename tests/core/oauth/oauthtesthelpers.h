#pragma once

// Shared by the oauth tests: free ports, a fake TikTok with one registered app, and a log recorder that
// proves no secret reaches any log output.

#include "faketiktok.h"
#include "scriptedbrowser.h"

#include "oauth/authorizationrequest.h"
#include "oauth/tiktokcall.h"
#include "oauth/tiktokendpoints.h"
#include "oauth/tokenclient.h"

#include <QHostAddress>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QStringList>
#include <QTcpServer>
#include <QUrlQuery>

namespace OAuthTest {

inline const QString ClientKey = QStringLiteral("sbawtestclientkey");
inline const QString ClientSecret = QStringLiteral("test-secret-8c1f2e9a7d");

/// A port that was free a moment ago on 127.0.0.1 (and ::1 when available).
inline quint16 freePort()
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress(QHostAddress::LocalHost), 0))
            continue;
        const quint16 port = probe.serverPort();
        QTcpServer probe6;
        if (probe6.listen(QHostAddress(QHostAddress::LocalHostIPv6), port)
            || probe6.serverError() != QAbstractSocket::AddressInUseError)
            return port;
    }
    return 0;
}

inline bool ipv6LoopbackAvailable()
{
    QTcpServer probe;
    return probe.listen(QHostAddress(QHostAddress::LocalHostIPv6), 0);
}

/// Registers the test app with `redirectUris` and starts listening.
inline bool startFake(FakeTikTokTest::FakeTikTok &fake, const QStringList &redirectUris, bool sandbox = false)
{
    FakeTikTokTest::FakeApp app;
    app.clientKey = ClientKey;
    app.clientSecret = ClientSecret;
    app.redirectUris = redirectUris;
    app.sandbox = sandbox;
    fake.addApp(app);
    return fake.listen();
}

inline Skybeam::TikTokEndpoints endpointsOf(const FakeTikTokTest::FakeTikTok &fake)
{
    return *Skybeam::TikTokEndpoints::create(fake.authorizeUrl(), fake.apiBase());
}

/// Retries quickly so the retry tests stay fast.
inline Skybeam::NetworkPolicy fastPolicy()
{
    Skybeam::NetworkPolicy policy;
    policy.timeoutMs = 2000;
    policy.backoffMs = 20;
    policy.maxRetryAfterSeconds = 2;
    return policy;
}

/// Signs in at the fake the way a browser would (to a redirect URI nobody listens on) and exchanges the
/// code; returns TikTok's token response. The fake must have `http://127.0.0.1:*/callback/` registered.
inline QJsonObject obtainTokens(FakeTikTokTest::FakeTikTok &fake, QNetworkAccessManager *network,
    const QStringList &scopes = Skybeam::AuthorizationRequest::defaultScopes())
{
    const QString redirect = QStringLiteral("http://127.0.0.1:%1/callback/").arg(freePort());
    const auto request = Skybeam::AuthorizationRequest::create(ClientKey, scopes, redirect);
    FakeTikTokTest::ScriptedBrowser browser;
    QSignalSpy browsed(&browser, &FakeTikTokTest::ScriptedBrowser::finished);
    browser.open(request.url(fake.authorizeUrl()));
    if (!browsed.wait(10000))
        qFatal("browser did not finish");
    const QString code = QUrlQuery(browser.result().visited.last())
                             .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    Skybeam::TokenClient client(endpointsOf(fake), network);
    Skybeam::TikTokCall *call
        = client.exchangeCode(ClientKey, ClientSecret, code, redirect, request.codeVerifier());
    QSignalSpy finished(call, &Skybeam::TikTokCall::finished);
    if (!finished.wait(10000) || !call->isSuccess())
        qFatal("token exchange failed");
    return call->body();
}

/// Consents at the fake (auto-approve) the way a browser on another computer would, and returns the
/// address TikTok sends that browser back to (the 302's Location) without requesting it: what the operator
/// pastes when that page cannot load. Empty when the fake did not redirect.
inline QUrl consentLocation(QNetworkAccessManager *network, const QUrl &authorizeUrl)
{
    QNetworkRequest request(authorizeUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network->get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        qFatal("the fake did not answer the authorize request");
    const QUrl location = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 302
        ? QUrl::fromEncoded(reply->rawHeader("Location"))
        : QUrl();
    reply->deleteLater();
    return location;
}

/// Records every Qt log message (all categories, all levels) while alive.
class LogRecorder final
{
public:
    LogRecorder()
    {
        s_lines().clear();
        m_previous = qInstallMessageHandler(&LogRecorder::handle);
    }
    ~LogRecorder() { qInstallMessageHandler(m_previous); }
    LogRecorder(const LogRecorder &) = delete;
    LogRecorder &operator=(const LogRecorder &) = delete;

    QString text() const
    {
        QMutexLocker lock(&s_mutex());
        return s_lines().join(QLatin1Char('\n'));
    }

private:
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        QMutexLocker lock(&s_mutex());
        s_lines().append(
            QString::fromLatin1(context.category ? context.category : "") + QLatin1String(": ") + message);
    }
    static QStringList &s_lines()
    {
        static QStringList lines;
        return lines;
    }
    static QMutex &s_mutex()
    {
        static QMutex mutex;
        return mutex;
    }
    QtMessageHandler m_previous = nullptr;
};

} // namespace OAuthTest
