#include "posting/postrules.h"

#include "posting/chunkplan.h"
#include "setup/livecheck.h"

#include <QLocale>

#include <algorithm>

namespace Skybeam {

bool PostRules::isPrivateOnly(const CreatorInfo &creator)
{
    return creator.privacyLevelOptions == QStringList { SelfOnly };
}

bool PostRules::postsArePrivate(const CreatorInfo &creator, bool sandboxApp)
{
    return sandboxApp || isPrivateOnly(creator);
}

QString PostRules::privateNotice(bool sandboxApp)
{
    if (sandboxApp) {
        return tr(
            "This is a sandbox app: what it posts is private (\"Only me\") and visible only to you. Posting "
            "publicly needs a production app that has passed TikTok's review.");
    }
    return tr(
        "The app has not passed TikTok's review yet, so its posts are private (\"Only me\") and the account "
        "must be private. Submit the app for review in the Developer Portal to post publicly.");
}

Error PostRules::check(const PostOptions &options, const CreatorInfo *creator, bool sandboxApp)
{
    if (options.mode == PostMode::Inbox)
        return {};
    if (!creator) {
        return Error(ErrorCode::Posting::NoCreatorInfo,
            tr("A direct post needs TikTok's answer about this account (creator info), which needs the "
               "video.publish permission. Sign in again and allow every permission, or send the video to "
               "the inbox instead."));
    }
    if (options.privacyLevel.isEmpty()) {
        return Error(ErrorCode::Posting::PrivacyNotChosen,
            tr("Choose who can see the post: TikTok requires an explicit choice."));
    }
    if (!creator->privacyLevelOptions.contains(options.privacyLevel)) {
        QStringList names;
        for (const QString &level : creator->privacyLevelOptions)
            names.append(privacyLevelName(level));
        //: %1 is the chosen privacy level, %2 the list of levels the account offers.
        return Error(ErrorCode::Posting::PrivacyMismatch,
            tr("This account does not offer \"%1\". Choose one of: %2.")
                .arg(privacyLevelName(options.privacyLevel),
                    names.isEmpty() ? tr("(none: the account cannot post now)")
                                    : QLocale().createSeparatedList(names)));
    }
    if (sandboxApp && options.privacyLevel != SelfOnly) {
        return Error(ErrorCode::Posting::PrivateOnly, privateNotice(true));
    }
    const int length = captionLength(options.caption);
    if (length > CaptionLimit) {
        //: %1 is the caption's length, %2 the limit (2,200).
        return Error(ErrorCode::Posting::CaptionTooLong,
            tr("The caption has %1 characters; TikTok allows at most %2. Shorten it before posting.")
                .arg(QLocale().toString(length), QLocale().toString(CaptionLimit)));
    }
    return {};
}

Error PostRules::checkVideo(qint64 size, const VideoFacts &facts, const CreatorInfo *creator)
{
    if (size <= 0) {
        return Error(ErrorCode::Posting::EmptyVideo,
            ChunkPlan::tr("The video file is empty, so there is nothing to send to TikTok."));
    }
    if (size > MaxVideoSize) {
        //: %1 is the video's size.
        return Error(ErrorCode::Posting::VideoTooLarge,
            tr("The video is %1; TikTok accepts videos of up to 4 GB.")
                .arg(QLocale().formattedDataSize(size)));
    }
    if (facts.hasDuration()) {
        qint64 limitMs = MaxDurationMs;
        if (creator && creator->maxVideoPostDurationSec > 0)
            limitMs = std::min(limitMs, qint64(creator->maxVideoPostDurationSec) * 1000);
        if (facts.durationMs > limitMs) {
            //: %1 and %2 are numbers of seconds.
            return Error(ErrorCode::Posting::VideoTooLong,
                tr("The video lasts %1 seconds; this account may post videos of up to %2 seconds.")
                    .arg(QLocale().toString((facts.durationMs + 999) / 1000),
                        QLocale().toString(limitMs / 1000)));
        }
    }
    if (facts.hasResolution()
        && (std::min(facts.width, facts.height) < MinSide || std::max(facts.width, facts.height) > MaxSide)) {
        //: %1 x %2 is the video's size in pixels.
        return Error(ErrorCode::Posting::VideoSize,
            tr("The video is %1 × %2 pixels; TikTok accepts 360 to 4096 pixels per side.")
                .arg(facts.width)
                .arg(facts.height));
    }
    return {};
}

QString PostRules::privacyLevelName(const QString &level)
{
    return LiveCheckResult::privacyLevelName(level);
}

QString PostRules::parsePrivacyLevel(const QString &text)
{
    const QString value = text.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (value == QLatin1String("public-to-everyone") || value == QLatin1String("everyone")
        || value == QLatin1String("public"))
        return QStringLiteral("PUBLIC_TO_EVERYONE");
    if (value == QLatin1String("mutual-follow-friends") || value == QLatin1String("friends"))
        return QStringLiteral("MUTUAL_FOLLOW_FRIENDS");
    if (value == QLatin1String("follower-of-creator") || value == QLatin1String("followers"))
        return QStringLiteral("FOLLOWER_OF_CREATOR");
    if (value == QLatin1String("self-only") || value == QLatin1String("only-me")
        || value == QLatin1String("private"))
        return SelfOnly;
    return {};
}

QByteArray PostRules::contentTypeFor(const QString &fileName)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QLatin1String(".mp4")) || lower.endsWith(QLatin1String(".m4v")))
        return QByteArrayLiteral("video/mp4");
    if (lower.endsWith(QLatin1String(".mov")))
        return QByteArrayLiteral("video/quicktime");
    if (lower.endsWith(QLatin1String(".webm")))
        return QByteArrayLiteral("video/webm");
    return {};
}

} // namespace Skybeam
