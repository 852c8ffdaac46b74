#include "posting/postingsession.h"
#include "common/privatefiles.h"

#include "common/errorcodes.h"
#include "common/processlock.h"
#include "credentials/credentialfile.h"
#include "oauth/tiktokerrors.h"
#include "oauth/tokenrefresher.h"
#include "posting/postingerrors.h"
#include "posting/postinglog.h"
#include "posting/postrules.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>

namespace Skybeam {

QString PostingSessionResult::text() const
{
    switch (outcome) {
    case Outcome::Confirmed:
        return upload.text(nickname);
    case Outcome::AlreadyConfirmed: {
        if (!entry)
            break;
        const QString when = QLocale().toString(entry->confirmedAt.toLocalTime(), QLocale::ShortFormat);
        //: %1 is a date and time, %2 TikTok's publish_id.
        return entry->options.mode == PostMode::Direct
            ? tr("Already published on TikTok on %1 (direct post, publish_id %2); nothing was sent. To post "
                 "it again, use --again.")
                  .arg(when, entry->publishId)
            //: %1 is a date and time, %2 TikTok's publish_id.
            : tr(
                "Already sent to the TikTok inbox on %1 (publish_id %2); nothing was sent. To send it again, "
                "use --again.")
                  .arg(when, entry->publishId);
    }
    case Outcome::Failed:
    case Outcome::Unconfirmed:
    case Outcome::Cancelled:
        break;
    }
    return error.fullMessage();
}

PostingSession::PostingSession(const RoxyPaths &paths, const TikTokEndpoints &endpoints,
    QNetworkAccessManager *network, SecretStore *secrets, QObject *parent)
    : Job(parent)
    , m_paths(paths)
    , m_endpoints(endpoints)
    , m_network(network)
    , m_store(paths, secrets)
    , m_preparation(&m_store, endpoints, network)
    , m_uploader(endpoints, network)
    , m_posted(PostedStateStore::defaultFilePath(paths))
    , m_history(PostingHistory::defaultFilePath(paths))
    , m_budget(SandboxBudget::defaultFilePath(paths))
    , m_journal(PublishJournal::defaultFilePath(paths))
    , m_ledger(PendingShareLedger::defaultFilePath(paths))
    , m_lockTimer(new QTimer(this))
{
    m_lockTimer->setSingleShot(true);
    connect(m_lockTimer, &QTimer::timeout, this, &PostingSession::takeLock);
    m_preparation.setBudget(&m_budget);
    m_uploader.setPostedStateStore(&m_posted);
    m_uploader.setHistory(&m_history);
    m_uploader.setBudget(&m_budget);
    connect(&m_preparation, &PostingPreparation::finished, this, &PostingSession::onPreparationFinished);
    connect(&m_uploader, &PackUploader::phaseChanged, this, &PostingSession::onUploaderPhase);
    connect(&m_uploader, &PackUploader::progress, this, &PostingSession::progress);
    connect(&m_uploader, &PackUploader::initialised, this, &PostingSession::onInitialised);
    connect(&m_uploader, &PackUploader::chunkConfirmed, this, &PostingSession::onChunkConfirmed);
    connect(&m_uploader, &PackUploader::transferred, this, &PostingSession::onTransferred);
    connect(&m_uploader, &PackUploader::abandoned, this, &PostingSession::onAbandoned);
    connect(&m_uploader, &PackUploader::statusChanged, this, &PostingSession::onStatus);
    connect(&m_uploader, &PackUploader::finished, this, &PostingSession::onUploadFinished);
}

PostingSession::~PostingSession()
{
    newRun();
}

QString PostingSession::lockFilePath(const RoxyPaths &paths, const QString &packKey)
{
    const QByteArray hash = QCryptographicHash::hash(packKey.toUtf8(), QCryptographicHash::Sha256).toHex();
    return paths.stateDir() + QStringLiteral("/.publish-%1.lock").arg(QString::fromLatin1(hash.left(16)));
}

void PostingSession::takeLock()
{
    if (m_phase != Phase::Preparing)
        return;
    if (!m_lock) {
        PrivateFiles::ensureFolder(m_paths.stateDir());
        m_lock = std::make_unique<ProcessLock>(lockFilePath(m_paths, m_request.packKey));
    }
    switch (m_lock->acquire(QDeadlineTimer(0))) {
    case ProcessLock::Result::Acquired:
        run();
        return;
    case ProcessLock::Result::HeldByOther:
        if (!m_lockDeadline.hasExpired()) {
            m_lockTimer->start(100);
            return;
        }
        //: %1 is a process ID.
        finish(PostingSessionResult::Outcome::Failed,
            Error(ErrorCode::Posting::PackBusy,
                m_lock->holderPid() > 0
                    ? tr("This pack is being sent to TikTok right now by another SKYBEAM Setup (process %1). "
                         "Nothing was sent; wait for it to finish.")
                          .arg(m_lock->holderPid())
                    : tr("This pack is being sent to TikTok right now by another SKYBEAM Setup. Nothing was "
                         "sent; wait for it to finish.")));
        return;
    case ProcessLock::Result::Failed:
        //: %1 is the system's reason.
        finish(PostingSessionResult::Outcome::Failed,
            Error(ErrorCode::Posting::LockFailed,
                tr("The pack's send lock cannot be taken (%1); nothing was sent.").arg(m_lock->failure())));
        return;
    }
}

std::optional<JournalEntry> PostingSession::confirmedEntry(
    const QString &packKey, const QString &videoPath) const
{
    const Expected<std::optional<JournalEntry>> stored = m_journal.entry(packKey);
    if (!stored || !*stored || (*stored)->state != JournalEntry::State::Confirmed)
        return std::nullopt;
    const Expected<ContentSignature> signature = ContentSignature::of(videoPath);
    if (!signature || *signature != (*stored)->signature)
        return std::nullopt;
    return *stored;
}

Error PostingSession::journalProblem(const QString &packKey, const QString &videoPath) const
{
    return m_journal.entry(packKey, QFileInfo(videoPath).lastModified()).error();
}

QString PostingSession::budgetWarning() const
{
    const TikTokCredentials stored = CredentialFile(m_paths).read().credentials;
    if (!stored.isSandbox())
        return {};
    return m_budget.warning(stored.clientKey(), PostingPreparation::ApiCalls + m_uploader.maxApiCalls(true));
}

QString PostingSession::budgetSummary() const
{
    const TikTokCredentials stored = CredentialFile(m_paths).read().credentials;
    if (!stored.isSandbox())
        return {};
    return m_budget.summary(stored.clientKey(), PostingPreparation::ApiCalls + m_uploader.maxApiCalls(true));
}

bool PostingSession::prepare()
{
    if (isRunning() || m_preparing)
        return false;
    m_earlier.reset();
    m_preparing = m_preparation.start();
    return m_preparing;
}

void PostingSession::abortPrepare()
{
    if (!m_preparing)
        return;
    m_preparing = false;
    m_preparation.abort();
}

void PostingSession::onPreparationFinished(const PostingPreparationResult &result)
{
    if (m_phase == Phase::Preparing) {
        onPrepared(result);
        return;
    }
    if (!m_preparing)
        return;
    m_preparing = false;
    if (result.isSuccess()) {
        m_earlier = result;
        m_earlierAt = QDateTime::currentDateTimeUtc();
    }
    Q_EMIT prepared(result);
}

std::optional<PostingPreparationResult> PostingSession::takeEarlierPreparation()
{
    std::optional<PostingPreparationResult> earlier;
    earlier.swap(m_earlier);
    if (!earlier)
        return std::nullopt;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_earlierAt.msecsTo(now) > PreparedLifetimeMs)
        return std::nullopt;
    const TikTokCredentials &used = earlier->credentials;
    if (used.expiresAt().isValid() && used.expiresAt() < now.addSecs(120))
        return std::nullopt;
    // Renewed or signed in again meanwhile (perhaps as another account): ask again.
    const TikTokCredentials stored = CredentialFile(m_paths).read().credentials;
    if (stored.clientKey() != used.clientKey() || stored.openId() != used.openId()
        || stored.expiresAt() != used.expiresAt() || stored.authorizedAt() != used.authorizedAt())
        return std::nullopt;
    return earlier;
}

bool PostingSession::start(const PostingRequest &request)
{
    if (isRunning())
        return false;
    if (m_preparing) {
        m_preparing = false;
        m_preparation.abort();
    }
    newRun();
    m_request = request;
    m_resume.reset();
    m_entry.reset();
    m_creator.reset();
    m_result = PostingSessionResult();
    m_renewed = false;
    m_phase = Phase::Preparing;
    QMetaObject::invokeMethod(
        this,
        [this, started = currentRun()] {
            if (isCurrentRun(started) && m_phase != Phase::Idle) {
                Q_EMIT phaseChanged(m_phase);
                m_lockDeadline = QDeadlineTimer(m_lockWaitMs);
                takeLock();
            }
        },
        Qt::QueuedConnection);
    return true;
}

void PostingSession::run()
{
    const Error postedError = m_posted.load();
    if (postedError.isError())
        Q_EMIT notice(postedError.message());

    const Expected<ContentSignature> signature = ContentSignature::of(m_request.videoPath);
    if (!signature) {
        finish(PostingSessionResult::Outcome::Failed, signature.error());
        return;
    }
    m_signature = *signature;

    if (!consultJournal())
        return;

    if (m_request.resumeOnly && !m_resume) {
        finish(PostingSessionResult::Outcome::Failed,
            Error(ErrorCode::Posting::NothingToResume,
                tr("There is no interrupted send of this pack to continue (or its video changed since); "
                   "nothing was sent.")));
        return;
    }

    if (!checkBudget())
        return;
    // The account was just asked about for the form (prepare()): one creator-info call per post.
    if (const std::optional<PostingPreparationResult> earlier = takeEarlierPreparation()) {
        onPrepared(*earlier);
        return;
    }
    m_preparation.start();
}

bool PostingSession::consultJournal()
{
    const Expected<std::optional<JournalEntry>> stored
        = m_journal.entry(m_request.packKey, m_signature.modified);
    if (!stored) {
        if (!m_request.again) {
            finish(PostingSessionResult::Outcome::Failed, stored.error());
            return false;
        }
        if (stored.error().code() == ErrorCode::Journal::UnknownPack) {
            Q_EMIT notice(tr("Whether this pack reached TikTok before the publish journal was damaged is not "
                             "known; sending it anyway, as asked."));
        } else {
            const Expected<QString> kept = m_journal.setAside();
            if (!kept) {
                finish(PostingSessionResult::Outcome::Failed, kept.error());
                return false;
            }
            //: %1 is the path the damaged journal was moved to.
            Q_EMIT notice(tr("The publish journal was damaged; it is kept as %1 and a new one is started. "
                             "Sending anyway, as asked.")
                              .arg(RoxyPaths::displayPath(*kept)));
        }
    } else if (const std::optional<JournalEntry> &entry = *stored) {
        m_result.entry = entry;
        const bool same = entry->signature == m_signature;
        if (entry->state == JournalEntry::State::Confirmed && same && !m_request.again) {
            finish(PostingSessionResult::Outcome::AlreadyConfirmed, {});
            return false;
        }
        if (entry->isResumable() && !same) {
            Q_EMIT notice(tr("Warning: the pack's video changed since it was last sent (an unfinished send "
                             "of the earlier video may still be posted by TikTok); this is a new post."));
        } else if (entry->isResumable() && !m_request.again) {
            ResumePoint point;
            point.stage = entry->isComplete() ? ResumePoint::Stage::Poll : ResumePoint::Stage::Transfer;
            point.publishId = entry->publishId;
            point.uploadUrl = QUrl(entry->uploadUrl, QUrl::StrictMode);
            point.urlAgeMs = entry->uploadUrlIssuedAt.isValid()
                ? entry->uploadUrlIssuedAt.msecsTo(QDateTime::currentDateTimeUtc())
                : std::numeric_limits<qint64>::max() / 2;
            point.plan = entry->plan;
            m_resume = point;
            m_entry = entry;
            // The post continues with the options TikTok was given.
            const QString caption = m_request.options.caption;
            m_request.options = entry->options;
            m_request.options.caption = caption;
            m_result.resumed = true;
            Q_EMIT notice(entry->isComplete()
                    //: %1 is TikTok's publish_id.
                    ? tr("TikTok already has this pack's whole video (publish_id %1): asking for its status, "
                         "not sending it again.")
                          .arg(entry->publishId)
                    : tr("Continuing the interrupted send of this pack."));
        } else if (entry->isResumable() && m_request.again && entry->isComplete()) {
            Q_EMIT notice(tr("Warning: TikTok already has this pack's whole video from an earlier send, and "
                             "will post it; --again sends it once more."));
        }
    }
    return true;
}

bool PostingSession::checkBudget()
{
    const TikTokCredentials credentials = CredentialFile(m_paths).read().credentials;
    if (credentials.isSandbox()) {
        const int calls = PostingPreparation::ApiCalls + m_uploader.maxApiCalls(true);
        Q_EMIT notice(m_budget.summary(credentials.clientKey(), calls));
        const QString warning = m_budget.warning(credentials.clientKey(), calls);
        if (!warning.isEmpty()) {
            Q_EMIT notice(warning);
            if (!m_request.ignoreBudget) {
                finish(PostingSessionResult::Outcome::Failed,
                    Error(ErrorCode::Posting::Budget,
                        tr("Nothing was sent. Run again with --ignore-budget to send anyway.")));
                return false;
            }
        }
    }
    return true;
}

void PostingSession::onPrepared(const PostingPreparationResult &result)
{
    if (m_phase != Phase::Preparing)
        return;
    if (!result.isSuccess()) {
        finish(PostingSessionResult::Outcome::Failed, result.error);
        return;
    }
    m_credentials = result.credentials;
    m_result.nickname = result.nickname;
    if (result.refreshed)
        Q_EMIT notice(tr("The access token had expired and was renewed."));
    if (!result.nickname.isEmpty())
        //: %1 is the TikTok account's nickname.
        Q_EMIT notice(tr("TikTok account: %1").arg(result.nickname));
    if (m_request.options.mode == PostMode::Direct && result.hasCreatorInfo
        && PostRules::postsArePrivate(result.creator, result.sandbox))
        Q_EMIT notice(PostRules::privateNotice(result.sandbox));
    if (result.hasCreatorInfo)
        m_creator = result.creator;
    // A new upload to the inbox needs a free slot of TikTok's 5 pending shares in 24 hours.
    const QString account = m_credentials.openId();
    if (!m_resume && m_request.options.mode == PostMode::Inbox && !account.isEmpty()) {
        if (m_ledger.isFull(account)) {
            finish(PostingSessionResult::Outcome::Failed, m_ledger.fullError(account));
            return;
        }
        Q_EMIT notice(m_ledger.summary(account));
    }
    UploadRequest request;
    request.packKey = m_request.packKey;
    request.videoPath = m_request.videoPath;
    request.videoFacts = m_request.videoFacts;
    request.options = m_request.options;
    if (m_resume)
        m_uploader.resume(m_credentials, m_creator, request, *m_resume);
    else
        m_uploader.start(m_credentials, m_creator, request);
}

void PostingSession::onUploaderPhase(PackUploader::Phase phase)
{
    switch (phase) {
    case PackUploader::Phase::Initializing:
        setPhase(Phase::Initializing);
        break;
    case PackUploader::Phase::WaitingForRateLimit:
        setPhase(Phase::WaitingForRateLimit);
        break;
    case PackUploader::Phase::Uploading:
        setPhase(Phase::Uploading);
        break;
    case PackUploader::Phase::Processing:
        setPhase(Phase::Processing);
        break;
    case PackUploader::Phase::Idle:
        break;
    }
}

bool PostingSession::record(JournalEntry::State state)
{
    if (!m_entry)
        return true;
    m_entry->state = state;
    const Error error = m_journal.put(m_request.packKey, *m_entry);
    m_result.entry = m_entry;
    if (!error.isError())
        return true;
    qCWarning(lcPosting) << error.message();
    m_result.error = error;
    return false;
}

void PostingSession::onInitialised(const QString &publishId, const QUrl &uploadUrl, const ChunkPlan &plan)
{
    JournalEntry entry;
    if (m_entry)
        entry.abandonedAttempts = m_entry->abandonedAttempts;
    entry.signature = m_signature;
    entry.publishId = publishId;
    entry.uploadUrl = uploadUrl.toString(QUrl::FullyEncoded);
    entry.uploadUrlIssuedAt = QDateTime::currentDateTimeUtc();
    entry.plan = plan;
    entry.options = m_request.options;
    entry.startedAt = entry.uploadUrlIssuedAt;
    m_entry = entry;
    if (m_request.options.mode == PostMode::Inbox && !m_credentials.openId().isEmpty()) {
        const Error ledgerError = m_ledger.record(m_credentials.openId());
        if (ledgerError.isError())
            qCWarning(lcPosting) << ledgerError.message();
    }
    // Before any byte is sent: without this record a killed run could not be continued, so nothing is sent.
    if (!record(JournalEntry::State::Initialised)) {
        const Error error = m_result.error;
        m_uploader.cancel();
        m_result.error = error;
    }
}

void PostingSession::onChunkConfirmed(int chunks, qint64 bytes)
{
    Q_UNUSED(chunks)
    if (!m_entry)
        return;
    m_entry->bytesAcknowledged = bytes;
    if (!record(JournalEntry::State::Transferring)) {
        const Error error = m_result.error;
        m_uploader.cancel();
        m_result.error = error;
    }
}

void PostingSession::onTransferred(const QString &publishId)
{
    Q_UNUSED(publishId)
    if (!m_entry)
        return;
    m_entry->bytesAcknowledged = m_entry->plan.videoSize;
    record(JournalEntry::State::Transferred);
}

void PostingSession::onAbandoned(const QString &publishId)
{
    if (!m_entry || m_entry->publishId != publishId)
        return;
    ++m_entry->abandonedAttempts;
    record(JournalEntry::State::Abandoned);
    //: %1 is TikTok's publish_id.
    Q_EMIT notice(tr("The interrupted upload %1 can no longer be continued; TikTok never posts an incomplete "
                     "upload. Starting a new one.")
                      .arg(publishId));
}

void PostingSession::onStatus(const PublishStatus &status)
{
    Q_EMIT statusChanged(status);
    if (m_entry && !status.isFinal() && m_entry->state != JournalEntry::State::Processing
        && m_phase == Phase::Processing) {
        m_entry->status = status.status;
        record(JournalEntry::State::Processing);
    }
}

void PostingSession::onUploadFinished(const UploadResult &result)
{
    if (m_phase == Phase::Idle || m_phase == Phase::Renewing)
        return;
    m_result.upload = result;
    const bool complete = m_entry && m_entry->isComplete();
    if (result.isConfirmed()) {
        if (m_entry) {
            m_entry->status = result.status.status;
            m_entry->confirmedAt = QDateTime::currentDateTimeUtc();
            m_entry->reason.clear();
            record(JournalEntry::State::Confirmed);
        }
        finish(PostingSessionResult::Outcome::Confirmed, {});
        return;
    }
    // The access token expired while TikTok processed: renew it and ask about the same publish_id again.
    if (complete && !m_renewed && result.error.code() == ErrorCode::Api::AccessTokenInvalid) {
        m_renewed = true;
        setPhase(Phase::Renewing);
        Q_EMIT notice(tr("The access token expired while waiting for TikTok; renewing it."));
        if (m_refresher)
            m_refresher->deleteLater();
        m_refresher = new TokenRefresher(&m_store, m_endpoints, this);
        m_refresher->setNetworkAccessManager(m_network);
        connect(m_refresher, &TokenRefresher::finished, this, &PostingSession::onRenewed);
        if (!m_refresher->start())
            finish(PostingSessionResult::Outcome::Unconfirmed, TikTokErrors::refreshTokenMissing());
        return;
    }
    const Error error = m_result.error.isError() ? m_result.error : result.error;
    switch (result.outcome) {
    case UploadResult::Outcome::Failed:
        if (m_entry && result.status.state == PublishStatus::State::Failed) {
            m_entry->status = result.status.status;
            m_entry->reason = result.status.failReason.isEmpty() ? error.message() : result.status.failReason;
            record(JournalEntry::State::Failed);
        }
        // Anything else keeps the journal as it is: a re-run continues where TikTok is.
        finish(PostingSessionResult::Outcome::Failed, error);
        return;
    case UploadResult::Outcome::Cancelled:
        // Stopped because the journal could not be written: a failure, not the operator's cancel.
        finish(m_result.error.isError() ? PostingSessionResult::Outcome::Failed
                                        : PostingSessionResult::Outcome::Cancelled,
            error);
        return;
    case UploadResult::Outcome::Unconfirmed:
        finish(PostingSessionResult::Outcome::Unconfirmed, error);
        return;
    case UploadResult::Outcome::SentToInbox:
    case UploadResult::Outcome::Published:
        break;
    }
}

void PostingSession::onRenewed(const TokenMaintenanceResult &result)
{
    if (m_phase != Phase::Renewing)
        return;
    if (!result.isSuccess()) {
        finish(PostingSessionResult::Outcome::Unconfirmed, result.error);
        return;
    }
    m_credentials = result.credentials;
    Q_EMIT notice(tr("The access token was renewed; asking TikTok about the same upload again."));
    ResumePoint point;
    point.stage = ResumePoint::Stage::Poll;
    point.publishId = m_entry->publishId;
    point.plan = m_entry->plan;
    UploadRequest request;
    request.packKey = m_request.packKey;
    request.videoPath = m_request.videoPath;
    request.videoFacts = m_request.videoFacts;
    request.options = m_request.options;
    setPhase(Phase::Processing);
    m_uploader.resume(m_credentials, m_creator, request, point);
}

void PostingSession::cancel()
{
    switch (m_phase) {
    case Phase::Idle:
        return;
    case Phase::Preparing:
        m_lockTimer->stop();
        m_preparation.abort();
        finish(PostingSessionResult::Outcome::Cancelled, PostingErrors::cancelled());
        return;
    case Phase::Renewing:
        if (m_refresher)
            m_refresher->disconnect(this);
        finish(PostingSessionResult::Outcome::Unconfirmed,
            PostingErrors::stoppedWaiting(m_request.options.mode == PostMode::Inbox));
        return;
    case Phase::Initializing:
    case Phase::WaitingForRateLimit:
    case Phase::Uploading:
    case Phase::Processing:
        m_uploader.cancel();
        return;
    }
}

void PostingSession::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void PostingSession::finish(PostingSessionResult::Outcome outcome, const Error &error)
{
    if (m_phase == Phase::Idle)
        return;
    m_result.outcome = outcome;
    m_result.error = error;
    m_lockTimer->stop();
    m_lock.reset();
    setPhase(Phase::Idle);
    finishLater([this, result = m_result] { Q_EMIT finished(result); });
}

} // namespace Skybeam
