// The App credentials page: pasted text cleaned and the cleaning shown, hints for the wrong field,
// sandbox keys labelled, the secret masked unless asked, and the runbook's defaults under Advanced.
#include "wizardfixture.h"

#include <QCheckBox>
#include <QClipboard>
#include <QLineEdit>
#include <QToolButton>

using namespace Skybeam;
using namespace WizardTest;

class tst_CredentialsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pasteIsCleaned_data();
    void pasteIsCleaned();
    void secretIsMaskedUnlessShown();
    void nextNeedsBothKeys();
    void advancedHasTheRunbookDefaults();
    void badRedirectUriBlocksNext();
    void valuesGoToTheSession();

private:
    void paste(QLineEdit *lineEdit, const QString &text);
    QAbstractButton *nextButton() { return m_fixture->wizard().button(QWizard::NextButton); }

    std::unique_ptr<Fixture> m_fixture;
};

void tst_CredentialsPage::init()
{
    m_fixture = std::make_unique<Fixture>();
    m_fixture->createWizard();
    QVERIFY(m_fixture->wizard().startAt(QStringLiteral("credentials")));
    m_fixture->show();
    QCOMPARE(m_fixture->wizard().currentId(), int(SetupWizard::CredentialsPageId));
}

void tst_CredentialsPage::cleanup()
{
    m_fixture.reset();
}

void tst_CredentialsPage::paste(QLineEdit *lineEdit, const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    lineEdit->setFocus();
    lineEdit->selectAll();
    QTest::keySequence(lineEdit, QKeySequence::Paste);
}

void tst_CredentialsPage::pasteIsCleaned_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("hint");
    QTest::addColumn<bool>("sandbox");

    const QString key = QStringLiteral("clientKey");
    const QString secret = QStringLiteral("clientSecret");
    QTest::newRow("clean key") << key << QStringLiteral("awk1x2y3z4") << QStringLiteral("awk1x2y3z4")
                               << QString() << QString() << false;
    QTest::newRow("key with spaces and line break")
        << key << QStringLiteral(" awk1x2y3z4 \n") << QStringLiteral("awk1x2y3z4")
        << QStringLiteral("Cleaned up: Removed 2 space(s). Removed 1 line break(s).") << QString() << false;
    QTest::newRow("quoted key from the JSON file")
        << key << QStringLiteral("\"client_key\": \"awk1x2y3z4\",") << QStringLiteral("awk1x2y3z4")
        << QStringLiteral(
               "Cleaned up: Removed the label \"client_key\". Removed the quotes around the value. "
               "Removed a trailing comma.")
        << QString() << false;
    QTest::newRow("sandbox key") << key << QStringLiteral("sbawk1x2y3z4") << QStringLiteral("sbawk1x2y3z4")
                                 << QString() << QString() << true;
    QTest::newRow("App ID") << key << QStringLiteral("7234567890123456789")
                            << QStringLiteral("7234567890123456789") << QString() << QStringLiteral("App ID")
                            << false;
    QTest::newRow("secret in the key field") << key << QStringLiteral("0123456789abcdef0123456789abcdef")
                                             << QStringLiteral("0123456789abcdef0123456789abcdef")
                                             << QString() << QStringLiteral("not the Client Secret") << false;
    QTest::newRow("secret wrapped in quotes")
        << secret << QStringLiteral("'0123456789abcdef0123456789abcdef'")
        << QStringLiteral("0123456789abcdef0123456789abcdef")
        << QStringLiteral("Cleaned up: Removed the quotes around the value.") << QString() << false;
    QTest::newRow("key in the secret field")
        << secret << QStringLiteral("awk1x2y3z4") << QStringLiteral("awk1x2y3z4") << QString()
        << QStringLiteral("looks like the Client Key") << false;
}

void tst_CredentialsPage::pasteIsCleaned()
{
    QFETCH(QString, field);
    QFETCH(QString, pasted);
    QFETCH(QString, value);
    QFETCH(QString, note);
    QFETCH(QString, hint);
    QFETCH(bool, sandbox);

    auto *lineEdit = m_fixture->find<QLineEdit>(field + QStringLiteral("LineEdit"));
    paste(lineEdit, pasted);
    QCOMPARE(lineEdit->text(), value);
    auto *noteLabel = m_fixture->find<QLabel>(field + QStringLiteral("NoteLabel"));
    QCOMPARE(noteLabel->isVisible(), !note.isEmpty());
    QCOMPARE(noteLabel->text(), note);
    auto *hintLabel = m_fixture->find<QLabel>(field + QStringLiteral("HintLabel"));
    QCOMPARE(hintLabel->isVisible(), !hint.isEmpty());
    if (!hint.isEmpty())
        QVERIFY2(hintLabel->text().contains(hint), qPrintable(hintLabel->text()));
    auto *sandboxLabel = m_fixture->find<QLabel>(QStringLiteral("sandboxLabel"));
    QCOMPARE(sandboxLabel->isVisible(), sandbox);
    if (sandbox)
        QVERIFY(sandboxLabel->text().contains(QLatin1String("sandbox")));
    // The secret never shows up in what the page says about it.
    if (field == QLatin1String("clientSecret")) {
        QVERIFY(!noteLabel->text().contains(value));
        QVERIFY(!hintLabel->text().contains(value));
    }
}

void tst_CredentialsPage::secretIsMaskedUnlessShown()
{
    auto *secret = m_fixture->find<QLineEdit>(QStringLiteral("clientSecretLineEdit"));
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    m_fixture->find<QCheckBox>(QStringLiteral("showSecretCheckBox"))->setChecked(true);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    m_fixture->find<QCheckBox>(QStringLiteral("showSecretCheckBox"))->setChecked(false);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
}

void tst_CredentialsPage::nextNeedsBothKeys()
{
    QVERIFY(!nextButton()->isEnabled());
    paste(m_fixture->find<QLineEdit>(QStringLiteral("clientKeyLineEdit")), QStringLiteral("awk1x2y3z4"));
    QVERIFY(!nextButton()->isEnabled());
    paste(m_fixture->find<QLineEdit>(QStringLiteral("clientSecretLineEdit")), QStringLiteral("  \n"));
    QVERIFY(!nextButton()->isEnabled());
    paste(m_fixture->find<QLineEdit>(QStringLiteral("clientSecretLineEdit")), QStringLiteral("s3cret"));
    QVERIFY(nextButton()->isEnabled());
}

void tst_CredentialsPage::advancedHasTheRunbookDefaults()
{
    auto *advanced = m_fixture->find<QToolButton>(QStringLiteral("advancedToolButton"));
    auto *redirect = m_fixture->find<QLineEdit>(QStringLiteral("redirectUriLineEdit"));
    auto *scopes = m_fixture->find<QLineEdit>(QStringLiteral("scopesLineEdit"));
    QVERIFY(!redirect->isVisible());
    advanced->click();
    QVERIFY(redirect->isVisible());
    QCOMPARE(redirect->text(), QStringLiteral("http://localhost:8080/callback"));
    QCOMPARE(scopes->text(), QStringLiteral("user.info.basic,video.upload,video.publish"));
    redirect->setText(Wildcard);
    scopes->setText(QStringLiteral("user.info.basic"));
    m_fixture->click(QStringLiteral("restoreDefaultsPushButton"));
    QCOMPARE(redirect->text(), QStringLiteral("http://localhost:8080/callback"));
    QCOMPARE(scopes->text(), QStringLiteral("user.info.basic,video.upload,video.publish"));
}

void tst_CredentialsPage::badRedirectUriBlocksNext()
{
    paste(m_fixture->find<QLineEdit>(QStringLiteral("clientKeyLineEdit")), QStringLiteral("awk1x2y3z4"));
    paste(m_fixture->find<QLineEdit>(QStringLiteral("clientSecretLineEdit")), QStringLiteral("s3cret"));
    QVERIFY(nextButton()->isEnabled());
    auto *redirect = m_fixture->find<QLineEdit>(QStringLiteral("redirectUriLineEdit"));
    redirect->setText(QStringLiteral("https://example.com/callback"));
    QVERIFY(!nextButton()->isEnabled());
    // A problem opens Advanced so the operator sees it.
    QVERIFY(redirect->isVisible());
    QVERIFY(m_fixture->find<QLabel>(QStringLiteral("advancedProblemLabel"))->isVisible());
    redirect->setText(Wildcard);
    QVERIFY(nextButton()->isEnabled());
    m_fixture->find<QLineEdit>(QStringLiteral("scopesLineEdit"))->setText(QStringLiteral(" , "));
    QVERIFY(!nextButton()->isEnabled());
}

void tst_CredentialsPage::valuesGoToTheSession()
{
    paste(m_fixture->find<QLineEdit>(QStringLiteral("clientKeyLineEdit")),
        QStringLiteral(" \"sbawk1x2y3z4\" "));
    paste(m_fixture->find<QLineEdit>(QStringLiteral("clientSecretLineEdit")), QStringLiteral("s3cret\n"));
    m_fixture->find<QLineEdit>(QStringLiteral("redirectUriLineEdit"))->setText(Wildcard);
    m_fixture->find<QLineEdit>(QStringLiteral("scopesLineEdit"))
        ->setText(QStringLiteral("user.info.basic, video.upload"));
    QVERIFY(m_fixture->wizard().currentPage()->validatePage());
    const AppSettings &settings = m_fixture->session().appSettings();
    QCOMPARE(settings.clientKey, QStringLiteral("sbawk1x2y3z4"));
    QCOMPARE(settings.clientSecret, QStringLiteral("s3cret"));
    QCOMPARE(settings.redirectUri, Wildcard);
    QCOMPARE(
        settings.scopes, (QStringList { QStringLiteral("user.info.basic"), QStringLiteral("video.upload") }));
}

QTEST_MAIN(tst_CredentialsPage)
#include "tst_credentialspage.moc"
