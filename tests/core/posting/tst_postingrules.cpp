// The direct-post rules, the video limits, fail_reason wording, the speed meter, the rate window and the
// sandbox budget: pure logic and small files, no network.
#include "posting/postingerrors.h"
#include "posting/postinghistory.h"
#include "posting/postrules.h"
#include "posting/ratewindow.h"
#include "posting/sandboxbudget.h"
#include "posting/transfermeter.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Skybeam;

namespace {

CreatorInfo creatorWith(const QStringList &options)
{
    CreatorInfo creator;
    creator.nickname = QStringLiteral("Skybeam Tester");
    creator.privacyLevelOptions = options;
    creator.maxVideoPostDurationSec = 300;
    return creator;
}

const QStringList AllLevels { QStringLiteral("PUBLIC_TO_EVERYONE"), QStringLiteral("MUTUAL_FOLLOW_FRIENDS"),
    QStringLiteral("FOLLOWER_OF_CREATOR"), QStringLiteral("SELF_ONLY") };

PostOptions direct(const QString &privacy, const QString &caption = QStringLiteral("Hello #skyline"))
{
    PostOptions options;
    options.mode = PostMode::Direct;
    options.privacyLevel = privacy;
    options.caption = caption;
    return options;
}

} // namespace

class tst_PostingRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void directPostRules_data();
    void directPostRules();
    void inboxNeedsNoChoices();
    void captionCountsUtf16Units();
    void postInfoKeepsDisabledInteractionsOff();
    void privateNoticeNamesTheReason();
    void videoLimits_data();
    void videoLimits();
    void privacyAliases_data();
    void privacyAliases();
    void contentTypes_data();
    void contentTypes();
    void failReasonsInPlainWords_data();
    void failReasonsInPlainWords();
    void transferMeterSpeedAndTimeLeft();
    void transferMeterRestartsWhenAChunkIsResent();
    void progressText();
    void rateWindowSlides();
    void sandboxBudgetCountsPerDayAndApp();
    void sandboxBudgetWarnsBeforeSpending();
    void postingHistoryRemembersHow();
};

void tst_PostingRules::directPostRules_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("privacy");
    QTest::addColumn<int>("captionLength");
    QTest::addColumn<bool>("sandbox");
    QTest::addColumn<QString>("code");

    QTest::newRow("public, offered") << AllLevels << QStringLiteral("PUBLIC_TO_EVERYONE") << 20 << false
                                     << QString();
    QTest::newRow("no default: nothing chosen")
        << AllLevels << QString() << 20 << false << QStringLiteral("posting.privacy_not_chosen");
    QTest::newRow("not offered: mismatch")
        << QStringList { QStringLiteral("SELF_ONLY"), QStringLiteral("FOLLOWER_OF_CREATOR") }
        << QStringLiteral("PUBLIC_TO_EVERYONE") << 20 << false << QStringLiteral("posting.privacy_mismatch");
    QTest::newRow("unaudited: only me offered, public refused")
        << QStringList { QStringLiteral("SELF_ONLY") } << QStringLiteral("PUBLIC_TO_EVERYONE") << 20 << false
        << QStringLiteral("posting.privacy_mismatch");
    QTest::newRow("unaudited: only me accepted") << QStringList { QStringLiteral("SELF_ONLY") }
                                                 << QStringLiteral("SELF_ONLY") << 20 << false << QString();
    QTest::newRow("sandbox: public refused even when offered")
        << AllLevels << QStringLiteral("PUBLIC_TO_EVERYONE") << 20 << true
        << QStringLiteral("posting.private_only");
    QTest::newRow("sandbox: only me accepted")
        << AllLevels << QStringLiteral("SELF_ONLY") << 20 << true << QString();
    QTest::newRow("caption 2200: accepted")
        << AllLevels << QStringLiteral("SELF_ONLY") << 2200 << false << QString();
    QTest::newRow("caption 2201: refused") << AllLevels << QStringLiteral("SELF_ONLY") << 2201 << false
                                           << QStringLiteral("posting.caption_too_long");
    QTest::newRow("account cannot post now: no options")
        << QStringList() << QStringLiteral("SELF_ONLY") << 20 << false
        << QStringLiteral("posting.privacy_mismatch");
}

void tst_PostingRules::directPostRules()
{
    QFETCH(QStringList, options);
    QFETCH(QString, privacy);
    QFETCH(int, captionLength);
    QFETCH(bool, sandbox);
    QFETCH(QString, code);
    const CreatorInfo creator = creatorWith(options);
    const Error error
        = PostRules::check(direct(privacy, QString(captionLength, QLatin1Char('a'))), &creator, sandbox);
    QCOMPARE(error.code(), code);
    if (!code.isEmpty())
        QVERIFY(!error.message().isEmpty());
}

void tst_PostingRules::inboxNeedsNoChoices()
{
    PostOptions options;
    options.caption = QString(5000, QLatin1Char('x')); // not sent with an inbox upload
    QVERIFY(!PostRules::check(options, nullptr, true).isError());
    // A direct post needs creator info.
    QCOMPARE(PostRules::check(direct(QStringLiteral("SELF_ONLY")), nullptr, false).code(),
        QStringLiteral("posting.no_creator_info"));
}

void tst_PostingRules::captionCountsUtf16Units()
{
    // An emoji outside the BMP is two UTF-16 units, as TikTok counts.
    const QString emoji = QString::fromUtf8("\xF0\x9F\x8C\x87");
    QCOMPARE(PostRules::captionLength(emoji), 2);
    const CreatorInfo creator = creatorWith(AllLevels);
    QString caption;
    for (int i = 0; i < 1100; ++i)
        caption += emoji;
    QVERIFY(!PostRules::check(direct(QStringLiteral("SELF_ONLY"), caption), &creator, false).isError());
    caption += QLatin1Char('!');
    QCOMPARE(PostRules::check(direct(QStringLiteral("SELF_ONLY"), caption), &creator, false).code(),
        QStringLiteral("posting.caption_too_long"));
}

void tst_PostingRules::postInfoKeepsDisabledInteractionsOff()
{
    CreatorInfo creator = creatorWith(AllLevels);
    creator.duetDisabled = true;
    PostOptions options = direct(QStringLiteral("FOLLOWER_OF_CREATOR"), QStringLiteral("caption"));
    options.disableComment = true;
    const QJsonObject info = options.postInfo(creator);
    QCOMPARE(info.value(QLatin1String("title")).toString(), QStringLiteral("caption"));
    QCOMPARE(info.value(QLatin1String("privacy_level")).toString(), QStringLiteral("FOLLOWER_OF_CREATOR"));
    QCOMPARE(info.value(QLatin1String("disable_comment")).toBool(), true);
    QCOMPARE(info.value(QLatin1String("disable_duet")).toBool(), true);
    QCOMPARE(info.value(QLatin1String("disable_stitch")).toBool(), false);
    QVERIFY(!info.contains(QLatin1String("video_cover_timestamp_ms")));
}

void tst_PostingRules::privateNoticeNamesTheReason()
{
    QVERIFY(PostRules::privateNotice(true).contains(QLatin1String("sandbox")));
    QVERIFY(PostRules::privateNotice(false).contains(QLatin1String("review")));
    QVERIFY(PostRules::postsArePrivate(creatorWith({ QStringLiteral("SELF_ONLY") }), false));
    QVERIFY(PostRules::postsArePrivate(creatorWith(AllLevels), true));
    QVERIFY(!PostRules::postsArePrivate(creatorWith(AllLevels), false));
}

void tst_PostingRules::videoLimits_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<QString>("code");
    const qint64 mb = 1024 * 1024;
    QTest::newRow("fine") << 20 * mb << qint64(15000) << 1080 << 1920 << QString();
    QTest::newRow("facts unknown") << 20 * mb << qint64(-1) << 0 << 0 << QString();
    QTest::newRow("empty") << qint64(0) << qint64(15000) << 1080 << 1920
                           << QStringLiteral("posting.empty_video");
    QTest::newRow("over 4 GB") << 4096 * mb + 1 << qint64(15000) << 1080 << 1920
                               << QStringLiteral("posting.video_too_large");
    QTest::newRow("longer than the creator may post")
        << 20 * mb << qint64(301000) << 1080 << 1920 << QStringLiteral("posting.video_too_long");
    QTest::newRow("exactly the creator's maximum") << 20 * mb << qint64(300000) << 1080 << 1920 << QString();
    QTest::newRow("too small") << 20 * mb << qint64(15000) << 320 << 240
                               << QStringLiteral("posting.video_size");
    QTest::newRow("too large") << 20 * mb << qint64(15000) << 4097 << 2160
                               << QStringLiteral("posting.video_size");
}

void tst_PostingRules::videoLimits()
{
    QFETCH(qint64, size);
    QFETCH(qint64, durationMs);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(QString, code);
    VideoFacts facts;
    facts.durationMs = durationMs;
    facts.width = width;
    facts.height = height;
    const CreatorInfo creator = creatorWith(AllLevels);
    QCOMPARE(PostRules::checkVideo(size, facts, &creator).code(), code);
}

void tst_PostingRules::privacyAliases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("level");
    QTest::newRow("TikTok's name") << QStringLiteral("SELF_ONLY") << QStringLiteral("SELF_ONLY");
    QTest::newRow("lower case") << QStringLiteral("public_to_everyone")
                                << QStringLiteral("PUBLIC_TO_EVERYONE");
    QTest::newRow("only-me") << QStringLiteral("only-me") << QStringLiteral("SELF_ONLY");
    QTest::newRow("friends") << QStringLiteral("Friends") << QStringLiteral("MUTUAL_FOLLOW_FRIENDS");
    QTest::newRow("followers") << QStringLiteral("followers") << QStringLiteral("FOLLOWER_OF_CREATOR");
    QTest::newRow("unknown") << QStringLiteral("world") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_PostingRules::privacyAliases()
{
    QFETCH(QString, text);
    QFETCH(QString, level);
    QCOMPARE(PostRules::parsePrivacyLevel(text), level);
}

void tst_PostingRules::contentTypes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("mp4") << QStringLiteral("video.MP4") << QByteArray("video/mp4");
    QTest::newRow("m4v") << QStringLiteral("a.m4v") << QByteArray("video/mp4");
    QTest::newRow("mov") << QStringLiteral("clip.mov") << QByteArray("video/quicktime");
    QTest::newRow("webm") << QStringLiteral("clip.webm") << QByteArray("video/webm");
    QTest::newRow("avi") << QStringLiteral("clip.avi") << QByteArray();
}

void tst_PostingRules::contentTypes()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, type);
    QCOMPARE(PostRules::contentTypeFor(name), type);
}

void tst_PostingRules::failReasonsInPlainWords_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("words");
    QTest::newRow("spam: too many posts")
        << QStringLiteral("spam_risk_too_many_posts") << QStringLiteral("daily posting limit");
    QTest::newRow("spam: banned") << QStringLiteral("spam_risk_user_banned_from_posting")
                                  << QStringLiteral("does not allow");
    QTest::newRow("spam: text") << QStringLiteral("spam_risk_text") << QStringLiteral("caption");
    QTest::newRow("spam") << QStringLiteral("spam_risk") << QStringLiteral("spam");
    QTest::newRow("format") << QStringLiteral("file_format_check_failed") << QStringLiteral("MP4");
    QTest::newRow("duration") << QStringLiteral("duration_check_failed") << QStringLiteral("longer");
    QTest::newRow("frame rate") << QStringLiteral("frame_rate_check_failed")
                                << QStringLiteral("frames per second");
    QTest::newRow("picture size") << QStringLiteral("picture_size_check_failed") << QStringLiteral("pixels");
    QTest::newRow("file size") << QStringLiteral("file_size_check_failed") << QStringLiteral("4 GB");
    QTest::newRow("internal") << QStringLiteral("internal") << QStringLiteral("internal problem");
    QTest::newRow("auth removed") << QStringLiteral("auth_removed") << QStringLiteral("Sign in");
    QTest::newRow("unknown reason keeps the code")
        << QStringLiteral("new_reason_2027") << QStringLiteral("new_reason_2027");
    QTest::newRow("no reason") << QString() << QStringLiteral("no reason");
}

void tst_PostingRules::failReasonsInPlainWords()
{
    QFETCH(QString, reason);
    QFETCH(QString, words);
    const Error error = PostingErrors::fromFailReason(reason);
    QVERIFY(error.code().startsWith(QLatin1String("posting.failed.")));
    QVERIFY2(error.message().contains(words, Qt::CaseInsensitive), qPrintable(error.message()));
    if (reason.contains(QLatin1Char('_')) && reason != QLatin1String("new_reason_2027"))
        QVERIFY2(
            !error.message().contains(reason), "a known reason is put in plain words, not shown as a code");
}

void tst_PostingRules::transferMeterSpeedAndTimeLeft()
{
    TransferMeter meter(5000);
    QCOMPARE(meter.bytesPerSecond(), 0.0);
    QCOMPARE(meter.secondsLeft(100), qint64(-1));
    meter.add(0, 0);
    meter.add(1000, 100); // too short a span to tell
    QCOMPARE(meter.bytesPerSecond(), 0.0);
    for (int second = 1; second <= 10; ++second)
        meter.add(qint64(second) * 2000000, qint64(second) * 1000);
    QCOMPARE(meter.bytesPerSecond(), 2000000.0);
    QCOMPARE(meter.secondsLeft(30000000), qint64(5));
    // The window follows the recent speed: it halves for the last 5 s.
    for (int second = 11; second <= 16; ++second)
        meter.add(20000000 + qint64(second - 10) * 1000000, qint64(second) * 1000);
    QCOMPARE(meter.bytesPerSecond(), 1000000.0);
}

void tst_PostingRules::transferMeterRestartsWhenAChunkIsResent()
{
    TransferMeter meter;
    meter.add(0, 0);
    meter.add(10000000, 1000);
    QVERIFY(meter.bytesPerSecond() > 0);
    meter.add(5000000, 1100); // the unconfirmed chunk goes again
    QCOMPARE(meter.bytesPerSecond(), 0.0);
    meter.add(6000000, 2100);
    QCOMPARE(meter.bytesPerSecond(), 1000000.0);
}

void tst_PostingRules::progressText()
{
    TransferProgress progress;
    progress.totalBytes = 20000000;
    progress.sentBytes = 9000000;
    progress.bytesPerSecond = 12300000;
    progress.secondsLeft = 2;
    QCOMPARE(progress.perMille(), 450);
    const QString text = progress.text();
    QVERIFY2(text.contains(QLatin1String("45%")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("12.3 MB/s")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("about 2 second")), qPrintable(text));
    progress.secondsLeft = 125;
    QVERIFY2(progress.timeLeftText().contains(QLatin1String("about 2 minute")),
        qPrintable(progress.timeLeftText()));
    progress.bytesPerSecond = 0;
    progress.secondsLeft = -1;
    QVERIFY(progress.speedText().isEmpty());
    QVERIFY(progress.timeLeftText().isEmpty());
}

void tst_PostingRules::rateWindowSlides()
{
    RateWindow window(6, 60000);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(window.delayBeforeNextCall(1000 + i * 1000), qint64(0));
        window.record(1000 + i * 1000);
    }
    // The seventh call in the same minute waits until the first leaves the window.
    QCOMPARE(window.delayBeforeNextCall(7000), qint64(1000 + 60000 - 7000));
    QCOMPARE(window.delayBeforeNextCall(61000), qint64(0));
    window.record(61000);
    QCOMPARE(window.delayBeforeNextCall(61500), qint64(2000 + 60000 - 61500));
    QCOMPARE(RateWindow::videoInit().limit(), 6);
    QCOMPARE(RateWindow::statusFetch().limit(), 30);
}

void tst_PostingRules::sandboxBudgetCountsPerDayAndApp()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("setup/tiktok-sandbox-calls.json"));
    SandboxBudget budget(path);
    QDateTime now(QDate(2026, 11, 24), QTime(23, 59), Qt::UTC);
    budget.setClock([&now] { return now; });
    QCOMPARE(budget.usedToday(QStringLiteral("sbawone")), 0);
    QCOMPARE(budget.remainingToday(QStringLiteral("sbawone")), SandboxBudget::DailyCalls);
    QVERIFY(!budget.record(QStringLiteral("sbawone"), 3).isError());
    QVERIFY(!budget.record(QStringLiteral("sbawone"), 2).isError());
    QVERIFY(!budget.record(QStringLiteral("sbawtwo"), 1).isError());
    QCOMPARE(budget.usedToday(QStringLiteral("sbawone")), 5);
    QCOMPARE(budget.usedToday(QStringLiteral("sbawtwo")), 1);
    // Another reader of the same file (another window, the CLI) sees the same count.
    SandboxBudget other(path);
    other.setClock([&now] { return now; });
    QCOMPARE(other.usedToday(QStringLiteral("sbawone")), 5);
    // No secrets: only client keys and numbers.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QLatin1String("day")).toString(), QStringLiteral("2026-11-24"));
    QCOMPARE(root.value(QLatin1String("calls")).toObject().keys(),
        (QStringList { QStringLiteral("sbawone"), QStringLiteral("sbawtwo") }));
    // A new UTC day starts again.
    now = now.addSecs(120);
    QCOMPARE(budget.usedToday(QStringLiteral("sbawone")), 0);
    QVERIFY(!budget.record(QStringLiteral("sbawone"), 1).isError());
    QCOMPARE(budget.usedToday(QStringLiteral("sbawone")), 1);
    QCOMPARE(budget.usedToday(QStringLiteral("sbawtwo")), 0);
}

void tst_PostingRules::sandboxBudgetWarnsBeforeSpending()
{
    QTemporaryDir dir;
    SandboxBudget budget(dir.filePath(QStringLiteral("calls.json")));
    const QString key = QStringLiteral("sbawkey");
    QVERIFY(budget.warning(key, 8).isEmpty());
    QVERIFY(budget.summary(key, 8).contains(QLatin1String("0 of the 20")));
    QVERIFY(!budget.record(key, 13).isError());
    QVERIFY(!budget.wouldExceed(key, 7));
    QVERIFY(budget.warning(key, 7).isEmpty());
    QVERIFY(budget.wouldExceed(key, 8));
    const QString warning = budget.warning(key, 8);
    QVERIFY2(warning.contains(QLatin1String("only 7 are left")), qPrintable(warning));
    QVERIFY(warning.contains(QLatin1String("Rate limit exceeded")));
    QVERIFY(!budget.record(key, 10).isError());
    QCOMPARE(budget.remainingToday(key), 0);
}

void tst_PostingRules::postingHistoryRemembersHow()
{
    QTemporaryDir dir;
    PostingHistory history(dir.filePath(QStringLiteral("setup/tiktok-posts.json")));
    QVERIFY(!history.record(QStringLiteral("pack-a")).has_value());
    PostingRecord record;
    record.mode = PostMode::Inbox;
    record.status = QStringLiteral("SEND_TO_USER_INBOX");
    record.publishId = QStringLiteral("v_inbox_file~v2.123");
    record.confirmedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    QVERIFY(!history.add(QStringLiteral("pack-a"), record).isError());
    record.mode = PostMode::Direct;
    record.status = QStringLiteral("PUBLISH_COMPLETE");
    QVERIFY(!history.add(QStringLiteral("pack-b"), record).isError());
    const auto a = PostingHistory(history).record(QStringLiteral("pack-a"));
    QVERIFY(a.has_value());
    QCOMPARE(a->mode, PostMode::Inbox);
    QCOMPARE(a->status, QStringLiteral("SEND_TO_USER_INBOX"));
    QCOMPARE(a->publishId, QStringLiteral("v_inbox_file~v2.123"));
    QCOMPARE(a->confirmedAt, record.confirmedAt);
    QCOMPARE(history.record(QStringLiteral("pack-b"))->mode, PostMode::Direct);
}

QTEST_GUILESS_MAIN(tst_PostingRules)
#include "tst_postingrules.moc"
