#include "packfixtures.h"

#include <QDateTime>
#include <QtEndian>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

namespace SkybeamTest {

namespace {

QByteArray be16(quint16 value)
{
    QByteArray bytes(2, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray be32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray be64(quint64 value)
{
    QByteArray bytes(8, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray box(const char *type, const QByteArray &content, bool large)
{
    if (large)
        return be32(1) + QByteArray(type, 4) + be64(16 + quint64(content.size())) + content;
    return be32(8 + quint32(content.size())) + QByteArray(type, 4) + content;
}

QByteArray fullBox(const char *type, bool version1, const QByteArray &content, bool large)
{
    return box(type, QByteArray(1, version1 ? '\1' : '\0') + QByteArray(3, '\0') + content, large);
}

QByteArray matrix(bool rotated)
{
    if (rotated)
        return be32(0) + be32(0x00010000) + be32(0) + be32(0xFFFF0000) + be32(0) + be32(0) + be32(0) + be32(0)
            + be32(0x40000000);
    return be32(0x00010000) + be32(0) + be32(0) + be32(0) + be32(0x00010000) + be32(0) + be32(0) + be32(0)
        + be32(0x40000000);
}

// The start of mvhd and mdhd: creation, modification, timescale, duration.
QByteArray times(bool version1, quint32 timescale, quint64 duration)
{
    if (version1)
        return be64(0) + be64(0) + be32(timescale) + be64(duration);
    return be32(0) + be32(0) + be32(timescale) + be32(quint32(duration));
}

QByteArray track(const Mp4Spec &spec, quint32 id, bool video)
{
    const bool v1 = spec.version1;
    QByteArray tkhd = v1 ? be64(0) + be64(0) + be32(id) + be32(0) + be64(spec.duration)
                         : be32(0) + be32(0) + be32(id) + be32(0) + be32(quint32(spec.duration));
    tkhd += QByteArray(8, '\0') + be16(0) + be16(0) + be16(video ? 0 : 0x0100) + be16(0);
    tkhd += matrix(video && spec.rotated);
    tkhd += be32(video ? quint32(spec.width) << 16 : 0) + be32(video ? quint32(spec.height) << 16 : 0);
    const QByteArray mdhd = times(v1, spec.timescale, spec.duration) + be16(0x55C4) + be16(0);
    const QByteArray hdlr = be32(0) + QByteArray(video ? "vide" : "soun") + QByteArray(12, '\0')
        + QByteArray(video ? "VideoHandler" : "SoundHandler") + QByteArray(1, '\0');
    const QByteArray mdia = box("mdia",
        fullBox("mdhd", v1, mdhd, spec.largeSizes) + fullBox("hdlr", false, hdlr, spec.largeSizes),
        spec.largeSizes);
    return box("trak", fullBox("tkhd", v1, tkhd, spec.largeSizes) + mdia, spec.largeSizes);
}

} // namespace

QByteArray makeMp4(const Mp4Spec &spec)
{
    const bool large = spec.largeSizes;
    QByteArray ftyp = box("ftyp",
        QByteArray(spec.quickTime ? "qt  " : "isom") + be32(0x200)
            + QByteArray(spec.quickTime ? "qt  " : "isomiso2mp41"),
        large);
    QByteArray mvhd = times(spec.version1, spec.timescale, spec.duration) + be32(0x00010000) + be16(0x0100)
        + QByteArray(10, '\0') + matrix(false) + QByteArray(24, '\0') + be32(3);
    QByteArray moovContent
        = spec.withMovieHeader ? fullBox("mvhd", spec.version1, mvhd, large) : QByteArray();
    if (spec.audioTrackFirst)
        moovContent += track(spec, 2, false);
    moovContent += track(spec, 1, true);
    const QByteArray moov = box("moov", moovContent, large);
    const QByteArray mdat = box("mdat", QByteArray(spec.mediaBytes, '\x5A'), large);
    QByteArray file = spec.withFtyp ? ftyp : QByteArray();
    file += spec.moovAtEnd ? mdat + moov : moov + mdat;
    return file;
}

PackSpec goodPack(const QByteArray &name, int index)
{
    Mp4Spec video;
    video.duration = 10000 + quint64(index % 50) * 1000;
    const QDateTime created = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC).addSecs(qint64(index) * 60);
    const QByteArray caption = "Morning skyline timelapse number " + QByteArray::number(index)
        + "\nShot from the roof before sunrise.\n#skyline #timelapse #city";
    const QByteArray metadata = "{\n  \"title\": \"Skyline " + QByteArray::number(index)
        + "\",\n  \"created_at\": \"" + created.toString(Qt::ISODate).toUtf8()
        + "\",\n  \"hashtags\": [\"skyline\", \"timelapse\"],\n"
          "  \"privacy_level\": \"PUBLIC_TO_EVERYONE\",\n  \"duration_s\": "
        + QByteArray::number(video.duration / 1000) + "\n}\n";
    return PackSpec { name,
        { { "video.mp4", makeMp4(video) }, { "metadata.json", metadata }, { "caption.txt", caption },
            { "thumbnail.jpg", QByteArray("\xFF\xD8\xFF\xE0 placeholder", 16) } },
        {} };
}

void writeNativeFile(const QByteArray &path, const QByteArray &content)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        std::fprintf(stderr, "cannot write %s: %d\n", path.constData(), errno);
        std::abort();
    }
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t count = ::write(fd, content.constData() + written, size_t(content.size() - written));
        if (count <= 0) {
            std::fprintf(stderr, "cannot write %s: %d\n", path.constData(), errno);
            std::abort();
        }
        written += count;
    }
    ::close(fd);
}

QByteArray writePack(const QByteArray &exportsDir, const PackSpec &pack)
{
    ::mkdir(exportsDir.constData(), 0755);
    const QByteArray folder = exportsDir + '/' + pack.name;
    ::mkdir(folder.constData(), 0755);
    for (const auto &file : pack.files) {
        const QByteArray path = folder + '/' + file.first;
        if (file.first.endsWith('/'))
            ::mkdir(path.constData(), 0755);
        else
            writeNativeFile(path, file.second);
    }
    for (const auto &link : pack.links) {
        const QByteArray path = folder + '/' + link.first;
        if (::symlink(link.second.constData(), path.constData()) != 0) {
            std::fprintf(stderr, "cannot link %s: %d\n", path.constData(), errno);
            std::abort();
        }
    }
    return folder;
}

void removeTree(const QByteArray &path)
{
    const auto remove = [](const char *entry, const struct stat *, int type, struct FTW *) {
        ::chmod(entry, 0755); // a test may have locked a folder
        if (type == FTW_DP)
            ::rmdir(entry);
        else
            ::unlink(entry);
        return 0; // keep going: remove what can be removed
    };
    ::chmod(path.constData(), 0755);
    ::nftw(path.constData(), remove, 16, FTW_DEPTH | FTW_PHYS);
}

} // namespace SkybeamTest
