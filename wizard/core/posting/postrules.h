#pragma once

#include "common/error.h"
#include "handoff/mp4headerparser.h"
#include "oauth/tiktokapiclient.h"
#include "posting/postoptions.h"

#include <QCoreApplication>
#include <QString>

namespace Skybeam {

/// TikTok's rules for a post, checked before anything is sent: the privacy level chosen from the
/// creator's options (no default), private only for unaudited and sandbox apps, the caption's 2,200
/// UTF-16 units, and the video's limits (4 GB, 10 minutes or the creator's maximum, 360–4096 px). Pure
/// functions; thread-safe.
class PostRules final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::PostRules)

public:
    static constexpr int CaptionLimit = 2200;
    static constexpr qint64 MaxVideoSize = qint64(4) * 1024 * 1024 * 1024;
    static constexpr qint64 MaxDurationMs = 10 * 60 * 1000;
    static constexpr int MinSide = 360;
    static constexpr int MaxSide = 4096;
    static constexpr QLatin1String SelfOnly { "SELF_ONLY" };

    /// The caption's length as TikTok counts it (UTF-16 code units).
    static int captionLength(const QString &caption) { return int(caption.size()); }
    /// Creator info offers SELF_ONLY and nothing else (an unaudited app, or a private account).
    static bool isPrivateOnly(const CreatorInfo &creator);
    /// Posts of this app can only be private: a sandbox app, or creator info offers only SELF_ONLY.
    static bool postsArePrivate(const CreatorInfo &creator, bool sandboxApp);
    /// The sentence that tells the operator posts will be private, and why.
    static QString privateNotice(bool sandboxApp);

    /// Checks `options` against the creator's options; `creator` is null when creator info was not asked
    /// (then a direct post is refused). Errors: "posting.no_creator_info", "posting.privacy_not_chosen",
    /// "posting.privacy_mismatch", "posting.private_only", "posting.caption_too_long".
    static Error check(const PostOptions &options, const CreatorInfo *creator, bool sandboxApp);
    /// Checks what is known about the video. Errors: "posting.empty_video", "posting.video_too_large",
    /// "posting.video_too_long", "posting.video_size".
    static Error checkVideo(qint64 size, const VideoFacts &facts, const CreatorInfo *creator);

    /// "Everyone", "Friends", "Followers", "Only me" for TikTok's privacy level names.
    static QString privacyLevelName(const QString &level);
    /// TikTok's name for `text`: the name itself (any case) or a plain alias (everyone, friends,
    /// followers, only-me, private); empty when it is neither.
    static QString parsePrivacyLevel(const QString &text);
    /// The MIME type TikTok expects for the video file name's extension (video/mp4, video/quicktime,
    /// video/webm); empty for other extensions.
    static QByteArray contentTypeFor(const QString &fileName);
};

} // namespace Skybeam
