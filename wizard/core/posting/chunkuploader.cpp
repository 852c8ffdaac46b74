#include "posting/chunkuploader.h"

#include "common/abandonreply.h"
#include "oauth/tiktokerrors.h"
#include "posting/filerangedevice.h"
#include "posting/postingerrors.h"
#include "posting/postinglog.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace Skybeam {

namespace {

/// TikTok's error object in an answer body, when there is one.
Error errorInBody(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    const QString code = error.value(QLatin1String("code")).toString();
    if (code.isEmpty() || code == QLatin1String("ok"))
        return {};
    return TikTokErrors::fromApi(code, error.value(QLatin1String("message")).toString(),
        error.value(QLatin1String("log_id")).toString());
}

} // namespace

ChunkUploader::ChunkUploader(QNetworkAccessManager *network, QObject *parent)
    : Job(parent)
    , m_network(network)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ChunkUploader::sendChunk);
}

ChunkUploader::~ChunkUploader()
{
    abort();
}

bool ChunkUploader::start(const QUrl &uploadUrl, const QString &filePath, const QByteArray &contentType,
    const ChunkPlan &plan, int firstChunk, qint64 urlAgeMs)
{
    if (m_running)
        return false;
    m_running = true;
    newRun();
    m_url = uploadUrl;
    m_filePath = filePath;
    m_contentType = contentType;
    m_plan = plan;
    m_chunk = std::clamp(firstChunk, 0, std::max(0, plan.totalChunkCount - 1));
    m_urlAgeOffsetMs = std::max<qint64>(0, urlAgeMs);
    m_attempt = 0;
    m_requests = 0;
    m_resent = 0;
    m_elapsedMs = 0;
    m_meter.reset();
    m_urlAge.start();
    m_transferClock.start();
    m_progressClock.invalidate();
    qCDebug(lcPosting).nospace() << "uploading " << plan.videoSize << " bytes in " << plan.totalChunkCount
                                 << " chunk(s) of " << plan.chunkSize << " bytes to " << uploadUrl.host();
    m_retryTimer->start(0);
    return true;
}

void ChunkUploader::abort()
{
    newRun();
    m_running = false;
    m_retryTimer->stop();
    abandonReply(m_reply, this);
}

bool ChunkUploader::urlExpired() const
{
    return m_urlAgeOffsetMs + m_urlAge.elapsed() > m_policy.uploadUrlLifetimeMs;
}

void ChunkUploader::sendChunk()
{
    if (!m_running)
        return;
    if (!m_network) {
        finish(PostingErrors::connectionLost(
            m_chunk, m_plan.totalChunkCount, m_attempt, QStringLiteral("no network access manager")));
        return;
    }
    if (urlExpired()) {
        finish(PostingErrors::uploadLinkExpired());
        return;
    }
    const QFileInfo info(m_filePath);
    if (!info.exists()) {
        finish(PostingErrors::fileUnreadable(m_filePath, tr("the file no longer exists")));
        return;
    }
    if (info.size() != m_plan.videoSize) {
        finish(PostingErrors::fileChanged(m_filePath));
        return;
    }
    const qint64 first = m_plan.chunkOffset(m_chunk);
    const qint64 length = m_plan.chunkLength(m_chunk);
    auto *device = new FileRangeDevice(m_filePath, first, length);
    if (!device->open(QIODevice::ReadOnly)) {
        const QString reason = device->errorString();
        delete device;
        finish(PostingErrors::fileUnreadable(m_filePath, reason));
        return;
    }
    ++m_attempt;
    ++m_requests;

    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_policy.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("SKYBEAM-Setup"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
    request.setHeader(QNetworkRequest::ContentLengthHeader, length);
    request.setRawHeader(QByteArrayLiteral("Content-Range"),
        "bytes " + QByteArray::number(first) + '-' + QByteArray::number(m_plan.chunkLastByte(m_chunk)) + '/'
            + QByteArray::number(m_plan.videoSize));
    m_reply = m_network->put(request, device);
    device->setParent(m_reply);
    connect(m_reply, &QNetworkReply::uploadProgress, this,
        [this](qint64 sent, qint64) { onUploadProgress(sent); });
    connect(m_reply, &QNetworkReply::finished, this, &ChunkUploader::onReplyFinished);
    reportProgress(0, true);
}

void ChunkUploader::onUploadProgress(qint64 sent)
{
    reportProgress(sent, false);
}

void ChunkUploader::reportProgress(qint64 sentInChunk, bool force)
{
    if (!force && m_progressClock.isValid() && m_progressClock.elapsed() < m_policy.progressIntervalMs)
        return;
    m_progressClock.start();
    TransferProgress current;
    current.totalBytes = m_plan.videoSize;
    current.confirmedBytes
        = m_chunk >= m_plan.totalChunkCount ? m_plan.videoSize : m_plan.chunkOffset(m_chunk);
    current.sentBytes = std::min(current.totalBytes, current.confirmedBytes + sentInChunk);
    m_meter.add(current.sentBytes, m_transferClock.elapsed());
    current.bytesPerSecond = m_meter.bytesPerSecond();
    current.secondsLeft = m_meter.secondsLeft(current.totalBytes);
    current.chunkIndex = std::min(m_chunk, m_plan.totalChunkCount - 1);
    current.chunkCount = m_plan.totalChunkCount;
    Q_EMIT progress(current);
}

void ChunkUploader::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply || !m_running)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->read(64 * 1024);
    const int count = m_plan.totalChunkCount;
    qCDebug(lcPosting).nospace() << "chunk " << (m_chunk + 1) << '/' << count << " (attempt " << m_attempt
                                 << ") -> " << (status ? QString::number(status) : reply->errorString());

    const int backoff = int(
        std::min<qint64>(m_policy.maxBackoffMs, qint64(m_policy.backoffMs) << std::min(m_attempt - 1, 16)));
    const bool attemptsLeft = m_attempt < m_policy.maxAttemptsPerChunk;

    if (status == 0) {
        // The connection dropped or stalled before TikTok answered: this chunk is not confirmed.
        if (attemptsLeft && !urlExpired()) {
            retryChunk(backoff, reply->errorString());
            return;
        }
        finish(urlExpired() ? PostingErrors::uploadLinkExpired()
                            : PostingErrors::connectionLost(m_chunk, count, m_attempt, reply->errorString()));
        return;
    }
    if (status >= 200 && status < 300) {
        if (m_plan.isLastChunk(m_chunk)) {
            if (status == 206) {
                finish(PostingErrors::uploadIncomplete(status));
                return;
            }
            ++m_chunk;
            m_elapsedMs = m_transferClock.elapsed();
            reportProgress(0, true);
            Q_EMIT chunkConfirmed(m_chunk, m_plan.videoSize);
            finish({});
            return;
        }
        ++m_chunk;
        m_attempt = 0;
        Q_EMIT chunkConfirmed(m_chunk, m_plan.chunkOffset(m_chunk));
        if (m_running)
            sendChunk();
        return;
    }
    const Error fromBody = errorInBody(body);
    if (status == 429 || status >= 500) {
        int delay = backoff;
        bool ok = false;
        const int retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed().toInt(&ok);
        if (status == 429 && ok && retryAfter >= 0)
            delay = int(std::min<qint64>(qint64(retryAfter) * 1000, 60 * 1000));
        if (attemptsLeft && !urlExpired()) {
            retryChunk(delay, QStringLiteral("HTTP %1").arg(status));
            return;
        }
        if (status == 429) {
            finish(TikTokErrors::rateLimited(fromBody.logId()));
            return;
        }
        finish(
            PostingErrors::connectionLost(m_chunk, count, m_attempt, QStringLiteral("HTTP %1").arg(status)));
        return;
    }
    if (status == 401 || status == 403 || status == 404 || status == 410) {
        finish(urlExpired() ? PostingErrors::uploadLinkExpired()
                            : PostingErrors::uploadLinkInvalid(status, fromBody));
        return;
    }
    finish(PostingErrors::chunkRejected(m_chunk, count, status, fromBody));
}

void ChunkUploader::retryChunk(int delayMs, const QString &reason)
{
    ++m_resent;
    qCInfo(lcPosting).nospace() << "chunk " << (m_chunk + 1) << " not confirmed (" << reason
                                << "); sending it again from byte " << m_plan.chunkOffset(m_chunk) << " in "
                                << delayMs << " ms";
    reportProgress(0, true);
    m_retryTimer->start(delayMs);
}

void ChunkUploader::finish(const Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_retryTimer->stop();
    if (m_elapsedMs == 0)
        m_elapsedMs = m_transferClock.elapsed();
    finishLater([this, error] { Q_EMIT finished(error); });
}

} // namespace Skybeam
