// The first-time setup through the GUI wizard on a real X server (Xvfb), with the real browser: the wizard
// opens the sign-in page through QDesktopServices -> xdg-open -> $BROWSER (launch-browser -> Chromium), the
// "operator" clicks Authorize on the fake TikTok's consent page, and the wizard goes on to Done. Saves the
// browser's success page and the wizard's final page as screenshots in $SKYBEAM_E2E_ARTIFACTS.
#include "core/oauth/oauthtesthelpers.h"
#include "testsupport.h"

#include "credentials/credentialvalidator.h"
#include "credentials/keychainsecretstore.h"
#include "credentials/memorysecretstore.h"
#include "setup/setupsession.h"
#include "setupwizard.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Skybeam;

class tst_WizardBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstTimeSetupInRealBrowser();

private:
    QAbstractButton *forwardButton(SetupWizard &wizard) const;
    void pressForward(SetupWizard &wizard);
    QString artifact(const QString &name) const { return QDir(m_artifacts).filePath(name); }

    QString m_artifacts;
    std::unique_ptr<QTemporaryDir> m_xdg;
};

void tst_WizardBrowser::initTestCase()
{
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("Needs a real X server: run under xvfb-run with QT_QPA_PLATFORM=xcb (CTest does).");
    const QString launcher = QStringLiteral(SKYBEAM_SOURCE_DIR "/tests/e2e/launch-browser");
    if (!QFileInfo::exists(QStringLiteral(SKYBEAM_SOURCE_DIR "/tests/e2e/node_modules/playwright-core"))
        || !QFileInfo::exists(QStringLiteral("/usr/bin/chromium"))
        || QStandardPaths::findExecutable(QStringLiteral("xdg-open")).isEmpty())
        QSKIP("Needs playwright-core, /usr/bin/chromium and xdg-open (scripts/test installs them).");
    m_artifacts = qEnvironmentVariable("SKYBEAM_E2E_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(m_artifacts);
    QFile::remove(artifact(QStringLiteral("wizard-browser.json")));
    // Make launch-browser the default web browser the way a desktop does: a .desktop file and mimeapps.list
    // in private XDG folders (xdg-open asks xdg-mime first, $BROWSER only after).
    m_xdg.reset(new QTemporaryDir);
    const QString applications = m_xdg->filePath(QStringLiteral("data/applications"));
    QDir().mkpath(applications);
    QDir().mkpath(m_xdg->filePath(QStringLiteral("config")));
    QFile desktop(applications + QStringLiteral("/skybeam-e2e-browser.desktop"));
    QVERIFY(desktop.open(QIODevice::WriteOnly));
    desktop.write("[Desktop Entry]\nType=Application\nName=SKYBEAM e2e browser\nExec=" + launcher.toUtf8()
        + " %u\nMimeType=x-scheme-handler/http;x-scheme-handler/https;text/html;\n");
    desktop.close();
    QFile mimeapps(m_xdg->filePath(QStringLiteral("config/mimeapps.list")));
    QVERIFY(mimeapps.open(QIODevice::WriteOnly));
    mimeapps.write(
        "[Default Applications]\nx-scheme-handler/http=skybeam-e2e-browser.desktop\n"
        "x-scheme-handler/https=skybeam-e2e-browser.desktop\ntext/html=skybeam-e2e-browser.desktop\n");
    mimeapps.close();
    qputenv("XDG_DATA_HOME", m_xdg->filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_xdg->filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("BROWSER", launcher.toLocal8Bit());
    qputenv("SKYBEAM_E2E_ACTION", "authorize");
    qputenv("SKYBEAM_E2E_RESULT", artifact(QStringLiteral("wizard-browser.json")).toLocal8Bit());
    qputenv("SKYBEAM_E2E_SCREENSHOT", artifact(QStringLiteral("wizard-browser-success.png")).toLocal8Bit());
    qputenv("SKYBEAM_E2E_LOG", artifact(QStringLiteral("wizard-browser.log")).toLocal8Bit());
}

QAbstractButton *tst_WizardBrowser::forwardButton(SetupWizard &wizard) const
{
    for (QWizard::WizardButton which :
        { QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton }) {
        if (wizard.button(which)->isVisible())
            return wizard.button(which);
    }
    return nullptr;
}

void tst_WizardBrowser::pressForward(SetupWizard &wizard)
{
    QAbstractButton *button = forwardButton(wizard);
    QVERIFY(button);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30000);
    QTest::mouseClick(button, Qt::LeftButton);
}

void tst_WizardBrowser::firstTimeSetupInRealBrowser()
{
    FakeTikTokTest::FakeTikTok fake;
    QVERIFY(OAuthTest::startFake(fake, { QStringLiteral("http://127.0.0.1:*/callback/") }));
    fake.setConsentMode(FakeTikTokTest::FakeTikTok::ConsentMode::Interactive);

    SkybeamTest::TempRoxy roxy;
    std::unique_ptr<SecretStore> secrets;
    if (qEnvironmentVariableIsSet("SKYBEAM_TEST_KEYRING"))
        secrets = std::make_unique<KeychainSecretStore>();
    else
        secrets = std::make_unique<MemorySecretStore>();

    SetupWizard wizard(roxy.paths(), secrets.get());
    wizard.session()->setEndpoints(OAuthTest::endpointsOf(fake));
    wizard.session()->network()->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    wizard.session()->setLoginTimeoutSeconds(90);
    wizard.resize(900, 680);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    auto *setUp = wizard.findChild<QAbstractButton *>(QStringLiteral("setUpCommandLinkButton"));
    QVERIFY(setUp);
    QTRY_VERIFY(setUp->isEnabled());
    QTest::mouseClick(setUp, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::PortalGuidePageId));
    pressForward(wizard);

    QCOMPARE(wizard.currentId(), int(SetupWizard::CredentialsPageId));
    auto *key = wizard.findChild<QLineEdit *>(QStringLiteral("clientKeyLineEdit"));
    auto *secret = wizard.findChild<QLineEdit *>(QStringLiteral("clientSecretLineEdit"));
    auto *redirect = wizard.findChild<QLineEdit *>(QStringLiteral("redirectUriLineEdit"));
    QVERIFY(key && secret && redirect);
    QTest::keyClicks(key, OAuthTest::ClientKey);
    QTest::keyClicks(secret, OAuthTest::ClientSecret);
    redirect->setText(QStringLiteral("http://127.0.0.1:*/callback/"));
    pressForward(wizard);

    // The wizard opened the real browser; Chromium clicks Authorize and comes back to the receiver.
    QCOMPARE(wizard.currentId(), int(SetupWizard::SignInPageId));
    // Saving and the check (when everything passes) move on by themselves.
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::DonePageId), 90000);
    // Capture the screen with the Done page on it: once the window is exposed, paint it now (repaint() paints
    // and flushes before it returns) instead of waiting a while for it to paint itself.
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.repaint();

    QProcess import;
    import.start(QStringLiteral("import"),
        { QStringLiteral("-window"), QStringLiteral("root"), artifact(QStringLiteral("wizard-done.png")) });
    QVERIFY(import.waitForFinished(30000));
    QCOMPARE(import.exitCode(), 0);
    QVERIFY(QFileInfo(artifact(QStringLiteral("wizard-done.png"))).size() > 0);

    // What the browser showed, as the real browser recorded it.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(artifact(QStringLiteral("wizard-browser.json"))).size() > 0, 30000);
    QFile resultFile(artifact(QStringLiteral("wizard-browser.json")));
    QVERIFY(resultFile.open(QIODevice::ReadOnly));
    const QJsonObject browser = QJsonDocument::fromJson(resultFile.readAll()).object();
    QVERIFY2(browser.value(QLatin1String("text"))
                 .toString()
                 .contains(QLatin1String("Connected as Skybeam Tester")),
        qPrintable(browser.value(QLatin1String("text")).toString()
            + browser.value(QLatin1String("error")).toString()));
    QVERIFY(QFileInfo(artifact(QStringLiteral("wizard-browser-success.png"))).size() > 0);

    const ValidationReport report
        = CredentialValidator::validate(roxy.paths(), CredentialValidator::Mode::Strict);
    QVERIFY2(report.passed, qPrintable(report.toText()));
}

QTEST_MAIN(tst_WizardBrowser)
#include "tst_wizardbrowser.moc"
