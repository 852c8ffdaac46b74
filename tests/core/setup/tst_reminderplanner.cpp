// Which reminders `remind` shows: re-authorize from day 25 and at once when renewal is impossible, new
// handoff packs, at most one of a kind a day, "Later" until tomorrow; and the memory file between runs.
#include "setup/reminderplanner.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTest>

using namespace Skybeam;
using SkybeamTest::TempRoxy;
using Kind = Reminder::Kind;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
const QDate Today = Now.date();
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;

CredentialStatus statusOf(qint64 accessLeft, qint64 refreshLeft, qint64 authorizedAgo, bool rejected = false)
{
    CredentialReadResult read;
    read.source = CredentialReadResult::Source::Primary;
    read.credentials
        = TikTokCredentials(QJsonObject { { QStringLiteral("client_key"), QStringLiteral("aw1") },
            { QStringLiteral("client_secret"), QStringLiteral("s") },
            { QStringLiteral("access_token"), QStringLiteral("act.1") },
            { QStringLiteral("refresh_token"), QStringLiteral("rft.1") },
            { QStringLiteral("expires_at"), Now.addSecs(accessLeft).toString(Qt::ISODate) },
            { QStringLiteral("refresh_expires_at"), Now.addSecs(refreshLeft).toString(Qt::ISODate) },
            { QStringLiteral("authorized_at"), Now.addSecs(-authorizedAgo).toString(Qt::ISODate) } });
    return CredentialStatus::detect(
        read, Now, CredentialFacts { false, rejected ? Now.addSecs(-authorizedAgo) : QDateTime() });
}

} // namespace

Q_DECLARE_METATYPE(Skybeam::CredentialStatus)
Q_DECLARE_METATYPE(Skybeam::ReminderMemory)

class tst_ReminderPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void due_data();
    void due();
    void shownOnceADayAndLaterUntilTomorrow();
    void memorySurvivesARunPrivately();
};

void tst_ReminderPlanner::due_data()
{
    QTest::addColumn<CredentialStatus>("status");
    QTest::addColumn<QStringList>("pending");
    QTest::addColumn<ReminderMemory>("memory");
    QTest::addColumn<QList<int>>("kinds");

    const QList<int> reauthorize { int(Kind::Reauthorize) };
    const QList<int> none;
    ReminderMemory fresh;
    QTest::newRow("not set up") << CredentialStatus() << QStringList() << fresh << none;
    QTest::newRow("day 3") << statusOf(20 * Hour, 300 * Day, 3 * Day) << QStringList() << fresh << none;
    QTest::newRow("day 24") << statusOf(20 * Hour, 300 * Day, 24 * Day) << QStringList() << fresh << none;
    QTest::newRow("day 25") << statusOf(20 * Hour, 300 * Day, 25 * Day) << QStringList() << fresh
                            << reauthorize;
    QTest::newRow("day 31, access expired")
        << statusOf(-Hour, 300 * Day, 31 * Day) << QStringList() << fresh << reauthorize;
    QTest::newRow("access expired on day 3: the publisher renews")
        << statusOf(-Hour, 300 * Day, 3 * Day) << QStringList() << fresh << none;
    QTest::newRow("refresh expired on day 3: at once")
        << statusOf(-Hour, -Hour, 3 * Day) << QStringList() << fresh << reauthorize;
    QTest::newRow("refresh rejected on day 3: at once")
        << statusOf(20 * Hour, 300 * Day, 3 * Day, true) << QStringList() << fresh << reauthorize;
    ReminderMemory yesterday;
    yesterday.reauthorizeShown = Today.addDays(-1);
    QTest::newRow("day 26, shown yesterday: daily until done")
        << statusOf(20 * Hour, 300 * Day, 26 * Day) << QStringList() << yesterday << reauthorize;
    ReminderMemory today;
    today.reauthorizeShown = Today;
    QTest::newRow("day 26, shown today")
        << statusOf(20 * Hour, 300 * Day, 26 * Day) << QStringList() << today << none;
    ReminderMemory snoozed;
    snoozed.reauthorizeSnoozedUntil = Today.addDays(1);
    QTest::newRow("day 26, later") << statusOf(20 * Hour, 300 * Day, 26 * Day) << QStringList() << snoozed
                                   << none;
    QTest::newRow("a new pack") << statusOf(20 * Hour, 300 * Day, 3 * Day)
                                << QStringList { QStringLiteral("p1") } << fresh
                                << QList<int> { int(Kind::HandoffPacks) };
    ReminderMemory reminded;
    reminded.remindedPacks = { QStringLiteral("p1") };
    reminded.packsShown = Today.addDays(-3);
    QTest::newRow("only packs already reminded of")
        << statusOf(20 * Hour, 300 * Day, 3 * Day) << QStringList { QStringLiteral("p1") } << reminded
        << none;
    QTest::newRow("day 30 and a new pack")
        << statusOf(20 * Hour, 300 * Day, 30 * Day)
        << QStringList { QStringLiteral("p1"), QStringLiteral("p2") } << reminded
        << QList<int> { int(Kind::Reauthorize), int(Kind::HandoffPacks) };
}

void tst_ReminderPlanner::due()
{
    QFETCH(CredentialStatus, status);
    QFETCH(QStringList, pending);
    QFETCH(ReminderMemory, memory);
    QFETCH(QList<int>, kinds);
    SetupOverview overview;
    overview.status = status;
    overview.pendingPacks = pending;
    const QList<Reminder> reminders = ReminderPlanner::due(overview, memory, Today);
    QList<int> actual;
    for (const Reminder &reminder : reminders) {
        actual.append(int(reminder.kind));
        QVERIFY(!reminder.title.isEmpty());
        QVERIFY(!reminder.body.isEmpty());
        QVERIFY(reminder.actions.contains(QString(ReminderPlanner::LaterAction)));
        QVERIFY(reminder.actions.contains(reminder.kind == Kind::Reauthorize
                ? QString(ReminderPlanner::ReauthorizeAction)
                : QString(ReminderPlanner::BrowsePacksAction)));
        if (reminder.kind == Kind::HandoffPacks)
            QVERIFY(!reminder.packs.contains(QStringLiteral("p1"))
                || !memory.remindedPacks.contains(QStringLiteral("p1")));
        if (reminder.kind == Kind::Reauthorize)
            QVERIFY2(!reminder.body.contains(QLatin1String(" by "))
                    || status.state() == CredentialStatus::State::DueSoon,
                qPrintable(reminder.body));
    }
    QCOMPARE(actual, kinds);
}

void tst_ReminderPlanner::shownOnceADayAndLaterUntilTomorrow()
{
    SetupOverview overview;
    overview.status = statusOf(20 * Hour, 300 * Day, 27 * Day);
    overview.pendingPacks = { QStringLiteral("p1") };
    ReminderMemory memory;
    const QList<Reminder> first = ReminderPlanner::due(overview, memory, Today);
    QCOMPARE(first.size(), 2);
    for (const Reminder &reminder : first)
        ReminderPlanner::markShown(&memory, reminder, Today);
    QVERIFY(ReminderPlanner::due(overview, memory, Today).isEmpty());
    // Tomorrow: re-authorize again (not done yet), the same pack not again.
    const QList<Reminder> tomorrow = ReminderPlanner::due(overview, memory, Today.addDays(1));
    QCOMPARE(tomorrow.size(), 1);
    QCOMPARE(tomorrow.constFirst().kind, Kind::Reauthorize);
    ReminderPlanner::snooze(&memory, Kind::Reauthorize, Today.addDays(1));
    QVERIFY(ReminderPlanner::due(overview, memory, Today.addDays(1)).isEmpty());
    QCOMPARE(ReminderPlanner::due(overview, memory, Today.addDays(2)).size(), 1);
}

void tst_ReminderPlanner::memorySurvivesARunPrivately()
{
    TempRoxy roxy;
    ReminderMemory memory;
    memory.reauthorizeShown = Today;
    memory.packsSnoozedUntil = Today.addDays(1);
    memory.remindedPacks = { QStringLiteral("2026-03-01_a"), QStringLiteral("b%FF") };
    QVERIFY(memory.save(roxy.paths()));
    const ReminderMemory loaded = ReminderMemory::load(roxy.paths());
    QCOMPARE(loaded.reauthorizeShown, Today);
    QCOMPARE(loaded.packsSnoozedUntil, Today.addDays(1));
    QCOMPARE(loaded.remindedPacks, memory.remindedPacks);
    QCOMPARE(
        QFileInfo(ReminderMemory::filePath(roxy.paths())).permissions() & 0x0077, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(roxy.paths().stateDir()).permissions() & 0x0077, QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(tst_ReminderPlanner)
#include "tst_reminderplanner.moc"
