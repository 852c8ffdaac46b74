#pragma once

#include "common/error.h"
#include "common/job.h"
#include "common/roxypaths.h"
#include "credentials/credentialstore.h"
#include "handoff/mp4headerparser.h"
#include "handoff/postedstatestore.h"
#include "oauth/tiktokendpoints.h"
#include "posting/packuploader.h"
#include "posting/pendingshareledger.h"
#include "posting/postinghistory.h"
#include "posting/postingpreparation.h"
#include "posting/publishjournal.h"
#include "posting/sandboxbudget.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <QDeadlineTimer>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace Skybeam {

class ProcessLock;
class SecretStore;
class TokenRefresher;
struct TokenMaintenanceResult;

/// One pack to post.
struct PostingRequest
{
    /// HandoffPack::key: the journal's and the posted marks' key.
    QString packKey;
    QString videoPath;
    VideoFacts videoFacts;
    PostOptions options;
    /// Send even when the journal says TikTok already confirmed this pack, or the journal is damaged
    /// (`upload --again`, or the operator's explicit confirmation): a new post.
    bool again = false;
    /// Sandbox apps: send even when today's budget of API calls may not be enough.
    bool ignoreBudget = false;
    /// Only continue the pack's interrupted post (the viewer's Resume), with the options TikTok was given:
    /// when the journal has none to continue (or the video changed), nothing is sent.
    bool resumeOnly = false;
};

/// How a PostingSession ended.
struct PostingSessionResult
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::PostingSessionResult)

public:
    enum class Outcome {
        /// TikTok confirmed now (upload.outcome says inbox or published).
        Confirmed,
        /// The journal says TikTok confirmed this pack before: nothing was sent (`entry` says when and how).
        AlreadyConfirmed,
        /// Nothing could be sent, or TikTok refused (`error`).
        Failed,
        /// Sent, but the final status is not known yet; running it again continues polling.
        Unconfirmed,
        /// The operator stopped it; running it again continues it.
        Cancelled,
    };

    Outcome outcome = Outcome::Failed;
    Error error;
    UploadResult upload;
    /// The pack's journal entry as it stands at the end.
    std::optional<JournalEntry> entry;
    QString nickname;
    /// An interrupted send was continued (no new init when TikTok had the whole video).
    bool resumed = false;

    bool isSuccess() const { return outcome == Outcome::Confirmed || outcome == Outcome::AlreadyConfirmed; }
    /// One or two sentences for the operator.
    QString text() const;
};

/// Owns one post of one pack from start to end, so that no pack reaches TikTok twice: reads the publish
/// journal (a pack already confirmed is not sent again unless asked; an interrupted send is continued, never
/// initialised again once TikTok has the whole video), checks a sandbox app's budget, loads the credentials
/// (renewing an expired access token after re-reading the file), asks TikTok about the account (creator info,
/// the post rules), records every step in the journal before the bytes it describes are sent (initialised →
/// transferring → transferred → processing → confirmed / failed / abandoned), transfers, polls (renewing the
/// access token if it expires meanwhile), and on confirmation marks the pack posted. Two senders of one pack
/// (the viewer and a script) never run at once: a per-pack ProcessLock (a live flock) is held from start to
/// finish; a second sender waits briefly, then says which process is sending. The dialog and the
/// `upload` command are views of it. start() never emits synchronously; finished() exactly once per start().
/// Lives in the creating thread; owns nothing it is given.
class PostingSession final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostingSession)

public:
    enum class Phase {
        Idle,
        /// Loading the credentials, renewing the token, asking about the account.
        Preparing,
        Initializing,
        WaitingForRateLimit,
        /// Asking TikTok how much of an interrupted upload it has, or sending chunks.
        Uploading,
        Processing,
        /// The access token expired while polling: renewing it, then polling the same publish_id again.
        Renewing,
    };
    Q_ENUM(Phase)

    PostingSession(const RoxyPaths &paths, const TikTokEndpoints &endpoints, QNetworkAccessManager *network,
        SecretStore *secrets, QObject *parent = nullptr);
    ~PostingSession() override;

    /// How long a second sender of the same pack waits for the first before giving up (default 3 s).
    void setLockWait(int ms) { m_lockWaitMs = ms; }
    /// The per-pack lock file: stateDir()/.publish-<hash of the pack key>.lock.
    static QString lockFilePath(const RoxyPaths &paths, const QString &packKey);

    PackUploader &uploader() { return m_uploader; }
    PostingPreparation &preparation() { return m_preparation; }
    PublishJournal &journal() { return m_journal; }
    PendingShareLedger &ledger() { return m_ledger; }

    /// The pack's journal entry when TikTok already confirmed this very video (same content signature):
    /// starting it again sends nothing unless PostingRequest::again. nullopt otherwise (no entry, another
    /// state, the video changed, or the journal cannot be read: start() then says why).
    std::optional<JournalEntry> confirmedEntry(const QString &packKey, const QString &videoPath) const;
    /// Why the publish journal cannot tell whether TikTok has the pack with the video at `videoPath`
    /// (journal.corrupt, journal.unreadable, journal.unknown_pack): only a request with `again` sends it
    /// then. No error when it can tell.
    Error journalProblem(const QString &packKey, const QString &videoPath) const;
    /// A sandbox app: the warning to show before a whole post (account check and upload) would go over
    /// today's budget of API calls; empty when it fits or the app is in production.
    QString budgetWarning() const;
    /// A sandbox app: how many of today's API calls a whole post uses and how many are left; empty otherwise.
    QString budgetSummary() const;

    /// Asks TikTok about the account ahead of a send, for a form to fill (the dialog); prepared() follows,
    /// never synchronously. A start() soon after uses this answer instead of asking again (one creator-info
    /// call per post), unless the stored credentials changed meanwhile, the answer is older than
    /// PreparedLifetimeMs, or the access token expires within two minutes. Returns false while running.
    bool prepare();
    /// Stops prepare() without prepared().
    void abortPrepare();
    bool isPreparing() const { return m_preparing; }
    static constexpr qint64 PreparedLifetimeMs = qint64(10) * 60 * 1000;

    bool start(const PostingRequest &request);
    /// Stops; the journal keeps what TikTok has, so starting again continues. finished() follows.
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle; }
    Phase phase() const { return m_phase; }

Q_SIGNALS:
    void phaseChanged(Skybeam::PostingSession::Phase phase);
    /// The answer to prepare().
    void prepared(const Skybeam::PostingPreparationResult &result);
    /// A line for the operator along the way (the account, a renewed token, a resumed upload, a warning).
    void notice(const QString &text);
    void progress(const Skybeam::TransferProgress &progress);
    void statusChanged(const Skybeam::PublishStatus &status);
    void finished(const Skybeam::PostingSessionResult &result);

private:
    void takeLock();
    void run();
    /// Reads this pack's journal entry: a confirmed post ends the session, an interrupted send becomes the
    /// resume point. False when the session has finished.
    bool consultJournal();
    /// Sandbox apps: says what the post costs of the day's budget and stops when it would exceed it (unless
    /// ignored). False when the session has finished.
    bool checkBudget();
    void onPreparationFinished(const PostingPreparationResult &result);
    /// prepare()'s answer when start() may use it instead of asking TikTok again.
    std::optional<PostingPreparationResult> takeEarlierPreparation();
    void onPrepared(const PostingPreparationResult &result);
    void onUploaderPhase(PackUploader::Phase phase);
    void onInitialised(const QString &publishId, const QUrl &uploadUrl, const ChunkPlan &plan);
    void onChunkConfirmed(int chunks, qint64 bytes);
    void onTransferred(const QString &publishId);
    void onAbandoned(const QString &publishId);
    void onStatus(const PublishStatus &status);
    void onUploadFinished(const UploadResult &result);
    void onRenewed(const TokenMaintenanceResult &result);
    bool record(JournalEntry::State state);
    void setPhase(Phase phase);
    void finish(PostingSessionResult::Outcome outcome, const Error &error);

    RoxyPaths m_paths;
    TikTokEndpoints m_endpoints;
    QPointer<QNetworkAccessManager> m_network;
    CredentialStore m_store;
    PostingPreparation m_preparation;
    PackUploader m_uploader;
    PostedStateStore m_posted;
    PostingHistory m_history;
    SandboxBudget m_budget;
    PublishJournal m_journal;
    PendingShareLedger m_ledger;
    TokenRefresher *m_refresher = nullptr;
    std::unique_ptr<ProcessLock> m_lock;
    QTimer *m_lockTimer;
    QDeadlineTimer m_lockDeadline;
    int m_lockWaitMs = 3000;

    PostingRequest m_request;
    std::optional<ResumePoint> m_resume;
    std::optional<JournalEntry> m_entry;
    ContentSignature m_signature;
    TikTokCredentials m_credentials;
    std::optional<CreatorInfo> m_creator;
    bool m_preparing = false;
    std::optional<PostingPreparationResult> m_earlier;
    QDateTime m_earlierAt;
    PostingSessionResult m_result;
    Phase m_phase = Phase::Idle;
    bool m_renewed = false;
};

} // namespace Skybeam

Q_DECLARE_METATYPE(Skybeam::PostingSessionResult)
