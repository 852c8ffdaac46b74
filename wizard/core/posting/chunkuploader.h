#pragma once

#include "common/error.h"
#include "common/job.h"
#include "posting/chunkplan.h"
#include "posting/transfermeter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Skybeam {

/// How ChunkUploader behaves on the network. The defaults are the product's; tests shorten the times.
struct ChunkUploadPolicy
{
    /// A chunk fails when no data moves for this long (QNetworkRequest::setTransferTimeout).
    int transferTimeoutMs = 30000;
    /// Attempts per chunk after dropped connections, timeouts, 5xx and 429 answers.
    int maxAttemptsPerChunk = 6;
    /// Wait before sending a chunk again; doubled for each further attempt, up to maxBackoffMs.
    int backoffMs = 1000;
    int maxBackoffMs = 30000;
    /// How long the upload URL is trusted after the init call: TikTok's expire after about an hour.
    qint64 uploadUrlLifetimeMs = qint64(55) * 60 * 1000;
    /// Progress is reported at most this often (and at every chunk boundary).
    int progressIntervalMs = 100;
};

/// Sends a video file to a Content Posting upload URL chunk by chunk, in order, as the ChunkPlan says:
/// one `PUT` per chunk with `Content-Type`, `Content-Length` and `Content-Range: bytes FIRST-LAST/TOTAL`,
/// each streamed from the file (FileRangeDevice), never held in memory whole. TikTok answers 206 while
/// the video is partial and 201 when it is complete. A dropped connection, a timeout, a 5xx or a 429
/// sends the unconfirmed chunk again after a backoff — resuming from the last confirmed chunk, never
/// starting over — as long as the upload URL is valid. Reports progress with speed and time left.
///
/// start() never emits synchronously; finished() exactly once unless abort() is called. The upload URL
/// holds a secret token: it is never logged. Does not own the QNetworkAccessManager. Lives in the
/// creating thread.
class ChunkUploader final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChunkUploader)

public:
    explicit ChunkUploader(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ChunkUploader() override;

    void setPolicy(const ChunkUploadPolicy &policy) { m_policy = policy; }
    const ChunkUploadPolicy &policy() const { return m_policy; }

    /// Starts sending `filePath` (its size must be plan.videoSize) to `uploadUrl`, from chunk `firstChunk`
    /// (TikTok already has the ones before it: a resumed upload), the URL issued `urlAgeMs` ago (0: just
    /// now). Returns false while running.
    bool start(const QUrl &uploadUrl, const QString &filePath, const QByteArray &contentType,
        const ChunkPlan &plan, int firstChunk = 0, qint64 urlAgeMs = 0);
    /// Stops at once without emitting finished().
    void abort();
    bool isRunning() const { return m_running; }

    /// Chunks TikTok has confirmed so far.
    int confirmedChunks() const { return m_chunk; }
    /// PUT requests sent, including chunks sent again.
    int requestCount() const { return m_requests; }
    /// Chunks that had to be sent again (dropped connections, 5xx, 429).
    int resentChunks() const { return m_resent; }
    /// Time from the first byte sent to TikTok's last answer (ms).
    qint64 elapsedMs() const { return m_elapsedMs; }

Q_SIGNALS:
    void progress(const Skybeam::TransferProgress &progress);
    /// TikTok confirmed chunks [0, confirmedChunks), `confirmedBytes` in all; emitted before the next chunk
    /// is sent (a receiver may record it first).
    void chunkConfirmed(int confirmedChunks, qint64 confirmedBytes);
    /// No error once TikTok confirmed the whole video.
    void finished(const Skybeam::Error &error);

private:
    void sendChunk();
    void onUploadProgress(qint64 sent);
    void onReplyFinished();
    void retryChunk(int delayMs, const QString &reason);
    void reportProgress(qint64 sentInChunk, bool force);
    void finish(const Error &error);
    bool urlExpired() const;

    QPointer<QNetworkAccessManager> m_network;
    ChunkUploadPolicy m_policy;
    QUrl m_url;
    QString m_filePath;
    QByteArray m_contentType;
    ChunkPlan m_plan;
    QNetworkReply *m_reply = nullptr;
    QTimer *m_retryTimer;
    QElapsedTimer m_urlAge;
    QElapsedTimer m_transferClock;
    QElapsedTimer m_progressClock;
    TransferMeter m_meter;
    /// Changes on start() and abort(), so a finished() already queued is dropped after abort().
    qint64 m_urlAgeOffsetMs = 0;
    int m_chunk = 0;
    int m_attempt = 0;
    int m_requests = 0;
    int m_resent = 0;
    qint64 m_elapsedMs = 0;
    bool m_running = false;
};

} // namespace Skybeam
