// skybeam-setup validate as scripts call it: byte-exact report, exit codes, options.
#include "setupprocess.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace SkybeamTest;

class tst_ValidateCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pass_printsRunbookReportExactly();
    void defaultRoot_isHomeRoxy_shownWithTilde();
    void fail_missingFile_exit1();
    void fail_brokenFile_exit1_noCrash();
    void fallback_isNamed();
    void roxyHomeOption_overridesEnvironment();
    void strictAndJson();
    void usageErrors_exit2_data();
    void usageErrors_exit2();
    void helpAndVersion();
    void guiPageOption_takesSpaceSeparatedValue();
};

void tst_ValidateCli::pass_printsRunbookReportExactly()
{
    TempRoxy roxy;
    roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"),
        R"({"client_key":"aw1","client_secret":"s","access_token":"act.1"})");
    const ProcessResult result
        = runSetup({ QStringLiteral("validate"), QStringLiteral("--tiktok") }, environmentFor(roxy.root()));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QString::fromUtf8(result.out),
        QStringLiteral("TikTok Credentials: PASS\n"
                       "  - File exists: %1/credentials/tiktok_oauth.json\n"
                       "  - Has client_key: Yes\n"
                       "  - Has client_secret: Yes\n"
                       "  - Has access_token: Yes\n")
            .arg(Skybeam::RoxyPaths::displayPath(roxy.root())));
    QCOMPARE(result.err, QByteArray());
}

void tst_ValidateCli::defaultRoot_isHomeRoxy_shownWithTilde()
{
    QTemporaryDir home;
    QDir(home.path()).mkpath(QStringLiteral(".roxy/credentials"));
    QFile file(home.filePath(QStringLiteral(".roxy/credentials/tiktok_oauth.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"client_key":"aw1","client_secret":"s","access_token":"act.1"})");
    file.close();
    QProcessEnvironment environment = environmentFor(QString());
    environment.insert(QStringLiteral("HOME"), home.path());
    const ProcessResult result
        = runSetup({ QStringLiteral("validate"), QStringLiteral("--tiktok") }, environment);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out,
        QByteArray("TikTok Credentials: PASS\n"
                   "  - File exists: ~/.roxy/credentials/tiktok_oauth.json\n"
                   "  - Has client_key: Yes\n"
                   "  - Has client_secret: Yes\n"
                   "  - Has access_token: Yes\n"));
}

void tst_ValidateCli::fail_missingFile_exit1()
{
    TempRoxy roxy;
    const ProcessResult result
        = runSetup({ QStringLiteral("validate"), QStringLiteral("--tiktok") }, environmentFor(roxy.root()));
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.startsWith("TikTok Credentials: FAIL\n  - File exists: No ("));
    QVERIFY(
        result.out.endsWith("  - Has client_key: No\n  - Has client_secret: No\n  - Has access_token: No\n"));
}

void tst_ValidateCli::fail_brokenFile_exit1_noCrash()
{
    TempRoxy roxy;
    roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"), "{\"client_key\": \"aw1\", ");
    const ProcessResult result
        = runSetup({ QStringLiteral("validate"), QStringLiteral("--tiktok") }, environmentFor(roxy.root()));
    QVERIFY(!result.crashed);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.contains("TikTok Credentials: FAIL\n"));
    QVERIFY(result.out.contains("  - Problem: "));
    QVERIFY(result.out.contains("is not valid JSON"));
}

void tst_ValidateCli::fallback_isNamed()
{
    TempRoxy roxy;
    roxy.writeFile(
        QStringLiteral("credentials/tiktok_credentials.json"), R"({"client_key":"aw1","client_secret":"s"})");
    const ProcessResult result
        = runSetup({ QStringLiteral("validate"), QStringLiteral("--tiktok") }, environmentFor(roxy.root()));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("  - File exists: " + Skybeam::RoxyPaths::displayPath(roxy.root()).toUtf8()
        + "/credentials/tiktok_credentials.json\n"));
    QVERIFY(result.out.contains("  - Has access_token: No\n"));
}

void tst_ValidateCli::roxyHomeOption_overridesEnvironment()
{
    TempRoxy roxy;
    TempRoxy other;
    roxy.writeFile(
        QStringLiteral("credentials/tiktok_oauth.json"), R"({"client_key":"aw1","client_secret":"s"})");
    const ProcessResult result = runSetup({ QStringLiteral("--roxy-home"), roxy.root(),
                                              QStringLiteral("validate"), QStringLiteral("--tiktok") },
        environmentFor(other.root()));
    QCOMPARE(result.exitCode, 0);
    const ProcessResult after = runSetup({ QStringLiteral("validate"), QStringLiteral("--tiktok"),
                                             QStringLiteral("--roxy-home"), roxy.root() },
        environmentFor(other.root()));
    QCOMPARE(after.exitCode, 0);
}

void tst_ValidateCli::strictAndJson()
{
    TempRoxy roxy;
    roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"),
        R"({"client_key":"aw1","client_secret":"s","access_token":"act.1"})",
        QFileDevice::Permissions(0x6644));
    const ProcessResult plain
        = runSetup({ QStringLiteral("validate"), QStringLiteral("--tiktok") }, environmentFor(roxy.root()));
    QCOMPARE(plain.exitCode, 0);
    const ProcessResult strict
        = runSetup({ QStringLiteral("validate"), QStringLiteral("--tiktok"), QStringLiteral("--strict") },
            environmentFor(roxy.root()));
    QCOMPARE(strict.exitCode, 1);
    QVERIFY(strict.out.startsWith("TikTok Credentials: FAIL\n"));
    QVERIFY(strict.out.contains("  - File mode 0600: No (0644; run chmod 600)\n"));
    const ProcessResult json
        = runSetup({ QStringLiteral("validate"), QStringLiteral("--tiktok"), QStringLiteral("--json") },
            environmentFor(roxy.root()));
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object
        = QJsonDocument::fromJson(json.out).object().value(QLatin1String("tiktok")).toObject();
    QCOMPARE(object.value(QLatin1String("status")).toString(), QStringLiteral("PASS"));
    QCOMPARE(object.value(QLatin1String("has_access_token")).toBool(), true);
}

void tst_ValidateCli::usageErrors_exit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("validate"),
        QStringLiteral("--tiktokk") };
    QTest::newRow("stray argument") << QStringList { QStringLiteral("validate"),
        QStringLiteral("instagram") };
    QTest::newRow("unknown command") << QStringList { QStringLiteral("valdate"), QStringLiteral("--tiktok") };
}

void tst_ValidateCli::usageErrors_exit2()
{
    QFETCH(QStringList, arguments);
    TempRoxy roxy;
    const ProcessResult result = runSetup(arguments, environmentFor(roxy.root()));
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QVERIFY(!result.err.isEmpty());
}

void tst_ValidateCli::helpAndVersion()
{
    const ProcessResult help
        = runSetup({ QStringLiteral("validate"), QStringLiteral("--help") }, environmentFor(QString()));
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith("Usage: skybeam-setup validate [options]"));
    QVERIFY(help.out.contains("--strict"));
    QVERIFY(help.out.contains("--json"));
    const ProcessResult version
        = runSetup({ QStringLiteral("validate"), QStringLiteral("--version") }, environmentFor(QString()));
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QByteArray("skybeam-setup " SKYBEAM_VERSION_FOR_TEST "\n"));
}

// `--page NAME` (with a space) is the GUI's option, not a command named NAME.
void tst_ValidateCli::guiPageOption_takesSpaceSeparatedValue()
{
    TempRoxy roxy;
    const ProcessResult result
        = runSetup({ QStringLiteral("--page"), QStringLiteral("nosuchpage") }, environmentFor(roxy.root()));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("unknown page 'nosuchpage'"), result.err.constData());
    QVERIFY(!result.err.contains("unknown command"));
}

QTEST_GUILESS_MAIN(tst_ValidateCli)
#include "tst_validatecli.moc"
