#pragma once

#include "common/error.h"
#include "common/job.h"
#include "credentials/tiktokcredentials.h"
#include "handoff/mp4headerparser.h"
#include "oauth/tiktokapiclient.h"
#include "oauth/tiktokcall.h"
#include "oauth/tiktokendpoints.h"
#include "posting/chunkplan.h"
#include "posting/chunkuploader.h"
#include "posting/postoptions.h"
#include "posting/publishstatuspoller.h"
#include "posting/transfermeter.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace Skybeam {

class RateWindow;
class PostedStateStore;
class PostingHistory;
class SandboxBudget;

/// How PackUploader behaves. The defaults are the product's; tests and the benchmark change them.
struct UploadPolicy
{
    /// The init and status calls.
    NetworkPolicy network;
    ChunkUploadPolicy chunks;
    qint64 preferredChunkSize = ChunkPlan::DefaultChunkSize;
    /// Status polling for production apps, and for sandbox apps (fewer calls: 20 a day in all).
    PollSchedule poll = PollSchedule::production();
    PollSchedule sandboxPoll = PollSchedule::sandbox();
    /// The windows that keep init (6 a minute) and status fetch (30 a minute) within TikTok's limits;
    /// null: the process-wide RateWindow::videoInit() and RateWindow::statusFetch(). Not owned.
    RateWindow *initWindow = nullptr;
    RateWindow *statusWindow = nullptr;
};

/// One video to send.
struct UploadRequest
{
    /// The pack's key (HandoffPack::key) for its posted mark; empty: no mark.
    QString packKey;
    /// The video file (a path QFile opens).
    QString videoPath;
    /// What the pack reader found in the video's header (checked against TikTok's limits before sending).
    VideoFacts videoFacts;
    PostOptions options;
};

/// Where an interrupted send continues (from the publish journal).
struct ResumePoint
{
    enum class Stage {
        /// Initialised or transferring: ask TikTok how many bytes it has (status fetch, uploaded_bytes), go
        /// on from there on the same upload URL while it is valid, else give it up (abandoned(); TikTok never
        /// posts an incomplete upload) and start anew. When TikTok already has every byte: poll.
        Transfer,
        /// Transferred or processing: never initialise again; poll the publish_id to a final status.
        Poll,
    };
    Stage stage = Stage::Poll;
    QString publishId;
    QUrl uploadUrl;
    /// How long ago TikTok issued the upload URL.
    qint64 urlAgeMs = 0;
    ChunkPlan plan;
};

/// How a send ended.
struct UploadResult
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::UploadResult)

public:
    enum class Outcome {
        /// TikTok confirmed: the video is in the account's inbox (SEND_TO_USER_INBOX).
        SentToInbox,
        /// TikTok confirmed: the video is published (PUBLISH_COMPLETE).
        Published,
        /// Refused before or during sending, or FAILED with a fail_reason.
        Failed,
        /// The operator cancelled before the video was complete at TikTok.
        Cancelled,
        /// The video reached TikTok but its final status is not known (still processing, or the operator
        /// stopped waiting). Not marked as posted.
        Unconfirmed,
    };

    Outcome outcome = Outcome::Failed;
    /// Why, for every outcome but the two confirmed ones.
    Error error;
    PostMode mode = PostMode::Inbox;
    QString publishId;
    PublishStatus status;
    /// The pack was marked posted (only after TikTok confirmed).
    bool markedPosted = false;
    /// Marking it failed (the post itself succeeded).
    Error markError;
    /// API calls made (init, status), for a sandbox app's daily budget.
    int apiCalls = 0;
    qint64 videoBytes = 0;
    int chunkCount = 0;
    /// Chunks sent again after a dropped connection, a timeout, a 5xx or a 429.
    int resentChunks = 0;
    /// From the first chunk's first byte to TikTok's answer to the last chunk.
    qint64 transferMs = 0;

    bool isConfirmed() const { return outcome == Outcome::SentToInbox || outcome == Outcome::Published; }
    /// One or two sentences for the operator: what happened and what to do.
    QString text(const QString &nickname = QString()) const;
};

/// Sends one video to TikTok through the Content Posting API, as an inbox draft (scope video.upload) or a
/// direct post (scope video.publish): checks the post against the creator's options and the video
/// against TikTok's limits, calls init (respecting the 6-a-minute limit), streams the chunks with
/// ChunkUploader (resuming after dropped connections), polls the status with PublishStatusPoller, and —
/// only when TikTok confirms SEND_TO_USER_INBOX or PUBLISH_COMPLETE — marks the pack posted in the
/// viewer's PostedStateStore and records how in the PostingHistory. Sandbox apps' calls are counted in
/// the SandboxBudget. Nothing secret is logged (tokens, the upload URL).
///
/// start() never emits synchronously; finished() exactly once per start(), also after cancel(). Owns
/// nothing it is given. Lives in the creating thread.
class PackUploader final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackUploader)

public:
    enum class Phase { Idle, Initializing, WaitingForRateLimit, Uploading, Processing };
    Q_ENUM(Phase)

    PackUploader(const TikTokEndpoints &endpoints, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~PackUploader() override;

    void setPolicy(const UploadPolicy &policy) { m_policy = policy; }
    const UploadPolicy &policy() const { return m_policy; }
    /// Where the pack is marked posted on confirmation; not owned; may be null.
    void setPostedStateStore(PostedStateStore *store) { m_store = store; }
    /// Where the confirmed post is recorded; not owned; may be null.
    void setHistory(PostingHistory *history) { m_history = history; }
    /// Where a sandbox app's calls are counted; not owned; may be null.
    void setBudget(SandboxBudget *budget) { m_budget = budget; }

    /// The most API calls one send may make (init and every status poll), for the sandbox warning.
    int maxApiCalls(bool sandbox) const;

    /// Sends `request` with `credentials` (access token, scopes). `creator` is what creator info said
    /// (required for a direct post), null when it was not asked. Returns false while running.
    bool start(const TikTokCredentials &credentials, const std::optional<CreatorInfo> &creator,
        const UploadRequest &request);
    /// Continues an interrupted send of `request` at `point` (see ResumePoint). Returns false while running.
    bool resume(const TikTokCredentials &credentials, const std::optional<CreatorInfo> &creator,
        const UploadRequest &request, const ResumePoint &point);
    /// Stops. Before the video is complete at TikTok: Cancelled. While waiting for TikTok's status:
    /// Unconfirmed. finished() follows (queued).
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle; }
    Phase phase() const { return m_phase; }

Q_SIGNALS:
    void phaseChanged(Skybeam::PackUploader::Phase phase);
    /// TikTok accepted the init: emitted before any byte of the video is sent (a receiver records it).
    void initialised(const QString &publishId, const QUrl &uploadUrl, const Skybeam::ChunkPlan &plan);
    /// TikTok confirmed chunks [0, confirmedChunks) (`confirmedBytes`); emitted before the next is sent.
    void chunkConfirmed(int confirmedChunks, qint64 confirmedBytes);
    /// TikTok has every byte (201, or uploaded_bytes on resuming): it will post it; polling follows.
    void transferred(const QString &publishId);
    /// An interrupted, incomplete upload was given up (its URL expired, or TikTok no longer knows it).
    void abandoned(const QString &publishId);
    void progress(const Skybeam::TransferProgress &progress);
    void statusChanged(const Skybeam::PublishStatus &status);
    void finished(const Skybeam::UploadResult &result);

private:
    void setPhase(Phase phase);
    void sendInit();
    void onInit(TikTokCall *call);
    void onChunksFinished(const Error &error);
    void onStatusFinished(const PublishStatus &status, const Error &error);
    void confirm(UploadResult::Outcome outcome);
    void countCalls(int calls);
    void finish(UploadResult::Outcome outcome, const Error &error);
    Error checkRequest(const std::optional<CreatorInfo> &creator);
    void askUploadedBytes();
    void onUploadedBytes(TikTokCall *call);
    void startPolling();
    void begin(const TikTokCredentials &credentials, const std::optional<CreatorInfo> &creator,
        const UploadRequest &request, std::optional<ResumePoint> point);

    TikTokEndpoints m_endpoints;
    QPointer<QNetworkAccessManager> m_network;
    UploadPolicy m_policy;
    PostedStateStore *m_store = nullptr;
    PostingHistory *m_history = nullptr;
    SandboxBudget *m_budget = nullptr;
    ChunkUploader *m_chunks;
    PublishStatusPoller *m_poller;
    QTimer *m_waitTimer;
    QPointer<TikTokCall> m_call;

    TikTokCredentials m_credentials;
    std::optional<CreatorInfo> m_creator;
    UploadRequest m_request;
    ChunkPlan m_plan;
    std::optional<ResumePoint> m_resume;
    QUrl m_uploadUrl;
    QByteArray m_contentType;
    UploadResult m_result;
    Phase m_phase = Phase::Idle;
};

} // namespace Skybeam

Q_DECLARE_METATYPE(Skybeam::UploadResult)
