// Whole runs of the setup wizard, offscreen, against the strict fake TikTok with the scripted browser:
// first-time setup, re-authorize from the keychain, renew with the refresh token, user denies, wrong
// secret, port busy, cancel while waiting, closing mid-login; plus keyboard and accessibility checks.
#include "wizardfixture.h"

#include "setup/credentialstatus.h"
#include "setup/reminderschedule.h"

#include "pages/validationpage.h"
#include "widgets/avatarlabel.h"
#include "widgets/checklistwidget.h"
#include "widgets/commandlinkbutton.h"
#include "widgets/inlinemessage.h"
#include "widgets/wrappedlabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QWizardPage>

using namespace Skybeam;
using namespace WizardTest;
using Status = CheckItem::Status;

namespace {

bool onlyOwnerCanReadWrite(const QString &path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    return !(permissions & others) && (permissions & QFileDevice::ReadOwner)
        && (permissions & QFileDevice::WriteOwner);
}

} // namespace

class tst_SetupWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstTimeSetup();
    void reauthorizeFromTheKeychain();
    void renewWithTheRefreshToken();
    void renewRejectedOffersReauthorization();
    void userDenies();
    void wrongSecret();
    void secretResetInThePortal();
    void fixKeysFromAReminder();
    void portBusy();
    void cancelWhileWaitingFreesThePort();
    void closingMidLoginCancels();
    void browserDidNotOpen();
    void pastedAddressFromAnotherComputer();
    void validationFixesPermissions();
    void checkOnDay31SaysOverdueNotADeadline();
    void keyboardOnly();
    void everyControlIsNamedWithUniqueMnemonics();
    void onlyTheFirstPageIsBuiltAtStart();
    void keptSizesFollowWhatTheyDependOn();

private:
    Fixture &f() { return *m_fixture; }
    void pressForward();
    void enterAppKeys(const QString &secret);
    void waitUntilWaitingForBrowser();
    /// The sign-in succeeded: saving, the check and (when nothing needs the operator) Done follow by
    /// themselves.
    void waitUntilPastSignIn();
    ChecklistWidget *checklist(const QString &name) { return f().find<ChecklistWidget>(name); }
    InlineMessage *message(const QString &name) { return f().find<InlineMessage>(name); }

    std::unique_ptr<Fixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_config;
};

void tst_SetupWizard::init()
{
    // Finish applies the reminders choice: never to the real ~/.config, never through a real systemd.
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    qputenv("XDG_CONFIG_HOME", m_config->filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", m_config->path().toLocal8Bit());
    m_fixture = std::make_unique<Fixture>();
}

void tst_SetupWizard::cleanup()
{
    m_fixture.reset();
}

void tst_SetupWizard::pressForward()
{
    QAbstractButton *button = f().forwardButton();
    QVERIFY(button);
    QTRY_VERIFY(button->isEnabled());
    button->click();
}

void tst_SetupWizard::enterAppKeys(const QString &secret)
{
    QCOMPARE(f().wizard().currentId(), int(SetupWizard::CredentialsPageId));
    auto *key = f().find<QLineEdit>(QStringLiteral("clientKeyLineEdit"));
    key->setFocus();
    QTest::keyClicks(key, QStringLiteral(" ") + OAuthTest::ClientKey + QStringLiteral(" "));
    QCOMPARE(key->text(), OAuthTest::ClientKey);
    QTest::keyClicks(f().find<QLineEdit>(QStringLiteral("clientSecretLineEdit")), secret);
    f().find<QLineEdit>(QStringLiteral("redirectUriLineEdit"))->setText(Wildcard);
}

void tst_SetupWizard::waitUntilWaitingForBrowser()
{
    QCOMPARE(f().wizard().currentId(), int(SetupWizard::SignInPageId));
    QTRY_VERIFY(
        f().text(QStringLiteral("signInStatusLabel")).contains(QLatin1String("Waiting for you to approve")));
}

void tst_SetupWizard::waitUntilPastSignIn()
{
    QTRY_VERIFY_WITH_TIMEOUT(f().wizard().currentId() > int(SetupWizard::SignInPageId), 15000);
}

void tst_SetupWizard::firstTimeSetup()
{
    f().createWizard();
    f().show();
    f().click(QStringLiteral("setUpCommandLinkButton"));
    QCOMPARE(f().wizard().currentId(), int(SetupWizard::PortalGuidePageId));

    // The guide shows the runbook's exact values, each with a Copy button.
    QCOMPARE(
        f().find<QLineEdit>(QStringLiteral("appNameLineEdit"))->text(), QStringLiteral("SKYBEAM Publisher"));
    QCOMPARE(f().find<QLineEdit>(QStringLiteral("categoryLineEdit"))->text(),
        QStringLiteral("Content & Publishing"));
    f().click(QStringLiteral("guideRedirectUriPushButton"));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("http://localhost:8080/callback"));
    f().click(QStringLiteral("openPortalPushButton"));
    QCOMPARE(f().browser().openedUrls().value(0), QUrl(QStringLiteral("https://developers.tiktok.com/")));
    pressForward();

    enterAppKeys(OAuthTest::ClientSecret);
    pressForward();

    // Signing in needs nothing from the operator but the approval in the (scripted) browser; saving and the
    // check move on by themselves when everything passes.
    QCOMPARE(f().wizard().currentId(), int(SetupWizard::SignInPageId));
    QTRY_COMPARE_WITH_TIMEOUT(f().wizard().currentId(), int(SetupWizard::DonePageId), 15000);
    QCOMPARE(
        checklist(QStringLiteral("savingChecklistWidget"))->status(QStringLiteral("file")), Status::Pass);
    QCOMPARE(
        checklist(QStringLiteral("savingChecklistWidget"))->status(QStringLiteral("keychain")), Status::Pass);
    QTRY_VERIFY(f().browser().result().body.contains("Skybeam Tester"));
    const CredentialReadResult stored = f().storedFile();
    QVERIFY(stored.isUsable());
    QCOMPARE(stored.credentials.clientKey(), OAuthTest::ClientKey);
    QCOMPARE(stored.credentials.clientSecret(), OAuthTest::ClientSecret);
    QVERIFY(f().fake().isAccessTokenValid(stored.credentials.accessToken()));
    QVERIFY(f().fake().isRefreshTokenValid(stored.credentials.refreshToken()));
    QVERIFY(qAbs(stored.credentials.authorizedAt().secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(onlyOwnerCanReadWrite(stored.path));
    QCOMPARE(f().secrets().entries().value(OAuthTest::ClientKey).clientSecret, OAuthTest::ClientSecret);
    QCOMPARE(
        f().secrets().entries().value(OAuthTest::ClientKey).refreshToken, stored.credentials.refreshToken());
    QVERIFY(f().roxy().readFile(QStringLiteral("setup/wizard.json")).contains("127.0.0.1:*"));

    // The check ran (and passed) on the way.
    QVERIFY(f().wizard().visitedIds().contains(SetupWizard::ValidationPageId));
    QVERIFY(f().wizard().validationPage()->liveResult().has_value());
    for (const QString &id : { QStringLiteral("fileExists"), QStringLiteral("hasClientKey"),
             QStringLiteral("hasClientSecret"), QStringLiteral("hasAccessToken") })
        QCOMPARE(checklist(QStringLiteral("runbookChecklistWidget"))->status(id), Status::Pass);
    QCOMPARE(
        checklist(QStringLiteral("strictChecklistWidget"))->status(QStringLiteral("fileMode")), Status::Pass);
    QCOMPARE(
        checklist(QStringLiteral("liveChecklistWidget"))->status(QStringLiteral("account")), Status::Pass);
    QCOMPARE(
        checklist(QStringLiteral("liveChecklistWidget"))->status(QStringLiteral("posting")), Status::Pass);
    QVERIFY(!f().find<AvatarLabel>(QStringLiteral("avatarLabel"))->isHidden());
    QVERIFY(f().find<QAbstractButton>(QStringLiteral("fixPermissionsPushButton"))->isHidden());
    f().click(QStringLiteral("copyReportPushButton"));
    const QString report = QGuiApplication::clipboard()->text();
    QVERIFY2(report.startsWith(QLatin1String("TikTok Credentials: PASS\n")), qPrintable(report));
    QVERIFY(report.contains(QLatin1String("TikTok account: Skybeam Tester")));
    QVERIFY(!report.contains(OAuthTest::ClientSecret));
    QVERIFY(!report.contains(stored.credentials.accessToken()));

    QCOMPARE(f().wizard().currentId(), int(SetupWizard::DonePageId));
    // A first account is named for the operator to confirm.
    InlineMessage *account = message(QStringLiteral("doneAccountInlineMessage"));
    QVERIFY(account->isVisible());
    QVERIFY2(account->text().contains(QLatin1String("the publisher will post to Skybeam Tester")),
        qPrintable(account->text()));
    QCOMPARE(f().text(QStringLiteral("accountLabel")), QStringLiteral("Skybeam Tester"));
    QVERIFY(
        f().text(QStringLiteral("appLabel")).startsWith(OAuthTest::ClientKey + QLatin1String(" (sandbox")));
    QVERIFY(f().text(QStringLiteral("fileLabel")).endsWith(QLatin1String("credentials/tiktok_oauth.json")));
    QCOMPARE(f().text(QStringLiteral("secretLabel")), QStringLiteral("also kept in the system keychain"));
    QVERIFY(!f().text(QStringLiteral("renewalLabel")).isEmpty());
    const QString next = QLocale().toString(
        stored.credentials.authorizedAt().addDays(30).toLocalTime().date(), QLocale::LongFormat);
    QVERIFY2(f().text(QStringLiteral("reauthorizeLabel")).contains(next), qPrintable(next));
    f().click(QStringLiteral("browsePacksPushButton"));
    QCOMPARE(f().viewerRequests(), 1);
    // Reminders: offered, checked by default, turned on by Finish (remind --enable's way: no systemd here,
    // so the autostart entry).
    auto *remind = f().find<QCheckBox>(QStringLiteral("remindCheckBox"));
    QVERIFY(remind->isVisible());
    QVERIFY(remind->isChecked());
    QVERIFY(!ReminderSchedule::detect().enabled);
    pressForward();
    QVERIFY(!f().wizard().isVisible());
    const ReminderSchedule::State reminders = ReminderSchedule::detect();
    QVERIFY(reminders.enabled);
    QCOMPARE(reminders.mechanism, ReminderSchedule::Mechanism::Autostart);
    QFile entry(ReminderSchedule::autostartPath());
    QVERIFY(entry.open(QIODevice::ReadOnly));
    QVERIFY(entry.readAll().contains(
        (QCoreApplication::applicationFilePath() + QLatin1String(" remind")).toUtf8()));
}

void tst_SetupWizard::reauthorizeFromTheKeychain()
{
    f().rememberRedirect();
    const TikTokCredentials before = f().storeSignedInCredentials(3600, 40, false);
    f().storeSecretInKeychain();
    f().createWizard();
    f().show();
    QTRY_VERIFY(
        f().text(QStringLiteral("keychainLabel")).contains(QLatin1String("holds your client secret")));
    auto *reauthorize = f().find<QCommandLinkButton>(QStringLiteral("reauthorizeCommandLinkButton"));
    QVERIFY(reauthorize->isEnabled());
    QVERIFY(reauthorize->description().startsWith(QLatin1String("Recommended.")));

    // One click: no page asks for anything, the browser opens at once.
    reauthorize->click();
    QCOMPARE(f().wizard().currentId(), int(SetupWizard::SignInPageId));
    QTRY_COMPARE(f().browser().openedUrls().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(f().wizard().currentId(), int(SetupWizard::DonePageId), 15000);
    // Nothing to confirm: the same account as before.
    QVERIFY(!message(QStringLiteral("doneAccountInlineMessage"))->isVisible());

    const CredentialReadResult stored = f().storedFile();
    QCOMPARE(stored.credentials.clientSecret(), OAuthTest::ClientSecret);
    QVERIFY(stored.credentials.accessToken() != before.accessToken());
    QVERIFY(f().fake().isAccessTokenValid(stored.credentials.accessToken()));
    QVERIFY(qAbs(stored.credentials.authorizedAt().secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(
        f().secrets().entries().value(OAuthTest::ClientKey).refreshToken, stored.credentials.refreshToken());
}

void tst_SetupWizard::renewWithTheRefreshToken()
{
    const TikTokCredentials before = f().storeSignedInCredentials(2 * 86400, 2);
    f().createWizard();
    f().show();
    auto *renew = f().find<QCommandLinkButton>(QStringLiteral("renewCommandLinkButton"));
    QTRY_VERIFY(renew->isEnabled());
    QVERIFY(renew->description().startsWith(QLatin1String("Recommended.")));
    renew->click();
    QCOMPARE(f().wizard().currentId(), int(SetupWizard::SavingPageId));
    QTRY_COMPARE(f().wizard().currentId(), int(SetupWizard::DonePageId));
    QCOMPARE(
        checklist(QStringLiteral("savingChecklistWidget"))->status(QStringLiteral("renew")), Status::Pass);

    const CredentialReadResult stored = f().storedFile();
    QVERIFY(stored.credentials.accessToken() != before.accessToken());
    QVERIFY(stored.credentials.refreshToken() != before.refreshToken());
    QVERIFY(f().fake().isRefreshTokenValid(stored.credentials.refreshToken()));
    QVERIFY(!f().fake().isRefreshTokenValid(before.refreshToken()));
    QVERIFY(stored.credentials.expiresAt() > QDateTime::currentDateTimeUtc());
    QCOMPARE(
        f().secrets().entries().value(OAuthTest::ClientKey).refreshToken, stored.credentials.refreshToken());
    QVERIFY(f().browser().openedUrls().isEmpty());

    QVERIFY(f().wizard().validationPage()->liveResult().has_value());
    QCOMPARE(
        checklist(QStringLiteral("liveChecklistWidget"))->status(QStringLiteral("account")), Status::Pass);
    QCOMPARE(checklist(QStringLiteral("strictChecklistWidget"))->status(QStringLiteral("accessTokenValid")),
        Status::Pass);
}

void tst_SetupWizard::renewRejectedOffersReauthorization()
{
    f().rememberRedirect();
    f().storeSignedInCredentials(2 * 86400, 2);
    f().fake().revokeEverything();
    f().createWizard();
    f().show();
    f().click(QStringLiteral("renewCommandLinkButton"));
    QTRY_VERIFY(message(QStringLiteral("savingErrorInlineMessage"))->isVisible());
    QCOMPARE(
        checklist(QStringLiteral("savingChecklistWidget"))->status(QStringLiteral("renew")), Status::Fail);
    QVERIFY(!f().forwardButton()->isEnabled());
    QVERIFY(!f().find<QAbstractButton>(QStringLiteral("savingTryAgainPushButton"))->isVisible());
    auto *reauthorize = f().find<QAbstractButton>(QStringLiteral("reauthorizePushButton"));
    QVERIFY(reauthorize->isVisible());
    reauthorize->click();
    QCOMPARE(f().wizard().currentId(), int(SetupWizard::SignInPageId));
    waitUntilPastSignIn();
    QTRY_VERIFY(f().fake().isAccessTokenValid(f().storedFile().credentials.accessToken()));
}

void tst_SetupWizard::userDenies()
{
    f().rememberRedirect();
    f().storeKeysOnly();
    f().fake().setConsentMode(FakeTikTokTest::FakeTikTok::ConsentMode::AutoDeny);
    f().createWizard();
    f().show();
    f().click(QStringLiteral("reauthorizeCommandLinkButton"));
    InlineMessage *error = message(QStringLiteral("errorInlineMessage"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("declined")), qPrintable(error->text()));
    QCOMPARE(error->kind(), InlineMessage::Kind::Error);
    QCOMPARE(f().wizard().currentId(), int(SetupWizard::SignInPageId));
    QVERIFY(!f().forwardButton()->isEnabled());
    QVERIFY(Fixture::canBind(f().signInPort()));
    QVERIFY(!f().storedFile().credentials.hasAccessToken());

    // Changing one's mind: Try again signs in.
    f().fake().setConsentMode(FakeTikTokTest::FakeTikTok::ConsentMode::AutoApprove);
    f().click(QStringLiteral("tryAgainPushButton"));
    QVERIFY(!error->isVisible());
    waitUntilPastSignIn();
    QTRY_VERIFY(f().storedFile().credentials.hasAccessToken());
}

void tst_SetupWizard::wrongSecret()
{
    f().createWizard();
    f().show();
    QVERIFY(QTest::qWaitForWindowActive(&f().wizard()));
    f().click(QStringLiteral("setUpCommandLinkButton"));
    pressForward();
    enterAppKeys(QStringLiteral("not-the-secret"));
    pressForward();
    InlineMessage *error = message(QStringLiteral("errorInlineMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    // Said before the browser opens: TikTok's client-credentials check rejected the pair (one call).
    QVERIFY(f().browser().openedUrls().isEmpty());
    QVERIFY2(
        error->text().startsWith(QStringLiteral("TikTok rejected this client key and client secret pair — "
                                                "usually the secret is wrong or was reset in the portal.")),
        qPrintable(error->text()));
    // TikTok's words only as TikTok sent them.
    QVERIFY2(error->text().contains(QLatin1String("TikTok said: \"Client key or secret is invalid.\"")),
        qPrintable(error->text()));
    QVERIFY(!error->text().contains(QLatin1String("Invalid client_key")));
    QVERIFY(!error->text().contains(QLatin1String("not-the-secret")));
    QCOMPARE(f().fake().requestCount(QStringLiteral("/v2/oauth/token/")), 1);
    QCOMPARE(f().fake().requests().constLast().formValue(QStringLiteral("grant_type")),
        QStringLiteral("client_credentials"));
    QCOMPARE(f().wizard().currentId(), int(SetupWizard::SignInPageId));
    QVERIFY(!f().storedFile().exists());
    QVERIFY(f().secrets().entries().isEmpty());
    QVERIFY(f().find<QAbstractButton>(QStringLiteral("signInDiagnosePushButton"))->isVisible());
    // The way forward is the default: Fix keys has the focus, so Enter takes it (not Back).
    auto *fixKeys = f().find<QAbstractButton>(QStringLiteral("fixKeysPushButton"));
    QVERIFY(fixKeys->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), fixKeys);

    // Retrying takes 3 actions: Enter (Fix keys), paste the right secret over the selected one, Enter.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(f().wizard().currentId(), int(SetupWizard::CredentialsPageId));
    auto *secret = f().find<QLineEdit>(QStringLiteral("clientSecretLineEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), secret);
    QCOMPARE(secret->selectionLength(), int(secret->text().size()));
    QGuiApplication::clipboard()->setText(OAuthTest::ClientSecret);
    QTest::keyClick(secret, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(secret->text(), OAuthTest::ClientSecret);
    QTest::keyClick(secret, Qt::Key_Return);
    waitUntilPastSignIn();
    QTRY_VERIFY(f().storedFile().credentials.hasAccessToken());
}

void tst_SetupWizard::secretResetInThePortal()
{
    // Re-authorizing with the stored keys, after the secret was reset in the developer portal.
    f().rememberRedirect();
    f().storeKeysOnly();
    f().fake().app(OAuthTest::ClientKey)->clientSecret = QStringLiteral("the-new-secret");
    f().createWizard();
    f().show();
    QVERIFY(QTest::qWaitForWindowActive(&f().wizard()));
    f().click(QStringLiteral("reauthorizeCommandLinkButton"));
    InlineMessage *error = message(QStringLiteral("errorInlineMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    QVERIFY(error->text().contains(QLatin1String("usually the secret is wrong")));
    QVERIFY(f().browser().openedUrls().isEmpty());
    // Fix keys reaches the keys page the re-authorization skipped, the stored secret selected.
    f().click(QStringLiteral("fixKeysPushButton"));
    QCOMPARE(f().wizard().currentId(), int(SetupWizard::CredentialsPageId));
    auto *secret = f().find<QLineEdit>(QStringLiteral("clientSecretLineEdit"));
    QCOMPARE(secret->text(), OAuthTest::ClientSecret);
    QTRY_COMPARE(QApplication::focusWidget(), secret);
    QCOMPARE(secret->selectionLength(), int(secret->text().size()));
    QGuiApplication::clipboard()->setText(QStringLiteral("the-new-secret"));
    QTest::keyClick(secret, Qt::Key_V, Qt::ControlModifier);
    QTest::keyClick(secret, Qt::Key_Return);
    waitUntilPastSignIn();
    QTRY_COMPARE(f().storedFile().credentials.clientSecret(), QStringLiteral("the-new-secret"));
}

void tst_SetupWizard::fixKeysFromAReminder()
{
    // A reminder opens the wizard straight at the sign-in; the secret was reset in the portal meanwhile.
    f().rememberRedirect();
    f().storeKeysOnly();
    f().fake().app(OAuthTest::ClientKey)->clientSecret = QStringLiteral("the-new-secret");
    f().createWizard();
    QVERIFY(f().wizard().startAt(QStringLiteral("signin")));
    f().show();
    QVERIFY(QTest::qWaitForWindowActive(&f().wizard()));
    QTRY_VERIFY_WITH_TIMEOUT(message(QStringLiteral("errorInlineMessage"))->isVisible(), 15000);
    f().click(QStringLiteral("fixKeysPushButton"));
    QCOMPARE(f().wizard().currentId(), int(SetupWizard::CredentialsPageId));
    auto *secret = f().find<QLineEdit>(QStringLiteral("clientSecretLineEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), secret);
    QCOMPARE(secret->selectionLength(), int(secret->text().size()));
    QGuiApplication::clipboard()->setText(QStringLiteral("the-new-secret"));
    QTest::keyClick(secret, Qt::Key_V, Qt::ControlModifier);
    QTest::keyClick(secret, Qt::Key_Return);
    waitUntilPastSignIn();
    QTRY_COMPARE(f().storedFile().credentials.clientSecret(), QStringLiteral("the-new-secret"));
}

void tst_SetupWizard::portBusy()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const QString busy = QStringLiteral("http://127.0.0.1:%1/callback").arg(blocker.serverPort());
    f().fake().app(OAuthTest::ClientKey)->redirectUris.append(busy);
    f().rememberRedirect(busy);
    f().storeKeysOnly();
    f().createWizard();
    f().show();
    QVERIFY(QTest::qWaitForWindowActive(&f().wizard()));
    f().click(QStringLiteral("reauthorizeCommandLinkButton"));
    InlineMessage *error = message(QStringLiteral("errorInlineMessage"));
    QTRY_VERIFY(error->isVisible());
    // Plain words, the program's name (this test holds the port), no PID, no "wildcard".
    const QString program = QFileInfo(QCoreApplication::applicationFilePath()).fileName().left(15);
    QVERIFY2(error->text().startsWith(
                 QStringLiteral("Another program, %1, is using the address SKYBEAM needs").arg(program)),
        qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("port %1").arg(blocker.serverPort())),
        qPrintable(error->text()));
    QVERIFY(!error->text().contains(QLatin1String("PID")));
    QVERIFY(!error->text().contains(QLatin1String("wildcard")));
    QVERIFY(f().browser().openedUrls().isEmpty());
    QVERIFY(blocker.isListening());
    QVERIFY(f().find<QAbstractButton>(QStringLiteral("signInDiagnosePushButton"))->isVisible());
    auto *freePort = f().find<QAbstractButton>(QStringLiteral("freePortPushButton"));
    QVERIFY(freePort->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), freePort);

    // One click (Enter): the free-port redirect, the exact URI to register with Copy, the portal opened.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto *uri = f().find<QLineEdit>(QStringLiteral("freePortRedirectLineEdit"));
    QVERIFY(uri->isVisible());
    QCOMPARE(uri->text(), Wildcard);
    QCOMPARE(f().session().appSettings().redirectUri, Wildcard);
    QCOMPARE(
        f().browser().openedUrls().value(0), QUrl(QStringLiteral("https://developers.tiktok.com/apps/")));
    f().click(QStringLiteral("copyRedirectPushButton"));
    QCOMPARE(QGuiApplication::clipboard()->text(), Wildcard);
    // Registered (the fixture's app has it): Try again has the focus and signs in on a free port.
    QTRY_COMPARE(QApplication::focusWidget(), f().find<QWidget>(QStringLiteral("tryAgainPushButton")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    waitUntilPastSignIn();
    QTRY_VERIFY(f().roxy().readFile(QStringLiteral("setup/wizard.json")).contains("127.0.0.1:*"));
}

void tst_SetupWizard::cancelWhileWaitingFreesThePort()
{
    QList<QUrl> opened;
    f().rememberRedirect();
    f().storeKeysOnly();
    f().createWizard();
    f().wizard().urlOpener()->setHandler([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    f().show();
    f().click(QStringLiteral("reauthorizeCommandLinkButton"));
    waitUntilWaitingForBrowser();
    QTRY_VERIFY(QRegularExpression(QStringLiteral("^Time left: (1:00|0:5\\d)$"))
                    .match(f().text(QStringLiteral("countdownLabel")))
                    .hasMatch());
    const quint16 port = f().signInPort();
    QVERIFY(port != 0);
    QVERIFY(!Fixture::canBind(port));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(f().find<QLineEdit>(QStringLiteral("linkLineEdit"))->text(), opened.constFirst().toString());
    f().click(QStringLiteral("copyLinkPushButton"));
    QCOMPARE(QGuiApplication::clipboard()->text(), opened.constFirst().toString());

    f().click(QStringLiteral("cancelSignInPushButton"));
    // Free at once, not after some delay.
    QVERIFY(Fixture::canBind(port));
    InlineMessage *info = message(QStringLiteral("errorInlineMessage"));
    QVERIFY(info->isVisible());
    QCOMPARE(info->kind(), InlineMessage::Kind::Information);
    QVERIFY(info->text().contains(QLatin1String("cancelled")));
    QVERIFY(f().text(QStringLiteral("countdownLabel")).isEmpty());

    f().click(QStringLiteral("tryAgainPushButton"));
    waitUntilWaitingForBrowser();
    QCOMPARE(opened.size(), 2);
}

void tst_SetupWizard::closingMidLoginCancels()
{
    f().rememberRedirect();
    f().storeKeysOnly();
    f().createWizard();
    f().wizard().urlOpener()->setHandler([](const QUrl &) { return true; });
    f().show();
    f().click(QStringLiteral("reauthorizeCommandLinkButton"));
    waitUntilWaitingForBrowser();
    const quint16 port = f().signInPort();
    QVERIFY(!Fixture::canBind(port));
    QVERIFY(f().wizard().close());
    QVERIFY(Fixture::canBind(port));
    QCOMPARE(f().wizard().signInPage()->loginFlow()->state(), LoginFlow::State::Failed);
}

void tst_SetupWizard::browserDidNotOpen()
{
    int attempts = 0;
    f().rememberRedirect();
    f().storeKeysOnly();
    f().createWizard();
    f().wizard().urlOpener()->setHandler([&attempts](const QUrl &) {
        ++attempts;
        return false;
    });
    f().show();
    f().click(QStringLiteral("reauthorizeCommandLinkButton"));
    InlineMessage *hint = message(QStringLiteral("browserInlineMessage"));
    QTRY_VERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QLatin1String("did not open")));
    const QString link = f().find<QLineEdit>(QStringLiteral("linkLineEdit"))->text();
    QVERIFY(link.startsWith(QLatin1String("http://127.0.0.1:")));
    f().click(QStringLiteral("openAgainPushButton"));
    QCOMPARE(attempts, 2);

    // The operator pastes the link into a browser by hand.
    f().browser().open(QUrl(link));
    waitUntilPastSignIn();
}

// Issue 18, point 2: the browser runs on another computer; the address it ended on is pasted on the page.
void tst_SetupWizard::pastedAddressFromAnotherComputer()
{
    f().rememberRedirect();
    f().storeKeysOnly();
    f().createWizard();
    QList<QUrl> opened;
    f().wizard().urlOpener()->setHandler([&opened](const QUrl &url) {
        opened.append(url); // a browser here that nobody uses
        return true;
    });
    f().show();
    f().click(QStringLiteral("reauthorizeCommandLinkButton"));
    waitUntilWaitingForBrowser();
    auto *address = f().find<QLineEdit>(QStringLiteral("pastedAddressLineEdit"));
    auto *use = f().find<QAbstractButton>(QStringLiteral("usePastedAddressPushButton"));
    QVERIFY(address->isVisible());
    QVERIFY(!use->isEnabled());

    // TikTok's full address, for the browser on the other computer.
    f().click(QStringLiteral("copyTikTokAddressPushButton"));
    const QUrl tiktok(QGuiApplication::clipboard()->text());
    QVERIFY(tiktok.toString().startsWith(f().fake().authorizeUrl().toString() + QLatin1Char('?')));
    QNetworkAccessManager otherComputer;
    otherComputer.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    const QUrl location = OAuthTest::consentLocation(&otherComputer, tiktok);
    QCOMPARE(location.port(), int(f().signInPort()));

    // A wrong address is refused inline, and the page keeps waiting.
    QUrl elsewhere = location;
    elsewhere.setHost(QStringLiteral("collector.example.net"));
    address->setFocus();
    QTest::keyClicks(address, elsewhere.toString(QUrl::FullyEncoded));
    QVERIFY(use->isEnabled());
    use->click();
    InlineMessage *refusal = message(QStringLiteral("pasteInlineMessage"));
    QVERIFY(refusal->isVisible());
    QVERIFY2(refusal->text().contains(QLatin1String("does not lead to the computer's own address")),
        qPrintable(refusal->text()));
    QVERIFY(!refusal->text().contains(QLatin1String("collector.example.net")));
    QCOMPARE(f().wizard().signInPage()->loginFlow()->state(), LoginFlow::State::WaitingForBrowser);
    QCOMPARE(f().fake().tokenRequests(QStringLiteral("authorization_code")), 0);

    // The right one (Enter) signs in; the loopback receiver was never reached.
    address->setText(location.toString(QUrl::FullyEncoded));
    QTest::keyClick(address, Qt::Key_Return);
    // The page moves on by itself (saving, then the check, advance on their own too).
    QTRY_VERIFY_WITH_TIMEOUT(f().wizard().currentId() > int(SetupWizard::SignInPageId), 15000);
    QVERIFY(f().fake().isAccessTokenValid(
        f().wizard().session()->loginResult().tokenResponse.value(QLatin1String("access_token")).toString()));
    QTRY_VERIFY(f().storedFile().isUsable());
    QCOMPARE(f().fake().tokenRequests(QStringLiteral("authorization_code")), 1);
    QCOMPARE(opened.size(), 1);
}

void tst_SetupWizard::validationFixesPermissions()
{
    const TikTokCredentials stored = f().storeSignedInCredentials(60, 1);
    const QString path = f().roxy().paths().primaryCredentialFile();
    QVERIFY(QFile::setPermissions(path,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    f().createWizard();
    f().show();
    f().click(QStringLiteral("checkCommandLinkButton"));
    QCOMPARE(f().wizard().currentId(), int(SetupWizard::ValidationPageId));
    QCOMPARE(
        checklist(QStringLiteral("strictChecklistWidget"))->status(QStringLiteral("fileMode")), Status::Fail);
    auto *fix = f().find<QAbstractButton>(QStringLiteral("fixPermissionsPushButton"));
    QVERIFY(fix->isVisible());
    fix->click();
    QVERIFY(onlyOwnerCanReadWrite(path));
    QCOMPARE(
        checklist(QStringLiteral("strictChecklistWidget"))->status(QStringLiteral("fileMode")), Status::Pass);
    QVERIFY(!fix->isVisible());
    QTRY_VERIFY(f().wizard().validationPage()->liveResult().has_value());
    QCOMPARE(
        checklist(QStringLiteral("liveChecklistWidget"))->status(QStringLiteral("account")), Status::Pass);
    QCOMPARE(f().storedFile().credentials.accessToken(), stored.accessToken());
}

void tst_SetupWizard::checkOnDay31SaysOverdueNotADeadline()
{
    const TikTokCredentials stored = f().storeSignedInCredentials(60, 31);
    f().createWizard();
    f().show();
    f().click(QStringLiteral("checkCommandLinkButton"));
    QCOMPARE(f().wizard().currentId(), int(SetupWizard::ValidationPageId));
    const QString due = CredentialStatus::dateText(stored.authorizedAt().addDays(30));
    QCOMPARE(checklist(QStringLiteral("strictChecklistWidget"))->status(QStringLiteral("authorizedRecently")),
        Status::Warning);
    const QString explanation = f().text(QStringLiteral("authorizedRecentlyExplanationLabel"));
    QVERIFY2(explanation.contains(QStringLiteral("overdue since %1").arg(due)), qPrintable(explanation));
    QTRY_VERIFY(f().wizard().validationPage()->liveResult().has_value());
    pressForward();
    QCOMPARE(f().wizard().currentId(), int(SetupWizard::DonePageId));
    const QString reauthorize = f().text(QStringLiteral("reauthorizeLabel"));
    QVERIFY2(reauthorize.contains(QStringLiteral("overdue since %1").arg(due)), qPrintable(reauthorize));
    QVERIFY2(!reauthorize.contains(QLatin1String("Re-authorize by")), qPrintable(reauthorize));
    // Unticked, Finish leaves the reminders off.
    auto *remind = f().find<QCheckBox>(QStringLiteral("remindCheckBox"));
    QVERIFY(remind->isChecked());
    remind->setChecked(false);
    pressForward();
    QVERIFY(!f().wizard().isVisible());
    QCOMPARE(ReminderSchedule::detect().mechanism, ReminderSchedule::Mechanism::None);
    QVERIFY(!QFile::exists(ReminderSchedule::autostartPath()));
}

void tst_SetupWizard::keyboardOnly()
{
    f().createWizard();
    f().show();
    QVERIFY(QTest::qWaitForWindowActive(&f().wizard()));
    SetupWizard *wizard = &f().wizard();
    const auto focused = [] {
        return QApplication::focusWidget();
    };
    // Mnemonics click with a short animation, so the page changes a moment later.
    QTest::keyClick(wizard, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(wizard->currentId(), int(SetupWizard::PortalGuidePageId));
    QTest::keyClick(wizard, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(wizard->currentId(), int(SetupWizard::CredentialsPageId));
    QTRY_COMPARE(focused(), f().find<QWidget>(QStringLiteral("clientKeyLineEdit")));
    QTest::keyClicks(focused(), OAuthTest::ClientKey);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), f().find<QWidget>(QStringLiteral("clientSecretLineEdit")));
    QTest::keyClicks(focused(), OAuthTest::ClientSecret);
    QTest::keyClick(wizard, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(f().find<QWidget>(QStringLiteral("redirectUriLineEdit"))->isVisible());
    QTest::keyClick(wizard, Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(focused(), f().find<QWidget>(QStringLiteral("redirectUriLineEdit")));
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focused(), Wildcard);
    // Enter presses the wizard's default button.
    QTest::keyClick(focused(), Qt::Key_Return);
    // Saving and the check move on by themselves.
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SetupWizard::DonePageId), 15000);
    // Enter on the Done page finishes (it does not open the handoff viewer).
    QTRY_VERIFY(focused());
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(f().viewerRequests(), 0);
    QTRY_VERIFY(!wizard->isVisible());
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
}

void tst_SetupWizard::everyControlIsNamedWithUniqueMnemonics()
{
    f().createWizard();
    f().buildAllPages();
    const QList<int> ids = f().wizard().pageIds();
    QCOMPARE(ids.size(), 7);
    // Every named widget of the wizard's pages has a name of its own, so tests and tools find the right one.
    QHash<QString, int> names;
    for (QWidget *widget : f().wizard().findChildren<QWidget *>()) {
        if (!widget->objectName().isEmpty() && !widget->objectName().startsWith(QLatin1String("qt_")))
            ++names[widget->objectName()];
    }
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    for (int id : ids) {
        QWizardPage *page = f().wizard().page(id);
        QHash<int, QStringList> mnemonics;
        const QString next = f().wizard().buttonText(QWizard::NextButton);
        const QStringList wizardButtons { f().wizard().buttonText(QWizard::BackButton),
            id == SetupWizard::DonePageId ? f().wizard().buttonText(QWizard::FinishButton) : next,
            id == SetupWizard::DonePageId ? QString() : f().wizard().buttonText(QWizard::CancelButton) };
        for (const QString &text : wizardButtons) {
            const int key = QKeySequence::mnemonic(text)[0].key();
            if (!text.isEmpty())
                mnemonics[key].append(text);
        }
        const QList<QWidget *> widgets = page->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            const QString where
                = QStringLiteral("page %1: %2 (%3)")
                      .arg(id)
                      .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
            if (qobject_cast<QLabel *>(widget) || qobject_cast<QScrollArea *>(widget)
                || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(where));
            if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                QVERIFY2(button->text().contains(QLatin1Char('&')),
                    qPrintable(where + QLatin1Char(' ') + button->text()));
                if (button->text() != QLatin1String("&Copy"))
                    mnemonics[QKeySequence::mnemonic(button->text())[0].key()].append(button->text());
            }
        }
        for (QLabel *label : page->findChildren<QLabel *>()) {
            // A label with a mnemonic needs a buddy, or it shows a literal '&' and the key does nothing.
            if (label->textFormat() != Qt::RichText && label->text().contains(QLatin1Char('&'))
                && !label->text().contains(QLatin1String("& "))) {
                QVERIFY2(
                    label->buddy(), qPrintable(QStringLiteral("page %1: %2").arg(id).arg(label->text())));
                mnemonics[QKeySequence::mnemonic(label->text())[0].key()].append(label->text());
            }
        }
        for (auto it = mnemonics.cbegin(); it != mnemonics.cend(); ++it)
            QVERIFY2(it.value().size() == 1,
                qPrintable(QStringLiteral("page %1: %2").arg(id).arg(it.value().join(QStringLiteral(", ")))));
    }
}

QTEST_MAIN(tst_SetupWizard)
// The pages other than the first are built when first needed, off the cold start (docs/benchmarks.md, P1).
void tst_SetupWizard::onlyTheFirstPageIsBuiltAtStart()
{
    f().createWizard();
    QCOMPARE(f().wizard().pageIds(), QList<int> { SetupWizard::WelcomePageId });
    f().show();
    QCOMPARE(f().wizard().pageIds(), QList<int> { SetupWizard::WelcomePageId });
    QVERIFY(f().wizard().ensurePage(SetupWizard::DonePageId));
    QCOMPARE(f().wizard().pageIds(), (QList<int> { SetupWizard::WelcomePageId, SetupWizard::DonePageId }));
    QCOMPARE(f().wizard().ensurePage(SetupWizard::DonePageId), f().wizard().page(SetupWizard::DonePageId));
}

// The command links and wrapped labels keep their sizes; they answer as Qt's own widgets would after every
// change of text, description or font.
void tst_SetupWizard::keptSizesFollowWhatTheyDependOn()
{
    const QString longText = QStringLiteral("A description long enough to wrap over several lines when the "
                                            "button is narrow, and over fewer when it is wide. ")
                                 .repeated(3);
    CommandLinkButton kept(QStringLiteral("&Title"), QStringLiteral("Short."));
    QCommandLinkButton plain(QStringLiteral("&Title"), QStringLiteral("Short."));
    WrappedLabel keptLabel;
    QLabel plainLabel;
    keptLabel.setWordWrap(true);
    plainLabel.setWordWrap(true);
    const auto compare = [&] {
        QCOMPARE(kept.sizeHint(), plain.sizeHint());
        QCOMPARE(kept.minimumSizeHint(), plain.minimumSizeHint());
        for (int width : { 150, 300, 600, 150, 300 }) {
            QCOMPARE(kept.heightForWidth(width), plain.heightForWidth(width));
            QCOMPARE(keptLabel.heightForWidth(width), plainLabel.heightForWidth(width));
        }
    };
    compare();
    kept.setDescription(longText);
    plain.setDescription(longText);
    keptLabel.setText(longText);
    plainLabel.setText(longText);
    compare();
    kept.setText(QStringLiteral("A much longer title than before"));
    plain.setText(QStringLiteral("A much longer title than before"));
    compare();
    QFont bigger = kept.font();
    bigger.setPointSize(bigger.pointSize() * 2);
    kept.setFont(bigger);
    plain.setFont(bigger);
    keptLabel.setFont(bigger);
    plainLabel.setFont(bigger);
    compare();
    keptLabel.setMargin(20);
    plainLabel.setMargin(20);
    compare();
    QVERIFY(kept.heightForWidth(150) > kept.heightForWidth(600));
}

#include "tst_setupwizard.moc"
