// The setup wizard for operators who use a screen reader or only the keyboard, offscreen against the fake
// TikTok: every control on every page is named (and described where its name is not enough), labels show
// assistive technology what they show the eye, Tab follows the reading order on every page, and the status of
// signing in, saving and checking (waiting, success, error) is announced, not only shown or coloured.
#include "../pages/wizardfixture.h"
#include "accessibilityaudit.h"

#include "pages/validationpage.h"
#include "widgets/inlinemessage.h"

#include <QCommandLinkButton>
#include <QFile>
#include <QLineEdit>
#include <QToolButton>
#include <QWizardPage>

using namespace Skybeam;
using namespace WizardTest;
using namespace AccessibilityTest;

class tst_WizardAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyPage_data();
    void everyPage();
    void descriptions_whereTheNameIsNotEnough();
    void tabOrder_credentials();
    void tabOrder_signIn();
    void announced_signIn();
    void announced_saving();
    void announced_savingFailure();
    void announced_validation();

private:
    Fixture &f() { return *m_fixture; }
    InlineMessage *message(const QString &name) { return f().find<InlineMessage>(name); }
    void openOn(const QString &page);

    std::unique_ptr<Fixture> m_fixture;
    std::unique_ptr<EventRecorder> m_events;
};

void tst_WizardAccessibility::init()
{
    m_events = std::make_unique<EventRecorder>();
    m_fixture = std::make_unique<Fixture>();
}

void tst_WizardAccessibility::cleanup()
{
    m_fixture.reset();
    m_events.reset();
}

void tst_WizardAccessibility::openOn(const QString &page)
{
    f().rememberRedirect();
    f().storeSignedInCredentials(2 * 86400, 2);
    f().storeSecretInKeychain();
    f().createWizard();
    // The sign-in page is looked at while it waits: the browser opened, the operator has not approved yet.
    if (page == QLatin1String("signin"))
        f().wizard().urlOpener()->setHandler([](const QUrl &) { return true; });
    QVERIFY(f().wizard().startAt(page));
    f().show();
    QVERIFY(QTest::qWaitForWindowActive(&f().wizard()));
}

void tst_WizardAccessibility::everyPage_data()
{
    QTest::addColumn<QString>("page");
    for (const QString &name : SetupWizard::pageNames())
        QTest::newRow(qPrintable(name)) << name;
}

// Names, label texts and the Tab order of each page as it first shows; the sign-in page while it waits for
// the browser, the saving and validation pages once TikTok answered.
void tst_WizardAccessibility::everyPage()
{
    QFETCH(QString, page);
    openOn(page);
    SetupWizard &wizard = f().wizard();
    if (page == QLatin1String("signin"))
        QTRY_VERIFY(f().find<QWidget>(QStringLiteral("linkLineEdit"))->isVisible());
    if (page == QLatin1String("saving"))
        QTRY_VERIFY_WITH_TIMEOUT(f().forwardButton()->isEnabled(), 15000);
    if (page == QLatin1String("validation"))
        QTRY_VERIFY_WITH_TIMEOUT(wizard.validationPage()->liveResult().has_value(), 15000);
    if (page == QLatin1String("credentials"))
        f().find<QToolButton>(QStringLiteral("advancedToolButton"))->setChecked(true);

    QWizardPage *current = wizard.currentPage();
    // Every page but saving (which only reports) has something to do with the keyboard.
    QVERIFY(page == QLatin1String("saving") || !focusChain(current).isEmpty());
    QStringList problems
        = namingProblems(current, page) + labelProblems(current, page) + tabOrderProblems(current, page);
    // The wizard's own buttons (Back, Next, Quit) are named too.
    for (QWizard::WizardButton which : { QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
             QWizard::FinishButton, QWizard::CancelButton }) {
        if (accessibleText(wizard.button(which), QAccessible::Name).isEmpty())
            problems.append(QStringLiteral("wizard button %1 has no accessible name").arg(int(which)));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Every control of the page, shown or not, is named: those hidden now show in other states.
    const QStringList hidden = namingProblems(wizard.page(wizard.currentId()), page);
    QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(QLatin1Char('\n'))));
}

void tst_WizardAccessibility::descriptions_whereTheNameIsNotEnough()
{
    openOn(QStringLiteral("welcome"));
    f().buildAllPages();
    // Fields whose name says what, but not where the value comes from or what it must match; links the
    // operator may have to open by hand; the ways on from the first page.
    const QStringList described { QStringLiteral("clientKeyLineEdit"), QStringLiteral("clientSecretLineEdit"),
        QStringLiteral("redirectUriLineEdit"), QStringLiteral("scopesLineEdit"),
        QStringLiteral("linkLineEdit"), QStringLiteral("setUpCommandLinkButton"),
        QStringLiteral("reauthorizeCommandLinkButton"), QStringLiteral("renewCommandLinkButton"),
        QStringLiteral("checkCommandLinkButton"), QStringLiteral("browsePacksCommandLinkButton"),
        QStringLiteral("noApiAccessCommandLinkButton") };
    QStringList missing;
    for (const QString &name : described) {
        QWidget *widget = f().find<QWidget>(name);
        if (accessibleText(widget, QAccessible::Description).trimmed().isEmpty())
            missing.append(name);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
}

void tst_WizardAccessibility::tabOrder_credentials()
{
    openOn(QStringLiteral("credentials"));
    f().find<QToolButton>(QStringLiteral("advancedToolButton"))->setChecked(true);
    QCOMPARE(objectNames(focusChain(f().wizard().currentPage())),
        (QStringList { QStringLiteral("clientKeyLineEdit"), QStringLiteral("clientSecretLineEdit"),
            QStringLiteral("showSecretCheckBox"), QStringLiteral("advancedToolButton"),
            QStringLiteral("redirectUriLineEdit"), QStringLiteral("scopesLineEdit"),
            QStringLiteral("restoreDefaultsPushButton") }));
    const QStringList problems = tabOrderProblems(f().wizard().currentPage(), QStringLiteral("credentials"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // After the page's last control, Tab reaches the wizard's buttons.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY2(qobject_cast<QAbstractButton *>(QApplication::focusWidget())
            && !f().wizard().currentPage()->isAncestorOf(QApplication::focusWidget()),
        qPrintable(describe(QApplication::focusWidget())));
}

void tst_WizardAccessibility::tabOrder_signIn()
{
    openOn(QStringLiteral("signin"));
    QTRY_VERIFY(f().find<QWidget>(QStringLiteral("linkLineEdit"))->isVisible());
    QCOMPARE(objectNames(focusChain(f().wizard().currentPage())),
        (QStringList { QStringLiteral("cancelSignInPushButton"), QStringLiteral("linkLineEdit"),
            QStringLiteral("openAgainPushButton"), QStringLiteral("copyLinkPushButton"),
            QStringLiteral("copyTikTokAddressPushButton"), QStringLiteral("pastedAddressLineEdit") }));
    // "Use this address" joins the chain, after the field, once an address is there.
    f().find<QLineEdit>(QStringLiteral("pastedAddressLineEdit"))
        ->setText(QStringLiteral("http://127.0.0.1/"));
    QCOMPARE(objectNames(focusChain(f().wizard().currentPage())).mid(5),
        (QStringList {
            QStringLiteral("pastedAddressLineEdit"), QStringLiteral("usePastedAddressPushButton") }));
}

// Waiting, the error (an alert: the operator may be looking at the browser) and success are announced.
void tst_WizardAccessibility::announced_signIn()
{
    f().rememberRedirect();
    f().storeKeysOnly();
    f().fake().setConsentMode(FakeTikTokTest::FakeTikTok::ConsentMode::AutoDeny);
    f().createWizard();
    f().show();
    f().click(QStringLiteral("reauthorizeCommandLinkButton"));
    InlineMessage *error = message(QStringLiteral("errorInlineMessage"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(m_events->announced(QStringLiteral("signInStatusLabel"), QAccessible::NameChanged,
                 QStringLiteral("Waiting for you to approve")),
        qPrintable(m_events->dump()));
    QVERIFY2(m_events->announced(
                 QStringLiteral("errorInlineMessage"), QAccessible::Alert, QStringLiteral("declined")),
        qPrintable(m_events->dump()));
    QCOMPARE(QAccessible::queryAccessibleInterface(error)->role(), QAccessible::AlertMessage);

    m_events->clear();
    f().fake().setConsentMode(FakeTikTokTest::FakeTikTok::ConsentMode::AutoApprove);
    f().click(QStringLiteral("tryAgainPushButton"));
    QTRY_VERIFY_WITH_TIMEOUT(f().wizard().currentId() >= int(SetupWizard::SavingPageId), 15000);
    QVERIFY2(m_events->announced(
                 QStringLiteral("signInStatusLabel"), QAccessible::NameChanged, QStringLiteral("Signed in")),
        qPrintable(m_events->dump()));
}

// Each step of saving is announced as it passes; a failure is an alert.
void tst_WizardAccessibility::announced_saving()
{
    f().rememberRedirect();
    f().storeSignedInCredentials(2 * 86400, 2);
    f().createWizard();
    f().show();
    f().click(QStringLiteral("renewCommandLinkButton"));
    QTRY_VERIFY_WITH_TIMEOUT(f().forwardButton()->isEnabled(), 15000);
    QVERIFY2(m_events->announced(QStringLiteral("renewTitleLabel"), QAccessible::NameChanged,
                 QStringLiteral("Renewing access")),
        qPrintable(m_events->dump()));
    QVERIFY2(m_events->announced(QStringLiteral("fileTitleLabel"), QAccessible::NameChanged,
                 QStringLiteral("Saved the credential file")),
        qPrintable(m_events->dump()));
}

// TikTok no longer accepts the refresh token: the error is an alert.
void tst_WizardAccessibility::announced_savingFailure()
{
    f().rememberRedirect();
    f().storeSignedInCredentials(2 * 86400, 2);
    f().fake().revokeEverything();
    f().createWizard();
    f().show();
    f().click(QStringLiteral("renewCommandLinkButton"));
    QTRY_VERIFY(message(QStringLiteral("savingErrorInlineMessage"))->isVisible());
    QVERIFY2(m_events->announced(QStringLiteral("savingErrorInlineMessage"), QAccessible::Alert,
                 QStringLiteral("Re-authorize")),
        qPrintable(m_events->dump()));
}

void tst_WizardAccessibility::announced_validation()
{
    f().storeSignedInCredentials(60, 1);
    const QString path = f().roxy().paths().primaryCredentialFile();
    QVERIFY(QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    f().createWizard();
    f().show();
    f().click(QStringLiteral("checkCommandLinkButton"));
    QTRY_VERIFY_WITH_TIMEOUT(f().wizard().validationPage()->liveResult().has_value(), 15000);
    QVERIFY2(m_events->announced(QStringLiteral("accountTitleLabel"), QAccessible::NameChanged,
                 QStringLiteral("Connected as")),
        qPrintable(m_events->dump()));
    f().click(QStringLiteral("fixPermissionsPushButton"));
    QVERIFY2(m_events->announced(QStringLiteral("validationInlineMessage"), QAccessible::NameChanged,
                 QStringLiteral("only you can read")),
        qPrintable(m_events->dump()));
}

QTEST_MAIN(tst_WizardAccessibility)
#include "tst_wizardaccessibility.moc"
