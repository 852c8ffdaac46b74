#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QPair>
#include <QTemporaryDir>

// Fixtures for the handoff tests and the benchmark, generated in code: byte-exact minimal MP4/MOV files
// and pack folders written with native (byte) names, so names that are not valid UTF-8 work too.
namespace SkybeamTest {

/// The shape of a generated ISO-BMFF file: ftyp, then moov (mvhd, traks with tkhd and mdia/mdhd/hdlr)
/// and mdat, in either order.
struct Mp4Spec
{
    quint32 timescale = 1000;
    quint64 duration = 15000;
    int width = 1080;
    int height = 1920;
    bool version1 = false; // 64-bit times in mvhd/tkhd/mdhd
    bool largeSizes = false; // 64-bit box sizes (size field 1)
    bool quickTime = false; // major brand "qt  "
    bool withFtyp = true;
    bool withMovieHeader = true; // mvhd present
    bool moovAtEnd = false; // mdat before moov, as files written without "faststart"
    bool rotated = false; // a 90 degree rotation matrix in tkhd
    bool audioTrackFirst = false;
    int mediaBytes = 64; // size of mdat's content
};

QByteArray makeMp4(const Mp4Spec &spec = {});

/// One pack folder to write: the files it holds (name -> content); folders end with '/'.
struct PackSpec
{
    QByteArray name;
    QList<QPair<QByteArray, QByteArray>> files;
    /// Symbolic links inside the pack: name -> target.
    QList<QPair<QByteArray, QByteArray>> links;
};

/// A complete, healthy pack: video.mp4, metadata.json (title, created_at, hashtags), caption.txt and
/// thumbnail.jpg (placeholder bytes). `index` varies names, dates and captions.
PackSpec goodPack(const QByteArray &name, int index = 0);

/// Writes `content` to the native path `path`, creating nothing else. Aborts the test run on failure.
void writeNativeFile(const QByteArray &path, const QByteArray &content);
/// Writes the pack under the native exports folder `exportsDir` (created when missing).
QByteArray writePack(const QByteArray &exportsDir, const PackSpec &pack);

/// Removes `path` and everything under it without following links, whatever the names' encoding
/// (QDir::removeRecursively() cannot remove names that are not valid UTF-8).
void removeTree(const QByteArray &path);

/// A temporary folder for pack tests with its exports folder's path; removed with removeTree() (names that
/// are not UTF-8, folders a test locked).
class PackRoot final
{
public:
    ~PackRoot() { removeTree(root()); }
    bool isValid() const { return m_dir.isValid(); }
    QByteArray root() const { return QFile::encodeName(m_dir.path()); }
    QByteArray exportsDir() const { return root() + "/exports"; }
    QString filePath(const QString &relative) const { return m_dir.filePath(relative); }

private:
    QTemporaryDir m_dir;
};

} // namespace SkybeamTest
