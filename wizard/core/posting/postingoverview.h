#pragma once

#include "common/expected.h"
#include "common/roxypaths.h"
#include "posting/publishjournal.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace Skybeam {

/// What the viewer says about one pack's post to TikTok, decided from its publish-journal entry: one
/// line (sending · processing at TikTok · in the inbox · posted · failed, with the reason) and whether
/// Resume is offered (an interrupted post, which PostingSession continues from the journal).
struct PackPostingState
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::PackPostingState)

public:
    enum class Kind {
        /// No entry: never sent from here.
        NotSent,
        /// Interrupted before TikTok had the whole video (initialised, transferring).
        Interrupted,
        /// TikTok has the whole video (transferred, processing): Resume only asks for its status.
        Processing,
        InInbox,
        Published,
        Failed,
        /// An incomplete upload given up; TikTok never posts it.
        Abandoned,
        /// The journal cannot be read: nothing is said about the pack, and nothing is resumed.
        Unknown,
    };

    Kind kind = Kind::NotSent;
    /// One or two sentences for the operator; empty for NotSent.
    QString text;
    /// Offer Resume: PostingSession continues this post (never a second init once TikTok has the video).
    bool canResume = false;

    /// The state of a pack whose journal entry is `entry` (an Error when the journal cannot be read).
    static PackPostingState of(const Expected<std::optional<JournalEntry>> &entry);
};

/// The viewer's view of posting: each pack's journal state and the signed-in account's pending-inbox
/// ledger (how many of TikTok's 5 inbox uploads in 24 hours were used, when the next slot opens). Reads
/// small files synchronously (the journal, the ledger, the credential file's open_id; never the keychain)
/// on reload(); not a QObject; use from one thread.
class PostingOverview final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::PostingOverview)

public:
    explicit PostingOverview(const RoxyPaths &paths);

    /// Reads the journal, the account and its ledger again.
    void reload();
    /// The pack's state; `videoPath` (its video) tells a new pack from an unknown one in a journal restarted
    /// after a damage (JournalContents::find()).
    PackPostingState stateOf(const QString &packKey, const QString &videoPath = QString()) const;
    /// E.g. "2 of the 5 uploads TikTok lets wait in an inbox in 24 hours were sent from here."; empty when
    /// no account is signed in.
    const QString &pendingInboxText() const { return m_pendingInbox; }

private:
    RoxyPaths m_paths;
    Expected<JournalContents> m_journal;
    QString m_pendingInbox;
};

} // namespace Skybeam
