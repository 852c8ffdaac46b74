#include "posting/packuploader.h"

#include "handoff/postedstatestore.h"
#include "posting/postingerrors.h"
#include "posting/postinghistory.h"
#include "posting/postinglog.h"
#include "posting/postrules.h"
#include "posting/ratewindow.h"
#include "posting/sandboxbudget.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

namespace Skybeam {

namespace {

const QString VideoUpload = QStringLiteral("video.upload");
const QString VideoPublish = QStringLiteral("video.publish");

} // namespace

QString UploadResult::text(const QString &nickname) const
{
    switch (outcome) {
    case Outcome::SentToInbox:
        if (nickname.isEmpty())
            return tr(
                "Sent to the account's TikTok inbox. Open the TikTok app to add the caption and post it.");
        //: %1 is the TikTok account's nickname.
        return tr("Sent to %1's TikTok inbox. Open the TikTok app to add the caption and post it.")
            .arg(nickname);
    case Outcome::Published:
        if (nickname.isEmpty())
            return tr("Published on TikTok.");
        //: %1 is the TikTok account's nickname.
        return tr("Published on %1's TikTok profile.").arg(nickname);
    case Outcome::Failed:
    case Outcome::Cancelled:
    case Outcome::Unconfirmed:
        break;
    }
    return error.fullMessage();
}

PackUploader::PackUploader(const TikTokEndpoints &endpoints, QNetworkAccessManager *network, QObject *parent)
    : Job(parent)
    , m_endpoints(endpoints)
    , m_network(network)
    , m_chunks(new ChunkUploader(network, this))
    , m_poller(new PublishStatusPoller(endpoints, network, this))
    , m_waitTimer(new QTimer(this))
{
    m_waitTimer->setSingleShot(true);
    connect(m_waitTimer, &QTimer::timeout, this, &PackUploader::sendInit);
    connect(m_chunks, &ChunkUploader::progress, this, &PackUploader::progress);
    connect(m_chunks, &ChunkUploader::chunkConfirmed, this, &PackUploader::chunkConfirmed);
    connect(m_chunks, &ChunkUploader::finished, this, &PackUploader::onChunksFinished);
    connect(m_poller, &PublishStatusPoller::statusChanged, this, &PackUploader::statusChanged);
    connect(m_poller, &PublishStatusPoller::apiCallsMade, this, &PackUploader::countCalls);
    connect(m_poller, &PublishStatusPoller::finished, this, &PackUploader::onStatusFinished);
}

PackUploader::~PackUploader()
{
    newRun();
    m_chunks->abort();
    m_poller->abort();
    if (m_call)
        m_call->abort();
}

int PackUploader::maxApiCalls(bool sandbox) const
{
    return 1 + (sandbox ? m_policy.sandboxPoll.maxPolls : m_policy.poll.maxPolls);
}

bool PackUploader::start(const TikTokCredentials &credentials, const std::optional<CreatorInfo> &creator,
    const UploadRequest &request)
{
    if (isRunning())
        return false;
    begin(credentials, creator, request, std::nullopt);
    return true;
}

bool PackUploader::resume(const TikTokCredentials &credentials, const std::optional<CreatorInfo> &creator,
    const UploadRequest &request, const ResumePoint &point)
{
    if (isRunning())
        return false;
    begin(credentials, creator, request, point);
    return true;
}

void PackUploader::begin(const TikTokCredentials &credentials, const std::optional<CreatorInfo> &creator,
    const UploadRequest &request, std::optional<ResumePoint> point)
{
    newRun();
    m_resume = std::move(point);
    m_credentials = credentials;
    m_creator = creator;
    m_request = request;
    m_result = UploadResult();
    m_result.mode = request.options.mode;
    m_phase = Phase::Initializing;
    QMetaObject::invokeMethod(
        this,
        [this, started = currentRun()] {
            if (!isCurrentRun(started) || m_phase == Phase::Idle)
                return;
            Q_EMIT phaseChanged(m_phase);
            if (m_resume && m_resume->stage == ResumePoint::Stage::Poll) {
                // TikTok has the whole video: only its status is asked, never a new init.
                m_result.publishId = m_resume->publishId;
                m_plan = m_resume->plan;
                m_result.videoBytes = m_plan.videoSize;
                m_result.chunkCount = m_plan.totalChunkCount;
                startPolling();
                return;
            }
            const Error error = checkRequest(m_creator);
            if (error.isError()) {
                finish(UploadResult::Outcome::Failed, error);
                return;
            }
            if (m_resume) {
                askUploadedBytes();
                return;
            }
            sendInit();
        },
        Qt::QueuedConnection);
}

void PackUploader::askUploadedBytes()
{
    m_result.publishId = m_resume->publishId;
    if (m_resume->plan.videoSize == m_plan.videoSize && m_resume->plan.totalChunkCount > 0)
        m_plan = m_resume->plan;
    setPhase(Phase::Uploading);
    TikTokCall::Request request;
    request.url = m_endpoints.apiUrl(QStringLiteral("/v2/post/publish/status/fetch/"));
    request.method = QByteArrayLiteral("POST");
    request.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    request.body = QJsonDocument(QJsonObject { { QStringLiteral("publish_id"), m_resume->publishId } })
                       .toJson(QJsonDocument::Compact);
    request.bearerToken = m_credentials.accessToken();
    request.shape = TikTokCall::Shape::Api;
    RateWindow *window = m_policy.statusWindow ? m_policy.statusWindow : &RateWindow::statusFetch();
    window->record();
    auto *call = new TikTokCall(m_network, std::move(request), m_policy.network, this);
    m_call = call;
    connect(call, &TikTokCall::finished, this, &PackUploader::onUploadedBytes);
    call->start();
}

void PackUploader::onUploadedBytes(TikTokCall *call)
{
    m_call = nullptr;
    if (m_phase != Phase::Uploading || !m_resume)
        return;
    countCalls(call->attempts());
    const QString publishId = m_resume->publishId;
    if (!call->isSuccess()) {
        if (call->error().code() != ErrorCode::Api::InvalidParam) {
            finish(UploadResult::Outcome::Failed, call->error());
            return;
        }
        // TikTok no longer knows the publish_id: nothing of it will be posted.
        qCInfo(lcPosting) << "TikTok no longer knows the interrupted upload; starting anew";
        m_resume.reset();
        Q_EMIT abandoned(publishId);
        setPhase(Phase::Initializing);
        sendInit();
        return;
    }
    const PublishStatus status = PublishStatus::fromData(call->data());
    m_result.status = status;
    if (status.state == PublishStatus::State::Failed) {
        finish(UploadResult::Outcome::Failed, PostingErrors::fromFailReason(status.failReason));
        return;
    }
    if (status.isFinal() || status.uploadedBytes >= m_plan.videoSize) {
        qCInfo(lcPosting) << "TikTok already has the whole video; waiting for its status";
        Q_EMIT transferred(publishId);
        startPolling();
        return;
    }
    const qint64 have = std::max<qint64>(0, status.uploadedBytes);
    const int firstChunk = m_plan.chunkSize > 0 ? int(have / m_plan.chunkSize) : 0;
    const qint64 lifetime = m_policy.chunks.uploadUrlLifetimeMs;
    if (m_resume->urlAgeMs >= lifetime || have != m_plan.chunkOffset(firstChunk)) {
        qCInfo(lcPosting) << "the interrupted upload's URL has expired; TikTok never posts it; starting anew";
        m_resume.reset();
        Q_EMIT abandoned(publishId);
        setPhase(Phase::Initializing);
        sendInit();
        return;
    }
    qCInfo(lcPosting).nospace() << "resuming the upload at chunk " << (firstChunk + 1) << " (TikTok has "
                                << have << " bytes)";
    m_uploadUrl = m_resume->uploadUrl;
    m_chunks->setPolicy(m_policy.chunks);
    m_chunks->start(m_uploadUrl, m_request.videoPath, m_contentType, m_plan, firstChunk, m_resume->urlAgeMs);
}

Error PackUploader::checkRequest(const std::optional<CreatorInfo> &creator)
{
    const PostOptions &options = m_request.options;
    const QString scope = options.mode == PostMode::Direct ? VideoPublish : VideoUpload;
    if (!m_credentials.hasAccessToken()) {
        return Error(ErrorCode::Posting::NotSignedIn,
            tr("SKYBEAM is not connected to a TikTok account yet. Sign in with TikTok first."));
    }
    if (!m_credentials.hasScope(scope))
        return PostingErrors::missingScope(scope);
    const CreatorInfo *creatorInfo = creator ? &*creator : nullptr;
    const Error rules = PostRules::check(options, creatorInfo, m_credentials.isSandbox());
    if (rules.isError())
        return rules;
    const QFileInfo file(m_request.videoPath);
    if (!file.exists() || !file.isFile())
        return PostingErrors::fileUnreadable(m_request.videoPath, tr("the file does not exist"));
    const Error video = PostRules::checkVideo(file.size(), m_request.videoFacts, creatorInfo);
    if (video.isError())
        return video;
    m_contentType = PostRules::contentTypeFor(file.fileName());
    if (m_contentType.isEmpty()) {
        return Error(ErrorCode::Posting::UnsupportedFormat,
            TikTokErrors::fromApi(QStringLiteral("file_format_check_failed"), QString(), QString())
                .message());
    }
    const Expected<ChunkPlan> plan = ChunkPlan::create(file.size(), m_policy.preferredChunkSize);
    if (!plan)
        return plan.error();
    m_plan = *plan;
    m_result.videoBytes = m_plan.videoSize;
    m_result.chunkCount = m_plan.totalChunkCount;
    return {};
}

void PackUploader::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void PackUploader::sendInit()
{
    if (m_phase != Phase::Initializing && m_phase != Phase::WaitingForRateLimit)
        return;
    RateWindow *window = m_policy.initWindow ? m_policy.initWindow : &RateWindow::videoInit();
    const qint64 wait = window->delayBeforeNextCall();
    if (wait > 0) {
        qCInfo(lcPosting) << "waiting" << wait << "ms for the video init rate limit (6 a minute)";
        setPhase(Phase::WaitingForRateLimit);
        m_waitTimer->start(int(wait));
        return;
    }
    setPhase(Phase::Initializing);
    window->record();

    const bool direct = m_request.options.mode == PostMode::Direct;
    QJsonObject body { { QStringLiteral("source_info"),
        QJsonObject { { QStringLiteral("source"), QStringLiteral("FILE_UPLOAD") },
            { QStringLiteral("video_size"), m_plan.videoSize },
            { QStringLiteral("chunk_size"), m_plan.chunkSize },
            { QStringLiteral("total_chunk_count"), m_plan.totalChunkCount } } } };
    if (direct)
        body.insert(QStringLiteral("post_info"), m_request.options.postInfo(*m_creator));

    TikTokCall::Request request;
    request.url = m_endpoints.apiUrl(direct ? QStringLiteral("/v2/post/publish/video/init/")
                                            : QStringLiteral("/v2/post/publish/inbox/video/init/"));
    request.method = QByteArrayLiteral("POST");
    request.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.bearerToken = m_credentials.accessToken();
    request.shape = TikTokCall::Shape::Api;
    request.validator = [](const QJsonObject &answer) {
        const QJsonObject data = answer.value(QLatin1String("data")).toObject();
        return !data.value(QLatin1String("publish_id")).toString().isEmpty()
                && !data.value(QLatin1String("upload_url")).toString().isEmpty()
            ? Error()
            : TikTokErrors::badResponse(
                200, QStringLiteral("init without data.publish_id and data.upload_url"));
    };
    // Init is not retried blindly: a retry after a lost answer would create a second post.
    NetworkPolicy policy = m_policy.network;
    policy.maxRetries = 0;
    auto *call = new TikTokCall(m_network, std::move(request), policy, this);
    m_call = call;
    connect(call, &TikTokCall::finished, this, &PackUploader::onInit);
    call->start();
}

void PackUploader::onInit(TikTokCall *call)
{
    m_call = nullptr;
    if (m_phase != Phase::Initializing)
        return;
    countCalls(call->attempts());
    if (!call->isSuccess()) {
        finish(UploadResult::Outcome::Failed, call->error());
        return;
    }
    const QJsonObject data = call->data();
    m_result.publishId = data.value(QLatin1String("publish_id")).toString();
    const QUrl uploadUrl(data.value(QLatin1String("upload_url")).toString(), QUrl::StrictMode);
    const QString scheme = uploadUrl.scheme().toLower();
    const bool secure = scheme == QLatin1String("https")
        || (scheme == QLatin1String("http") && TikTokEndpoints::isLoopbackHost(uploadUrl.host()));
    if (!uploadUrl.isValid() || uploadUrl.host().isEmpty() || !secure) {
        finish(UploadResult::Outcome::Failed,
            TikTokErrors::badResponse(
                call->httpStatus(), QStringLiteral("upload_url is not an https address")));
        return;
    }
    qCDebug(lcPosting) << "init accepted; publish_id" << m_result.publishId;
    m_uploadUrl = uploadUrl;
    Q_EMIT initialised(m_result.publishId, uploadUrl, m_plan);
    if (m_phase != Phase::Initializing)
        return;
    setPhase(Phase::Uploading);
    m_chunks->setPolicy(m_policy.chunks);
    m_chunks->start(uploadUrl, m_request.videoPath, m_contentType, m_plan);
}

void PackUploader::onChunksFinished(const Error &error)
{
    if (m_phase != Phase::Uploading)
        return;
    m_result.transferMs = m_chunks->elapsedMs();
    m_result.resentChunks = m_chunks->resentChunks();
    if (error.isError()) {
        finish(UploadResult::Outcome::Failed, error);
        return;
    }
    Q_EMIT transferred(m_result.publishId);
    startPolling();
}

void PackUploader::startPolling()
{
    if (m_phase == Phase::Idle)
        return;
    setPhase(Phase::Processing);
    m_poller->setSchedule(m_credentials.isSandbox() ? m_policy.sandboxPoll : m_policy.poll);
    m_poller->setNetworkPolicy(m_policy.network);
    m_poller->setRateWindow(m_policy.statusWindow ? m_policy.statusWindow : &RateWindow::statusFetch());
    m_poller->start(m_credentials.accessToken(), m_result.publishId);
}

void PackUploader::onStatusFinished(const PublishStatus &status, const Error &error)
{
    if (m_phase != Phase::Processing)
        return;
    m_result.status = status;
    const bool inbox = m_request.options.mode == PostMode::Inbox;
    if (error.isError()) {
        finish(UploadResult::Outcome::Unconfirmed,
            error.code() == ErrorCode::Posting::StillProcessing ? PostingErrors::stillProcessing(inbox)
                                                                : error);
        return;
    }
    switch (status.state) {
    case PublishStatus::State::SentToInbox:
        confirm(UploadResult::Outcome::SentToInbox);
        return;
    case PublishStatus::State::Published:
        confirm(UploadResult::Outcome::Published);
        return;
    case PublishStatus::State::Failed:
        finish(UploadResult::Outcome::Failed, PostingErrors::fromFailReason(status.failReason));
        return;
    case PublishStatus::State::Unknown:
    case PublishStatus::State::ProcessingUpload:
    case PublishStatus::State::ProcessingDownload:
        break;
    }
    finish(UploadResult::Outcome::Unconfirmed, PostingErrors::stillProcessing(inbox));
}

void PackUploader::confirm(UploadResult::Outcome outcome)
{
    const QString &key = m_request.packKey;
    if (!key.isEmpty()) {
        if (m_store) {
            m_result.markError = m_store->setPosted(key, true);
            m_result.markedPosted = !m_result.markError.isError();
        }
        if (m_history) {
            PostingRecord record;
            record.mode = m_request.options.mode;
            record.status = m_result.status.status;
            record.publishId = m_result.publishId;
            record.confirmedAt = QDateTime::currentDateTimeUtc();
            const Error error = m_history->add(key, record);
            if (error.isError())
                qCWarning(lcPosting) << error.message();
        }
    }
    finish(outcome, {});
}

void PackUploader::cancel()
{
    switch (m_phase) {
    case Phase::Idle:
        return;
    case Phase::Initializing:
    case Phase::WaitingForRateLimit:
        m_waitTimer->stop();
        if (m_call) {
            TikTokCall *call = m_call;
            m_call = nullptr;
            call->disconnect(this);
            call->abort();
        }
        finish(UploadResult::Outcome::Cancelled, PostingErrors::cancelled());
        return;
    case Phase::Uploading:
        if (m_call) {
            TikTokCall *call = m_call;
            m_call = nullptr;
            call->disconnect(this);
            call->abort();
        }
        m_result.transferMs = m_chunks->elapsedMs();
        m_result.resentChunks = m_chunks->resentChunks();
        m_chunks->abort();
        finish(UploadResult::Outcome::Cancelled, PostingErrors::cancelled());
        return;
    case Phase::Processing:
        m_poller->abort();
        finish(UploadResult::Outcome::Unconfirmed,
            PostingErrors::stoppedWaiting(m_request.options.mode == PostMode::Inbox));
        return;
    }
}

void PackUploader::countCalls(int calls)
{
    m_result.apiCalls += calls;
    if (m_budget && m_credentials.isSandbox()) {
        const Error error = m_budget->record(m_credentials.clientKey(), calls);
        if (error.isError())
            qCWarning(lcPosting) << error.message();
    }
}

void PackUploader::finish(UploadResult::Outcome outcome, const Error &error)
{
    if (m_phase == Phase::Idle)
        return;
    m_result.outcome = outcome;
    m_result.error = error;
    if (error.isError())
        qCDebug(lcPosting) << "send ended:" << error.code() << "log_id" << error.logId();
    else
        qCDebug(lcPosting) << "send confirmed by TikTok:" << m_result.status.status;
    setPhase(Phase::Idle);
    finishLater([this, result = m_result] { Q_EMIT finished(result); });
}

} // namespace Skybeam
