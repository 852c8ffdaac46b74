#include "doctor/networkcheck.h"

#include <QHostInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTcpSocket>
#include <QTimer>

namespace Skybeam {

namespace {

QString issuerOf(const QSslCertificate &certificate)
{
    QStringList parts = certificate.issuerInfo(QSslCertificate::Organization);
    for (const QString &name : certificate.issuerInfo(QSslCertificate::CommonName)) {
        if (!parts.contains(name))
            parts.append(name);
    }
    return parts.join(QLatin1String(", "));
}

} // namespace

NetworkCheck::NetworkCheck(const DoctorContext &context, QNetworkAccessManager *network, QObject *parent)
    : Job(parent)
    , m_context(context)
    , m_network(network)
    , m_url(context.endpoints.apiUrl(QStringLiteral("/v2/user/info/")))
{
    m_result.id = QStringLiteral("network");
    m_result.title = tr("Connection to TikTok");
}

NetworkCheck::~NetworkCheck()
{
    if (m_reply)
        m_reply->abort();
}

QPair<QString, QString> NetworkCheck::proxyFor(const QUrl &url, const QProcessEnvironment &environment)
{
    const bool secure = url.scheme() == QLatin1String("https");
    const QStringList names = secure
        ? QStringList { QStringLiteral("https_proxy"), QStringLiteral("HTTPS_PROXY"),
              QStringLiteral("all_proxy"), QStringLiteral("ALL_PROXY") }
        : QStringList { QStringLiteral("http_proxy"), QStringLiteral("HTTP_PROXY"),
              QStringLiteral("all_proxy"), QStringLiteral("ALL_PROXY") };
    for (const QString &name : names) {
        const QString value = environment.value(name).trimmed();
        if (value.isEmpty())
            continue;
        QUrl proxy = QUrl::fromUserInput(value);
        proxy.setUserInfo(QString());
        return { name, proxy.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash) };
    }
    return {};
}

QDateTime NetworkCheck::parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).trimmed();
    QDateTime time = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!time.isValid()) {
        time = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        time.setTimeSpec(Qt::UTC);
    }
    return time.toUTC();
}

void NetworkCheck::start()
{
    QTimer::singleShot(0, this, &NetworkCheck::checkProxy);
}

void NetworkCheck::checkProxy()
{
    m_proxy = proxyFor(m_url, m_context.environment);
    if (m_proxy.first.isEmpty()) {
        lookUpHost();
        return;
    }
    const QUrl proxy = QUrl::fromUserInput(m_proxy.second);
    m_proxySocket = new QTcpSocket(this);
    connect(m_proxySocket, &QTcpSocket::connected, this, [this] {
        m_notes.append(tr("The proxy %1 (from %2) answers.").arg(m_proxy.second, m_proxy.first));
        m_proxySocket->abort();
        lookUpHost();
    });
    connect(m_proxySocket, &QTcpSocket::errorOccurred, this, [this] {
        problem(tr("The proxy %1 named by the %2 variable does not answer (%3), so nothing can reach TikTok "
                   "through it.")
                    .arg(m_proxy.second, m_proxy.first, m_proxySocket->errorString()),
            tr("Ask your administrator for the right proxy address, or remove the %1 variable if this "
               "network needs no proxy.")
                .arg(m_proxy.first));
    });
    QTimer::singleShot(m_context.networkTimeoutMs, m_proxySocket, [this] {
        problem(
            tr("The proxy %1 named by the %2 variable does not answer.").arg(m_proxy.second, m_proxy.first),
            tr("Ask your administrator for the right proxy address, or remove the %1 variable if this "
               "network needs no proxy.")
                .arg(m_proxy.first));
    });
    m_proxySocket->connectToHost(proxy.host(), quint16(proxy.port(8080)));
}

void NetworkCheck::lookUpHost()
{
    if (m_done)
        return;
    if (!QHostAddress(m_url.host()).isNull()) {
        sendRequest();
        return;
    }
    QHostInfo::lookupHost(m_url.host(), this, &NetworkCheck::onLookedUp);
}

void NetworkCheck::onLookedUp(const QHostInfo &info)
{
    if (m_done)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        problem(tr("TikTok's server name %1 cannot be looked up (DNS), so this computer cannot find TikTok.")
                    .arg(m_url.host()),
            tr("Check that the computer is online and that its DNS server works; ask your administrator if "
               "TikTok is blocked on this network."));
        return;
    }
    sendRequest();
}

void NetworkCheck::sendRequest()
{
    if (m_done)
        return;
    if (!m_network) {
        problem(tr("No network access is available."), QString());
        return;
    }
    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_context.networkTimeoutMs);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::sslErrors, this,
        [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::finished, this, &NetworkCheck::onReplyFinished);
}

void NetworkCheck::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    reply->deleteLater();
    const QNetworkReply::NetworkError error = reply->error();
    if (!m_sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        untrustedConnection(reply);
        return;
    }
    if (!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()) {
        notAnswered(reply);
        return;
    }
    const QString host = m_url.host();
    m_notes.prepend(m_url.scheme() == QLatin1String("https")
            ? tr("TikTok's API at %1 answers over a verified secure connection.").arg(host)
            : tr("The API at %1 answers (plain HTTP: a local test server).").arg(host));
    compareClock(reply);
    m_result.detail = m_notes.join(QLatin1Char(' '));
    finish();
}

void NetworkCheck::untrustedConnection(QNetworkReply *reply)
{
    const QString host = m_url.host();
    QSslCertificate certificate;
    for (const QSslError &sslError : std::as_const(m_sslErrors)) {
        if (!sslError.certificate().isNull()) {
            certificate = sslError.certificate();
            break;
        }
    }
    if (certificate.isNull() && !reply->sslConfiguration().peerCertificateChain().isEmpty())
        certificate = reply->sslConfiguration().peerCertificateChain().constFirst();
    const QString issuer = certificate.isNull() ? QString() : issuerOf(certificate);
    problem(issuer.isEmpty()
            ? tr("The secure connection to %1 is not trusted: its certificate could not be verified.")
                  .arg(host)
            : tr("The secure connection to %1 is not trusted: its certificate was issued by \"%2\", "
                 "not by an authority this computer trusts. A proxy or antivirus program is "
                 "probably intercepting HTTPS.")
                  .arg(host, issuer),
        tr("Ask your administrator to exempt %1 and www.tiktok.com from HTTPS inspection, or to install "
           "their certificate authority on this computer. Also check that the date and time are correct.")
            .arg(host));
}

void NetworkCheck::notAnswered(QNetworkReply *reply)
{
    const QString host = m_url.host();
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        problem(tr("TikTok's server name %1 cannot be looked up (DNS), so this computer cannot find TikTok.")
                    .arg(host),
            tr("Check that the computer is online and that its DNS server works; ask your administrator "
               "if TikTok is blocked on this network."));
        return;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        problem(
            tr("The proxy did not let the connection to %1 through (%2).").arg(host, reply->errorString()),
            tr("Check the proxy settings with your administrator."));
        return;
    default:
        problem(tr("%1 cannot be reached (%2): a firewall may block it, or the network is down.")
                    .arg(host, reply->errorString()),
            tr("Check that the computer is online; ask your administrator whether %1 on port %2 is "
               "allowed.")
                .arg(host)
                .arg(m_url.port(m_url.scheme() == QLatin1String("https") ? 443 : 80)));
        return;
    }
}

void NetworkCheck::compareClock(QNetworkReply *reply)
{
    const QDateTime serverTime = parseHttpDate(reply->rawHeader("Date"));
    if (!serverTime.isValid()) {
        m_result.status = DoctorResult::Status::Warning;
        m_notes.append(tr("The answer had no readable date, so the clock could not be compared."));
    } else {
        const qint64 skew = serverTime.secsTo(m_context.clock());
        if (qAbs(skew) > MaxSkewSeconds) {
            const int minutes = int((qAbs(skew) + 30) / 60);
            m_result.status = DoctorResult::Status::Problem;
            m_notes.append(skew > 0
                    ? tr("This computer's clock is %n minute(s) ahead of TikTok's; sign-in, token "
                         "expiry and secure connections depend on it.",
                        nullptr, minutes)
                    : tr("This computer's clock is %n minute(s) behind TikTok's; sign-in, token "
                         "expiry and secure connections depend on it.",
                        nullptr, minutes));
            m_result.fix
                = tr("Turn on automatic date and time (for example: sudo timedatectl set-ntp true).");
        } else {
            m_result.status = DoctorResult::Status::Ok;
            m_notes.append(
                tr("The clock agrees with TikTok's (%n second(s) apart).", nullptr, int(qAbs(skew))));
        }
    }
}

void NetworkCheck::problem(const QString &detail, const QString &fix)
{
    if (m_done)
        return;
    m_result.status = DoctorResult::Status::Problem;
    m_notes.prepend(detail);
    m_result.detail = m_notes.join(QLatin1Char(' '));
    m_result.fix = fix;
    if (m_proxySocket)
        m_proxySocket->abort();
    finish();
}

void NetworkCheck::finish()
{
    if (m_done)
        return;
    m_done = true;
    finishLater([this] { Q_EMIT finished(m_result); });
}

} // namespace Skybeam
