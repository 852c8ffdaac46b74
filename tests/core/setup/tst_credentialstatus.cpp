// What the Welcome page says about the credential file: every state the issue lists, from the file alone.
#include "credentials/credentialfile.h"
#include "setup/credentialstatus.h"
#include "testsupport.h"

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
    QJsonObject json{{QStringLiteral("client_key"), QStringLiteral("awk1x2y3z4")},
                     {QStringLiteral("client_secret"), QStringLiteral("secret")},
                     {QStringLiteral("access_token"), QStringLiteral("act.1")},
                     {QStringLiteral("expires_at"), iso(accessLeft)},
                     {QStringLiteral("refresh_expires_at"), iso(refreshLeft)},
                     {QStringLiteral("authorized_at"), iso(-authorizedAgo)}};
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
};

void tst_CredentialStatus::detect_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<State>("state");
    QTest::addColumn<SetupPath>("recommended");
    QTest::addColumn<bool>("canReauthorize");
    QTest::addColumn<bool>("canRenew");
    QTest::addColumn<bool>("canCheck");

    QTest::newRow("no credentials") << QString() << QByteArray() << State::NoCredentials << SetupPath::FirstTime
                                    << false << false << false;
    QTest::newRow("not JSON") << QStringLiteral("tiktok_oauth.json") << QByteArray("client_key=aw")
                              << State::Unusable << SetupPath::FirstTime << false << false << true;
    QTest::newRow("no client key") << QStringLiteral("tiktok_oauth.json")
                                   << QByteArray(R"({"client_secret":"s","access_token":"act.1"})") << State::Unusable
                                   << SetupPath::FirstTime << false << false << true;
    QTest::newRow("keys only, never signed in")
        << QStringLiteral("tiktok_oauth.json") << QByteArray(R"({"client_key":"aw1","client_secret":"s"})")
        << State::NotAuthorized << SetupPath::Reauthorize << true << false << true;
    QTest::newRow("valid") << QStringLiteral("tiktok_oauth.json") << file(5 * Hour + 1800, 300 * Day, 3 * Day)
                           << State::Valid << SetupPath::Check << true << true << true;
    QTest::newRow("access expired but renewable")
        << QStringLiteral("tiktok_oauth.json") << file(-2 * Hour, 300 * Day, 3 * Day) << State::AccessExpiredRenewable
        << SetupPath::Renew << true << true << true;
    QTest::newRow("renewal expiry unknown, access expired")
        << QStringLiteral("tiktok_oauth.json")
        << QByteArray(R"({"client_key":"aw1","client_secret":"s","access_token":"act.1","refresh_token":"rft.1",)"
                      R"("expires_at":"2026-02-01T00:00:00Z"})")
        << State::AccessExpiredRenewable << SetupPath::Renew << true << true << true;
    QTest::newRow("renewal expired") << QStringLiteral("tiktok_oauth.json") << file(-2 * Day, -Day, 200 * Day)
                                     << State::RenewalExpired << SetupPath::Reauthorize << true << false << true;
    QTest::newRow("access expired, no refresh token")
        << QStringLiteral("tiktok_oauth.json") << file(-Hour, 300 * Day, 3 * Day, false) << State::RenewalExpired
        << SetupPath::Reauthorize << true << false << true;
    QTest::newRow("authorized 30+ days ago") << QStringLiteral("tiktok_oauth.json")
                                             << file(20 * Hour, 300 * Day, 31 * Day) << State::ReauthorizeRecommended
                                             << SetupPath::Reauthorize << true << true << true;
    QTest::newRow("authorized 29 days ago") << QStringLiteral("tiktok_oauth.json") << file(20 * Hour, 300 * Day, 29 * Day)
                                            << State::Valid << SetupPath::Check << true << true << true;
}

void tst_CredentialStatus::detect()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(State, state);
    QFETCH(SetupPath, recommended);
    QFETCH(bool, canReauthorize);
    QFETCH(bool, canRenew);
    QFETCH(bool, canCheck);

    TempRoxy roxy;
    if (!fileName.isEmpty())
        roxy.writeFile(QStringLiteral("credentials/") + fileName, content);
    const CredentialStatus status = CredentialStatus::detect(CredentialFile(roxy.paths()).read(), Now);
    QCOMPARE(status.state(), state);
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
    roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"), file(5 * Hour + 1800, 300 * Day, 3 * Day));
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
    QCOMPARE(status.state(), State::Valid);
    QVERIFY(status.displayPath().endsWith(QLatin1String("tiktok_credentials.json")));
}

QTEST_GUILESS_MAIN(tst_CredentialStatus)
#include "tst_credentialstatus.moc"
