// The validator's report is a contract with scripts: byte-exact output, PASS/FAIL rules, strict checks.
#include "credentials/credentialvalidator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Skybeam;
using SkybeamTest::TempRoxy;

class tst_CredentialValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runbookReport_data();
    void runbookReport();
    void pathUnderHome_isShownWithTilde();
    void strict_data();
    void strict();
    void strict_reportsWarningsFromReader();
    void strict_adviceFollowsTheThirtyDayRule_data();
    void strict_adviceFollowsTheThirtyDayRule();
    void json_hasSameVerdict();
    void fixPermissions_restrictsFileAndFolder();
};

void tst_CredentialValidator::runbookReport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("passed");
    QTest::addColumn<QString>("expected"); // %1 = credentials dir

    QTest::newRow("pass") << QStringLiteral("tiktok_oauth.json")
                          << QByteArray(R"({"client_key":"aw1","client_secret":"s","access_token":"act.1"})")
                          << true
                          << QStringLiteral("TikTok Credentials: PASS\n"
                                            "  - File exists: %1/tiktok_oauth.json\n"
                                            "  - Has client_key: Yes\n"
                                            "  - Has client_secret: Yes\n"
                                            "  - Has access_token: Yes\n");
    QTest::newRow("pass without access token (optional)")
        << QStringLiteral("tiktok_oauth.json") << QByteArray(R"({"client_key":"aw1","client_secret":"s"})")
        << true
        << QStringLiteral("TikTok Credentials: PASS\n"
                          "  - File exists: %1/tiktok_oauth.json\n"
                          "  - Has client_key: Yes\n"
                          "  - Has client_secret: Yes\n"
                          "  - Has access_token: No\n");
    QTest::newRow("fallback file") << QStringLiteral("tiktok_credentials.json")
                                   << QByteArray(
                                          R"({"client_key":"aw1","client_secret":"s","access_token":"a"})")
                                   << true
                                   << QStringLiteral("TikTok Credentials: PASS\n"
                                                     "  - File exists: %1/tiktok_credentials.json\n"
                                                     "  - Has client_key: Yes\n"
                                                     "  - Has client_secret: Yes\n"
                                                     "  - Has access_token: Yes\n");
    QTest::newRow("missing secret") << QStringLiteral("tiktok_oauth.json")
                                    << QByteArray(R"({"client_key":"aw1","access_token":"a"})") << false
                                    << QStringLiteral("TikTok Credentials: FAIL\n"
                                                      "  - File exists: %1/tiktok_oauth.json\n"
                                                      "  - Has client_key: Yes\n"
                                                      "  - Has client_secret: No\n"
                                                      "  - Has access_token: Yes\n");
    QTest::newRow("blank key counts as missing")
        << QStringLiteral("tiktok_oauth.json") << QByteArray(R"({"client_key":"  ","client_secret":"s"})")
        << false
        << QStringLiteral("TikTok Credentials: FAIL\n"
                          "  - File exists: %1/tiktok_oauth.json\n"
                          "  - Has client_key: No\n"
                          "  - Has client_secret: Yes\n"
                          "  - Has access_token: No\n");
    QTest::newRow("no file") << QString() << QByteArray() << false
                             << QStringLiteral("TikTok Credentials: FAIL\n"
                                               "  - File exists: No (%1/tiktok_oauth.json)\n"
                                               "  - Has client_key: No\n"
                                               "  - Has client_secret: No\n"
                                               "  - Has access_token: No\n");
}

void tst_CredentialValidator::runbookReport()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(bool, passed);
    QFETCH(QString, expected);
    TempRoxy roxy;
    if (!file.isEmpty())
        roxy.writeFile(QStringLiteral("credentials/") + file, content);
    const ValidationReport report
        = CredentialValidator::validate(roxy.paths(), CredentialValidator::Mode::Runbook);
    QCOMPARE(report.passed, passed);
    QCOMPARE(report.toText(), expected.arg(RoxyPaths::displayPath(roxy.paths().credentialsDir())));
}

void tst_CredentialValidator::pathUnderHome_isShownWithTilde()
{
    QCOMPARE(
        RoxyPaths::displayPath(QDir::homePath() + QStringLiteral("/.roxy/credentials/tiktok_oauth.json")),
        QStringLiteral("~/.roxy/credentials/tiktok_oauth.json"));
    QCOMPARE(RoxyPaths::displayPath(QStringLiteral("/srv/roxy/x.json")), QStringLiteral("/srv/roxy/x.json"));
    // A sibling whose name merely starts with the home path is not under home.
    QCOMPARE(RoxyPaths::displayPath(QDir::homePath() + QStringLiteral("2/x")),
        QDir::homePath() + QStringLiteral("2/x"));
}

void tst_CredentialValidator::strict_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("passed");
    QTest::addColumn<QStringList>("lines");

    const QByteArray fresh
        = R"({"client_key":"aw1","client_secret":"s","access_token":"act","refresh_token":"rft",
        "scope":"user.info.basic,video.upload","obtained_at":"2026-11-24T10:00:00Z","expires_at":"2026-11-24T12:00:00Z",
        "refresh_expires_at":"2027-05-23T10:00:00Z","authorized_at":"2026-11-20T10:00:00Z"})";
    QTest::newRow("all good")
        << fresh << 0600 << true
        << QStringList { QStringLiteral("File mode 0600: Yes"),
               QStringLiteral("Access token valid: Yes (expires 2026-11-24 12:00 UTC)"),
               QStringLiteral("Refresh token valid: Yes (expires 2027-05-23 10:00 UTC)"),
               QStringLiteral("Scopes include video.upload: Yes"),
               QStringLiteral("Authorized within 30 days: Yes (authorized 2026-11-20 10:00 UTC)") };
    QTest::newRow("world readable") << fresh << 0644 << false
                                    << QStringList { QStringLiteral(
                                           "File mode 0600: No (0644; run chmod 600)") };
    QByteArray expired = fresh;
    expired.replace("\"expires_at\":\"2026-11-24T12:00:00Z\"", "\"expires_at\":\"2026-11-24T10:30:00Z\"");
    QTest::newRow("access expired") << expired << 0600 << false
                                    << QStringList { QStringLiteral(
                                           "Access token valid: No (expired 2026-11-24 10:30 UTC)") };
    QByteArray noUpload = fresh;
    noUpload.replace("user.info.basic,video.upload", "user.info.basic");
    QTest::newRow("no upload scope") << noUpload << 0600 << false
                                     << QStringList { QStringLiteral("Scopes include video.upload: No") };
    QByteArray old = fresh;
    old.replace("\"authorized_at\":\"2026-11-20T10:00:00Z\"", "\"authorized_at\":\"2026-10-01T10:00:00Z\"");
    QTest::newRow("old authorization only warns")
        << old << 0600 << true
        << QStringList { QStringLiteral("Authorized within 30 days: No (warning: authorized 2026-10-01 "
                                        "10:00 UTC, 54 days ago; re-authorize)") };
    QTest::newRow("no refresh token")
        << QByteArray(R"({"client_key":"aw1","client_secret":"s","access_token":"a",
        "expires_at":"2026-11-25T00:00:00Z"})")
        << 0600 << false << QStringList { QStringLiteral("Refresh token valid: No (missing)") };
}

void tst_CredentialValidator::strict()
{
    QFETCH(QByteArray, content);
    QFETCH(int, mode);
    QFETCH(bool, passed);
    QFETCH(QStringList, lines);
    TempRoxy roxy;
    const QString path = roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"), content);
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(mode == 0600 ? 0x6000 : 0x6044)));
    const QDateTime now(QDate(2026, 11, 24), QTime(11, 0), Qt::UTC);
    const ValidationReport report
        = CredentialValidator::validate(roxy.paths(), CredentialValidator::Mode::Strict, now);
    QCOMPARE(report.passed, passed);
    const QString text = report.toText();
    QVERIFY(text.startsWith(passed ? QStringLiteral("TikTok Credentials: PASS\n")
                                   : QStringLiteral("TikTok Credentials: FAIL\n")));
    for (const QString &line : lines)
        QVERIFY2(text.contains(QStringLiteral("  - ") + line + QLatin1Char('\n')), qPrintable(text));
}

void tst_CredentialValidator::strict_adviceFollowsTheThirtyDayRule_data()
{
    QTest::addColumn<QString>("authorizedAt");
    QTest::addColumn<QString>("accessAdvice");
    QTest::addColumn<QString>("reportLine");
    QTest::addColumn<QString>("thirtyDayAdvice");
    // now = 2026-11-24 11:00 UTC; the access token expired at 10:30.
    QTest::newRow("access expired on day 3")
        << QStringLiteral("2026-11-21T10:00:00Z") << QStringLiteral("Renew now")
        << QStringLiteral("Authorized within 30 days: Yes (authorized 2026-11-21 10:00 UTC)")
        << QStringLiteral("Re-authorize by");
    QTest::newRow("access expired on day 31")
        << QStringLiteral("2026-10-24T10:00:00Z") << QStringLiteral("Re-authorize: sign in")
        << QStringLiteral("Authorized within 30 days: No (warning: authorized "
                          "2026-10-24 10:00 UTC, 31 days ago; re-authorize)")
        << QStringLiteral("overdue since");
}

void tst_CredentialValidator::strict_adviceFollowsTheThirtyDayRule()
{
    QFETCH(QString, authorizedAt);
    QFETCH(QString, accessAdvice);
    QFETCH(QString, reportLine);
    QFETCH(QString, thirtyDayAdvice);
    TempRoxy roxy;
    const QString content = QStringLiteral(R"({"client_key":"aw1","client_secret":"s","access_token":"act",
        "refresh_token":"rft","scope":"video.upload","expires_at":"2026-11-24T10:30:00Z",
        "refresh_expires_at":"2027-05-23T10:00:00Z","authorized_at":"%1"})")
                                .arg(authorizedAt);
    const QString path = roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"), content.toUtf8());
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QDateTime now(QDate(2026, 11, 24), QTime(11, 0), Qt::UTC);
    const ValidationReport report
        = CredentialValidator::validate(roxy.paths(), CredentialValidator::Mode::Strict, now);
    QVERIFY2(report.toText().contains(QStringLiteral("  - ") + reportLine + QLatin1Char('\n')),
        qPrintable(report.toText()));
    for (const ValidationCheck &check : report.checks) {
        if (check.id == ValidationCheck::Id::AccessToken)
            QVERIFY2(check.explanation.contains(accessAdvice), qPrintable(check.explanation));
        if (check.id == ValidationCheck::Id::RecentAuthorization)
            QVERIFY2(check.explanation.contains(thirtyDayAdvice), qPrintable(check.explanation));
    }
}

void tst_CredentialValidator::strict_reportsWarningsFromReader()
{
    TempRoxy roxy;
    roxy.writeFile(
        QStringLiteral("credentials/tiktok_oauth.json"), R"({"client_key":" aw1","client_secret":"s"})");
    const ValidationReport strict
        = CredentialValidator::validate(roxy.paths(), CredentialValidator::Mode::Strict);
    QVERIFY(strict.toText().contains(QStringLiteral("  - Warning: ")));
    // The plain report stays exactly the runbook's four lines.
    const ValidationReport plain
        = CredentialValidator::validate(roxy.paths(), CredentialValidator::Mode::Runbook);
    QCOMPARE(plain.toText().count(QLatin1Char('\n')), 5);
}

void tst_CredentialValidator::json_hasSameVerdict()
{
    TempRoxy roxy;
    roxy.writeFile(QStringLiteral("credentials/tiktok_credentials.json"), R"({"client_key":"aw1"})");
    const ValidationReport report
        = CredentialValidator::validate(roxy.paths(), CredentialValidator::Mode::Strict);
    const QJsonObject json = report.toJson().value(QLatin1String("tiktok")).toObject();
    QCOMPARE(json.value(QLatin1String("status")).toString(), QStringLiteral("FAIL"));
    QCOMPARE(json.value(QLatin1String("source")).toString(), QStringLiteral("fallback"));
    QCOMPARE(json.value(QLatin1String("has_client_key")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("has_client_secret")).toBool(), false);
    QCOMPARE(json.value(QLatin1String("checks")).toArray().size(), 5);
}

void tst_CredentialValidator::fixPermissions_restrictsFileAndFolder()
{
    TempRoxy roxy;
    const QString path = roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"),
        R"({"client_key":"aw1"})", QFileDevice::Permissions(0x6644));
    QFile::setPermissions(roxy.paths().credentialsDir(), QFileDevice::Permissions(0x7755));
    QVERIFY(!CredentialValidator::fixPermissions(roxy.paths()).isError());
    const ValidationReport report
        = CredentialValidator::validate(roxy.paths(), CredentialValidator::Mode::Strict);
    QCOMPARE(report.checks.first().status, ValidationCheck::Status::Pass);
    QCOMPARE(QFile::permissions(roxy.paths().credentialsDir()) & QFileDevice::ReadOther,
        QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(path) & QFileDevice::ReadOther, QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(tst_CredentialValidator)
#include "tst_credentialvalidator.moc"
