#pragma once

#include "common/expected.h"

#include <QCoreApplication>

namespace Skybeam {

/// How a video is cut into the chunks of a Content Posting upload (`source_info` of the init call):
/// chunks of 5–64 MiB, the last one absorbing the remainder (up to 128 MiB), a video under 5 MiB as one
/// chunk of its whole size, at most 1000 chunks, and `total_chunk_count = floor(video_size /
/// chunk_size)`. A pure value type; thread-safe.
struct ChunkPlan
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::ChunkPlan)

public:
    static constexpr qint64 MiB = 1024 * 1024;
    static constexpr qint64 MinChunkSize = 5 * MiB;
    static constexpr qint64 MaxChunkSize = 64 * MiB;
    static constexpr qint64 MaxFinalChunkSize = 128 * MiB;
    static constexpr int MaxChunkCount = 1000;
    /// What create() aims for: small enough that a dropped connection costs little to resend.
    static constexpr qint64 DefaultChunkSize = 10 * MiB;

    qint64 videoSize = 0;
    qint64 chunkSize = 0;
    int totalChunkCount = 0;

    /// Plans `videoSize` bytes with chunks of `preferredChunkSize` (clamped to 5–64 MiB, raised when
    /// more than 1000 chunks would be needed). Errors: "posting.empty_video", "posting.too_many_chunks".
    static Expected<ChunkPlan> create(qint64 videoSize, qint64 preferredChunkSize = DefaultChunkSize);
    /// Whether the three numbers obey TikTok's chunk rules; an Error naming the broken rule otherwise.
    static Error check(qint64 videoSize, qint64 chunkSize, qint64 totalChunkCount);

    /// The first byte of chunk `index` (0-based).
    qint64 chunkOffset(int index) const { return qint64(index) * chunkSize; }
    /// The size of chunk `index`; the last chunk holds the remainder as well.
    qint64 chunkLength(int index) const;
    /// The last byte of chunk `index` (inclusive, as Content-Range counts).
    qint64 chunkLastByte(int index) const { return chunkOffset(index) + chunkLength(index) - 1; }
    bool isLastChunk(int index) const { return index == totalChunkCount - 1; }
};

} // namespace Skybeam
