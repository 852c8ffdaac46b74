#pragma once

#include "oauth/tiktokapiclient.h"

#include <QJsonObject>
#include <QString>

namespace Skybeam {

/// Where a video goes: the account's TikTok inbox as a draft the user finishes in the app (scope
/// video.upload), or straight onto the profile (scope video.publish).
enum class PostMode { Inbox, Direct };

/// What the operator chose for one post. For a direct post the privacy level has no default: it stays
/// empty until chosen from the creator's options. A plain value.
struct PostOptions
{
    PostMode mode = PostMode::Inbox;
    /// The caption (TikTok's `post_info.title`); sent with a direct post only.
    QString caption;
    /// One of CreatorInfo::privacyLevelOptions; empty while not chosen.
    QString privacyLevel;
    bool disableComment = false;
    bool disableDuet = false;
    bool disableStitch = false;
    /// The frame used as the cover, in ms; negative: TikTok's default.
    qint64 videoCoverTimestampMs = -1;

    /// `post_info` of the direct-post init call. Interactions the creator has turned off stay off.
    QJsonObject postInfo(const CreatorInfo &creator) const;
};

} // namespace Skybeam
