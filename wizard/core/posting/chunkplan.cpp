#include "posting/chunkplan.h"

#include <QLocale>

#include <algorithm>

namespace Skybeam {

Expected<ChunkPlan> ChunkPlan::create(qint64 videoSize, qint64 preferredChunkSize)
{
    if (videoSize <= 0) {
        return Error(ErrorCode::Posting::EmptyVideo,
            tr("The video file is empty, so there is nothing to send to TikTok."));
    }
    ChunkPlan plan;
    plan.videoSize = videoSize;
    if (videoSize < MinChunkSize) {
        plan.chunkSize = videoSize;
        plan.totalChunkCount = 1;
        return plan;
    }
    qint64 chunk = std::clamp(preferredChunkSize, MinChunkSize, MaxChunkSize);
    if (videoSize / chunk > MaxChunkCount)
        chunk = (videoSize + MaxChunkCount - 1) / MaxChunkCount;
    if (chunk > MaxChunkSize) {
        //: %1 is a size such as "70.0 GB".
        return Error(ErrorCode::Posting::TooManyChunks,
            tr("The video (%1) is too large to upload: TikTok accepts at most 1,000 parts of 64 MB.")
                .arg(QLocale().formattedDataSize(videoSize)));
    }
    plan.chunkSize = std::min(chunk, videoSize);
    plan.totalChunkCount = int(videoSize / plan.chunkSize);
    return plan;
}

Error ChunkPlan::check(qint64 videoSize, qint64 chunkSize, qint64 totalChunkCount)
{
    auto broken = [](const QString &rule) {
        Error error(ErrorCode::Posting::BadChunkPlan, tr("The upload plan breaks TikTok's chunk rules."));
        error.setDetail(rule);
        return error;
    };
    if (videoSize <= 0)
        return broken(QStringLiteral("video_size must be positive"));
    if (chunkSize <= 0 || totalChunkCount <= 0)
        return broken(QStringLiteral("chunk_size and total_chunk_count must be positive"));
    if (videoSize < MinChunkSize) {
        if (chunkSize != videoSize || totalChunkCount != 1)
            return broken(QStringLiteral("a video under 5 MB goes as one chunk of its whole size"));
        return {};
    }
    if (chunkSize < MinChunkSize || chunkSize > MaxChunkSize)
        return broken(QStringLiteral("chunk_size must be 5-64 MB"));
    if (chunkSize > videoSize)
        return broken(QStringLiteral("chunk_size must not exceed video_size"));
    if (totalChunkCount != videoSize / chunkSize)
        return broken(QStringLiteral("total_chunk_count must be floor(video_size / chunk_size)"));
    if (totalChunkCount > MaxChunkCount)
        return broken(QStringLiteral("at most 1000 chunks"));
    if (videoSize - (totalChunkCount - 1) * chunkSize > MaxFinalChunkSize)
        return broken(QStringLiteral("the last chunk may hold at most 128 MB"));
    return {};
}

qint64 ChunkPlan::chunkLength(int index) const
{
    if (index < 0 || index >= totalChunkCount)
        return 0;
    return isLastChunk(index) ? videoSize - chunkOffset(index) : chunkSize;
}

} // namespace Skybeam
