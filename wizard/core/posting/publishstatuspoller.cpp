#include "posting/publishstatuspoller.h"

#include "posting/postingerrors.h"
#include "posting/postinglog.h"
#include "posting/ratewindow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>

namespace Skybeam {

PublishStatus PublishStatus::fromData(const QJsonObject &data)
{
    PublishStatus result;
    result.status = data.value(QLatin1String("status")).toString();
    result.failReason = data.value(QLatin1String("fail_reason")).toString();
    const QJsonValue uploaded = data.value(QLatin1String("uploaded_bytes"));
    result.uploadedBytes = uploaded.isDouble() ? qint64(uploaded.toDouble()) : -1;
    // TikTok spells it "publicaly_available_post_id".
    for (const char *key : { "publicaly_available_post_id", "publicly_available_post_id" }) {
        for (const QJsonValue &id : data.value(QLatin1String(key)).toArray()) {
            if (id.isString())
                result.publicPostIds.append(id.toString());
            else if (id.isDouble())
                result.publicPostIds.append(QString::number(qint64(id.toDouble())));
        }
    }
    if (result.status == QLatin1String("PROCESSING_UPLOAD"))
        result.state = State::ProcessingUpload;
    else if (result.status == QLatin1String("PROCESSING_DOWNLOAD"))
        result.state = State::ProcessingDownload;
    else if (result.status == QLatin1String("SEND_TO_USER_INBOX"))
        result.state = State::SentToInbox;
    else if (result.status == QLatin1String("PUBLISH_COMPLETE"))
        result.state = State::Published;
    else if (result.status == QLatin1String("FAILED"))
        result.state = State::Failed;
    return result;
}

QString PublishStatus::text() const
{
    switch (state) {
    case State::ProcessingUpload:
        return tr("TikTok is processing the upload…");
    case State::ProcessingDownload:
        return tr("TikTok is processing the video…");
    case State::SentToInbox:
        return tr("In the account's TikTok inbox, ready to finish in the TikTok app.");
    case State::Published:
        return tr("Published on TikTok.");
    case State::Failed:
        return tr("TikTok could not post the video.");
    case State::Unknown:
        break;
    }
    return tr("Waiting for TikTok…");
}

int PollSchedule::delayBefore(int poll) const
{
    if (delaysMs.isEmpty())
        return 5000;
    return delaysMs.at(std::clamp(poll, 0, int(delaysMs.size()) - 1));
}

PollSchedule PollSchedule::sandbox()
{
    PollSchedule schedule;
    schedule.delaysMs = { 5000, 10000, 20000, 30000, 60000 };
    schedule.maxPolls = 6;
    return schedule;
}

PublishStatusPoller::PublishStatusPoller(
    const TikTokEndpoints &endpoints, QNetworkAccessManager *network, QObject *parent)
    : Job(parent)
    , m_endpoints(endpoints)
    , m_network(network)
    , m_window(&RateWindow::statusFetch())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PublishStatusPoller::poll);
}

PublishStatusPoller::~PublishStatusPoller()
{
    abort();
}

bool PublishStatusPoller::start(const QString &accessToken, const QString &publishId)
{
    if (m_running)
        return false;
    m_running = true;
    newRun();
    m_accessToken = accessToken;
    m_publishId = publishId;
    m_status = PublishStatus();
    m_polls = 0;
    m_calls = 0;
    m_failures = 0;
    schedule(m_schedule.delayBefore(0));
    return true;
}

void PublishStatusPoller::abort()
{
    newRun();
    m_running = false;
    m_timer->stop();
    if (m_call) {
        TikTokCall *call = m_call;
        m_call = nullptr;
        call->disconnect(this);
        call->abort();
    }
}

void PublishStatusPoller::schedule(int delayMs)
{
    const qint64 limited = m_window ? m_window->delayBeforeNextCall() : 0;
    m_timer->start(int(std::max<qint64>(delayMs, limited)));
}

void PublishStatusPoller::poll()
{
    if (!m_running)
        return;
    if (m_window && m_window->delayBeforeNextCall() > 0) {
        schedule(0);
        return;
    }
    if (m_window)
        m_window->record();
    ++m_polls;
    TikTokCall::Request request;
    request.url = m_endpoints.apiUrl(QStringLiteral("/v2/post/publish/status/fetch/"));
    request.method = QByteArrayLiteral("POST");
    request.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    request.body = QJsonDocument(QJsonObject { { QStringLiteral("publish_id"), m_publishId } })
                       .toJson(QJsonDocument::Compact);
    request.bearerToken = m_accessToken;
    request.shape = TikTokCall::Shape::Api;
    request.validator = [](const QJsonObject &body) {
        return body.value(QLatin1String("data")).toObject().value(QLatin1String("status")).isString()
            ? Error()
            : TikTokErrors::badResponse(200, QStringLiteral("status without data.status"));
    };
    auto *call = new TikTokCall(m_network, std::move(request), m_policy, this);
    m_call = call;
    connect(call, &TikTokCall::finished, this, &PublishStatusPoller::onAnswer);
    call->start();
}

void PublishStatusPoller::onAnswer(TikTokCall *call)
{
    m_call = nullptr;
    if (!m_running)
        return;
    m_calls += call->attempts();
    Q_EMIT apiCallsMade(call->attempts());
    if (!m_running)
        return;
    const bool pollsLeft = m_polls < m_schedule.maxPolls;
    if (!call->isSuccess()) {
        const Error &error = call->error();
        const QString &code = error.code();
        if (code == ErrorCode::Api::RateLimitExceeded && pollsLeft) {
            qCInfo(lcPosting) << "status fetch rate limited; waiting" << m_schedule.rateLimitedDelayMs
                              << "ms";
            schedule(m_schedule.rateLimitedDelayMs);
            return;
        }
        const bool transient = code.startsWith(ErrorCode::Network::Prefix)
            || code == ErrorCode::TikTok::Unavailable || code == ErrorCode::Api::InternalError;
        if (transient && pollsLeft && ++m_failures < m_schedule.maxConsecutiveFailures) {
            schedule(m_schedule.delayBefore(m_polls));
            return;
        }
        finish(error);
        return;
    }
    m_failures = 0;
    const PublishStatus status = PublishStatus::fromData(call->data());
    const bool changed = status.status != m_status.status || status.uploadedBytes != m_status.uploadedBytes;
    m_status = status;
    qCDebug(lcPosting) << "publish status" << status.status
                       << (status.failReason.isEmpty() ? QString() : status.failReason);
    if (changed)
        Q_EMIT statusChanged(status);
    if (!m_running)
        return;
    if (status.isFinal()) {
        finish({});
        return;
    }
    if (!pollsLeft) {
        finish(PostingErrors::stillProcessing(true));
        return;
    }
    schedule(m_schedule.delayBefore(m_polls));
}

void PublishStatusPoller::finish(const Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    finishLater([this, error] { Q_EMIT finished(m_status, error); });
}

} // namespace Skybeam
