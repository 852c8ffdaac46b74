// PostingSession end to end against the fake TikTok, without a display (issue 14): the journal is written
// before any byte is sent and at every change of state; an interrupted post is continued without a new
// init; a damaged journal sends nothing; sending anyway keeps it aside and leaves every other pack unknown.
#include "postingtesthelpers.h"
#include "tiktokfixture.h"

#include "handoff/postedstatestore.h"
#include "posting/postingoverview.h"
#include "posting/postingsession.h"
#include "posting/publishjournal.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

using namespace Skybeam;
using namespace FakeTikTokTest;
using namespace PostingTest;
using SkybeamTest::TikTokFixture;

class tst_PostingSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void journalLeadsEveryByte();
    void interruptedWhileProcessingIsOnlyPolled();
    void damagedJournalSendsNothing();
    void sendAnywayKeepsTheDamagedJournalAndOtherPacksUnknown();
    void damagedJournalStaysWhenNoNewOneCanBeWritten();
    void journalNotWrittenAfterInitSendsNoByte();
    void entryRoundTrips();

private:
    PostingRequest request(qint64 size);
    /// A request for pack `packKey` whose own video was last modified at `modified`.
    PostingRequest datedRequest(const QString &packKey, const QDateTime &modified);
    PostingSessionResult run(const PostingRequest &request);
    std::optional<JournalEntry> entry() const;

    std::unique_ptr<TikTokFixture> m_env;
    std::unique_ptr<FakeContentPosting> m_posting;
    std::unique_ptr<PostingSession> m_session;
};

void tst_PostingSession::init()
{
    m_env = std::make_unique<TikTokFixture>();
    m_posting = std::make_unique<FakeContentPosting>(&m_env->fake());
    const TikTokCredentials credentials = signIn(m_env->fake(), m_env->network());
    QVERIFY(!CredentialFile(m_env->roxy().paths()).write(asProduction(credentials)).isError());
    const Expected<TikTokEndpoints> endpoints
        = TikTokEndpoints::create(m_env->fake().authorizeUrl(), m_env->fake().apiBase());
    QVERIFY(endpoints);
    m_session = std::make_unique<PostingSession>(
        m_env->roxy().paths(), *endpoints, m_env->network(), m_env->secrets());
    m_session->uploader().setPolicy(fastUploadPolicy());
    m_session->preparation().setNetworkPolicy(OAuthTest::fastPolicy());
}

void tst_PostingSession::cleanup()
{
    m_session.reset();
    m_posting.reset();
    m_env.reset();
}

PostingRequest tst_PostingSession::request(qint64 size)
{
    PostingRequest request;
    request.packKey = QStringLiteral("2026-12-03-journal");
    request.videoPath = m_env->roxy().root() + QStringLiteral("/video.mp4");
    if (!writeVideoFile(request.videoPath, size))
        qFatal("cannot write the video");
    request.videoFacts.durationMs = 10000;
    request.videoFacts.width = 1080;
    request.videoFacts.height = 1920;
    return request;
}

PostingRequest tst_PostingSession::datedRequest(const QString &packKey, const QDateTime &modified)
{
    PostingRequest dated = request(2000);
    dated.packKey = packKey;
    dated.videoPath = m_env->roxy().root() + QLatin1Char('/') + packKey + QStringLiteral(".mp4");
    QFile video(dated.videoPath);
    if (!writeVideoFile(dated.videoPath, 3000) || !video.open(QIODevice::ReadWrite)
        || !video.setFileTime(modified, QFileDevice::FileModificationTime))
        qFatal("cannot write the dated video");
    return dated;
}

PostingSessionResult tst_PostingSession::run(const PostingRequest &request)
{
    QSignalSpy finished(m_session.get(), &PostingSession::finished);
    if (!m_session->start(request))
        qFatal("the session did not start");
    if (!finished.wait(30000))
        qFatal("the session did not finish");
    QTest::qWait(0);
    if (finished.count() != 1)
        qFatal("finished() more than once");
    return finished.constFirst().constFirst().value<PostingSessionResult>();
}

std::optional<JournalEntry> tst_PostingSession::entry() const
{
    const auto found = PublishJournal(PublishJournal::defaultFilePath(m_env->roxy().paths()))
                           .entry(QStringLiteral("2026-12-03-journal"));
    return found ? *found : std::nullopt;
}

void tst_PostingSession::journalLeadsEveryByte()
{
    m_posting->setProcessingPolls(1);
    QStringList seen; // the journal's state as each request reached TikTok
    m_posting->setChunkHook([&](const FakeChunkRequest &chunk) {
        const std::optional<JournalEntry> now = entry();
        seen.append(QStringLiteral("chunk@%1:%2/%3")
                        .arg(chunk.first)
                        .arg(now ? JournalEntry::stateName(now->state) : QStringLiteral("none"))
                        .arg(now ? now->bytesAcknowledged : -1));
    });
    m_posting->setCallHook([&](const QString &path) {
        if (path != FakeContentPosting::StatusPath)
            return;
        const std::optional<JournalEntry> now = entry();
        seen.append(QStringLiteral("status:%1").arg(now ? JournalEntry::stateName(now->state) : QString()));
    });
    QSignalSpy phases(m_session.get(), &PostingSession::phaseChanged);
    const PostingRequest pack = request(11 * MiB); // chunks of 5 and 6 MiB
    const PostingSessionResult result = run(pack);
    QVERIFY2(result.outcome == PostingSessionResult::Outcome::Confirmed, qPrintable(result.error.message()));
    QCOMPARE(seen,
        QStringList(
            { QStringLiteral("chunk@0:initialised/0"), QStringLiteral("chunk@5242880:transferring/5242880"),
                QStringLiteral("status:transferred"), QStringLiteral("status:processing") }));
    const std::optional<JournalEntry> last = entry();
    QVERIFY(last.has_value());
    QCOMPARE(last->state, JournalEntry::State::Confirmed);
    QCOMPARE(last->publishId, m_posting->lastUpload()->publishId);
    QCOMPARE(last->status, QStringLiteral("SEND_TO_USER_INBOX"));
    QVERIFY(last->confirmedAt.isValid());
    QCOMPARE(last->plan.totalChunkCount, 2);
    PostedStateStore posted(PostedStateStore::defaultFilePath(m_env->roxy().paths()));
    QVERIFY(!posted.load().isError());
    QVERIFY(posted.isPosted(QStringLiteral("2026-12-03-journal")));
    const QFileInfo file(PublishJournal::defaultFilePath(m_env->roxy().paths()));
    const QFileDevice::Permissions mode = file.permissions();
    QVERIFY(mode.testFlag(QFileDevice::ReadOwner) && mode.testFlag(QFileDevice::WriteOwner));
    QVERIFY(!(mode
        & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
            | QFileDevice::WriteOther)));
    const QFileInfo dir(file.absolutePath());
    QVERIFY(!(dir.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)));
    QList<PostingSession::Phase> order;
    for (const QList<QVariant> &signal : phases)
        order.append(signal.constFirst().value<PostingSession::Phase>());
    QCOMPARE(order.constFirst(), PostingSession::Phase::Preparing);
    QVERIFY(order.contains(PostingSession::Phase::Initializing));
    QVERIFY(order.contains(PostingSession::Phase::Uploading));
    QVERIFY(order.contains(PostingSession::Phase::Processing));
    QCOMPARE(order.constLast(), PostingSession::Phase::Idle);

    // Run again: nothing is sent.
    const int requests = int(m_env->fake().requests().size());
    const PostingSessionResult again = run(pack);
    QCOMPARE(again.outcome, PostingSessionResult::Outcome::AlreadyConfirmed);
    QVERIFY(again.isSuccess());
    QVERIFY(again.text().contains(last->publishId));
    QCOMPARE(int(m_env->fake().requests().size()), requests);
}

void tst_PostingSession::interruptedWhileProcessingIsOnlyPolled()
{
    m_posting->setProcessingPolls(1000); // TikTok keeps processing: the operator stops waiting
    m_posting->setCallHook([&](const QString &path) {
        if (path == FakeContentPosting::StatusPath)
            m_session->cancel();
    });
    const PostingRequest first = request(2000);
    const PostingSessionResult stopped = run(first);
    QCOMPARE(stopped.outcome, PostingSessionResult::Outcome::Unconfirmed);
    QVERIFY(entry()->isComplete());
    QCOMPARE(m_posting->initCount(), 1);

    m_posting->setCallHook({});
    m_posting->setProcessingPolls(0);
    const PostingSessionResult resumed = run(first);
    QVERIFY2(
        resumed.outcome == PostingSessionResult::Outcome::Confirmed, qPrintable(resumed.error.message()));
    QVERIFY(resumed.resumed);
    QCOMPARE(m_posting->initCount(), 1);
    QCOMPARE(m_posting->completeUploadCount(), 1);
    QCOMPARE(entry()->state, JournalEntry::State::Confirmed);
}

void tst_PostingSession::journalNotWrittenAfterInitSendsNoByte()
{
    // While TikTok answers the init, the journal's path becomes something that cannot be written (a
    // folder): the session must not act on the answer, so no byte of the video is sent.
    const QString journalPath = PublishJournal::defaultFilePath(m_env->roxy().paths());
    m_posting->setCallHook([&](const QString &path) {
        if (path == FakeContentPosting::InboxInitPath)
            QVERIFY(QDir().mkpath(journalPath));
    });
    const PostingSessionResult result = run(request(6 * MiB));
    QCOMPARE(result.outcome, PostingSessionResult::Outcome::Failed);
    QVERIFY2(result.error.message().contains(QLatin1String("journal")), qPrintable(result.error.message()));
    QCOMPARE(m_posting->initCount(), 1);
    QVERIFY(m_posting->chunkRequests().isEmpty());
    QCOMPARE(m_posting->completeUploadCount(), 0);
}

void tst_PostingSession::damagedJournalSendsNothing()
{
    QVERIFY(writeJournalBytes(m_env->roxy().paths(),
        "{\"version\": 1, \"packs\": {\"2026-12-03-journal\": {\"state\": \"sent-somehow\"}}}"));
    const int requests = int(m_env->fake().requests().size());
    const PostingSessionResult refused = run(request(2000));
    QCOMPARE(refused.outcome, PostingSessionResult::Outcome::Failed);
    QCOMPARE(refused.error.code(), QStringLiteral("journal.corrupt"));
    QCOMPARE(int(m_env->fake().requests().size()), requests);
    PostingRequest again = request(2000);
    again.again = true;
    const PostingSessionResult sent = run(again);
    QCOMPARE(sent.outcome, PostingSessionResult::Outcome::Confirmed);
    QCOMPARE(entry()->state, JournalEntry::State::Confirmed);
}

void tst_PostingSession::sendAnywayKeepsTheDamagedJournalAndOtherPacksUnknown()
{
    const RoxyPaths paths = m_env->roxy().paths();
    const QString path = PublishJournal::defaultFilePath(paths);
    const QByteArray damaged = QByteArray(DamagedJournal).replace("PACK", "2026-12-03-other");
    QVERIFY(writeJournalBytes(paths, damaged));

    // Sending anyway moves the damaged journal aside, byte for byte, and starts a new one that says so.
    QSignalSpy notices(m_session.get(), &PostingSession::notice);
    PostingRequest anyway = request(2000);
    anyway.again = true;
    QCOMPARE(run(anyway).outcome, PostingSessionResult::Outcome::Confirmed);
    const QStringList copies = damagedJournalCopies(paths);
    QCOMPARE(copies.size(), 1);
    const QString copy = copies.constFirst();
    QFile kept(copy);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), damaged);
    QStringList said;
    for (const QList<QVariant> &notice : notices)
        said.append(notice.constFirst().toString());
    QVERIFY2(said.join(QLatin1Char('\n')).contains(RoxyPaths::displayPath(copy)),
        qPrintable(said.join(QLatin1Char('\n'))));
    const Expected<JournalContents> contents = PublishJournal(path).contents();
    QVERIFY(contents);
    QVERIFY(contents->restartedAt.isValid());
    QCOMPARE(contents->damagedCopy, copy);
    QCOMPARE(entry()->state, JournalEntry::State::Confirmed);

    // The damaged journal may have known another pack's interrupted send: a pack whose video is older than
    // the restart is not known, not new.
    PostingRequest other
        = datedRequest(QStringLiteral("2026-12-03-other"), contents->restartedAt.addSecs(-3600));
    PostingOverview overview(paths);
    overview.reload();
    QCOMPARE(overview.stateOf(other.packKey, other.videoPath).kind, PackPostingState::Kind::Unknown);
    QCOMPARE(overview.stateOf(QStringLiteral("2026-12-03-journal")).kind, PackPostingState::Kind::InInbox);
    QCOMPARE(m_session->journalProblem(other.packKey, other.videoPath).code(),
        QStringLiteral("journal.unknown_pack"));
    const int inits = m_posting->initCount();
    const PostingSessionResult refused = run(other);
    QCOMPARE(refused.outcome, PostingSessionResult::Outcome::Failed);
    QCOMPARE(refused.error.code(), QStringLiteral("journal.unknown_pack"));
    QCOMPARE(m_posting->initCount(), inits);
    other.again = true;
    QCOMPARE(run(other).outcome, PostingSessionResult::Outcome::Confirmed);
    QCOMPARE(m_posting->initCount(), inits + 1);
    QVERIFY(!m_session->journalProblem(other.packKey, other.videoPath).isError());

    // A pack exported after the restart cannot have been in the damaged journal: it is simply new.
    PostingRequest fresh
        = datedRequest(QStringLiteral("2026-12-04-fresh"), contents->restartedAt.addSecs(60));
    overview.reload();
    QCOMPARE(overview.stateOf(fresh.packKey, fresh.videoPath).kind, PackPostingState::Kind::NotSent);
    QVERIFY(!m_session->journalProblem(fresh.packKey, fresh.videoPath).isError());
    QCOMPARE(run(fresh).outcome, PostingSessionResult::Outcome::Confirmed);
    QCOMPARE(m_posting->initCount(), inits + 2);
    // Still one copy: a readable journal is never moved aside.
    QCOMPARE(damagedJournalCopies(paths).size(), 1);
    QVERIFY(PublishJournal(path).contents()->restartedAt.isValid());
}

void tst_PostingSession::damagedJournalStaysWhenNoNewOneCanBeWritten()
{
    const RoxyPaths paths = m_env->roxy().paths();
    const QString path = PublishJournal::defaultFilePath(paths);
    const QByteArray damaged = QByteArray(DamagedJournal).replace("PACK", "2026-12-03-journal");
    QVERIFY(writeJournalBytes(paths, damaged));

    // A full disk: no file may grow past 16 bytes (the soft RLIMIT_FSIZE, SIGXFSZ ignored, both put back
    // below); moving the damaged file aside still works, writing the new journal does not.
    rlimit before {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &before), 0);
    const auto previousHandler = ::signal(SIGXFSZ, SIG_IGN);
    const rlimit full { 16, before.rlim_max };
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &full), 0);
    const Expected<QString> kept = PublishJournal(path).setAside();
    ::setrlimit(RLIMIT_FSIZE, &before);
    ::signal(SIGXFSZ, previousHandler);

    // Not sent anyway: the damaged journal is back where it was, so every pack still waits for a decision.
    QVERIFY(!kept);
    QCOMPARE(kept.error().code(), QStringLiteral("journal.unwritable"));
    QFile journal(path);
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QCOMPARE(journal.readAll(), damaged);
    QVERIFY(damagedJournalCopies(paths).isEmpty());
    QCOMPARE(PublishJournal(path).contents().error().code(), QStringLiteral("journal.corrupt"));
}

void tst_PostingSession::entryRoundTrips()
{
    JournalEntry entry;
    entry.state = JournalEntry::State::Transferring;
    entry.signature = { 12345, QDateTime::currentDateTimeUtc(), QStringLiteral("ab12") };
    entry.publishId = QStringLiteral("v_inbox_file~v2.1");
    entry.uploadUrl = QStringLiteral("https://open-upload.tiktokapis.com/video/?upload_id=1&upload_token=x");
    entry.uploadUrlIssuedAt = QDateTime::currentDateTimeUtc();
    entry.plan = { 12345, 12345, 1 };
    entry.options.mode = PostMode::Direct;
    entry.options.privacyLevel = QStringLiteral("SELF_ONLY");
    entry.options.disableDuet = true;
    entry.bytesAcknowledged = 777;
    const std::optional<JournalEntry> back = JournalEntry::fromJson(entry.toJson());
    QVERIFY(back.has_value());
    QCOMPARE(back->state, entry.state);
    QVERIFY(back->signature == entry.signature);
    QCOMPARE(back->uploadUrl, entry.uploadUrl);
    QCOMPARE(back->plan.totalChunkCount, 1);
    QCOMPARE(back->options.mode, PostMode::Direct);
    QCOMPARE(back->options.privacyLevel, QStringLiteral("SELF_ONLY"));
    QVERIFY(back->options.disableDuet);
    QCOMPARE(back->bytesAcknowledged, 777);
    QVERIFY(back->isResumable());
    QVERIFY(!JournalEntry::fromJson(QJsonObject { { QStringLiteral("state"), QStringLiteral("bogus") } }));
}

QTEST_GUILESS_MAIN(tst_PostingSession)
#include "tst_postingsession.moc"
