// skybeam-setup upload PACK, run as a script would against the fake TikTok in the test process: inbox and
// direct post, usage errors, the direct-post rules before sending, failures, resuming, the sandbox budget,
// and exit code 0 only when TikTok confirmed (and only then the pack is marked posted).
#include "core/posting/postingtesthelpers.h"
#include "packfixtures.h"
#include "testsupport.h"

#include "credentials/credentialfile.h"
#include "handoff/postedstatestore.h"
#include "posting/postinghistory.h"
#include "posting/sandboxbudget.h"

#include <QDir>
#include <QNetworkProxy>
#include <QTest>

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

private:
    /// Writes a pack named `name` with a `videoBytes` MP4 and `caption` into the exports folder.
    QString writePack(const QByteArray &name, int videoBytes, const QByteArray &caption = QByteArray());
    void storeCredentials(bool production = true);
    QProcessEnvironment environment() const;
    ProcessResult upload(const QStringList &arguments);
    bool isPosted(const QString &key) const;

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

QTEST_GUILESS_MAIN(tst_UploadCli)
#include "tst_uploadcli.moc"
