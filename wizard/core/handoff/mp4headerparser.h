#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QCoreApplication>

class QIODevice;

namespace Skybeam {

/// What the header of an MP4/MOV file says about its video. Zero or negative values mean "not known".
struct VideoFacts
{
    qint64 durationMs = -1;
    /// Display size: the track's size with a 90/270 degree rotation matrix already applied.
    int width = 0;
    int height = 0;
    /// The `ftyp` major brand ("isom", "mp42", "qt  "); empty for QuickTime files without `ftyp`.
    QByteArray majorBrand;

    bool hasDuration() const { return durationMs >= 0; }
    bool hasResolution() const { return width > 0 && height > 0; }
};

/// Reads duration and resolution from the ISO base media (MP4/MOV) box structure: `ftyp`, then `moov`
/// with `mvhd`, `trak/tkhd` and `trak/mdia/{mdhd,hdlr}`. Small and bounded: it never reads media data,
/// checks every offset against the buffer, caps the number of boxes it looks at and the size of `moov`
/// it accepts, and reports damaged or cut-off input as an Error. Stateless; safe from any thread.
class Mp4HeaderParser final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::Mp4HeaderParser)

public:
    /// The largest `moov` box read() accepts (long videos have movie headers of a few MiB).
    static constexpr qint64 MaxMovieBoxSize = 16 * 1024 * 1024;
    /// The most boxes looked at on one level (top level, `moov`, `trak`, `mdia`).
    static constexpr int MaxBoxesPerLevel = 4096;

    /// Parses `data`, which holds the file from its first byte (the whole file, or a prefix, or the
    /// file's top-level `ftyp` and `moov` boxes placed one after the other, as read() gathers them).
    /// Pure: no IO, no global state.
    static Expected<VideoFacts> parse(const QByteArray &data);

    /// Walks the top-level boxes of an open, readable `device` by seeking over media data, gathers
    /// `ftyp` and `moov` (at the start or at the end of the file) and parses them. Sequential devices
    /// are read up to MaxMovieBoxSize bytes.
    static Expected<VideoFacts> read(QIODevice *device);
};

} // namespace Skybeam
