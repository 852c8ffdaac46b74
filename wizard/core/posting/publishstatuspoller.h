#pragma once

#include "common/error.h"
#include "common/job.h"
#include "oauth/tiktokcall.h"
#include "oauth/tiktokendpoints.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;
class QTimer;

namespace Skybeam {

class RateWindow;

/// `data` of POST /v2/post/publish/status/fetch/: where TikTok is with a publish_id.
struct PublishStatus
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::PublishStatus)

public:
    enum class State { Unknown, ProcessingUpload, ProcessingDownload, SentToInbox, Published, Failed };

    State state = State::Unknown;
    /// TikTok's word for it (PROCESSING_UPLOAD, PROCESSING_DOWNLOAD, SEND_TO_USER_INBOX, PUBLISH_COMPLETE,
    /// FAILED).
    QString status;
    QString failReason;
    /// -1 when TikTok did not say.
    qint64 uploadedBytes = -1;
    QStringList publicPostIds;

    static PublishStatus fromData(const QJsonObject &data);
    /// SEND_TO_USER_INBOX, PUBLISH_COMPLETE or FAILED: TikTok has decided.
    bool isFinal() const
    {
        return state == State::SentToInbox || state == State::Published || state == State::Failed;
    }
    /// Plain words: "TikTok is processing the upload", "In your TikTok inbox", …
    QString text() const;
};

/// When PublishStatusPoller asks. Status fetch allows 30 calls a minute; a sandbox app has 20 calls a day
/// in all, so it asks less often and fewer times.
struct PollSchedule
{
    /// Wait before poll i (the last value repeats).
    QList<int> delaysMs { 1000, 2000, 3000, 5000, 5000, 10000, 10000, 15000 };
    int maxPolls = 40;
    /// After TikTok answered 429 without a usable Retry-After: its window is a sliding minute.
    int rateLimitedDelayMs = 60000;
    /// Consecutive failed polls (network, 5xx) tolerated before giving up.
    int maxConsecutiveFailures = 3;

    int delayBefore(int poll) const;
    static PollSchedule production() { return {}; }
    static PollSchedule sandbox();
};

/// Asks TikTok for a publish_id's status until it is final (sent to the inbox, published, or failed) or
/// the schedule runs out, keeping within the status endpoint's rate limit (a RateWindow shared by the
/// process, and TikTok's own 429s). start() never emits synchronously; finished() exactly once unless
/// abort() is called. Does not own the QNetworkAccessManager. Lives in the creating thread.
class PublishStatusPoller final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishStatusPoller)

public:
    PublishStatusPoller(
        const TikTokEndpoints &endpoints, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~PublishStatusPoller() override;

    void setSchedule(const PollSchedule &schedule) { m_schedule = schedule; }
    void setNetworkPolicy(const NetworkPolicy &policy) { m_policy = policy; }
    /// The window to respect (default RateWindow::statusFetch()); not owned.
    void setRateWindow(RateWindow *window) { m_window = window; }

    /// Returns false while running.
    bool start(const QString &accessToken, const QString &publishId);
    /// Stops without emitting finished().
    void abort();
    bool isRunning() const { return m_running; }
    /// Status requests sent (each retry counts: TikTok counts them too).
    int callCount() const { return m_calls; }
    int pollCount() const { return m_polls; }

Q_SIGNALS:
    /// Every answer that changed the status.
    void statusChanged(const Skybeam::PublishStatus &status);
    /// `calls` more API calls were made (for the sandbox budget).
    void apiCallsMade(int calls);
    /// The final status, or the last known one with an Error (still processing, refused, rate limited…).
    void finished(const Skybeam::PublishStatus &status, const Skybeam::Error &error);

private:
    void schedule(int delayMs);
    void poll();
    void onAnswer(TikTokCall *call);
    void finish(const Error &error);

    TikTokEndpoints m_endpoints;
    QPointer<QNetworkAccessManager> m_network;
    NetworkPolicy m_policy;
    PollSchedule m_schedule;
    RateWindow *m_window;
    QTimer *m_timer;
    QPointer<TikTokCall> m_call;
    QString m_accessToken;
    QString m_publishId;
    PublishStatus m_status;
    int m_polls = 0;
    int m_calls = 0;
    int m_failures = 0;
    bool m_running = false;
};

} // namespace Skybeam

Q_DECLARE_METATYPE(Skybeam::PublishStatus)
