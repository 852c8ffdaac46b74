#include "posting/postingoverview.h"
#include "common/errorcodes.h"

#include "credentials/credentialfile.h"
#include "posting/pendingshareledger.h"

#include <QFileInfo>
#include <QLocale>

namespace Skybeam {

namespace {

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

PackPostingState PackPostingState::of(const Expected<std::optional<JournalEntry>> &found)
{
    PackPostingState state;
    if (!found) {
        state.kind = Kind::Unknown;
        state.text = found.error().code() == ErrorCode::Journal::UnknownPack
            ? tr("Not known: SKYBEAM's publish journal was damaged and started anew, so it cannot tell "
                 "whether this pack reached TikTok before that.")
            : tr("Not known: SKYBEAM's publish journal cannot be read, so it cannot tell whether this "
                 "pack reached TikTok.");
        return state;
    }
    if (!*found)
        return state;
    const JournalEntry &entry = **found;
    const QLocale locale;
    switch (entry.state) {
    case JournalEntry::State::Initialised:
    case JournalEntry::State::Transferring:
        state.kind = Kind::Interrupted;
        state.canResume = true;
        //: %1 and %2 are amounts of data ("5.0 MiB of 12.0 MiB").
        state.text = tr("Sending was interrupted (%1 of %2 reached TikTok; TikTok never posts an incomplete "
                        "upload). Resume continues it.")
                         .arg(locale.formattedDataSize(entry.bytesAcknowledged, 1),
                             locale.formattedDataSize(entry.plan.videoSize, 1));
        break;
    case JournalEntry::State::Transferred:
    case JournalEntry::State::Processing:
        state.kind = Kind::Processing;
        state.canResume = true;
        //: %1 is TikTok's publish_id.
        state.text
            = tr("Processing at TikTok (publish_id %1): TikTok has the whole video. Resume asks TikTok "
                 "how it went; the video is not sent again.")
                  .arg(entry.publishId);
        break;
    case JournalEntry::State::Confirmed:
        if (entry.options.mode == PostMode::Direct) {
            state.kind = Kind::Published;
            //: %1 is a date and time, %2 TikTok's publish_id.
            state.text = tr("Posted on the TikTok profile on %1 (publish_id %2).")
                             .arg(when(entry.confirmedAt), entry.publishId);
        } else {
            state.kind = Kind::InInbox;
            //: %1 is a date and time, %2 TikTok's publish_id.
            state.text
                = tr("In the TikTok inbox since %1 (publish_id %2): finish the post in the TikTok app.")
                      .arg(when(entry.confirmedAt), entry.publishId);
        }
        break;
    case JournalEntry::State::Failed:
        state.kind = Kind::Failed;
        //: %1 is why TikTok or SKYBEAM refused the post.
        state.text = tr("Failed: %1").arg(entry.reason);
        break;
    case JournalEntry::State::Abandoned:
        state.kind = Kind::Abandoned;
        state.text = tr("An interrupted send was given up; TikTok never posts an incomplete upload.");
        break;
    }
    return state;
}

PostingOverview::PostingOverview(const RoxyPaths &paths)
    : m_paths(paths)
    , m_journal(JournalContents())
{
}

void PostingOverview::reload()
{
    m_journal = PublishJournal(PublishJournal::defaultFilePath(m_paths)).contents();
    const QString account = CredentialFile(m_paths).read().credentials.openId();
    m_pendingInbox = account.isEmpty()
        ? QString()
        : PendingShareLedger(PendingShareLedger::defaultFilePath(m_paths)).summary(account);
}

PackPostingState PostingOverview::stateOf(const QString &packKey, const QString &videoPath) const
{
    if (!m_journal)
        return PackPostingState::of(m_journal.error());
    return PackPostingState::of(
        m_journal->find(packKey, videoPath.isEmpty() ? QDateTime() : QFileInfo(videoPath).lastModified()));
}

} // namespace Skybeam
