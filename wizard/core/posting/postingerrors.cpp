#include "posting/postingerrors.h"

#include "oauth/tiktokerrors.h"

namespace Skybeam {

Error PostingErrors::fromFailReason(const QString &reason)
{
    const QString code
        = QStringLiteral("posting.failed.") + (reason.isEmpty() ? QStringLiteral("unknown") : reason);
    // Reasons that are also API error codes keep TikTokErrors' wording.
    static const QLatin1String shared[] = {
        QLatin1String("spam_risk_too_many_posts"),
        QLatin1String("spam_risk_user_banned_from_posting"),
        QLatin1String("spam_risk_too_many_pending_share"),
        QLatin1String("reached_active_user_cap"),
        QLatin1String("file_format_check_failed"),
        QLatin1String("duration_check_failed"),
        QLatin1String("frame_rate_check_failed"),
        QLatin1String("picture_size_check_failed"),
        QLatin1String("unaudited_client_can_only_post_to_private_accounts"),
        QLatin1String("privacy_level_option_mismatch"),
        QLatin1String("url_ownership_unverified"),
    };
    for (const QLatin1String &known : shared) {
        if (reason == known) {
            Error error(code, TikTokErrors::fromApi(reason, QString(), QString()).message());
            error.setDetail(reason);
            return error;
        }
    }
    QString text;
    if (reason == QLatin1String("spam_risk_text")) {
        text = tr("TikTok held the post back because of its caption. Change the caption and try again.");
    } else if (reason == QLatin1String("spam_risk")) {
        text = tr("TikTok held the post back as a possible spam risk. Wait a while before posting again.");
    } else if (reason == QLatin1String("file_size_check_failed")) {
        text = tr("TikTok did not accept the video's file size (at most 4 GB).");
    } else if (reason == QLatin1String("video_pull_failed") || reason == QLatin1String("photo_pull_failed")) {
        text = tr("TikTok could not fetch the video. Send it again.");
    } else if (reason == QLatin1String("publish_cancelled")) {
        text = tr("The post was cancelled on TikTok's side.");
    } else if (reason == QLatin1String("auth_removed")) {
        text = tr("The account withdrew SKYBEAM's access while TikTok was processing the video. Sign in with "
                  "TikTok again, then send the video again.");
    } else if (reason == QLatin1String("internal")) {
        text = tr(
            "TikTok had an internal problem processing the video. Wait a few minutes and send it again.");
    } else if (reason.isEmpty()) {
        text
            = tr("TikTok could not process the video and gave no reason. Send it again; if it keeps failing, "
                 "check the video in the TikTok app.");
    } else {
        //: %1 is TikTok's reason code.
        text = tr("TikTok could not process the video (%1).").arg(reason);
    }
    Error error(code, text);
    error.setDetail(reason);
    return error;
}

Error PostingErrors::chunkRejected(int index, int count, int httpStatus, const Error &fromBody)
{
    //: %1 and %2 are part numbers ("part 2 of 5"), %3 an HTTP status number.
    QString text = tr("TikTok refused part %1 of %2 of the video (HTTP status %3).")
                       .arg(index + 1)
                       .arg(count)
                       .arg(httpStatus);
    if (fromBody.isError())
        text += QLatin1Char(' ') + fromBody.message();
    else
        text += QLatin1Char(' ') + tr("Send the pack again; if it keeps failing, report it with the log ID.");
    Error error(ErrorCode::Posting::ChunkRejected, text);
    error.setLogId(fromBody.logId());
    error.setDetail(fromBody.isError() ? fromBody.code() : QStringLiteral("HTTP %1").arg(httpStatus));
    return error;
}

Error PostingErrors::uploadLinkInvalid(int httpStatus, const Error &fromBody)
{
    //: %1 is an HTTP status number.
    Error error(ErrorCode::Posting::UploadLinkInvalid,
        tr("TikTok no longer accepts this upload (HTTP status %1): its upload link expired or was withdrawn. "
           "Send the pack again.")
            .arg(httpStatus));
    error.setLogId(fromBody.logId());
    if (fromBody.isError())
        error.setDetail(fromBody.code());
    return error;
}

Error PostingErrors::uploadLinkExpired()
{
    return Error(ErrorCode::Posting::UploadLinkExpired,
        tr("The upload link TikTok gave is valid for about an hour and has expired, so the upload cannot "
           "resume. Send the pack again."));
}

Error PostingErrors::connectionLost(int index, int count, int attempts, const QString &detail)
{
    //: %1 and %2 are part numbers, %3 a number of attempts.
    Error error(ErrorCode::Posting::ConnectionLost,
        tr("The connection to TikTok kept dropping while sending part %1 of %2 (%3 attempts). Check the "
           "internet connection and send the pack again.")
            .arg(index + 1)
            .arg(count)
            .arg(attempts));
    error.setDetail(detail);
    return error;
}

Error PostingErrors::uploadIncomplete(int httpStatus)
{
    //: %1 is an HTTP status number.
    return Error(ErrorCode::Posting::UploadIncomplete,
        tr("TikTok received the last part but did not confirm the whole video (HTTP status %1). Send the "
           "pack again.")
            .arg(httpStatus));
}

Error PostingErrors::fileUnreadable(const QString &path, const QString &detail)
{
    //: %1 is a file path, %2 the system's reason.
    Error error(ErrorCode::Posting::FileUnreadable, tr("The video %1 cannot be read: %2").arg(path, detail));
    error.setDetail(detail);
    return error;
}

Error PostingErrors::fileChanged(const QString &path)
{
    //: %1 is a file path.
    return Error(ErrorCode::Posting::FileChanged,
        tr("The video %1 changed while it was being sent. Wait until the publisher has finished writing "
           "it, then send the pack again.")
            .arg(path));
}

Error PostingErrors::cancelled()
{
    return Error(ErrorCode::Posting::Cancelled,
        tr("The upload was cancelled. Nothing was posted and the pack is not marked as posted."));
}

Error PostingErrors::stillProcessing(bool inbox)
{
    return Error(ErrorCode::Posting::StillProcessing,
        inbox ? tr("TikTok has the video but had not finished processing it when SKYBEAM stopped checking. "
                   "It should appear in the TikTok app's inbox soon; the pack is not marked as posted until "
                   "you mark it.")
              : tr("TikTok has the video but had not finished publishing it when SKYBEAM stopped checking. "
                   "Look for it on the profile in the TikTok app; the pack is not marked as posted until you "
                   "mark it."));
}

Error PostingErrors::stoppedWaiting(bool inbox)
{
    return Error(ErrorCode::Posting::StoppedWaiting,
        inbox ? tr("Stopped waiting for TikTok. The video was uploaded and may still reach the inbox; the "
                   "pack is not marked as posted.")
              : tr("Stopped waiting for TikTok. The video was uploaded and may still be published; the pack "
                   "is not marked as posted."));
}

Error PostingErrors::missingScope(const QString &scope)
{
    //: %1 is a TikTok permission name such as video.upload.
    return Error(ErrorCode::Posting::MissingScope,
        tr("The stored sign-in does not include the %1 permission this needs (\"Application not approved "
           "for Content Posting API\" when the app lacks it). Sign in with TikTok again and allow every "
           "permission; check the app's Content Posting API access in the Developer Portal.")
            .arg(scope));
}

} // namespace Skybeam
