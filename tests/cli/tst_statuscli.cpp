// skybeam-setup status as scripts call it: the state from the one rule, the stable JSON keys, exit codes.
#include "setupprocess.h"

#include "handoff/postedstatestore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace SkybeamTest;

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;

QByteArray credentialFile(qint64 accessLeft, qint64 refreshLeft, qint64 authorizedAgo, const QDateTime &now)
{
    return QJsonDocument(
        QJsonObject { { QStringLiteral("client_key"), QStringLiteral("sbawstatus1") },
            { QStringLiteral("client_secret"), QStringLiteral("secret") },
            { QStringLiteral("access_token"), QStringLiteral("act.1") },
            { QStringLiteral("refresh_token"), QStringLiteral("rft.1") },
            { QStringLiteral("open_id"), QStringLiteral("open-123") },
            { QStringLiteral("expires_at"), now.addSecs(accessLeft).toString(Qt::ISODate) },
            { QStringLiteral("refresh_expires_at"), now.addSecs(refreshLeft).toString(Qt::ISODate) },
            { QStringLiteral("authorized_at"), now.addSecs(-authorizedAgo).toString(Qt::ISODate) } })
        .toJson();
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

class tst_StatusCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void notSetUp_exit1();
    void connected_exit0_allKeys();
    void overdueWithExpiredAccess_exit1();
    void brokenFile_exit1();
    void remindersFromTheInstalledTimer();
    void usageError_exit2();

private:
    QProcessEnvironment environment(const TempRoxy &roxy) const
    {
        QProcessEnvironment env = environmentFor(roxy.root());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
        return env;
    }
    QJsonObject statusJson(const TempRoxy &roxy, int expectedExit)
    {
        const ProcessResult result
            = runSetup({ QStringLiteral("status"), QStringLiteral("--json") }, environment(roxy));
        [&] {
            QCOMPARE(result.exitCode, expectedExit);
        }();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        [&] {
            QVERIFY2(error.error == QJsonParseError::NoError, result.out.constData());
        }();
        return document.object();
    }

    std::unique_ptr<QTemporaryDir> m_config;
};

void tst_StatusCli::init()
{
    m_config = std::make_unique<QTemporaryDir>();
}

void tst_StatusCli::notSetUp_exit1()
{
    TempRoxy roxy;
    const QJsonObject json = statusJson(roxy, 1);
    QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("not_set_up"));
    QVERIFY(json.value(QLatin1String("account")).isNull());
    QCOMPARE(json.value(QLatin1String("handoff_pending")).toInt(), 0);
    const ProcessResult text = runSetup({ QStringLiteral("status") }, environment(roxy));
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains("not set up"), text.out.constData());
}

void tst_StatusCli::connected_exit0_allKeys()
{
    TempRoxy roxy;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    roxy.writeFile(
        QStringLiteral("credentials/tiktok_oauth.json"), credentialFile(20 * Hour, 300 * Day, 3 * Day, now));
    roxy.writeFile(QStringLiteral("setup/account.json"),
        R"({"display_name":"Skybeam Tester","open_id":"open-123","checked_at":"2026-11-01T00:00:00Z"})");
    QDir exports(roxy.paths().exportsDir());
    QVERIFY(exports.mkpath(QStringLiteral("2026-12-01_first")));
    QVERIFY(exports.mkpath(QStringLiteral("2026-12-02_second")));
    QVERIFY(exports.mkpath(QStringLiteral("2026-12-03_third")));
    Skybeam::PostedStateStore posted(Skybeam::PostedStateStore::defaultFilePath(roxy.paths()));
    QVERIFY(!posted.setPosted(QStringLiteral("2026-12-02_second"), true).isError());

    const QJsonObject json = statusJson(roxy, 0);
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys,
        (QStringList { QStringLiteral("access_expires_at"), QStringLiteral("account"),
            QStringLiteral("authorized_at"), QStringLiteral("handoff_pending"), QStringLiteral("open_id"),
            QStringLiteral("reauthorize_due_at"), QStringLiteral("refresh_expires_at"),
            QStringLiteral("reminders"), QStringLiteral("state") }));
    QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("connected"));
    QCOMPARE(json.value(QLatin1String("account")).toString(), QStringLiteral("Skybeam Tester"));
    QCOMPARE(json.value(QLatin1String("open_id")).toString(), QStringLiteral("open-123"));
    QCOMPARE(json.value(QLatin1String("access_expires_at")).toString(), iso(now.addSecs(20 * Hour)));
    QCOMPARE(json.value(QLatin1String("refresh_expires_at")).toString(), iso(now.addSecs(300 * Day)));
    QCOMPARE(json.value(QLatin1String("authorized_at")).toString(), iso(now.addSecs(-3 * Day)));
    QCOMPARE(json.value(QLatin1String("reauthorize_due_at")).toString(), iso(now.addSecs(27 * Day)));
    QCOMPARE(json.value(QLatin1String("handoff_pending")).toInt(), 2);
    const QJsonObject reminders = json.value(QLatin1String("reminders")).toObject();
    QCOMPARE(reminders.value(QLatin1String("enabled")).toBool(true), false);
    QCOMPARE(reminders.value(QLatin1String("mechanism")).toString(), QStringLiteral("none"));

    const ProcessResult text = runSetup({ QStringLiteral("status") }, environment(roxy));
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("TikTok account: Skybeam Tester (open_id open-123)"), text.out.constData());
    QVERIFY2(text.out.contains("Handoff packs not marked posted: 2"), text.out.constData());
    QVERIFY2(text.out.contains("Re-authorize by"), text.out.constData());
}

void tst_StatusCli::overdueWithExpiredAccess_exit1()
{
    TempRoxy roxy;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    roxy.writeFile(
        QStringLiteral("credentials/tiktok_oauth.json"), credentialFile(-2 * Hour, 300 * Day, 31 * Day, now));
    const QJsonObject json = statusJson(roxy, 1);
    QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("overdue"));
    QCOMPARE(json.value(QLatin1String("reauthorize_due_at")).toString(), iso(now.addSecs(-Day)));
    QVERIFY(json.value(QLatin1String("account")).isNull());
    QCOMPARE(json.value(QLatin1String("open_id")).toString(), QStringLiteral("open-123"));
    const ProcessResult text = runSetup({ QStringLiteral("status") }, environment(roxy));
    QVERIFY2(text.out.contains("overdue since"), text.out.constData());
    QVERIFY2(!text.out.contains("Re-authorize by"), text.out.constData());
}

void tst_StatusCli::brokenFile_exit1()
{
    TempRoxy roxy;
    roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"), "{\"client_key\": ");
    const QJsonObject json = statusJson(roxy, 1);
    QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("broken"));
}

void tst_StatusCli::remindersFromTheInstalledTimer()
{
    TempRoxy roxy;
    QDir config(m_config->path());
    QVERIFY(config.mkpath(QStringLiteral("systemd/user/timers.target.wants")));
    for (const char *name :
        { "systemd/user/skybeam-setup-remind.timer", "systemd/user/skybeam-setup-remind.service" }) {
        QFile file(config.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QJsonObject reminders = statusJson(roxy, 1).value(QLatin1String("reminders")).toObject();
    QCOMPARE(reminders.value(QLatin1String("mechanism")).toString(), QStringLiteral("systemd"));
    QCOMPARE(reminders.value(QLatin1String("enabled")).toBool(true), false);
    QVERIFY(QFile::link(config.filePath(QStringLiteral("systemd/user/skybeam-setup-remind.timer")),
        config.filePath(QStringLiteral("systemd/user/timers.target.wants/skybeam-setup-remind.timer"))));
    reminders = statusJson(roxy, 1).value(QLatin1String("reminders")).toObject();
    QCOMPARE(reminders.value(QLatin1String("enabled")).toBool(false), true);
}

void tst_StatusCli::usageError_exit2()
{
    TempRoxy roxy;
    const ProcessResult result
        = runSetup({ QStringLiteral("status"), QStringLiteral("now") }, environment(roxy));
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("unexpected argument"));
}

QTEST_GUILESS_MAIN(tst_StatusCli)
#include "tst_statuscli.moc"
