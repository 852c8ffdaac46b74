#pragma once

#include "handoff/handoffpack.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace Skybeam {

/// Reads handoff packs from disk with bounded, native (byte-named) file IO: one directory listing per
/// pack, at most MaxMetadataBytes of JSON and MaxCaptionBytes of caption, the video's header only. Never
/// follows links deeper than the pack folder itself and reports every problem inside the returned pack
/// instead of failing. Stateless; the functions are safe to call from any thread (the scanner calls them
/// from its worker thread).
class PackReader final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::PackReader)

public:
    static constexpr qint64 MaxMetadataBytes = 1024 * 1024;
    static constexpr qint64 MaxCaptionBytes = 64 * 1024;
    static constexpr int MaxEntriesPerPack = 1000;
    static constexpr int MaxMetadataEntries = 200;

    /// A folder identity (device and inode), used to spot packs that link back to exports/ or above it.
    struct FolderId
    {
        quint64 device = 0;
        quint64 inode = 0;
        bool operator==(const FolderId &other) const
        {
            return device == other.device && inode == other.inode;
        }
    };

    /// An entry of the exports folder that may be a pack: a folder, or a link (which may lead nowhere).
    struct Candidate
    {
        QByteArray name;
        /// The target's modification time and inode mixed (see stampOf()); 0 when not asked for or when the
        /// entry cannot be followed.
        qint64 stamp = 0;
    };

    enum class Stamps { Skip, Read };

    /// Lists the pack candidates of `exportsDir` (native path), in reverse name order (newest first for
    /// date-prefixed names). Hidden entries and plain files are skipped. With Stamps::Read every
    /// candidate is stat()ed for its stamp (to notice changed packs); with Stamps::Skip only links are,
    /// which keeps the first scan close to a bare directory walk. Returns false with `errorNumber` set
    /// when the folder cannot be listed.
    static bool listCandidates(
        const QByteArray &exportsDir, Stamps stamps, QList<Candidate> *candidates, int *errorNumber);

    /// `dir`/`name` as a native path.
    static QByteArray childPath(const QByteArray &dir, const QByteArray &name);

    /// The stamp listCandidates() gives the entry at `path` (0 when it cannot be followed).
    static qint64 stampOf(const QByteArray &path);

    /// The identities of `exportsDir` and every folder above it.
    static QList<FolderId> folderChain(const QByteArray &exportsDir);

    /// Summary: everything but HandoffPack::metadata (the JSON is still parsed and checked). Full: with
    /// the metadata rows too.
    enum class Detail { Summary, Full };

    /// Reads the pack in `exportsDir`/`name`. `forbidden` holds folders a pack must not be (see
    /// folderChain()); a pack that resolves to one of them is reported as a link loop.
    static HandoffPack read(const QByteArray &exportsDir, const QByteArray &name,
        const QList<FolderId> &forbidden = {}, Detail detail = Detail::Full);
};

} // namespace Skybeam
