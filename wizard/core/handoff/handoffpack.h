#pragma once

#include "handoff/mp4headerparser.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Skybeam {

/// One row of a pack's metadata as the viewer shows it: a dotted key ("post_info.title") and its value
/// as text.
struct MetadataEntry
{
    QString key;
    QString value;
};

/// One handoff pack as read from disk: a directory under exports/ with a video, optional metadata JSON,
/// caption and thumbnail (see docs/handoff-packs.md). A plain value: cheap enough to copy between the
/// scanner thread and the model, safe to pass through queued signals.
///
/// File names are kept twice: as the native bytes the file system uses (so names that are not valid
/// UTF-8 still open) and as text for display (lossy for such names).
struct HandoffPack
{
    enum class Health { Ok, Warning, Broken };
    enum class CaptionSource { None, CaptionFile, Metadata };

    /// Stable identifier: the directory name, percent-encoded only when it is not plain UTF-8 text
    /// (see keyForName()). Used by the model, the posted state and the thumbnail cache.
    QString key;
    QByteArray nativePath;
    QString name;

    Health health = Health::Ok;
    /// Translated, one sentence each; empty for a healthy pack.
    QStringList problems;

    QString title;
    QString caption;
    CaptionSource captionSource = CaptionSource::None;

    QString videoFileName;
    QByteArray videoNativePath;
    qint64 videoSize = 0;
    VideoFacts video;

    QString thumbnailFileName;
    QByteArray thumbnailNativePath;

    QString metadataFileName;
    /// The metadata as rows; filled only when the pack was read with PackReader::Detail::Full (the
    /// scanner does that for refresh(), i.e. for the pack the operator looks at), to keep 10,000 packs
    /// small.
    QList<MetadataEntry> metadata;
    /// Files and folders of the pack that are neither the video, the metadata, the caption nor the
    /// thumbnail ("folder/" for folders).
    QStringList extraFiles;

    qint64 totalSize = 0;
    /// The metadata's creation time when it has one, else the video's (or the folder's) modification time.
    QDateTime created;

    /// Changes whenever a file of the pack is added, removed, renamed, resized or touched.
    quint64 signature = 0;
    /// The folder's modification time and inode as PackReader::stampOf() gives them (0 when the folder
    /// cannot be opened); the scanner compares it to notice changed packs.
    qint64 folderStamp = 0;

    /// The folder's path as text (lossy for names that are not valid UTF-8).
    QString path() const { return displayName(nativePath); }
    /// The caption's first non-empty line, or the title, or the folder name: what a list row shows. At
    /// most MaxHeadlineLength characters (longer lines end in an ellipsis).
    QString headline() const;
    static constexpr int MaxHeadlineLength = 120;
    /// The caption's length as TikTok counts it (UTF-16 code units).
    int captionLength() const { return int(caption.size()); }
    /// A video to send and nothing that breaks the pack (a broken pack is never read nor sent).
    bool canBeSent() const { return !videoNativePath.isEmpty() && health != Health::Broken; }
    /// Nothing of a broken pack (a folder loop, a video linking outside the exports folder, no video) can
    /// have been posted, so it cannot be marked posted; a mark it already has can be taken back.
    bool canBeMarkedPosted() const { return health != Health::Broken; }

    /// The key for a directory name given as native bytes: the name itself when it is valid UTF-8 without
    /// '%', else its full percent-encoding (unambiguous: such keys always contain '%').
    static QString keyForName(const QByteArray &nativeName);
    /// The native directory name a key stands for (the inverse of keyForName()).
    static QByteArray nameForKey(const QString &key);
    /// Display text for native file name bytes (invalid UTF-8 shows as U+FFFD).
    static QString displayName(const QByteArray &nativeName);
};

} // namespace Skybeam

Q_DECLARE_METATYPE(Skybeam::HandoffPack)
