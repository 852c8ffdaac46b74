#include "handoff/mp4headerparser.h"

#include <QIODevice>

namespace Skybeam {

namespace {

quint32 readBigEndian32(const char *bytes)
{
    const auto *u = reinterpret_cast<const uchar *>(bytes);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

quint64 readBigEndian64(const char *bytes)
{
    return (quint64(readBigEndian32(bytes)) << 32) | readBigEndian32(bytes + 4);
}

Error makeError(QLatin1String code, const QString &message)
{
    return Error(code, message);
}

Error truncatedError()
{
    return makeError(ErrorCode::Mp4::Truncated,
        Mp4HeaderParser::tr("The video file is incomplete (cut off before its end)."));
}

Error corruptError()
{
    return makeError(ErrorCode::Mp4::Corrupt, Mp4HeaderParser::tr("The video file's header is damaged."));
}

Error notMp4Error()
{
    return makeError(
        ErrorCode::Mp4::NotMp4, Mp4HeaderParser::tr("The video file is not an MP4 or MOV file."));
}

// One box: its type and where its content lies in the buffer.
struct Box
{
    QByteArray type;
    qint64 begin = 0; // first byte of the header
    qint64 contentBegin = 0; // first byte after the header
    qint64 end = 0; // one past the last byte the header claims
};

enum class BoxStatus { Ok, End, HeaderCutOff, Invalid };

// Reads the header of the box at `offset` inside [offset, limit). A size of 0 means "to the end of the
// enclosing box", a size of 1 means a 64-bit size follows the type.
BoxStatus readBoxHeader(const QByteArray &data, qint64 offset, qint64 limit, Box *box)
{
    if (offset >= limit)
        return BoxStatus::End;
    if (limit - offset < 8)
        return BoxStatus::HeaderCutOff;
    const char *p = data.constData() + offset;
    quint64 size = readBigEndian32(p);
    qint64 headerSize = 8;
    if (size == 1) {
        if (limit - offset < 16)
            return BoxStatus::HeaderCutOff;
        size = readBigEndian64(p + 8);
        headerSize = 16;
    } else if (size == 0) {
        size = quint64(limit - offset);
    }
    if (size < quint64(headerSize))
        return BoxStatus::Invalid;
    box->type = QByteArray(p + 4, 4);
    box->begin = offset;
    box->contentBegin = offset + headerSize;
    // Sizes beyond the buffer are kept (clamped to stay within qint64); callers treat them as cut off.
    box->end = size > quint64(limit - offset) ? limit + 1 : offset + qint64(size);
    return BoxStatus::Ok;
}

bool isKnownFirstBox(const QByteArray &type)
{
    static const char *const known[] = { "ftyp", "moov", "mdat", "free", "skip", "wide", "pnot", "uuid",
        "styp", "sidx", "pdin", "junk", "moof" };
    for (const char *name : known) {
        if (type == name)
            return true;
    }
    return false;
}

// Converts a duration in `timescale` units to milliseconds; -1 when unknown or absurd.
qint64 toMilliseconds(quint64 duration, quint32 timescale, bool allOnesMeansUnknown)
{
    if (timescale == 0 || allOnesMeansUnknown)
        return -1;
    const quint64 seconds = duration / timescale;
    if (seconds > quint64(1) << 40)
        return -1;
    return qint64(seconds * 1000 + (duration % timescale) * 1000 / timescale);
}

// A full box's version byte and content, or an error when the content is shorter than `v0Size`/`v1Size`.
bool fullBoxContent(
    const QByteArray &data, const Box &box, int v0Size, int v1Size, const char **content, int *version)
{
    const qint64 length = box.end - box.contentBegin;
    if (length < 4)
        return false;
    *content = data.constData() + box.contentBegin;
    *version = uchar((*content)[0]);
    if (*version > 1)
        return false;
    return length >= (*version == 1 ? v1Size : v0Size);
}

struct Track
{
    bool isVideo = false;
    int width = 0;
    int height = 0;
    qint64 durationMs = -1;
};

Error parseTkhd(const QByteArray &data, const Box &box, Track *track)
{
    const char *c = nullptr;
    int version = 0;
    if (!fullBoxContent(data, box, 84, 96, &c, &version))
        return corruptError();
    const char *matrix = c + (version == 1 ? 52 : 40);
    const qint32 a = qint32(readBigEndian32(matrix));
    const qint32 b = qint32(readBigEndian32(matrix + 4));
    const qint32 cc = qint32(readBigEndian32(matrix + 12));
    const qint32 d = qint32(readBigEndian32(matrix + 16));
    const int width = int(readBigEndian32(matrix + 36) >> 16);
    const int height = int(readBigEndian32(matrix + 40) >> 16);
    const bool quarterTurn = a == 0 && d == 0 && b != 0 && cc != 0;
    track->width = quarterTurn ? height : width;
    track->height = quarterTurn ? width : height;
    return {};
}

Error parseMdia(const QByteArray &data, const Box &mdia, Track *track)
{
    qint64 offset = mdia.contentBegin;
    for (int count = 0; count < Mp4HeaderParser::MaxBoxesPerLevel; ++count) {
        Box box;
        const BoxStatus status = readBoxHeader(data, offset, mdia.end, &box);
        if (status == BoxStatus::End)
            return {};
        if (status != BoxStatus::Ok || box.end > mdia.end)
            return corruptError();
        const char *c = nullptr;
        int version = 0;
        if (box.type == "mdhd") {
            if (!fullBoxContent(data, box, 20, 32, &c, &version))
                return corruptError();
            if (version == 1) {
                const quint64 duration = readBigEndian64(c + 24);
                track->durationMs
                    = toMilliseconds(duration, readBigEndian32(c + 20), duration == ~quint64(0));
            } else {
                const quint32 duration = readBigEndian32(c + 16);
                track->durationMs
                    = toMilliseconds(duration, readBigEndian32(c + 12), duration == ~quint32(0));
            }
        } else if (box.type == "hdlr") {
            if (!fullBoxContent(data, box, 12, 12, &c, &version))
                return corruptError();
            track->isVideo = QByteArray(c + 8, 4) == "vide";
        }
        offset = box.end;
    }
    return corruptError();
}

Error parseTrak(const QByteArray &data, const Box &trak, Track *track)
{
    qint64 offset = trak.contentBegin;
    for (int count = 0; count < Mp4HeaderParser::MaxBoxesPerLevel; ++count) {
        Box box;
        const BoxStatus status = readBoxHeader(data, offset, trak.end, &box);
        if (status == BoxStatus::End)
            return {};
        if (status != BoxStatus::Ok || box.end > trak.end)
            return corruptError();
        Error error;
        if (box.type == "tkhd")
            error = parseTkhd(data, box, track);
        else if (box.type == "mdia")
            error = parseMdia(data, box, track);
        if (error.isError())
            return error;
        offset = box.end;
    }
    return corruptError();
}

Error parseMoov(const QByteArray &data, const Box &moov, VideoFacts *facts)
{
    qint64 movieDurationMs = -1;
    Track chosen;
    bool haveChosen = false;
    qint64 offset = moov.contentBegin;
    for (int count = 0;; ++count) {
        if (count >= Mp4HeaderParser::MaxBoxesPerLevel)
            return corruptError();
        Box box;
        const BoxStatus status = readBoxHeader(data, offset, moov.end, &box);
        if (status == BoxStatus::End)
            break;
        if (status != BoxStatus::Ok || box.end > moov.end)
            return corruptError();
        if (box.type == "mvhd") {
            const char *c = nullptr;
            int version = 0;
            if (!fullBoxContent(data, box, 20, 32, &c, &version))
                return corruptError();
            if (version == 1) {
                const quint64 duration = readBigEndian64(c + 24);
                movieDurationMs = toMilliseconds(duration, readBigEndian32(c + 20), duration == ~quint64(0));
            } else {
                const quint32 duration = readBigEndian32(c + 16);
                movieDurationMs = toMilliseconds(duration, readBigEndian32(c + 12), duration == ~quint32(0));
            }
        } else if (box.type == "trak") {
            Track track;
            const Error error = parseTrak(data, box, &track);
            if (error.isError())
                return error;
            const bool hasSize = track.width > 0 && track.height > 0;
            // The first video track wins; before one is seen, any track with a size stands in.
            if (hasSize && (!haveChosen || (track.isVideo && !chosen.isVideo))) {
                chosen = track;
                haveChosen = true;
            } else if (!haveChosen && chosen.durationMs < 0) {
                chosen.durationMs = track.durationMs;
            }
        }
        offset = box.end;
    }
    facts->width = chosen.width;
    facts->height = chosen.height;
    facts->durationMs
        = movieDurationMs > 0 ? movieDurationMs : (chosen.durationMs > 0 ? chosen.durationMs : -1);
    return {};
}

} // namespace

Expected<VideoFacts> Mp4HeaderParser::parse(const QByteArray &data)
{
    if (data.isEmpty())
        return makeError(ErrorCode::Mp4::Empty, tr("The video file is empty."));
    VideoFacts facts;
    bool sawMovie = false;
    qint64 offset = 0;
    const qint64 limit = data.size();
    for (int count = 0;; ++count) {
        if (count >= MaxBoxesPerLevel)
            return corruptError();
        Box box;
        const BoxStatus status = readBoxHeader(data, offset, limit, &box);
        if (status == BoxStatus::End)
            break;
        if (status == BoxStatus::HeaderCutOff) {
            if (count == 0)
                return notMp4Error();
            if (sawMovie)
                break;
            return truncatedError();
        }
        if (status == BoxStatus::Invalid)
            return count == 0 ? notMp4Error() : corruptError();
        if (count == 0 && !isKnownFirstBox(box.type))
            return notMp4Error();
        const bool cutOff = box.end > limit;
        if (box.type == "moov") {
            if (cutOff)
                return truncatedError();
            const Error error = parseMoov(data, box, &facts);
            if (error.isError())
                return error;
            sawMovie = true;
        } else if (box.type == "ftyp" && !cutOff && box.end - box.contentBegin >= 4) {
            facts.majorBrand = data.mid(box.contentBegin, 4);
        }
        if (cutOff) {
            if (sawMovie)
                break;
            return truncatedError();
        }
        offset = box.end;
    }
    if (!sawMovie)
        return makeError(ErrorCode::Mp4::NoMovie,
            tr("The video file has no movie header; it may still be being written."));
    return facts;
}

Expected<VideoFacts> Mp4HeaderParser::read(QIODevice *device)
{
    if (!device || !device->isOpen() || !device->isReadable())
        return makeError(ErrorCode::Mp4::Unreadable, tr("The video file cannot be read."));
    if (device->isSequential())
        return parse(device->read(MaxMovieBoxSize));

    const qint64 fileSize = device->size();
    QByteArray gathered;
    qint64 position = 0;
    for (int count = 0; count < MaxBoxesPerLevel && position < fileSize; ++count) {
        if (!device->seek(position))
            return makeError(ErrorCode::Mp4::Unreadable, tr("The video file cannot be read."));
        const QByteArray header = device->read(16);
        Box box;
        const BoxStatus status = readBoxHeader(header, 0, header.size(), &box);
        if (status != BoxStatus::Ok || (count == 0 && !isKnownFirstBox(box.type))) {
            gathered += header; // parse() names the problem
            break;
        }
        // Sizes relative to the file, not to the 16 bytes just read.
        quint64 size = readBigEndian32(header.constData());
        if (size == 1)
            size = readBigEndian64(header.constData() + 8);
        else if (size == 0)
            size = quint64(fileSize - position);
        const bool wanted = box.type == "ftyp" || box.type == "moov";
        if (wanted) {
            if (size > quint64(MaxMovieBoxSize))
                return makeError(
                    ErrorCode::Mp4::TooLarge, tr("The video file's header is too large to read."));
            if (!device->seek(position))
                return makeError(ErrorCode::Mp4::Unreadable, tr("The video file cannot be read."));
            gathered += device->read(qint64(size));
            if (box.type == "moov" || qint64(size) > fileSize - position)
                break;
        } else if (size > quint64(fileSize - position)) {
            gathered += header; // a box cut off before the movie header: parse() reports it
            break;
        }
        position += qint64(size);
    }
    return parse(gathered);
}

} // namespace Skybeam
