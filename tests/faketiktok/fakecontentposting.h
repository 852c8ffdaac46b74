#pragma once

#include "faketiktok.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace FakeTikTokTest {

/// One `PUT upload_url` as the fake received it, for assertions.
struct FakeChunkRequest
{
    QString publishId;
    /// From Content-Range; -1 when the header was missing or malformed.
    qint64 first = -1;
    qint64 last = -1;
    qint64 total = -1;
    qint64 bodyBytes = 0;
    QByteArray contentType;
    /// The answer's status; 0 when the connection was dropped.
    int status = 0;
};

/// TikTok's Content Posting API on a FakeTikTok (installed with addRoute()): inbox and direct-post init
/// with strict source_info chunk rules and post_info checks against the creator's options, scope checks
/// (video.upload, video.publish), `PUT upload_url` with strict Content-Type/Content-Length/Content-Range
/// checks answering 206 and 201, upload URLs expiring on the fake's clock, status progression
/// (PROCESSING_UPLOAD → SEND_TO_USER_INBOX or PUBLISH_COMPLETE) and injectable failures (FAILED with a
/// fail_reason, spam_risk_* with HTTP 200, rejected or dropped chunks), and rate limits (init 6 a
/// minute, status 30 a minute per token, 429). Written from the spec, independently of the product's
/// code. Lives in the test's thread; does not own the FakeTikTok.
class FakeContentPosting final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeContentPosting)

public:
    static const QString InboxInitPath;
    static const QString DirectInitPath;
    static const QString StatusPath;
    static const QString UploadPath;

    static constexpr qint64 MiB = 1024 * 1024;

    /// One publish_id.
    struct Upload
    {
        QString publishId;
        QString uploadToken;
        QString clientKey;
        QString openId;
        bool direct = false;
        qint64 videoSize = 0;
        qint64 chunkSize = 0;
        int chunkCount = 0;
        QJsonObject postInfo;
        QDateTime urlExpiresAt;
        int receivedChunks = 0;
        qint64 receivedBytes = 0;
        bool complete = false;
        int pollsAfterComplete = 0;
        /// Set when the publish is to fail once processed.
        QString failReason;
        std::shared_ptr<QCryptographicHash> hash;
        QByteArray lastChunkDigest;
        QByteArray sha256;
    };

    /// Installs the routes on `tiktok`.
    explicit FakeContentPosting(FakeTikTok *tiktok, QObject *parent = nullptr);
    ~FakeContentPosting() override;

    // Behaviour.
    void setUploadUrlLifetime(int seconds) { m_urlLifetime = seconds; }
    /// Status fetches after the last chunk that still answer PROCESSING_UPLOAD (default 1).
    void setProcessingPolls(int polls) { m_processingPolls = polls; }
    void setInitRateLimit(int perMinute) { m_initLimit = perMinute; }
    void setStatusRateLimit(int perMinute) { m_statusLimit = perMinute; }
    /// Uploads to a user's inbox that may wait unfinished in 24 hours (TikTok: 5); the next inbox init
    /// answers spam_risk_too_many_pending_share (HTTP 200). The fake's user never finishes a draft.
    void setPendingShareLimit(int limit) { m_pendingLimit = limit; }

    // Faults.
    /// The next upload that is processed ends FAILED with `failReason`.
    void failNextPublish(const QString &failReason) { m_nextFailReason = failReason; }
    /// The next init answers `code` with `httpStatus` (spam_risk_* come with HTTP 200).
    void failNextInit(const QString &code, int httpStatus = 200);
    /// The next `count` chunk PUTs are refused with `status` (400: invalid_file_upload; 5xx: internal_error).
    void rejectNextChunks(int count, int status = 400);
    /// Once `afterChunks` chunks of an upload have been received, the next `count` chunk PUTs lose their
    /// connection before TikTok answers; their bytes are not kept.
    void dropNextChunks(int count, int afterChunks = 0);
    /// Whether chunks are hashed (the upload's SHA-256, a chunk sent again compared with the first time);
    /// on by default, off for the benchmark so the fake is not the bottleneck.
    void setVerifyContent(bool verify) { m_verifyContent = verify; }
    /// Calls `hook` for every chunk PUT before it is answered (e.g. to advance the clock).
    void setChunkHook(std::function<void(const FakeChunkRequest &)> hook) { m_chunkHook = std::move(hook); }
    /// Calls `hook` with the path of every init and status request before it is answered (e.g. to kill
    /// the client at that point: TikTok still acts on the request).
    void setCallHook(std::function<void(const QString &path)> hook) { m_callHook = std::move(hook); }

    // Inspection.
    const QList<FakeChunkRequest> &chunkRequests() const { return m_chunkRequests; }
    QStringList publishIds() const { return m_order; }
    const Upload *upload(const QString &publishId) const;
    const Upload *lastUpload() const;
    int initCount() const { return m_initCount; }
    int statusFetchCount() const { return m_statusCount; }
    /// Uploads TikTok received completely (every byte: it processes and posts each one).
    int completeUploadCount() const;
    /// Inits accepted for an account that already had a complete upload: with one pack per test, each is
    /// a would-be duplicate post.
    int initsAfterCompleteUpload() const { return m_initsAfterComplete; }

private:
    FakeHttpResponse init(const FakeHttpRequest &request, bool direct);
    FakeHttpResponse put(const FakeHttpRequest &request);
    FakeHttpResponse status(const FakeHttpRequest &request);
    std::optional<FakeHttpResponse> checkPostInfo(const QJsonValue &value, const FakeApp *app) const;
    bool withinLimit(QHash<QString, QList<QDateTime>> &calls, const QString &token, int limit);

    FakeTikTok *m_tiktok;
    int m_urlLifetime = 3600;
    int m_processingPolls = 1;
    bool m_verifyContent = true;
    int m_initLimit = 6;
    int m_statusLimit = 30;
    int m_pendingLimit = 5;
    QHash<QString, QList<QDateTime>> m_inboxShares;
    QString m_nextFailReason;
    QString m_initFailCode;
    int m_initFailStatus = 200;
    int m_rejectCount = 0;
    int m_rejectStatus = 400;
    int m_dropCount = 0;
    int m_dropAfter = 0;
    std::function<void(const FakeChunkRequest &)> m_chunkHook;
    std::function<void(const QString &)> m_callHook;
    int m_initsAfterComplete = 0;
    QHash<QString, Upload> m_uploads;
    QStringList m_order;
    QList<FakeChunkRequest> m_chunkRequests;
    QHash<QString, QList<QDateTime>> m_initCalls;
    QHash<QString, QList<QDateTime>> m_statusCalls;
    int m_initCount = 0;
    int m_statusCount = 0;
};

} // namespace FakeTikTokTest
