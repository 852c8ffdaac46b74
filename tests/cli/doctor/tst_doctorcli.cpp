// `skybeam-setup doctor`, run as an operator or a script would: the ✓ ! ✗ list, the JSON, the exit codes,
// no secret in any output (not even a prefix), the keychain with no D-Bus, with no keyring service and
// locked, and --live against the fake TikTok with its Date header 10 minutes off.
#include "faketiktok.h"
#include "setupprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace SkybeamTest;
using namespace FakeTikTokTest;

namespace {

const QString ClientSecret = QStringLiteral("Zq8sX7wV3kGf");
const QString AccessToken = QStringLiteral("act.Jm4Kp7Rt2QyZ");
const QString RefreshToken = QStringLiteral("rft.Hx2Nb5Ly9WqJ");
const QStringList Ids { QStringLiteral("credential-file"), QStringLiteral("tokens"),
    QStringLiteral("app-kind"), QStringLiteral("redirect"), QStringLiteral("localhost"),
    QStringLiteral("browser"), QStringLiteral("keychain"), QStringLiteral("network"),
    QStringLiteral("account"), QStringLiteral("exports") };

void writeSetup(
    TempRoxy &roxy, QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject json {
        { QStringLiteral("client_key"), QStringLiteral("awprodclientkey1") },
        { QStringLiteral("client_secret"), ClientSecret },
        { QStringLiteral("access_token"), AccessToken },
        { QStringLiteral("refresh_token"), RefreshToken },
        { QStringLiteral("scope"), QStringLiteral("user.info.basic,video.upload,video.publish") },
        { QStringLiteral("expires_at"), now.addSecs(20 * 3600).toString(Qt::ISODate) },
        { QStringLiteral("refresh_expires_at"), now.addDays(300).toString(Qt::ISODate) },
        { QStringLiteral("authorized_at"), now.addDays(-1).toString(Qt::ISODate) },
    };
    roxy.writeFile(
        QStringLiteral("credentials/tiktok_oauth.json"), QJsonDocument(json).toJson(), permissions);
    QFile::setPermissions(roxy.root() + QStringLiteral("/credentials"),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    roxy.writeFile(
        QStringLiteral("setup/wizard.json"), R"({"redirect_uri": "http://127.0.0.1:*/callback/"})");
    QDir().mkpath(roxy.paths().exportsDir());
}

QProcessEnvironment environment(const TempRoxy &roxy)
{
    QProcessEnvironment env = environmentFor(roxy.root());
    env.insert(QStringLiteral("BROWSER"), QStringLiteral("true"));
    for (const char *name :
        { "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY" })
        env.remove(QString::fromLatin1(name));
    return env;
}

QJsonObject check(const QByteArray &json, const QString &id)
{
    for (const QJsonValue &value :
        QJsonDocument::fromJson(json).object().value(QLatin1String("checks")).toArray()) {
        if (value.toObject().value(QLatin1String("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

// No 5-character piece of any secret appears in `output`.
void verifyNoSecret(const QByteArray &output)
{
    for (const QString &secret : { ClientSecret, AccessToken, RefreshToken }) {
        const QString bare = secret.mid(secret.indexOf(QLatin1Char('.')) + 1);
        for (qsizetype i = 0; i + 5 <= bare.size(); ++i)
            QVERIFY2(!output.contains(bare.mid(i, 5).toUtf8()),
                qPrintable(QStringLiteral("leaked: ") + bare.mid(i, 5)));
    }
}

} // namespace

class tst_DoctorCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usage();
    void healthySetupExitsZeroWithJson();
    void problemExitsOne();
    void noSecretInAnyOutput();
    void keychainWithoutDBus();
    void keychainWithoutKeyringService();
    void keychainLocked();
    void liveClockTenMinutesOff();
};

void tst_DoctorCli::usage()
{
    TempRoxy roxy;
    QCOMPARE(
        runSetup({ QStringLiteral("doctor"), QStringLiteral("--bogus") }, environment(roxy)).exitCode, 2);
    QCOMPARE(runSetup({ QStringLiteral("doctor"), QStringLiteral("extra") }, environment(roxy)).exitCode, 2);
    const ProcessResult help
        = runSetup({ QStringLiteral("doctor"), QStringLiteral("--help") }, environment(roxy));
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--live"));
}

void tst_DoctorCli::healthySetupExitsZeroWithJson()
{
    TempRoxy roxy;
    writeSetup(roxy);
    const ProcessResult text = runSetup({ QStringLiteral("doctor") }, environment(roxy));
    QVERIFY2(text.exitCode == 0, text.out.constData());
    QVERIFY(text.out.startsWith("✓ Credential file (credential-file): Found "));
    QVERIFY(text.out.contains("- Connection to TikTok (network): Not checked"));

    const ProcessResult json
        = runSetup({ QStringLiteral("doctor"), QStringLiteral("--json") }, environment(roxy));
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray checks = document.object().value(QLatin1String("checks")).toArray();
    QStringList ids;
    for (const QJsonValue &value : checks) {
        const QJsonObject object = value.toObject();
        QCOMPARE(object.keys(),
            (QStringList { QStringLiteral("detail"), QStringLiteral("fix"), QStringLiteral("id"),
                QStringLiteral("status"), QStringLiteral("title") }));
        QVERIFY((QStringList { QStringLiteral("ok"), QStringLiteral("warning"), QStringLiteral("problem"),
                     QStringLiteral("skipped") })
                    .contains(object.value(QLatin1String("status")).toString()));
        QVERIFY(!object.value(QLatin1String("detail")).toString().isEmpty());
        ids.append(object.value(QLatin1String("id")).toString());
    }
    QCOMPARE(ids, Ids);
    QCOMPARE(check(json.out, QStringLiteral("network")).value(QLatin1String("status")).toString(),
        QStringLiteral("skipped"));
    QCOMPARE(check(json.out, QStringLiteral("tokens")).value(QLatin1String("status")).toString(),
        QStringLiteral("ok"));
}

void tst_DoctorCli::problemExitsOne()
{
    TempRoxy roxy;
    writeSetup(roxy,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const ProcessResult result = runSetup({ QStringLiteral("doctor") }, environment(roxy));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(
        result.out.startsWith("✗ Credential file (credential-file): Other users"), result.out.constData());
    QVERIFY(result.out.contains("    → Choose Fix"));
}

void tst_DoctorCli::noSecretInAnyOutput()
{
    FakeTikTok fake;
    QVERIFY(fake.listen());
    TempRoxy roxy;
    writeSetup(roxy, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    QProcessEnvironment env = environment(roxy);
    env.insert(QStringLiteral("SKYBEAM_TIKTOK_AUTH_URL"), fake.authorizeUrl().toString());
    env.insert(QStringLiteral("SKYBEAM_TIKTOK_API_BASE"), fake.apiBase().toString());
    for (const QStringList &arguments :
        { QStringList { QStringLiteral("doctor"), QStringLiteral("--verbose") },
            QStringList { QStringLiteral("doctor"), QStringLiteral("--json"), QStringLiteral("--live") },
            QStringList {
                QStringLiteral("doctor"), QStringLiteral("--live"), QStringLiteral("--verbose") } }) {
        SetupProcess process(arguments, env);
        const ProcessResult result = process.finish();
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!result.out.isEmpty());
        verifyNoSecret(result.out + result.err);
        if (QTest::currentTestFailed())
            return;
    }
    // The live run did send the token to TikTok (the fake), so the check above is not vacuous.
    QVERIFY(fake.requestCount(QStringLiteral("/v2/user/info/")) >= 2);
}

void tst_DoctorCli::keychainWithoutDBus()
{
    TempRoxy roxy;
    writeSetup(roxy);
    QProcessEnvironment env = environment(roxy);
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    const ProcessResult result = runSetup({ QStringLiteral("doctor"), QStringLiteral("--json") }, env);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject keychain = check(result.out, QStringLiteral("keychain"));
    QCOMPARE(keychain.value(QLatin1String("status")).toString(), QStringLiteral("warning"));
    QVERIFY(
        keychain.value(QLatin1String("detail")).toString().contains(QLatin1String("no desktop session bus")));
}

void tst_DoctorCli::keychainWithoutKeyringService()
{
    TempRoxy roxy;
    writeSetup(roxy);
    // A session bus of its own that cannot start a keyring (no service files: nothing is activatable).
    QFile config(roxy.root() + QStringLiteral("/bus.conf"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                 "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                 "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>"
                 "<policy context=\"default\"><allow send_destination=\"*\"/><allow own=\"*\"/><allow "
                 "receive_sender=\"*\"/></policy></busconfig>\n");
    config.close();
    QProcess process;
    process.setProcessEnvironment(environment(roxy));
    process.start(QStringLiteral("dbus-run-session"),
        { QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--"), setupBinary(),
            QStringLiteral("doctor"), QStringLiteral("--json") });
    QVERIFY(process.waitForFinished(30000));
    const QByteArray out = process.readAllStandardOutput();
    const QJsonObject keychain = check(out, QStringLiteral("keychain"));
    QCOMPARE(keychain.value(QLatin1String("status")).toString(), QStringLiteral("warning"));
    QVERIFY2(keychain.value(QLatin1String("detail")).toString().contains(QLatin1String("No keyring service")),
        out.constData());
}

void tst_DoctorCli::keychainLocked()
{
    TempRoxy roxy;
    QDir().mkpath(roxy.paths().exportsDir());
    QProcess process;
    process.setProcessEnvironment(environment(roxy));
    process.start(QStringLiteral("dbus-run-session"),
        { QStringLiteral("--"), QStringLiteral(SKYBEAM_SOURCE_DIR "/tests/cli/doctor/locked-keyring.sh"),
            setupBinary(), QStringLiteral(FAKE_TIKTOK_BINARY), roxy.root() });
    QVERIFY(process.waitForFinished(60000));
    const QByteArray all = process.readAllStandardOutput();
    const qsizetype separator = all.indexOf("\n----\n");
    QVERIFY2(separator > 0, process.readAllStandardError().constData());
    const QJsonObject before = check(all.left(separator), QStringLiteral("keychain"));
    const QJsonObject after = check(all.mid(separator + 6), QStringLiteral("keychain"));
    QCOMPARE(before.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QVERIFY(
        before.value(QLatin1String("detail")).toString().contains(QLatin1String("holds the client secret")));
    QCOMPARE(after.value(QLatin1String("status")).toString(), QStringLiteral("warning"));
    QVERIFY2(after.value(QLatin1String("detail")).toString().contains(QLatin1String("is locked")),
        all.constData());
}

void tst_DoctorCli::liveClockTenMinutesOff()
{
    FakeTikTok fake;
    QVERIFY(fake.listen());
    fake.setDateSkew(600);
    TempRoxy roxy;
    writeSetup(roxy);
    QProcessEnvironment env = environment(roxy);
    env.insert(QStringLiteral("SKYBEAM_TIKTOK_AUTH_URL"), fake.authorizeUrl().toString());
    env.insert(QStringLiteral("SKYBEAM_TIKTOK_API_BASE"), fake.apiBase().toString());
    SetupProcess process({ QStringLiteral("doctor"), QStringLiteral("--live") }, env);
    const ProcessResult result = process.finish();
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains("✗ Connection to TikTok (network): "), result.out.constData());
    QVERIFY(result.out.contains("behind TikTok's"));
    QVERIFY(result.err.contains("API calls"));
}

QTEST_GUILESS_MAIN(tst_DoctorCli)
#include "tst_doctorcli.moc"
