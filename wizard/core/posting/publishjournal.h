#pragma once

#include "common/error.h"
#include "common/expected.h"
#include "posting/chunkplan.h"
#include "posting/postoptions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace Skybeam {

class RoxyPaths;

/// What identifies a pack's video: if any of these changed, it is another video (a new post).
struct ContentSignature
{
    qint64 size = -1;
    QDateTime modified;
    /// SHA-256 (hex) of the whole file.
    QString sha256;

    bool isValid() const { return size >= 0 && !sha256.isEmpty(); }
    bool operator==(const ContentSignature &other) const
    {
        return size == other.size && modified == other.modified && sha256 == other.sha256;
    }
    bool operator!=(const ContentSignature &other) const { return !(*this == other); }
    /// Reads and hashes `filePath`; an Error when it cannot be read.
    static Expected<ContentSignature> of(const QString &filePath);
};

/// One pack's post as the journal knows it.
struct JournalEntry
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::JournalEntry)

public:
    enum class State {
        /// TikTok gave a publish_id and an upload URL; no byte was confirmed yet.
        Initialised,
        /// Some chunks were confirmed (bytesAcknowledged).
        Transferring,
        /// TikTok confirmed the whole video (201): it will be processed and posted, whatever the client does.
        Transferred,
        /// TikTok answered a status fetch and is processing.
        Processing,
        /// SEND_TO_USER_INBOX or PUBLISH_COMPLETE.
        Confirmed,
        /// FAILED (reason), or refused.
        Failed,
        /// An incomplete upload given up (its URL expired); TikTok never posts it.
        Abandoned,
    };

    State state = State::Initialised;
    ContentSignature signature;
    QString publishId;
    /// Holds TikTok's upload token: the journal file is 0600 in the 0700 setup folder, and it is never
    /// logged.
    QString uploadUrl;
    QDateTime uploadUrlIssuedAt;
    ChunkPlan plan;
    PostOptions options;
    qint64 bytesAcknowledged = 0;
    /// TikTok's final status word (SEND_TO_USER_INBOX, PUBLISH_COMPLETE, FAILED).
    QString status;
    /// Failed: why (an error code or TikTok's fail_reason) and the message shown.
    QString reason;
    QDateTime startedAt;
    QDateTime updatedAt;
    QDateTime confirmedAt;
    /// How many earlier attempts were abandoned (incomplete, never posted).
    int abandonedAttempts = 0;

    /// True when TikTok has (or may have) the whole video: a new init would post it twice.
    bool isComplete() const { return state == State::Transferred || state == State::Processing; }
    /// Interrupted: a re-run continues it.
    bool isResumable() const
    {
        return state == State::Initialised || state == State::Transferring || isComplete();
    }
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);
    /// Plain words for the viewer: "Sending", "Processing at TikTok", "In the inbox", "Posted", "Failed: …".
    QString text() const;

    QJsonObject toJson() const;
    static std::optional<JournalEntry> fromJson(const QJsonObject &object);
};

/// What the publish journal holds.
struct JournalContents
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::JournalContents)

public:
    QMap<QString, JournalEntry> packs;
    /// When this journal was started after a damaged one was set aside (invalid otherwise): a pack without an
    /// entry may then have been sent before, so it is not known (journal.unknown_pack), not "never sent".
    QDateTime restartedAt;
    /// Where the damaged journal was kept.
    QString damagedCopy;

    /// The pack's entry; nullopt when it has none and was never sent; an Error (journal.unknown_pack) when
    /// it has none in a restarted journal, unless its video was last modified after the restart (then the
    /// damaged journal cannot have held it: any earlier send was of another video, a new post anyway).
    Expected<std::optional<JournalEntry>> find(
        const QString &packKey, const QDateTime &videoModified = QDateTime()) const;
};

/// The publish journal: one entry per pack (by pack key), in `setup/tiktok-publish-journal.json`, written
/// atomically (QSaveFile; 0600 before the first byte; the folder 0700) before any byte of a video is sent and
/// at every change of state, so that a run that was killed can be continued without a second post. Every
/// change re-reads the file. A file that exists but cannot be parsed is reported (journal.corrupt) and is
/// never overwritten: only setAside() moves it out of the way, when the operator sends anyway. Not a
/// QObject; small synchronous IO; use from one thread.
class PublishJournal final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::PublishJournal)

public:
    explicit PublishJournal(const QString &filePath);
    /// stateDir()/tiktok-publish-journal.json.
    static QString defaultFilePath(const RoxyPaths &paths);
    const QString &filePath() const { return m_filePath; }

    /// What it holds; an Error (journal.corrupt, journal.unreadable) when the file exists but cannot be used.
    Expected<JournalContents> contents() const;
    /// Every entry; an Error as contents().
    Expected<QMap<QString, JournalEntry>> entries() const;
    /// The pack's entry (JournalContents::find()); an Error as contents().
    Expected<std::optional<JournalEntry>> entry(
        const QString &packKey, const QDateTime &videoModified = QDateTime()) const;
    /// Writes the pack's entry (updatedAt is set now). A journal that cannot be read is an Error and nothing
    /// is written.
    Error put(const QString &packKey, JournalEntry entry);
    /// Moves a journal that cannot be used to `FILE.damaged-YYYYMMDDTHHMMSSZ` beside it, byte for byte (for
    /// support; never read again), and starts a new one that remembers it (JournalContents::restartedAt):
    /// what the operator's "send anyway" does. Returns the path it was moved to; an Error
    /// (journal.unwritable), with the damaged journal left in place, when that cannot be done.
    Expected<QString> setAside() const;

private:
    Error write(const JournalContents &contents) const;

    QString m_filePath;
};

} // namespace Skybeam
