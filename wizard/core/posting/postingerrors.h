#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace Skybeam {

/// Plain-language Errors for what can go wrong while sending a video to TikTok: the `fail_reason` of a
/// FAILED status (spam limits, format, duration, frame rate, size…), a refused chunk, an upload link
/// that no longer works, an unreadable or changed file, a cancel. Codes start with "posting.". API
/// error codes go through TikTokErrors. Pure functions; thread-safe.
class PostingErrors final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::PostingErrors)

public:
    /// A FAILED status's `fail_reason` ("posting.failed.<reason>"), e.g. spam_risk_too_many_posts,
    /// file_format_check_failed, duration_check_failed, frame_rate_check_failed,
    /// picture_size_check_failed, internal, video_pull_failed, publish_cancelled, auth_removed.
    static Error fromFailReason(const QString &reason);

    /// TikTok answered chunk `index` (0-based) of `count` with a 4xx status ("posting.chunk_rejected");
    /// `fromBody` is TikTok's error object when the answer had one.
    static Error chunkRejected(int index, int count, int httpStatus, const Error &fromBody);
    /// The upload link was refused (401/403/404/410): expired or withdrawn ("posting.upload_link_invalid").
    static Error uploadLinkInvalid(int httpStatus, const Error &fromBody);
    /// The upload link is older than its lifetime, so resuming is not possible
    /// ("posting.upload_link_expired").
    static Error uploadLinkExpired();
    /// The connection kept failing while sending chunk `index` ("posting.connection_lost").
    static Error connectionLost(int index, int count, int attempts, const QString &detail);
    /// The last chunk was answered without TikTok confirming the whole video ("posting.upload_incomplete").
    static Error uploadIncomplete(int httpStatus);
    static Error fileUnreadable(const QString &path, const QString &detail);
    /// The file's size changed after the upload was planned ("posting.file_changed").
    static Error fileChanged(const QString &path);
    /// The operator stopped the upload ("posting.cancelled").
    static Error cancelled();
    /// TikTok had not finished processing after the last status check ("posting.still_processing").
    static Error stillProcessing(bool inbox);
    /// The operator stopped waiting for TikTok's confirmation ("posting.stopped_waiting").
    static Error stoppedWaiting(bool inbox);
    /// The access token lacks `scope` ("posting.missing_scope"); `scope` is video.upload or video.publish.
    static Error missingScope(const QString &scope);
};

} // namespace Skybeam
