#include "oauth/tiktokcall.h"

#include "common/abandonreply.h"
#include "common/logging.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace Skybeam {

TikTokCall::TikTokCall(
    QNetworkAccessManager *network, Request request, const NetworkPolicy &policy, QObject *parent)
    : Job(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_policy(policy)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &TikTokCall::send);
}

TikTokCall::~TikTokCall()
{
    abandonReply(m_reply, this);
}

void TikTokCall::start()
{
    send();
}

void TikTokCall::abort()
{
    if (m_done)
        return;
    m_done = true;
    m_retryTimer->stop();
    abandonReply(m_reply, this);
    deleteLater();
}

QJsonObject TikTokCall::data() const
{
    return m_body.value(QLatin1String("data")).toObject();
}

void TikTokCall::send()
{
    if (m_done)
        return;
    if (!m_network) {
        complete(
            networkError(QNetworkReply::UnknownNetworkError, QStringLiteral("no network access manager")));
        return;
    }
    ++m_attempts;
    m_tooLarge = false;
    QNetworkRequest request(m_request.url);
    request.setTransferTimeout(m_policy.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("SKYBEAM-Setup"));
    if (!m_request.bearerToken.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_request.bearerToken.toUtf8());
    if (m_request.method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
        m_reply = m_network->post(request, m_request.body);
    } else {
        m_reply = m_network->get(request);
    }
    connect(m_reply, &QNetworkReply::finished, this, &TikTokCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > MaxAnswerBytes && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
}

void TikTokCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply || m_done)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkCode = reply->error();
    const QString networkDetail = reply->errorString();
    const QByteArray bytes = m_tooLarge ? QByteArray() : reply->readAll();
    const QByteArray retryAfterHeader = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    m_httpStatus = status;
    qCDebug(lcApi).nospace() << m_request.method.constData() << ' ' << m_request.url.path() << " -> "
                             << (status ? QString::number(status)
                                        : QStringLiteral("no answer (%1)").arg(networkCode))
                             << " (attempt " << m_attempts << ')';

    const bool retriesLeft = m_attempts <= m_policy.maxRetries;
    const int backoff = m_policy.backoffMs * (1 << std::min(m_attempts - 1, 10));

    if (m_tooLarge) {
        complete(TikTokErrors::badResponse(
            status, QStringLiteral("answer larger than %1 bytes").arg(MaxAnswerBytes)));
        return;
    }
    if (status == 0) {
        if (networkCode != QNetworkReply::SslHandshakeFailedError && retriesLeft) {
            retryAfter(backoff);
            return;
        }
        complete(networkError(networkCode, networkDetail));
        return;
    }

    const bool isJsonObject = takeBody(bytes);
    if (status >= 500) {
        if (retriesLeft) {
            retryAfter(backoff);
            return;
        }
        completeUnavailable(status);
        return;
    }
    if (status == 429) {
        bool ok = false;
        const int seconds = retryAfterHeader.trimmed().toInt(&ok);
        if (ok && seconds >= 0 && seconds <= m_policy.maxRetryAfterSeconds && retriesLeft) {
            qCInfo(lcApi) << "Rate limited; retrying after" << seconds << "s as TikTok asked";
            retryAfter(seconds * 1000);
            return;
        }
        complete(TikTokErrors::rateLimited(m_logId));
        return;
    }
    completeAnswer(status, isJsonObject, bytes.trimmed().isEmpty());
}

bool TikTokCall::takeBody(const QByteArray &bytes)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const bool isJsonObject = parseError.error == QJsonParseError::NoError && document.isObject();
    m_body = isJsonObject ? document.object() : QJsonObject();
    m_logId = m_body.value(QLatin1String("log_id")).toString();
    if (m_logId.isEmpty())
        m_logId = m_body.value(QLatin1String("error")).toObject().value(QLatin1String("log_id")).toString();
    return isJsonObject;
}

void TikTokCall::completeUnavailable(int status)
{
    const Error fromBody = errorFromBody(m_body);
    if (fromBody.isError()) {
        complete(fromBody);
        return;
    }
    Error unavailable(ErrorCode::TikTok::Unavailable,
        //: %1 is an HTTP status number, %2 a number of attempts.
        tr("TikTok is having trouble (HTTP status %1, %2 attempts). Wait a few minutes and try "
           "again.")
            .arg(status)
            .arg(m_attempts));
    unavailable.setLogId(m_logId);
    complete(unavailable);
}

void TikTokCall::completeAnswer(int status, bool isJsonObject, bool emptyBody)
{
    const Error fromBody = errorFromBody(m_body);
    if (fromBody.isError()) {
        complete(fromBody);
        return;
    }
    if (!isJsonObject && !emptyBody) {
        complete(TikTokErrors::badResponse(status, QStringLiteral("answer is not a JSON object")));
        return;
    }
    if (status < 200 || status >= 300) {
        complete(TikTokErrors::badResponse(
            status, QStringLiteral("unexpected HTTP status without an error body")));
        return;
    }
    if (m_request.validator) {
        const Error invalid = m_request.validator(m_body);
        if (invalid.isError()) {
            complete(invalid);
            return;
        }
    }
    complete({});
}

Error TikTokCall::errorFromBody(const QJsonObject &body) const
{
    const QJsonValue error = body.value(QLatin1String("error"));
    if (error.isString() && !error.toString().isEmpty()) {
        return TikTokErrors::fromOAuth(error.toString(),
            body.value(QLatin1String("error_description")).toString(),
            body.value(QLatin1String("log_id")).toString(), m_request.step);
    }
    if (error.isObject()) {
        const QJsonObject object = error.toObject();
        const QString code = object.value(QLatin1String("code")).toString();
        if (!code.isEmpty() && code != QLatin1String("ok")) {
            return TikTokErrors::fromApi(code, object.value(QLatin1String("message")).toString(),
                object.value(QLatin1String("log_id")).toString());
        }
        if (code.isEmpty() && m_request.shape == Shape::Api)
            return TikTokErrors::badResponse(m_httpStatus, QStringLiteral("error object without a code"));
    } else if (m_request.shape == Shape::Api && m_httpStatus >= 200 && m_httpStatus < 300) {
        return TikTokErrors::badResponse(m_httpStatus, QStringLiteral("answer without an error object"));
    }
    return {};
}

Error TikTokCall::networkError(int code, const QString &detail) const
{
    Error error;
    const int seconds = (m_policy.timeoutMs + 999) / 1000;
    switch (code) {
    case QNetworkReply::SslHandshakeFailedError:
        error = Error(ErrorCode::Network::Tls,
            tr("The secure connection to TikTok could not be verified, so nothing was sent. Check the "
               "computer's date and time, and any proxy or security software that intercepts HTTPS."));
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        error = Error(ErrorCode::Network::Timeout,
            //: %1 is a number of seconds, %2 a number of attempts.
            tr("TikTok did not answer within %1 seconds (%2 attempts). Check the internet connection and "
               "try again.")
                .arg(seconds)
                .arg(m_attempts));
        break;
    case QNetworkReply::HostNotFoundError:
        error = Error(ErrorCode::Network::HostNotFound,
            //: %1 is a host name such as open.tiktokapis.com.
            tr("TikTok's server %1 could not be found. Check the internet connection.")
                .arg(m_request.url.host()));
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        error = Error(ErrorCode::Network::Proxy,
            tr("The proxy server did not let SKYBEAM Setup reach TikTok. Check the proxy settings."));
        break;
    default:
        error = Error(ErrorCode::Network::Unreachable,
            //: %1 is a number of attempts.
            tr("SKYBEAM Setup could not reach TikTok (%1 attempts). Check the internet connection and "
               "try again.")
                .arg(m_attempts));
        break;
    }
    error.setDetail(detail);
    return error;
}

void TikTokCall::retryAfter(int milliseconds)
{
    qCInfo(lcApi) << "Retrying" << m_request.url.path() << "in" << milliseconds << "ms";
    m_retryTimer->start(milliseconds);
}

void TikTokCall::complete(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    if (error.isError())
        qCDebug(lcApi) << m_request.url.path() << "failed:" << error.code() << "log_id" << error.logId();
    finishLater([this] { Q_EMIT finished(this); }, Then::Delete);
}

} // namespace Skybeam
