// Counts what an operator does, the way an operator does it (mouse clicks and key presses on the real
// widgets, pasting with Ctrl+V), against the strict fake TikTok whose approval the scripted browser gives,
// and fails above issue 13's numbers: first-time setup in 8 actions including pasting key and secret, plus
// the approval; re-authorize from the app: start, Re-authorize, approval, Finish; from a reminder (its
// "Re-authorize now" starts `skybeam-setup --page signin`, i.e. SetupWizard::startAt("signin")): the click,
// the approval, Finish.
#include "wizardfixture.h"

#include "setup/reminderschedule.h"

#include <QApplication>
#include <QClipboard>
#include <QTemporaryDir>

using namespace Skybeam;
using namespace WizardTest;

namespace {

/// The operator's hands: every method is one action.
class Operator
{
public:
    int actions() const { return m_actions; }
    QStringList log() const { return m_log; }

    void start(const std::function<void()> &launch)
    {
        record(QStringLiteral("start"));
        launch();
    }
    void click(QWidget *widget)
    {
        record(QStringLiteral("click %1").arg(widget->objectName()));
        QTest::mouseClick(widget, Qt::LeftButton);
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        record(QStringLiteral("key %1 on %2")
                   .arg(QKeySequence(key | modifiers).toString(), target->objectName()));
        QTest::keyClick(target, key, modifiers);
    }
    /// Copied in the developer portal (not counted here), pasted with Ctrl+V into the focused field.
    void paste(const QString &text)
    {
        QGuiApplication::clipboard()->setText(text);
        press(Qt::Key_V, Qt::ControlModifier);
    }

private:
    void record(const QString &what)
    {
        ++m_actions;
        m_log.append(what);
    }

    int m_actions = 0;
    QStringList m_log;
};

} // namespace

class tst_OperatorActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstTimeSetup();
    void reauthorizeFromTheApp();
    void reauthorizeFromAReminder();

private:
    Fixture &f() { return *m_fixture; }
    void launch();
    /// The sign-in, saving and the check pass by themselves; the Done page is where the operator acts again.
    void waitForDonePage();
    void verifyConnected(const Operator &hands, int allowed);

    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<Fixture> m_fixture;
};

void tst_OperatorActions::init()
{
    // Finish turns the reminders on: into a config folder of the test's own, without systemd.
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    qputenv("XDG_CONFIG_HOME", m_config->filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", m_config->path().toLocal8Bit());
    m_fixture = std::make_unique<Fixture>();
    // The app's registered redirect URI is the free-port one (port 8080 may be taken on a test machine).
    f().rememberRedirect(Wildcard);
}

void tst_OperatorActions::cleanup()
{
    m_fixture.reset();
    m_config.reset();
}

void tst_OperatorActions::launch()
{
    f().createWizard();
    f().show();
    QVERIFY(QTest::qWaitForWindowActive(&f().wizard()));
}

void tst_OperatorActions::waitForDonePage()
{
    QTRY_COMPARE_WITH_TIMEOUT(f().wizard().currentId(), int(SetupWizard::DonePageId), 20000);
    QTRY_VERIFY(QApplication::focusWidget());
}

void tst_OperatorActions::verifyConnected(const Operator &hands, int allowed)
{
    QTRY_VERIFY(!f().wizard().isVisible());
    QCOMPARE(f().wizard().result(), int(QDialog::Accepted));
    const CredentialReadResult stored = f().storedFile();
    QVERIFY(stored.isUsable());
    QVERIFY(f().fake().isAccessTokenValid(stored.credentials.accessToken()));
    // One approval in the browser.
    QCOMPARE(f().browser().openedUrls().size(), 1);
    QVERIFY2(hands.actions() <= allowed,
        qPrintable(QStringLiteral("%1 actions (at most %2): %3")
                       .arg(hands.actions())
                       .arg(allowed)
                       .arg(hands.log().join(QLatin1String(", ")))));
    qInfo("%d actions: %s", hands.actions(), qPrintable(hands.log().join(QLatin1String(", "))));
}

void tst_OperatorActions::firstTimeSetup()
{
    Operator hands;
    hands.start([this] { launch(); });
    hands.click(f().find<QWidget>(QStringLiteral("setUpCommandLinkButton")));
    QCOMPARE(f().wizard().currentId(), int(SetupWizard::PortalGuidePageId));
    hands.click(f().wizard().button(QWizard::NextButton));
    QCOMPARE(f().wizard().currentId(), int(SetupWizard::CredentialsPageId));
    QTRY_COMPARE(QApplication::focusWidget(), f().find<QWidget>(QStringLiteral("clientKeyLineEdit")));
    hands.paste(OAuthTest::ClientKey);
    hands.press(Qt::Key_Tab);
    hands.paste(OAuthTest::ClientSecret);
    hands.press(Qt::Key_Return);
    waitForDonePage();
    hands.press(Qt::Key_Return);
    verifyConnected(hands, 8);
    QVERIFY(ReminderSchedule::detect().enabled);
}

void tst_OperatorActions::reauthorizeFromTheApp()
{
    f().storeSignedInCredentials(3600, 28);
    Operator hands;
    hands.start([this] { launch(); });
    auto *reauthorize = f().find<QWidget>(QStringLiteral("reauthorizeCommandLinkButton"));
    QTRY_VERIFY(reauthorize->isEnabled());
    hands.click(reauthorize);
    waitForDonePage();
    hands.press(Qt::Key_Return);
    verifyConnected(hands, 3);
}

void tst_OperatorActions::reauthorizeFromAReminder()
{
    f().storeSignedInCredentials(3600, 31);
    Operator hands;
    // The notification's "Re-authorize now": remind starts `skybeam-setup --page signin`.
    hands.start([this] {
        f().createWizard();
        QVERIFY(f().wizard().startAt(QStringLiteral("signin")));
        f().show();
        QVERIFY(QTest::qWaitForWindowActive(&f().wizard()));
    });
    waitForDonePage();
    hands.press(Qt::Key_Return);
    verifyConnected(hands, 2);
}

QTEST_MAIN(tst_OperatorActions)
#include "tst_operatoractions.moc"
