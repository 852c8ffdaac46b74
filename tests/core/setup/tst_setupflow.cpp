// The wizard's flow decisions, display-free: what an error page says and offers first, when the check page
// moves on by itself, what the Done page says about the account, and the reminders choice (in a temporary
// config folder, without systemd).
#include "setup/setupflow.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Skybeam;

using Recovery = SetupFlow::Recovery;
using Status = CheckItem::Status;
Q_DECLARE_METATYPE(Skybeam::SetupFlow::Recovery)
Q_DECLARE_METATYPE(Skybeam::SetupPath)

class tst_SetupFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInProblem_data();
    void signInProblem();
    void portBusyInPlainWords();
    void advancesAfterCheck_data();
    void advancesAfterCheck();
    void accountNotice();
    void reminders();
};

void tst_SetupFlow::signInProblem_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Recovery>("recovery");
    QTest::addColumn<bool>("cancelled");
    QTest::newRow("pair rejected") << QStringLiteral("oauth.invalid_client") << Recovery::FixKeys << false;
    QTest::newRow("no secret") << QStringLiteral("oauth.missing_client_secret") << Recovery::FixKeys << false;
    QTest::newRow("spaces in the key")
        << QStringLiteral("oauth.client_key_whitespace") << Recovery::FixKeys << false;
    QTest::newRow("port busy") << QStringLiteral("oauth.port_in_use") << Recovery::UseFreePort << false;
    QTest::newRow("declined") << QStringLiteral("oauth.access_denied") << Recovery::TryAgain << false;
    QTest::newRow("timeout") << QStringLiteral("oauth.timeout") << Recovery::TryAgain << false;
    QTest::newRow("network") << QStringLiteral("network.unreachable") << Recovery::TryAgain << false;
    QTest::newRow("cancelled") << QStringLiteral("oauth.cancelled") << Recovery::TryAgain << true;
}

void tst_SetupFlow::signInProblem()
{
    QFETCH(QString, code);
    QFETCH(Recovery, recovery);
    QFETCH(bool, cancelled);
    Error error(code, QStringLiteral("What went wrong."));
    error.setLogId(QStringLiteral("log-42"));
    const SetupFlow::SignInProblem problem
        = SetupFlow::signInProblem(error, QStringLiteral("http://localhost:8080/callback"));
    QCOMPARE(problem.recovery, recovery);
    QCOMPARE(problem.cancelled, cancelled);
    if (recovery != Recovery::UseFreePort)
        QCOMPARE(problem.text, error.fullMessage());
}

void tst_SetupFlow::portBusyInPlainWords()
{
    Error named(QStringLiteral("oauth.port_in_use"), QStringLiteral("receiver's words"));
    named.setDetail(QStringLiteral("python3"));
    const QString withName
        = SetupFlow::signInProblem(named, QStringLiteral("http://localhost:8080/callback")).text;
    QCOMPARE(withName,
        QStringLiteral("Another program, python3, is using the address SKYBEAM needs to receive "
                       "TikTok's answer (port 8080 on this computer). Close python3 and choose Try "
                       "again, or choose Use a free port instead."));
    const QString unnamed = SetupFlow::signInProblem(Error(QStringLiteral("oauth.port_in_use"), QString()),
        QStringLiteral("http://127.0.0.1:9000/callback/"))
                                .text;
    QVERIFY2(unnamed.startsWith(QLatin1String("Another program is using the address SKYBEAM needs")),
        qPrintable(unnamed));
    QVERIFY(unnamed.contains(QLatin1String("port 9000")));
    for (const QString &text : { withName, unnamed }) {
        QVERIFY(!text.contains(QLatin1String("PID")));
        QVERIFY(!text.contains(QLatin1String("wildcard")));
    }
    QCOMPARE(SetupFlow::freePortRedirectUri(), QStringLiteral("http://127.0.0.1:*/callback/"));
}

void tst_SetupFlow::advancesAfterCheck_data()
{
    QTest::addColumn<SetupPath>("path");
    QTest::addColumn<QList<Status>>("statuses");
    QTest::addColumn<bool>("advances");
    const QList<Status> allGood { Status::Pass, Status::Pass, Status::Info };
    QTest::newRow("first time, all good") << SetupPath::FirstTime << allGood << true;
    QTest::newRow("re-authorized, all good") << SetupPath::Reauthorize << allGood << true;
    QTest::newRow("renewed, all good") << SetupPath::Renew << allGood << true;
    QTest::newRow("only checking: stays") << SetupPath::Check << allGood << false;
    QTest::newRow("a warning: stays")
        << SetupPath::FirstTime << QList<Status> { Status::Pass, Status::Warning } << false;
    QTest::newRow("a problem: stays")
        << SetupPath::Reauthorize << QList<Status> { Status::Fail, Status::Pass } << false;
    QTest::newRow("still asking: stays")
        << SetupPath::FirstTime << QList<Status> { Status::Pass, Status::Pending } << false;
    QTest::newRow("nothing checked: stays") << SetupPath::FirstTime << QList<Status> {} << false;
}

void tst_SetupFlow::advancesAfterCheck()
{
    QFETCH(SetupPath, path);
    QFETCH(QList<Status>, statuses);
    QFETCH(bool, advances);
    QList<CheckItem> items;
    for (Status status : statuses)
        items.append({ QStringLiteral("item%1").arg(items.size()), status, QStringLiteral("title"), {} });
    QCOMPARE(SetupFlow::advancesAfterCheck(path, items), advances);
}

void tst_SetupFlow::accountNotice()
{
    LoginResult login;
    login.displayName = QStringLiteral("Skybeam Tester");
    login.openId = QStringLiteral("open-1");
    QVERIFY(SetupFlow::accountNotice(login).isEmpty());
    login.firstLogin = true;
    QVERIFY(SetupFlow::accountNotice(login).startsWith(
        QLatin1String("Check the account: the publisher will post to Skybeam Tester.")));
    login.firstLogin = false;
    login.accountChanged = true;
    QVERIFY(SetupFlow::accountNotice(login).startsWith(QLatin1String("This is a different TikTok account")));
    login.displayName.clear();
    QVERIFY(SetupFlow::accountNotice(login).contains(QLatin1String("open-1")));
    login.error = Error(QStringLiteral("oauth.timeout"), QStringLiteral("late"));
    QVERIFY(SetupFlow::accountNotice(login).isEmpty());
}

void tst_SetupFlow::reminders()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    // A config folder of the test's own, and no systemd user instance: the autostart entry is the way.
    qputenv("XDG_CONFIG_HOME", folder.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", folder.path().toLocal8Bit());
    QVERIFY(SetupFlow::remindByDefault(ReminderSchedule::detect()));

    QCOMPARE(SetupFlow::applyReminderChoice(true, QStringLiteral("/opt/skybeam/skybeam-setup")), QString());
    ReminderSchedule::State state = ReminderSchedule::detect();
    QVERIFY(state.enabled);
    QCOMPARE(state.mechanism, ReminderSchedule::Mechanism::Autostart);
    QFile entry(ReminderSchedule::autostartPath());
    QVERIFY(entry.open(QIODevice::ReadOnly));
    QVERIFY(entry.readAll().contains("Exec=/opt/skybeam/skybeam-setup remind\n"));
    entry.close();
    QVERIFY(SetupFlow::remindByDefault(state));
    // Already on: nothing is rewritten.
    QCOMPARE(SetupFlow::applyReminderChoice(true, QStringLiteral("/elsewhere/skybeam-setup")), QString());
    QVERIFY(entry.open(QIODevice::ReadOnly));
    QVERIFY(entry.readAll().contains("/opt/skybeam/"));
    entry.close();

    // Unticked: turned off, and not offered as checked next time.
    QCOMPARE(SetupFlow::applyReminderChoice(false, QStringLiteral("/opt/skybeam/skybeam-setup")), QString());
    state = ReminderSchedule::detect();
    QVERIFY(!state.enabled);
    QCOMPARE(state.mechanism, ReminderSchedule::Mechanism::None);
    QVERIFY(!QFile::exists(ReminderSchedule::autostartPath()));
    QVERIFY(!SetupFlow::remindByDefault({ false, ReminderSchedule::Mechanism::Autostart }));
}

QTEST_GUILESS_MAIN(tst_SetupFlow)
#include "tst_setupflow.moc"
