#include "posting/postoptions.h"

namespace Skybeam {

QJsonObject PostOptions::postInfo(const CreatorInfo &creator) const
{
    QJsonObject info;
    info.insert(QStringLiteral("title"), caption);
    info.insert(QStringLiteral("privacy_level"), privacyLevel);
    info.insert(QStringLiteral("disable_comment"), disableComment || creator.commentDisabled);
    info.insert(QStringLiteral("disable_duet"), disableDuet || creator.duetDisabled);
    info.insert(QStringLiteral("disable_stitch"), disableStitch || creator.stitchDisabled);
    if (videoCoverTimestampMs >= 0)
        info.insert(QStringLiteral("video_cover_timestamp_ms"), videoCoverTimestampMs);
    return info;
}

} // namespace Skybeam
