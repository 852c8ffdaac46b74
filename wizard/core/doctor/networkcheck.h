#pragma once

#include "common/job.h"
#include "doctor/doctorcheck.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QUrl>

class QHostInfo;
class QNetworkAccessManager;
class QNetworkReply;
class QTcpSocket;

namespace Skybeam {

/// The doctor's `network` check (it talks to TikTok, so only on request): the proxy named by the
/// environment and whether it answers, DNS for TikTok's API host, TCP reach, TLS with certificate
/// verification (naming the issuer of a certificate that is not trusted: usually a proxy or antivirus
/// intercepting HTTPS), and the clock against the answer's `Date` header (more than two minutes apart is
/// a problem). One request, no token sent. start() never emits synchronously; finished() exactly once.
/// Does not own the QNetworkAccessManager. Lives in the creating thread.
class NetworkCheck final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkCheck)

public:
    /// More clock difference than this is a problem.
    static constexpr qint64 MaxSkewSeconds = 120;

    NetworkCheck(const DoctorContext &context, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~NetworkCheck() override;

    void start();

    /// The proxy variable in effect for `url` ("https_proxy" …) and its value without any user name or
    /// password; empty when none.
    static QPair<QString, QString> proxyFor(const QUrl &url, const QProcessEnvironment &environment);
    /// A Date header's time (RFC 7231 IMF-fixdate); invalid when it cannot be read.
    static QDateTime parseHttpDate(const QByteArray &value);

Q_SIGNALS:
    void finished(const Skybeam::DoctorResult &result);

private:
    void checkProxy();
    void lookUpHost();
    void onLookedUp(const QHostInfo &info);
    void sendRequest();
    void onReplyFinished();
    void untrustedConnection(QNetworkReply *reply); ///< TLS failed: names the certificate's issuer
    void notAnswered(QNetworkReply *reply); ///< no HTTP answer: DNS, proxy, firewall
    void compareClock(QNetworkReply *reply); ///< the answer's Date header against this computer's clock
    void problem(const QString &detail, const QString &fix);
    void finish();

    DoctorContext m_context;
    QPointer<QNetworkAccessManager> m_network;
    QUrl m_url;
    QPair<QString, QString> m_proxy;
    QTcpSocket *m_proxySocket = nullptr;
    QPointer<QNetworkReply> m_reply;
    QList<QSslError> m_sslErrors;
    QStringList m_notes;
    DoctorResult m_result;
    bool m_done = false;
};

} // namespace Skybeam
