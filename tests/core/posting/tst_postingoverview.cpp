// What the viewer says about a pack's post (issue 14): each publish-journal state gives one line and says
// whether Resume is offered (only an interrupted post: never a confirmed, failed or abandoned one, nor an
// unreadable journal); the pending-inbox ledger line of the signed-in account.
#include "testsupport.h"

#include "credentials/credentialfile.h"
#include "posting/pendingshareledger.h"
#include "posting/postingoverview.h"
#include "posting/publishjournal.h"

#include <QTest>

using namespace Skybeam;
using SkybeamTest::TempRoxy;

class tst_PostingOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateOfEachJournalState_data();
    void stateOfEachJournalState();
    void overviewReadsTheJournalAndTheLedger();
    void unreadableJournalOffersNothing();
};

namespace {

JournalEntry entryIn(JournalEntry::State state, PostMode mode = PostMode::Inbox)
{
    JournalEntry entry;
    entry.state = state;
    entry.publishId = QStringLiteral("v_inbox_file~v2.123");
    entry.plan.videoSize = 12000000;
    entry.bytesAcknowledged = 5000000;
    entry.options.mode = mode;
    entry.reason = QStringLiteral("picture_size_check_failed");
    entry.confirmedAt = QDateTime(QDate(2026, 12, 3), QTime(21, 30), Qt::UTC);
    return entry;
}

} // namespace

void tst_PostingOverview::stateOfEachJournalState_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("canResume");
    const auto row = [](const char *name, JournalEntry::State state, PostMode mode,
                         PackPostingState::Kind kind, const char *words, bool resume) {
        QTest::newRow(name) << int(state) << int(mode) << int(kind) << QString::fromUtf8(words) << resume;
    };
    using S = JournalEntry::State;
    using K = PackPostingState::Kind;
    row("initialised", S::Initialised, PostMode::Inbox, K::Interrupted, "4.8 MiB of 11.4 MiB", true);
    row("transferring", S::Transferring, PostMode::Direct, K::Interrupted, "Sending was interrupted", true);
    row("transferred", S::Transferred, PostMode::Inbox, K::Processing, "Processing at TikTok", true);
    row("processing", S::Processing, PostMode::Direct, K::Processing, "not sent again", true);
    row("confirmed inbox", S::Confirmed, PostMode::Inbox, K::InInbox, "In the TikTok inbox since", false);
    row("confirmed direct", S::Confirmed, PostMode::Direct, K::Published, "Posted on the TikTok profile",
        false);
    row("failed", S::Failed, PostMode::Inbox, K::Failed, "Failed: picture_size_check_failed", false);
    row("abandoned", S::Abandoned, PostMode::Inbox, K::Abandoned, "never posts an incomplete upload", false);
}

void tst_PostingOverview::stateOfEachJournalState()
{
    QFETCH(int, state);
    QFETCH(int, mode);
    QFETCH(int, kind);
    QFETCH(QString, words);
    QFETCH(bool, canResume);
    const PackPostingState shown = PackPostingState::of(
        std::optional<JournalEntry>(entryIn(JournalEntry::State(state), PostMode(mode))));
    QCOMPARE(int(shown.kind), kind);
    QVERIFY2(shown.text.contains(words), qPrintable(shown.text));
    QCOMPARE(shown.canResume, canResume);

    const PackPostingState none = PackPostingState::of(std::optional<JournalEntry>());
    QCOMPARE(none.kind, PackPostingState::Kind::NotSent);
    QVERIFY(!none.canResume);
}

void tst_PostingOverview::overviewReadsTheJournalAndTheLedger()
{
    TempRoxy roxy;
    PostingOverview overview(roxy.paths());
    overview.reload();
    QCOMPARE(overview.stateOf(QStringLiteral("a")).kind, PackPostingState::Kind::NotSent);
    QVERIFY(overview.pendingInboxText().isEmpty()); // nobody signed in

    PublishJournal journal(PublishJournal::defaultFilePath(roxy.paths()));
    QVERIFY(!journal.put(QStringLiteral("a"), entryIn(JournalEntry::State::Transferring)).isError());
    QVERIFY(!journal.put(QStringLiteral("b"), entryIn(JournalEntry::State::Confirmed)).isError());
    TikTokCredentials credentials;
    credentials.setClientKey(QStringLiteral("awkey"));
    credentials.setClientSecret(QStringLiteral("secret"));
    QJsonObject json = credentials.json();
    json.insert(QStringLiteral("open_id"), QStringLiteral("open-1"));
    credentials = TikTokCredentials(json);
    QVERIFY(!CredentialFile(roxy.paths()).write(credentials).isError());
    PendingShareLedger ledger(PendingShareLedger::defaultFilePath(roxy.paths()));
    QVERIFY(!ledger.record(QStringLiteral("open-1")).isError());
    QVERIFY(!ledger.record(QStringLiteral("open-1")).isError());

    QCOMPARE(overview.stateOf(QStringLiteral("a")).kind, PackPostingState::Kind::NotSent); // until reload()
    overview.reload();
    QCOMPARE(overview.stateOf(QStringLiteral("a")).kind, PackPostingState::Kind::Interrupted);
    QVERIFY(overview.stateOf(QStringLiteral("a")).canResume);
    QCOMPARE(overview.stateOf(QStringLiteral("b")).kind, PackPostingState::Kind::InInbox);
    QCOMPARE(overview.stateOf(QStringLiteral("c")).kind, PackPostingState::Kind::NotSent);
    QVERIFY2(overview.pendingInboxText().startsWith(QLatin1String("2 of the 5")),
        qPrintable(overview.pendingInboxText()));
}

void tst_PostingOverview::unreadableJournalOffersNothing()
{
    TempRoxy roxy;
    roxy.writeFile(QStringLiteral("setup/tiktok-publish-journal.json"), "{\"version\": 1, \"packs\": [");
    PostingOverview overview(roxy.paths());
    overview.reload();
    const PackPostingState state = overview.stateOf(QStringLiteral("a"));
    QCOMPARE(state.kind, PackPostingState::Kind::Unknown);
    QVERIFY(!state.canResume);
    QVERIFY(state.text.contains(QLatin1String("cannot be read")));
}

QTEST_GUILESS_MAIN(tst_PostingOverview)
#include "tst_postingoverview.moc"
