// What the Welcome page says about the credential file: every state the issue lists, from the file alone.
#include "credentials/credentialfile.h"
#include "credentials/refreshrejection.h"
#include "setup/credentialstatus.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Skybeam;
using SkybeamTest::TempRoxy;
using State = CredentialStatus::State;

Q_DECLARE_METATYPE(Skybeam::CredentialStatus::State)
Q_DECLARE_METATYPE(Skybeam::SetupPath)

namespace {

const QDateTime Now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

QString iso(qint64 secondsFromNow)
{
    return Now.addSecs(secondsFromNow).toString(Qt::ISODate);
}

// A credential file's content: the runbook's fields plus this product's absolute times.
QByteArray file(qint64 accessLeft, qint64 refreshLeft, qint64 authorizedAgo, bool withRefreshToken = true)
{
    QJsonObject json { { QStringLiteral("client_key"), QStringLiteral("awk1x2y3z4") },
        { QStringLiteral("client_secret"), QStringLiteral("secret") },
        { QStringLiteral("access_token"), QStringLiteral("act.1") },
        { QStringLiteral("expires_at"), iso(accessLeft) },
        { QStringLiteral("refresh_expires_at"), iso(refreshLeft) },
        { QStringLiteral("authorized_at"), iso(-authorizedAgo) } };
    if (withRefreshToken)
        json.insert(QStringLiteral("refresh_token"), QStringLiteral("rft.1"));
    return QJsonDocument(json).toJson();
}

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;

} // namespace

class tst_CredentialStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void validStateSaysHoursAndDays();
    void fallbackFileIsNamed();
    void pastDateIsNeverADeadline_data();
    void pastDateIsNeverADeadline();
    void rejectionOfAnOlderGrantDoesNotCount();
    void keychainRefreshTokenMakesItRenewable();
};

void tst_CredentialStatus::detect_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("rejected");
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("stateName");
    QTest::addColumn<SetupPath>("recommended");
    QTest::addColumn<bool>("canReauthorize");
    QTest::addColumn<bool>("canRenew");
    QTest::addColumn<bool>("canCheck");

    const QString name = QStringLiteral("tiktok_oauth.json");
    QTest::newRow("no credentials") << QString() << QByteArray() << false << State::NotSetUp
                                    << QStringLiteral("not_set_up") << SetupPath::FirstTime << false << false
                                    << false;
    QTest::newRow("broken: not JSON")
        << name << QByteArray("client_key=aw") << false << State::Broken << QStringLiteral("broken")
        << SetupPath::FirstTime << false << false << true;
    QTest::newRow("broken: no client key")
        << name << QByteArray(R"({"client_secret":"s","access_token":"act.1"})") << false << State::Broken
        << QStringLiteral("broken") << SetupPath::FirstTime << false << false << true;
    QTest::newRow("keys only, never signed in")
        << name << QByteArray(R"({"client_key":"aw1","client_secret":"s"})") << false << State::NotAuthorized
        << QStringLiteral("not_set_up") << SetupPath::Reauthorize << true << false << true;
    // The 30-day cycle, access token valid (20 hours left), refresh token valid.
    QTest::newRow("day 0") << name << file(20 * Hour, 365 * Day, 0) << false << State::Connected
                           << QStringLiteral("connected") << SetupPath::Check << true << true << true;
    QTest::newRow("day 24") << name << file(20 * Hour, 300 * Day, 24 * Day) << false << State::Connected
                            << QStringLiteral("connected") << SetupPath::Check << true << true << true;
    QTest::newRow("day 25") << name << file(20 * Hour, 300 * Day, 25 * Day) << false << State::DueSoon
                            << QStringLiteral("due_soon") << SetupPath::Reauthorize << true << true << true;
    QTest::newRow("day 29") << name << file(20 * Hour, 300 * Day, 29 * Day) << false << State::DueSoon
                            << QStringLiteral("due_soon") << SetupPath::Reauthorize << true << true << true;
    QTest::newRow("day 30") << name << file(20 * Hour, 300 * Day, 30 * Day) << false << State::Overdue
                            << QStringLiteral("overdue") << SetupPath::Reauthorize << true << true << true;
    QTest::newRow("day 31") << name << file(20 * Hour, 300 * Day, 31 * Day) << false << State::Overdue
                            << QStringLiteral("overdue") << SetupPath::Reauthorize << true << true << true;
    // Access expired: renew before day 30, re-authorize from day 30 on (the 30-day rule wins).
    QTest::newRow("access expired on day 3")
        << name << file(-2 * Hour, 300 * Day, 3 * Day) << false << State::Renewable
        << QStringLiteral("renewable") << SetupPath::Renew << true << true << true;
    QTest::newRow("access expired on day 30")
        << name << file(-2 * Hour, 300 * Day, 30 * Day) << false << State::Overdue
        << QStringLiteral("overdue") << SetupPath::Reauthorize << true << true << true;
    QTest::newRow("access expired on day 31")
        << name << file(-2 * Hour, 300 * Day, 31 * Day) << false << State::Overdue
        << QStringLiteral("overdue") << SetupPath::Reauthorize << true << true << true;
    QTest::newRow("renewal expiry unknown, access expired")
        << name
        << QByteArray(
               R"({"client_key":"aw1","client_secret":"s","access_token":"act.1","refresh_token":"rft.1",)"
               R"("expires_at":"2026-02-01T00:00:00Z"})")
        << false << State::Renewable << QStringLiteral("renewable") << SetupPath::Renew << true << true
        << true;
    QTest::newRow("refresh expired") << name << file(-2 * Day, -Day, 200 * Day) << false
                                     << State::ReauthorizeNeeded << QStringLiteral("reauthorize_needed")
                                     << SetupPath::Reauthorize << true << false << true;
    QTest::newRow("refresh expired, access still valid, day 3")
        << name << file(5 * Hour, -Day, 3 * Day) << false << State::ReauthorizeNeeded
        << QStringLiteral("reauthorize_needed") << SetupPath::Reauthorize << true << false << true;
    QTest::newRow("refresh rejected")
        << name << file(5 * Hour, 300 * Day, 3 * Day) << true << State::ReauthorizeNeeded
        << QStringLiteral("reauthorize_needed") << SetupPath::Reauthorize << true << false << true;
    QTest::newRow("access expired, no refresh token")
        << name << file(-Hour, 300 * Day, 3 * Day, false) << false << State::ReauthorizeNeeded
        << QStringLiteral("reauthorize_needed") << SetupPath::Reauthorize << true << false << true;
}

void tst_CredentialStatus::detect()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(bool, rejected);
    QFETCH(State, state);
    QFETCH(QString, stateName);
    QFETCH(SetupPath, recommended);
    QFETCH(bool, canReauthorize);
    QFETCH(bool, canRenew);
    QFETCH(bool, canCheck);

    TempRoxy roxy;
    if (!fileName.isEmpty())
        roxy.writeFile(QStringLiteral("credentials/") + fileName, content);
    if (rejected) // as TokenRefresher records it when TikTok answers invalid_grant
        RefreshRejection::record(roxy.paths(), Now.addSecs(-3 * Day));
    const CredentialStatus status = CredentialStatus::detect(CredentialFile(roxy.paths()).read(), Now,
        CredentialFacts { false, RefreshRejection::rejectedGrant(roxy.paths()) });
    QCOMPARE(status.state(), state);
    QCOMPARE(status.stateName(), stateName);
    QCOMPARE(status.needsOperator(), state != State::Connected);
    QCOMPARE(status.isRefreshRejected(), rejected);
    QCOMPARE(status.recommendedPath(), recommended);
    QCOMPARE(status.canReauthorize(), canReauthorize);
    QCOMPARE(status.canRenew(), canRenew);
    QCOMPARE(status.canCheck(), canCheck);
    QVERIFY(!status.headline().isEmpty());
    QVERIFY(!status.details().isEmpty());
}

void tst_CredentialStatus::validStateSaysHoursAndDays()
{
    TempRoxy roxy;
    roxy.writeFile(
        QStringLiteral("credentials/tiktok_oauth.json"), file(5 * Hour + 1800, 300 * Day, 3 * Day));
    const CredentialStatus status = CredentialStatus::detect(CredentialFile(roxy.paths()).read(), Now);
    QCOMPARE(status.hoursLeft(), 5);
    QCOMPARE(status.daysSinceAuthorization(), 3);
    QVERIFY2(status.details().contains(QLatin1String("expires in 5 hour(s)")), qPrintable(status.details()));
    QVERIFY2(status.details().contains(QLatin1String("granted 3 day(s) ago")), qPrintable(status.details()));

    roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"), file(1200, 300 * Day, 31 * Day));
    const CredentialStatus old = CredentialStatus::detect(CredentialFile(roxy.paths()).read(), Now);
    QVERIFY2(old.details().contains(QLatin1String("31 day(s) ago")), qPrintable(old.details()));
    QVERIFY2(old.details().contains(QLatin1String("every 30 days")), qPrintable(old.details()));
}

void tst_CredentialStatus::fallbackFileIsNamed()
{
    TempRoxy roxy;
    roxy.writeFile(QStringLiteral("credentials/tiktok_credentials.json"), file(5 * Hour, 300 * Day, Day));
    const CredentialStatus status = CredentialStatus::detect(CredentialFile(roxy.paths()).read(), Now);
    QCOMPARE(status.state(), State::Connected);
    QVERIFY(status.displayPath().endsWith(QLatin1String("tiktok_credentials.json")));
}

void tst_CredentialStatus::pastDateIsNeverADeadline_data()
{
    QTest::addColumn<qint64>("authorizedAgo");
    QTest::addColumn<qint64>("accessLeft");
    QTest::addColumn<QString>("expected");
    QTest::newRow("day 3") << 3 * Day << 20 * Hour << QStringLiteral("Re-authorize by %1");
    QTest::newRow("day 29") << 29 * Day << 20 * Hour << QStringLiteral("Re-authorize by %1");
    QTest::newRow("day 30") << 30 * Day << 20 * Hour << QStringLiteral("overdue since %1");
    QTest::newRow("day 31, access expired") << 31 * Day << -Hour << QStringLiteral("overdue since %1");
}

void tst_CredentialStatus::pastDateIsNeverADeadline()
{
    QFETCH(qint64, authorizedAgo);
    QFETCH(qint64, accessLeft);
    QFETCH(QString, expected);
    TempRoxy roxy;
    roxy.writeFile(
        QStringLiteral("credentials/tiktok_oauth.json"), file(accessLeft, 300 * Day, authorizedAgo));
    const CredentialStatus status = CredentialStatus::detect(CredentialFile(roxy.paths()).read(), Now);
    const QDateTime due = Now.addSecs(-authorizedAgo).addDays(30);
    QCOMPARE(status.reauthorizeDueAt(), due);
    const QString text = status.reauthorizeText();
    QVERIFY2(text.contains(expected.arg(CredentialStatus::dateText(due))), qPrintable(text));
    if (due <= Now) {
        QVERIFY2(!text.contains(QLatin1String(" by ")), qPrintable(text));
        QVERIFY2(status.headline().contains(QLatin1String("overdue since")), qPrintable(status.headline()));
    }
    // The wizard's own reading of the same credentials (the Done page) says the same.
    QCOMPARE(CredentialStatus::ofCredentials(status.credentials(), Now).reauthorizeText(), text);
}

void tst_CredentialStatus::rejectionOfAnOlderGrantDoesNotCount()
{
    TempRoxy roxy;
    roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"), file(5 * Hour, 300 * Day, 3 * Day));
    RefreshRejection::record(roxy.paths(), Now.addDays(-40)); // the grant before the last sign-in
    const QFileInfo info(RefreshRejection::filePath(roxy.paths()));
    QCOMPARE(info.permissions() & 0x0077, QFileDevice::Permissions());
    const CredentialStatus status = CredentialStatus::detect(CredentialFile(roxy.paths()).read(), Now,
        CredentialFacts { false, RefreshRejection::rejectedGrant(roxy.paths()) });
    QCOMPARE(status.state(), State::Connected);
    RefreshRejection::clear(roxy.paths());
    QVERIFY(!RefreshRejection::rejectedGrant(roxy.paths()).isValid());
}

void tst_CredentialStatus::keychainRefreshTokenMakesItRenewable()
{
    TempRoxy roxy;
    roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"), file(-Hour, 300 * Day, 3 * Day, false));
    const CredentialReadResult read = CredentialFile(roxy.paths()).read();
    QCOMPARE(CredentialStatus::detect(read, Now).state(), State::ReauthorizeNeeded);
    QCOMPARE(CredentialStatus::detect(read, Now, CredentialFacts { true, {} }).state(), State::Renewable);
}

QTEST_GUILESS_MAIN(tst_CredentialStatus)
#include "tst_credentialstatus.moc"
