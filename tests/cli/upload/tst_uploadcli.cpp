// skybeam-setup upload PACK, run as a script would against the fake TikTok in the test process: inbox and
// direct post, usage errors, the direct-post rules before sending, failures, resuming, the sandbox budget,
// and exit code 0 only when TikTok confirmed (and only then the pack is marked posted).
#include "core/posting/postingtesthelpers.h"
#include "packfixtures.h"
#include "setupprocess.h"

#include "credentials/credentialfile.h"
#include "handoff/postedstatestore.h"
#include "posting/pendingshareledger.h"
#include "posting/postinghistory.h"
#include "posting/publishjournal.h"
#include "posting/sandboxbudget.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

#include <signal.h>

using namespace Skybeam;
using namespace FakeTikTokTest;
using namespace PostingTest;
using SkybeamTest::ProcessResult;
using SkybeamTest::SetupProcess;
using SkybeamTest::TempRoxy;

class tst_UploadCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void helpDescribesTheCommand();
    void inboxUploadConfirmed();
    void directPostWithChoices();
    void usageErrors_data();
    void usageErrors();
    void privacyNotOfferedIsRefusedBeforeSending();
    void captionOverLimitIsRefusedBeforeSending();
    void failedStatusExitsOne();
    void rejectedChunkExitsOne();
    void droppedConnectionResumes();
    void sandboxBudgetWarnsBeforeSpending();
    void notSignedIn();
    void unknownPack();
    void videoLinkOutsideExportsIsRefused();
    // The publish journal (issue 14).
    void killedAndRunAgainPostsOnce_data();
    void killedAndRunAgainPostsOnce();
    void confirmedPackIsNotSentAgain();
    void againSendsOnceMore();
    void corruptJournalSendsNothing();
    void expiredUploadUrlIsAbandoned();
    void accessTokenExpiresWhilePolling();
    void twoSendersNeverRunAtOnce();
    void pendingInboxLedgerFull();

private:
    /// Writes a pack named `name` with a `videoBytes` MP4 and `caption` into the exports folder.
    QString writePack(const QByteArray &name, int videoBytes, const QByteArray &caption = QByteArray());
    void storeCredentials(bool production = true);
    QProcessEnvironment environment() const;
    ProcessResult upload(const QStringList &arguments);
    bool isPosted(const QString &key) const;
    std::optional<JournalEntry> journalEntry(const QString &key) const;

    std::unique_ptr<TempRoxy> m_roxy;
    std::unique_ptr<FakeTikTok> m_fake;
    std::unique_ptr<FakeContentPosting> m_posting;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void tst_UploadCli::init()
{
    m_roxy = std::make_unique<TempRoxy>();
    m_fake = std::make_unique<FakeTikTok>();
    QVERIFY(startPostingFake(*m_fake));
    m_posting = std::make_unique<FakeContentPosting>(m_fake.get());
    // TikTok decides at the first status fetch: the CLI waits only its first poll delay.
    m_posting->setProcessingPolls(0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
}

void tst_UploadCli::cleanup()
{
    m_network.reset();
    m_posting.reset();
    m_fake.reset();
    m_roxy.reset();
}

QString tst_UploadCli::writePack(const QByteArray &name, int videoBytes, const QByteArray &caption)
{
    SkybeamTest::PackSpec pack = SkybeamTest::goodPack(name);
    SkybeamTest::Mp4Spec video;
    video.mediaBytes = videoBytes;
    for (auto &file : pack.files) {
        if (file.first == "video.mp4")
            file.second = SkybeamTest::makeMp4(video);
        if (file.first == "caption.txt" && !caption.isEmpty())
            file.second = caption;
    }
    QDir().mkpath(m_roxy->paths().exportsDir());
    return QString::fromUtf8(SkybeamTest::writePack(QFile::encodeName(m_roxy->paths().exportsDir()), pack));
}

void tst_UploadCli::storeCredentials(bool production)
{
    const TikTokCredentials credentials = signIn(*m_fake, m_network.get());
    QVERIFY(!CredentialFile(m_roxy->paths())
                 .write(production ? asProduction(credentials) : credentials)
                 .isError());
}

QProcessEnvironment tst_UploadCli::environment() const
{
    QProcessEnvironment env = SkybeamTest::environmentFor(m_roxy->root());
    env.insert(QStringLiteral("SKYBEAM_TIKTOK_AUTH_URL"), m_fake->authorizeUrl().toString());
    env.insert(QStringLiteral("SKYBEAM_TIKTOK_API_BASE"), m_fake->apiBase().toString());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("skybeam.*.debug=false"));
    return env;
}

ProcessResult tst_UploadCli::upload(const QStringList &arguments)
{
    SetupProcess process(QStringList { QStringLiteral("upload") } + arguments, environment());
    const ProcessResult result = process.finish(90000);
    if (result.crashed)
        qFatal("skybeam-setup crashed: %s", result.err.constData());
    return result;
}

bool tst_UploadCli::isPosted(const QString &key) const
{
    PostedStateStore store(PostedStateStore::defaultFilePath(m_roxy->paths()));
    return !store.load().isError() && store.isPosted(key);
}

void tst_UploadCli::helpDescribesTheCommand()
{
    const ProcessResult help
        = SkybeamTest::runSetup({ QStringLiteral("upload"), QStringLiteral("--help") }, environment());
    QCOMPARE(help.exitCode, 0);
    for (const char *word : { "--direct", "--privacy", "--disable-comment", "--disable-duet",
             "--disable-stitch", "inbox", "Exit code" })
        QVERIFY2(help.out.contains(word), word);
    const ProcessResult top = SkybeamTest::runSetup({ QStringLiteral("--help") }, environment());
    QVERIFY(top.out.contains("upload"));
}

void tst_UploadCli::inboxUploadConfirmed()
{
    storeCredentials();
    writePack("2026-11-24-skyline", int(21 * MiB));
    const ProcessResult result = upload({ QStringLiteral("2026-11-24-skyline") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    // The outcome on stdout, progress on stderr.
    QVERIFY2(result.out.contains("Sent to Skybeam Tester's TikTok inbox"), result.out.constData());
    QVERIFY(result.out.contains("publish_id v_inbox_file"));
    QVERIFY2(result.err.contains("TikTok account: Skybeam Tester"), result.err.constData());
    QVERIFY(result.err.contains("Uploading part 2 of 2: 100%"));
    QVERIFY(result.err.contains("Uploading part 1 of 2: "));
    QVERIFY(result.err.contains("Waiting for TikTok to process the video"));
    QVERIFY(result.err.contains("In the account's TikTok inbox"));
    QVERIFY2(result.err.contains("0 of the 5 uploads TikTok lets wait in an inbox"), result.err.constData());
    QVERIFY(!result.out.contains("Uploading"));
    qInfo("stderr of the run:\n%s", result.err.constData());
    const FakeContentPosting::Upload *upload = m_posting->lastUpload();
    QVERIFY(upload);
    QVERIFY(!upload->direct);
    QCOMPARE(upload->chunkCount, 2);
    QVERIFY(upload->complete);
    QVERIFY(isPosted(QStringLiteral("2026-11-24-skyline")));
    const auto record = PostingHistory(PostingHistory::defaultFilePath(m_roxy->paths()))
                            .record(QStringLiteral("2026-11-24-skyline"));
    QVERIFY(record.has_value());
    QCOMPARE(record->mode, PostMode::Inbox);
    QCOMPARE(record->publishId, upload->publishId);
}

void tst_UploadCli::directPostWithChoices()
{
    storeCredentials();
    const QString path = writePack("direct-pack", int(6 * MiB));
    const ProcessResult result
        = upload({ path, QStringLiteral("--direct"), QStringLiteral("--privacy"), QStringLiteral("followers"),
            QStringLiteral("--disable-comment"), QStringLiteral("--disable-stitch") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("Published on Skybeam Tester's TikTok profile"), result.out.constData());
    const FakeContentPosting::Upload *upload = m_posting->lastUpload();
    QVERIFY(upload->direct);
    QCOMPARE(upload->postInfo.value(QLatin1String("privacy_level")).toString(),
        QStringLiteral("FOLLOWER_OF_CREATOR"));
    QCOMPARE(upload->postInfo.value(QLatin1String("disable_comment")).toBool(), true);
    QCOMPARE(upload->postInfo.value(QLatin1String("disable_duet")).toBool(), false);
    QCOMPARE(upload->postInfo.value(QLatin1String("disable_stitch")).toBool(), true);
    QVERIFY(upload->postInfo.value(QLatin1String("title"))
                .toString()
                .startsWith(QLatin1String("Morning skyline timelapse number 0")));
    QVERIFY(isPosted(QStringLiteral("direct-pack")));
}

void tst_UploadCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString pack = QStringLiteral("usage-pack");
    QTest::newRow("no pack") << QStringList() << QStringLiteral("which pack");
    QTest::newRow("two packs") << QStringList { pack, pack } << QStringLiteral("unexpected argument");
    QTest::newRow("direct without privacy: no default")
        << QStringList { pack, QStringLiteral("--direct") } << QStringLiteral("--privacy");
    QTest::newRow("unknown privacy") << QStringList { pack, QStringLiteral("--direct"),
        QStringLiteral("--privacy"), QStringLiteral("world") }
                                     << QStringLiteral("unknown privacy level");
    QTest::newRow("privacy without direct") << QStringList { pack, QStringLiteral("--privacy"),
        QStringLiteral("only-me") } << QStringLiteral("direct post only");
    QTest::newRow("toggle without direct")
        << QStringList { pack, QStringLiteral("--disable-duet") } << QStringLiteral("direct post only");
}

void tst_UploadCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    storeCredentials();
    writePack("usage-pack", 1000);
    const int before = int(m_fake->requests().size());
    const ProcessResult result = upload(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
    QCOMPARE(int(m_fake->requests().size()), before);
    QVERIFY(!isPosted(QStringLiteral("usage-pack")));
}

void tst_UploadCli::privacyNotOfferedIsRefusedBeforeSending()
{
    m_fake->app(OAuthTest::ClientKey)->unaudited = true;
    storeCredentials();
    writePack("private-pack", 1000);
    const ProcessResult result = upload({ QStringLiteral("private-pack"), QStringLiteral("--direct"),
        QStringLiteral("--privacy"), QStringLiteral("everyone") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("has not passed TikTok's review"), result.err.constData());
    QVERIFY(result.err.contains("Only me"));
    QCOMPARE(m_posting->initCount(), 0);
    // Only me goes through.
    const ProcessResult selfOnly = upload({ QStringLiteral("private-pack"), QStringLiteral("--direct"),
        QStringLiteral("--privacy"), QStringLiteral("only-me") });
    QVERIFY2(selfOnly.exitCode == 0, selfOnly.err.constData());
}

void tst_UploadCli::captionOverLimitIsRefusedBeforeSending()
{
    storeCredentials();
    writePack("long-caption", 1000, QByteArray(2201, 'w'));
    const ProcessResult result = upload({ QStringLiteral("long-caption"), QStringLiteral("--direct"),
        QStringLiteral("--privacy"), QStringLiteral("only-me") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("2,201") || result.err.contains("2201"), result.err.constData());
    QCOMPARE(m_posting->initCount(), 0);
    QVERIFY(!isPosted(QStringLiteral("long-caption")));
}

void tst_UploadCli::failedStatusExitsOne()
{
    storeCredentials();
    writePack("failing-pack", 2000);
    m_posting->failNextPublish(QStringLiteral("frame_rate_check_failed"));
    const ProcessResult result = upload({ QStringLiteral("failing-pack") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("23 to 60 frames per second"), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(m_posting->lastUpload()->complete);
    QVERIFY(!isPosted(QStringLiteral("failing-pack")));
}

void tst_UploadCli::rejectedChunkExitsOne()
{
    storeCredentials();
    writePack("rejected-pack", 2000);
    m_posting->rejectNextChunks(1, 400);
    const ProcessResult result = upload({ QStringLiteral("rejected-pack") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("refused part 1 of 1"), result.err.constData());
    QVERIFY(!isPosted(QStringLiteral("rejected-pack")));
}

void tst_UploadCli::droppedConnectionResumes()
{
    storeCredentials();
    writePack("resumed-pack", int(21 * MiB));
    m_posting->dropNextChunks(3, 1);
    const ProcessResult result = upload({ QStringLiteral("resumed-pack") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QStringList trail;
    for (const FakeChunkRequest &chunk : m_posting->chunkRequests())
        trail.append(QStringLiteral("%1:%2").arg(chunk.first).arg(chunk.status));
    QCOMPARE(trail.first(), QStringLiteral("0:206"));
    QCOMPARE(trail.count(QStringLiteral("0:206")), 1); // never started over
    QCOMPARE(trail.last().section(QLatin1Char(':'), 1), QStringLiteral("201"));
    QVERIFY(isPosted(QStringLiteral("resumed-pack")));
}

void tst_UploadCli::sandboxBudgetWarnsBeforeSpending()
{
    storeCredentials(false);
    writePack("sandbox-pack", 1000);
    SandboxBudget budget(SandboxBudget::defaultFilePath(m_roxy->paths()));
    QVERIFY(!budget.record(OAuthTest::ClientKey, 15).isError());
    const ProcessResult refused = upload({ QStringLiteral("sandbox-pack") });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("15 of the 20 API calls"), refused.err.constData());
    QVERIFY(refused.err.contains("only 5 are left"));
    QVERIFY(refused.err.contains("--ignore-budget"));
    QVERIFY(m_fake->requests().size() <= 2); // the sign-in only: nothing was spent
    QCOMPARE(m_fake->apiCallsToday(OAuthTest::ClientKey), 0);

    const ProcessResult sent = upload({ QStringLiteral("sandbox-pack"), QStringLiteral("--ignore-budget") });
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    // Every call TikTok counted was counted here too.
    QCOMPARE(budget.usedToday(OAuthTest::ClientKey), 15 + m_fake->apiCallsToday(OAuthTest::ClientKey));
}

void tst_UploadCli::notSignedIn()
{
    writePack("lonely-pack", 1000);
    const ProcessResult result = upload({ QStringLiteral("lonely-pack") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("not connected to a TikTok account"), result.err.constData());
    QVERIFY(m_fake->requests().isEmpty());
}

void tst_UploadCli::unknownPack()
{
    storeCredentials();
    const ProcessResult result = upload({ QStringLiteral("no-such-pack") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("There is no pack 'no-such-pack'"), result.err.constData());
}

void tst_UploadCli::videoLinkOutsideExportsIsRefused()
{
    storeCredentials();
    // A healthy MP4 outside the exports folder, and a pack whose video.mp4 links to it.
    const QString outside = QDir(m_roxy->root()).filePath(QStringLiteral("private.mp4"));
    SkybeamTest::writeNativeFile(QFile::encodeName(outside), SkybeamTest::makeMp4());
    const QString pack = writePack("linked-out", 1000);
    QVERIFY(QFile::remove(pack + QStringLiteral("/video.mp4")));
    QVERIFY(QFile::link(outside, pack + QStringLiteral("/video.mp4")));
    for (const QString &argument : { QStringLiteral("linked-out"), pack }) {
        const ProcessResult result = upload({ argument });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(
            result.err.contains("cannot be sent") && result.err.contains("links outside the exports folder"),
            result.err.constData());
    }
    QCOMPARE(m_posting->initCount(), 0);
    QVERIFY(!isPosted(QStringLiteral("linked-out")));

    // A link to a video inside the exports folder is sent.
    writePack("source", 1000);
    QVERIFY(QFile::remove(pack + QStringLiteral("/video.mp4")));
    QVERIFY(QFile::link(QStringLiteral("../source/video.mp4"), pack + QStringLiteral("/video.mp4")));
    const ProcessResult inside = upload({ QStringLiteral("linked-out") });
    QVERIFY2(inside.exitCode == 0, inside.err.constData());
    QCOMPARE(m_posting->initCount(), 1);
    QVERIFY(isPosted(QStringLiteral("linked-out")));
}

std::optional<JournalEntry> tst_UploadCli::journalEntry(const QString &key) const
{
    const auto entry = PublishJournal(PublishJournal::defaultFilePath(m_roxy->paths())).entry(key);
    return entry ? *entry : std::nullopt;
}

void tst_UploadCli::killedAndRunAgainPostsOnce_data()
{
    QTest::addColumn<QString>("point");
    QTest::addColumn<int>("expectedInits");
    // TikTok made a publish_id, but its answer never arrived: a new init is harmless (nothing was sent).
    QTest::newRow("init answered, answer lost") << QStringLiteral("init") << 2;
    QTest::newRow("before the first chunk") << QStringLiteral("before-first-chunk") << 1;
    QTest::newRow("in the middle of a chunk") << QStringLiteral("mid-chunk") << 1;
    QTest::newRow("between chunks (answer lost)") << QStringLiteral("between-chunks") << 1;
    QTest::newRow("after the last chunk, before the first status") << QStringLiteral("after-last-chunk") << 1;
    QTest::newRow("while TikTok processes") << QStringLiteral("processing") << 1;
}

void tst_UploadCli::killedAndRunAgainPostsOnce()
{
    QFETCH(QString, point);
    QFETCH(int, expectedInits);
    storeCredentials();
    writePack("killed-pack", int(31 * MiB)); // three chunks of 10, 10 and 11 MiB
    const QString key = QStringLiteral("killed-pack");

    SetupProcess first({ QStringLiteral("upload"), key }, environment());
    QProcess *process = &first.process();
    bool killed = false;
    const auto killNow = [&] {
        if (killed)
            return;
        killed = true;
        process->kill(); // SIGKILL: the process runs no more code; TikTok still acts on this request
    };
    const qint64 chunk = 10 * MiB;
    m_posting->setCallHook([&](const QString &path) {
        if ((point == QLatin1String("init") && path == FakeContentPosting::InboxInitPath)
            || (point == QLatin1String("processing") && path == FakeContentPosting::StatusPath))
            killNow();
    });
    m_posting->setChunkHook([&](const FakeChunkRequest &request) {
        if (killed)
            return;
        if (point == QLatin1String("before-first-chunk") && request.first == 0) {
            m_posting->dropNextChunks(1); // none of its bytes arrive
            killNow();
        } else if (point == QLatin1String("mid-chunk") && request.first == chunk) {
            m_posting->dropNextChunks(1);
            killNow();
        } else if (point == QLatin1String("between-chunks") && request.first == chunk) {
            killNow(); // TikTok keeps the chunk; its answer is lost
        } else if (point == QLatin1String("after-last-chunk") && request.first == 2 * chunk) {
            killNow(); // TikTok has every byte and will post it
        }
    });
    const ProcessResult killedRun = first.finish(60000);
    QVERIFY2(killed, killedRun.err.constData());
    QVERIFY(killedRun.crashed);
    QVERIFY(!isPosted(key));
    m_posting->setCallHook({});
    m_posting->setChunkHook({});

    const ProcessResult again = upload({ key });
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.out.contains("Sent to Skybeam Tester's TikTok inbox"), again.out.constData());
    QCOMPARE(m_posting->completeUploadCount(), 1);
    QCOMPARE(m_posting->initsAfterCompleteUpload(), 0);
    QCOMPARE(m_posting->initCount(), expectedInits);
    QVERIFY(isPosted(key));
    const std::optional<JournalEntry> entry = journalEntry(key);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->state, JournalEntry::State::Confirmed);
    QCOMPARE(entry->publishId, m_posting->lastUpload()->publishId);
    QVERIFY(again.out.contains(entry->publishId.toUtf8()));
    // Each chunk TikTok kept was received once (a chunk whose answer was lost may come once more).
    int kept = 0;
    for (const FakeChunkRequest &request : m_posting->chunkRequests())
        kept += (request.status == 206 || request.status == 201) ? 1 : 0;
    QVERIFY2(kept <= 4, qPrintable(QString::number(kept)));
}

void tst_UploadCli::confirmedPackIsNotSentAgain()
{
    storeCredentials();
    writePack("sent-pack", 2000);
    QVERIFY(upload({ QStringLiteral("sent-pack") }).exitCode == 0);
    const int requests = int(m_fake->requests().size());
    const ProcessResult again = upload({ QStringLiteral("sent-pack") });
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.out.contains("Already sent to the TikTok inbox on"), again.out.constData());
    QVERIFY(again.out.contains(m_posting->lastUpload()->publishId.toUtf8()));
    QVERIFY(again.out.contains("--again"));
    QCOMPARE(int(m_fake->requests().size()), requests); // nothing at all was sent
    QCOMPARE(m_posting->initCount(), 1);
}

void tst_UploadCli::againSendsOnceMore()
{
    storeCredentials();
    writePack("twice-pack", 2000);
    QVERIFY(upload({ QStringLiteral("twice-pack") }).exitCode == 0);
    const QString firstId = m_posting->lastUpload()->publishId;
    const ProcessResult again = upload({ QStringLiteral("twice-pack"), QStringLiteral("--again") });
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY(again.out.contains("Sent to Skybeam Tester's TikTok inbox"));
    QCOMPARE(m_posting->initCount(), 2);
    QCOMPARE(m_posting->completeUploadCount(), 2);
    const std::optional<JournalEntry> entry = journalEntry(QStringLiteral("twice-pack"));
    QVERIFY(entry && entry->publishId != firstId);
    QCOMPARE(entry->state, JournalEntry::State::Confirmed);
}

void tst_UploadCli::corruptJournalSendsNothing()
{
    storeCredentials();
    writePack("corrupt-pack", 2000);
    // Exported before the journal was damaged: the damaged journal may have known it.
    writePack("other-pack", 2000);
    QVERIFY(writeJournalBytes(m_roxy->paths(), QByteArray(DamagedJournal).replace("PACK", "corrupt-pack")));
    const int requests = int(m_fake->requests().size());
    const ProcessResult refused = upload({ QStringLiteral("corrupt-pack") });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("publish journal"), refused.err.constData());
    QVERIFY(refused.err.contains("damaged"));
    QVERIFY(refused.err.contains("--again"));
    QCOMPARE(int(m_fake->requests().size()), requests);

    const ProcessResult sent = upload({ QStringLiteral("corrupt-pack"), QStringLiteral("--again") });
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    QVERIFY2(sent.err.contains("kept as"), sent.err.constData());
    QCOMPARE(journalEntry(QStringLiteral("corrupt-pack"))->state, JournalEntry::State::Confirmed);
    QCOMPARE(damagedJournalCopies(m_roxy->paths()).size(), 1);

    // Another pack the damaged journal may have known is not sent without --again either.
    const int before = int(m_fake->requests().size());
    const ProcessResult unknown = upload({ QStringLiteral("other-pack") });
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("cannot tell whether this pack"), unknown.err.constData());
    QVERIFY(unknown.err.contains("--again"));
    QCOMPARE(int(m_fake->requests().size()), before);

    // A pack exported after the new journal began cannot have been in the damaged one: it is sent.
    writePack("fresh-pack", 2000);
    const ProcessResult fresh = upload({ QStringLiteral("fresh-pack") });
    QVERIFY2(fresh.exitCode == 0, fresh.err.constData());
    QCOMPARE(journalEntry(QStringLiteral("fresh-pack"))->state, JournalEntry::State::Confirmed);
}

void tst_UploadCli::expiredUploadUrlIsAbandoned()
{
    storeCredentials();
    writePack("stale-pack", int(21 * MiB));
    const QString key = QStringLiteral("stale-pack");
    SetupProcess first({ QStringLiteral("upload"), key }, environment());
    QProcess *process = &first.process();
    m_posting->setChunkHook([&](const FakeChunkRequest &request) {
        if (request.first > 0) {
            m_posting->dropNextChunks(1);
            process->kill();
        }
    });
    QVERIFY(first.finish(60000).crashed);
    m_posting->setChunkHook({});
    // An hour and more later, TikTok's upload URL has expired.
    m_fake->advanceClock(2 * 3600);
    const QString path = PublishJournal::defaultFilePath(m_roxy->paths());
    PublishJournal journal(path);
    std::optional<JournalEntry> entry = journalEntry(key);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->state, JournalEntry::State::Transferring);
    const QString oldId = entry->publishId;
    entry->uploadUrlIssuedAt = entry->uploadUrlIssuedAt.addSecs(-2 * 3600);
    QVERIFY(!journal.put(key, *entry).isError());

    const ProcessResult again = upload({ key });
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.err.contains("can no longer be continued"), again.err.constData());
    QCOMPARE(m_posting->initCount(), 2);
    QCOMPARE(m_posting->completeUploadCount(), 1);
    QVERIFY(!m_posting->upload(oldId)->complete);
    entry = journalEntry(key);
    QCOMPARE(entry->state, JournalEntry::State::Confirmed);
    QCOMPARE(entry->abandonedAttempts, 1);
}

void tst_UploadCli::accessTokenExpiresWhilePolling()
{
    // The stored key must be the app's own for the refresh: the tests' key is a sandbox app's.
    storeCredentials(false);
    writePack("slow-pack", 2000);
    bool expired = false;
    m_posting->setCallHook([&](const QString &path) {
        if (path == FakeContentPosting::StatusPath && !expired) {
            expired = true;
            m_fake->advanceClock(2 * 86400); // the access token expires while TikTok processes
        }
    });
    const ProcessResult result = upload({ QStringLiteral("slow-pack") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.contains("renewing it"), result.err.constData());
    QCOMPARE(m_posting->initCount(), 1);
    QCOMPARE(m_posting->completeUploadCount(), 1);
    QVERIFY(isPosted(QStringLiteral("slow-pack")));
}

void tst_UploadCli::twoSendersNeverRunAtOnce()
{
    storeCredentials();
    writePack("shared-pack", 2000);
    SetupProcess first({ QStringLiteral("upload"), QStringLiteral("shared-pack") }, environment());
    const qint64 firstPid = first.process().processId();
    bool stopped = false;
    // The first sender is frozen (SIGSTOP) as its chunk arrives: it holds the pack's lock, mid-send.
    m_posting->setChunkHook([&](const FakeChunkRequest &) {
        if (!stopped) {
            stopped = true;
            ::kill(pid_t(firstPid), SIGSTOP);
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(stopped, 30000);
    const int inits = m_posting->initCount();
    const ProcessResult second = upload({ QStringLiteral("shared-pack") });
    ::kill(pid_t(firstPid), SIGCONT);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains("being sent to TikTok right now"), second.err.constData());
    QVERIFY2(second.err.contains(QByteArray::number(firstPid)), second.err.constData());
    QCOMPARE(m_posting->initCount(), inits); // the second sent nothing
    const ProcessResult firstResult = first.finish(60000);
    QVERIFY2(firstResult.exitCode == 0, firstResult.err.constData());
    QCOMPARE(m_posting->completeUploadCount(), 1);
    QVERIFY(isPosted(QStringLiteral("shared-pack")));
}

void tst_UploadCli::pendingInboxLedgerFull()
{
    storeCredentials();
    writePack("sixth-pack", 2000);
    const QString account = CredentialFile(m_roxy->paths()).read().credentials.openId();
    QVERIFY(!account.isEmpty());
    PendingShareLedger ledger(PendingShareLedger::defaultFilePath(m_roxy->paths()));
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-20 * 3600);
    for (int i = 0; i < PendingShareLedger::Limit; ++i) {
        ledger.setClock([start, i] { return start.addSecs(i * 600); });
        QVERIFY(!ledger.record(account).isError());
    }
    ledger.setClock([] { return QDateTime::currentDateTimeUtc(); });
    QVERIFY(ledger.isFull(account));
    const ProcessResult refused = upload({ QStringLiteral("sixth-pack") });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("at most 5 uploads wait"), refused.err.constData());
    QVERIFY(refused.err.contains("next slot opens at"));
    QCOMPARE(m_posting->initCount(), 0); // refused before sending
    // A direct post is not limited this way.
    const ProcessResult direct = upload({ QStringLiteral("sixth-pack"), QStringLiteral("--direct"),
        QStringLiteral("--privacy"), QStringLiteral("only-me") });
    QVERIFY2(direct.exitCode == 0, direct.err.constData());
}

QTEST_GUILESS_MAIN(tst_UploadCli)
#include "tst_uploadcli.moc"
