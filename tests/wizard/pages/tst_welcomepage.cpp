// The Welcome page's state detection, table-driven over credential files and keychains, and its ways on.
#include "wizardfixture.h"

#include "pages/welcomepage.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace Skybeam;
using namespace WizardTest;

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;

QByteArray credentialFile(qint64 accessLeft, qint64 refreshLeft, qint64 authorizedAgo, bool withSecret = true)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject json { { QStringLiteral("client_key"), OAuthTest::ClientKey },
        { QStringLiteral("access_token"), QStringLiteral("act.stored") },
        { QStringLiteral("refresh_token"), QStringLiteral("rft.stored") },
        { QStringLiteral("expires_at"), now.addSecs(accessLeft).toString(Qt::ISODate) },
        { QStringLiteral("refresh_expires_at"), now.addSecs(refreshLeft).toString(Qt::ISODate) },
        { QStringLiteral("authorized_at"), now.addSecs(-authorizedAgo).toString(Qt::ISODate) } };
    if (withSecret)
        json.insert(QStringLiteral("client_secret"), OAuthTest::ClientSecret);
    return QJsonDocument(json).toJson();
}

} // namespace

class tst_WelcomePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateDetection_data();
    void stateDetection();
    void renewNeedsTheSecret();
    void appearsWellUnderASecond();
    void recommendedPathHasFocusAndNextTakesIt();
    void dayThirtyEnterTakesReauthorize();
    void saysWhetherRemindersAreOn();
    void noApiAccessExplainsHandoffModeAndOpensTheViewer();
    void browseHandoffPacksOpensTheViewer();
    void defaultViewerOpenerShowsTheHandoffViewer();
};

void tst_WelcomePage::stateDetection_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<bool>("keychainAvailable");
    QTest::addColumn<bool>("secretInKeychain");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("details");
    QTest::addColumn<QString>("keychain");
    QTest::addColumn<QStringList>("visiblePaths");
    QTest::addColumn<QString>("recommended");

    const QString setUp = QStringLiteral("setUpCommandLinkButton");
    const QString reauthorize = QStringLiteral("reauthorizeCommandLinkButton");
    const QString renew = QStringLiteral("renewCommandLinkButton");
    const QString check = QStringLiteral("checkCommandLinkButton");

    QTest::newRow("none") << QByteArray() << true << false
                          << QStringLiteral("not set up on this computer yet")
                          << QStringLiteral("Handoff mode") << QStringLiteral("keychain is available")
                          << QStringList { setUp } << setUp;
    QTest::newRow("valid") << credentialFile(5 * Hour + 1800, 300 * Day, 3 * Day) << true << false
                           << QStringLiteral("connected and working") << QStringLiteral("expires in 5 hour")
                           << QStringLiteral("keychain is available")
                           << QStringList { setUp, reauthorize, renew, check } << check;
    QTest::newRow("access expired but renewable")
        << credentialFile(-2 * Hour, 300 * Day, 3 * Day) << true << false
        << QStringLiteral("can be renewed without signing in") << QStringLiteral("Renew now")
        << QStringLiteral("keychain is available") << QStringList { setUp, reauthorize, renew, check }
        << renew;
    QTest::newRow("renewal expired") << credentialFile(-3 * Day, -Day, 200 * Day) << true << false
                                     << QStringLiteral("can no longer be renewed")
                                     << QStringLiteral("Re-authorize")
                                     << QStringLiteral("keychain is available")
                                     << QStringList { setUp, reauthorize, check } << reauthorize;
    QTest::newRow("authorized 30+ days ago")
        << credentialFile(20 * Hour, 300 * Day, 31 * Day) << true << false
        << QStringLiteral("time to re-authorize") << QStringLiteral("31 day(s) ago")
        << QStringLiteral("keychain is available") << QStringList { setUp, reauthorize, renew, check }
        << reauthorize;
    QTest::newRow("day 30, access expired: re-authorize, not renew")
        << credentialFile(-2 * Hour, 300 * Day, 30 * Day + Hour) << true << false
        << QStringLiteral("overdue since") << QStringLiteral("every 30 days")
        << QStringLiteral("keychain is available") << QStringList { setUp, reauthorize, renew, check }
        << reauthorize;
    QTest::newRow("day 26: due soon")
        << credentialFile(20 * Hour, 300 * Day, 26 * Day) << true << false
        << QStringLiteral("re-authorize by") << QStringLiteral("granted 26 day(s) ago")
        << QStringLiteral("keychain is available") << QStringList { setUp, reauthorize, renew, check }
        << reauthorize;
    QTest::newRow("keychain unavailable")
        << credentialFile(5 * Hour, 300 * Day, 3 * Day) << false << false
        << QStringLiteral("connected and working") << QStringLiteral("granted 3 day(s) ago")
        << QStringLiteral("No system keychain is available")
        << QStringList { setUp, reauthorize, renew, check } << check;
    QTest::newRow("secret only in the keychain")
        << credentialFile(-3 * Day, -Day, 200 * Day, false) << true << true
        << QStringLiteral("can no longer be renewed") << QStringLiteral("nothing to type")
        << QStringLiteral("holds your client secret") << QStringList { setUp, reauthorize, check }
        << reauthorize;
}

void tst_WelcomePage::stateDetection()
{
    QFETCH(QByteArray, file);
    QFETCH(bool, keychainAvailable);
    QFETCH(bool, secretInKeychain);
    QFETCH(QString, headline);
    QFETCH(QString, details);
    QFETCH(QString, keychain);
    QFETCH(QStringList, visiblePaths);
    QFETCH(QString, recommended);

    Fixture fixture;
    if (!file.isEmpty())
        fixture.roxy().writeFile(QStringLiteral("credentials/tiktok_oauth.json"), file);
    if (secretInKeychain)
        fixture.storeSecretInKeychain();
    fixture.secrets().setAvailable(keychainAvailable);
    fixture.createWizard();
    fixture.show();

    QCOMPARE(fixture.wizard().currentId(), int(SetupWizard::WelcomePageId));
    QVERIFY2(fixture.text(QStringLiteral("statusHeadlineLabel")).contains(headline),
        qPrintable(fixture.text(QStringLiteral("statusHeadlineLabel"))));
    QVERIFY2(fixture.text(QStringLiteral("statusDetailsLabel")).contains(details),
        qPrintable(fixture.text(QStringLiteral("statusDetailsLabel"))));
    QVERIFY(fixture.text(QStringLiteral("credentialFileLabel")).contains(QLatin1String("tiktok_oauth.json")));
    // The keychain answers later; the page says so meanwhile and updates itself.
    QTRY_VERIFY2(fixture.text(QStringLiteral("keychainLabel")).contains(keychain),
        qPrintable(fixture.text(QStringLiteral("keychainLabel"))));

    for (const QString &name :
        { QStringLiteral("setUpCommandLinkButton"), QStringLiteral("reauthorizeCommandLinkButton"),
            QStringLiteral("renewCommandLinkButton"), QStringLiteral("checkCommandLinkButton") }) {
        auto *button = fixture.find<QCommandLinkButton>(name);
        QCOMPARE(button->isVisible(), visiblePaths.contains(name));
        QCOMPARE(button->description().startsWith(QLatin1String("Recommended.")), name == recommended);
        if (button->isVisible())
            QTRY_VERIFY(button->isEnabled());
    }
    QVERIFY(fixture.find<QCommandLinkButton>(QStringLiteral("browsePacksCommandLinkButton"))->isVisible());
    QVERIFY(fixture.find<QCommandLinkButton>(QStringLiteral("noApiAccessCommandLinkButton"))->isVisible());
}

void tst_WelcomePage::renewNeedsTheSecret()
{
    Fixture fixture;
    fixture.roxy().writeFile(QStringLiteral("credentials/tiktok_oauth.json"),
        credentialFile(-2 * Hour, 300 * Day, 3 * Day, false));
    fixture.createWizard();
    fixture.show();
    QTRY_VERIFY(
        fixture.text(QStringLiteral("keychainLabel")).contains(QLatin1String("keychain is available")));
    auto *renew = fixture.find<QCommandLinkButton>(QStringLiteral("renewCommandLinkButton"));
    auto *reauthorize = fixture.find<QCommandLinkButton>(QStringLiteral("reauthorizeCommandLinkButton"));
    QVERIFY(renew->isVisible());
    QVERIFY(!renew->isEnabled());
    QVERIFY(renew->description().contains(QLatin1String("client secret")));
    QVERIFY(reauthorize->isEnabled());
    QVERIFY(reauthorize->description().startsWith(QLatin1String("Recommended.")));
    // Next takes the recommended way: signing in again asks for the secret.
    fixture.wizard().next();
    QCOMPARE(fixture.session().path(), SetupPath::Reauthorize);
    QCOMPARE(fixture.wizard().currentId(), int(SetupWizard::CredentialsPageId));
}

void tst_WelcomePage::appearsWellUnderASecond()
{
    Fixture fixture;
    QElapsedTimer timer;
    timer.start();
    fixture.createWizard();
    fixture.show();
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!fixture.text(QStringLiteral("statusHeadlineLabel")).isEmpty());
    QVERIFY2(elapsed < 500, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

void tst_WelcomePage::recommendedPathHasFocusAndNextTakesIt()
{
    Fixture fixture;
    fixture.roxy().writeFile(
        QStringLiteral("credentials/tiktok_oauth.json"), credentialFile(20 * Hour, 300 * Day, 3 * Day));
    fixture.createWizard();
    fixture.show();
    QVERIFY(QTest::qWaitForWindowActive(&fixture.wizard()));
    QTRY_COMPARE(QApplication::focusWidget(),
        static_cast<QWidget *>(fixture.find<QCommandLinkButton>(QStringLiteral("checkCommandLinkButton"))));
    fixture.wizard().next();
    QCOMPARE(fixture.wizard().currentId(), int(SetupWizard::ValidationPageId));
    QCOMPARE(fixture.session().path(), SetupPath::Check);
}

void tst_WelcomePage::dayThirtyEnterTakesReauthorize()
{
    Fixture fixture;
    fixture.roxy().writeFile(
        QStringLiteral("credentials/tiktok_oauth.json"), credentialFile(-2 * Hour, 300 * Day, 31 * Day));
    fixture.createWizard();
    fixture.show();
    QVERIFY(QTest::qWaitForWindowActive(&fixture.wizard()));
    auto *reauthorize = fixture.find<QCommandLinkButton>(QStringLiteral("reauthorizeCommandLinkButton"));
    QTRY_VERIFY(reauthorize->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(reauthorize));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(fixture.session().path(), SetupPath::Reauthorize);
    QVERIFY(fixture.wizard().currentId() != int(SetupWizard::WelcomePageId));
}

void tst_WelcomePage::saysWhetherRemindersAreOn()
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    {
        Fixture fixture;
        fixture.createWizard();
        fixture.show();
        QVERIFY2(fixture.text(QStringLiteral("remindersLabel")).contains(QLatin1String("Reminders are off")),
            qPrintable(fixture.text(QStringLiteral("remindersLabel"))));
    }
    QVERIFY(QDir(config.path()).mkpath(QStringLiteral("autostart")));
    QFile entry(config.filePath(QStringLiteral("autostart/skybeam-setup-remind.desktop")));
    QVERIFY(entry.open(QIODevice::WriteOnly));
    entry.write("[Desktop Entry]\nType=Application\nExec=skybeam-setup remind\n");
    entry.close();
    {
        Fixture fixture;
        fixture.createWizard();
        fixture.show();
        QVERIFY2(fixture.text(QStringLiteral("remindersLabel")).contains(QLatin1String("Reminders are on")),
            qPrintable(fixture.text(QStringLiteral("remindersLabel"))));
    }
    qunsetenv("XDG_CONFIG_HOME");
}

void tst_WelcomePage::noApiAccessExplainsHandoffModeAndOpensTheViewer()
{
    Fixture fixture;
    fixture.createWizard();
    fixture.show();
    auto *explanation = fixture.find<QLabel>(QStringLiteral("handoffModeLabel"));
    QVERIFY(!explanation->isVisible());
    fixture.click(QStringLiteral("noApiAccessCommandLinkButton"));
    QVERIFY(explanation->isVisible());
    QVERIFY(explanation->text().contains(QLatin1String("Handoff mode")));
    QVERIFY(explanation->text().contains(QLatin1String("content-pipeline/publish/exports")));
    QCOMPARE(fixture.viewerRequests(), 1);
    QCOMPARE(fixture.wizard().currentId(), int(SetupWizard::WelcomePageId));
}

void tst_WelcomePage::browseHandoffPacksOpensTheViewer()
{
    Fixture fixture;
    fixture.createWizard();
    fixture.show();
    fixture.click(QStringLiteral("browsePacksCommandLinkButton"));
    QCOMPARE(fixture.viewerRequests(), 1);
    QCOMPARE(fixture.wizard().currentId(), int(SetupWizard::WelcomePageId));
}

void tst_WelcomePage::defaultViewerOpenerShowsTheHandoffViewer()
{
    SkybeamTest::TempRoxy roxy;
    MemorySecretStore secrets;
    SetupWizard wizard(roxy.paths(), &secrets);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QAbstractButton *>(QStringLiteral("browsePacksCommandLinkButton"))->click();
    QWidget *viewer = nullptr;
    QTRY_VERIFY((viewer = [] {
        for (QWidget *window : QApplication::topLevelWidgets()) {
            if (window->inherits("Skybeam::HandoffViewer") && window->isVisible())
                return window;
        }
        return static_cast<QWidget *>(nullptr);
    }()));
    // A second request raises the same window instead of opening another.
    wizard.findChild<QAbstractButton *>(QStringLiteral("browsePacksCommandLinkButton"))->click();
    int viewers = 0;
    for (QWidget *window : QApplication::topLevelWidgets())
        viewers += window->inherits("Skybeam::HandoffViewer") ? 1 : 0;
    QCOMPARE(viewers, 1);
}

QTEST_MAIN(tst_WelcomePage)
#include "tst_welcomepage.moc"
