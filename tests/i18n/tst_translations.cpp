// skybeam-setup in German and Spanish at run time: the binary's help and messages for --lang and for the
// system locale (the validate report stays English, byte for byte), the wizard's pages with Qt's own
// Back/Next buttons, the browser pages after sign-in, English plural forms, and mnemonics that stay unique on
// every page, in the viewer and in Send to TikTok once translated.
#include "setupprocess.h"
#include "translations.h"

#include "credentials/memorysecretstore.h"
#include "handoff/packreader.h"
#include "handoff/postedstatestore.h"
#include "oauth/callbackpage.h"
#include "packfixtures.h"
#include "setupwizard.h"
#include "viewer/handoffviewer.h"
#include "viewer/sendtotiktokdialog.h"
#include "widgets/copyablefield.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QTest>
#include <QWizardPage>

using namespace SkybeamTest;

namespace {

// The environment of a run in `systemLanguage` (a LANG value) with no other locale variable set.
QProcessEnvironment environmentIn(const QString &roxyHome, const QString &systemLanguage)
{
    QProcessEnvironment environment = environmentFor(roxyHome);
    for (const char *variable : { "LC_ALL", "LC_MESSAGES", "LANGUAGE" })
        environment.remove(QString::fromLatin1(variable));
    environment.insert(QStringLiteral("LANG"), systemLanguage);
    return environment;
}

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// The key of the mnemonic in `label` ("Ab&schließen" -> "s"), empty when there is none.
QString mnemonicKey(const QString &label)
{
    for (qsizetype i = 0; i + 1 < label.size(); ++i) {
        if (label.at(i) != QLatin1Char('&'))
            continue;
        if (label.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!label.at(i + 1).isSpace())
            return label.at(i + 1).toLower();
    }
    return {};
}

// Mnemonics of the buttons and buddied labels under `root` (plus `extra` texts); duplicates are problems.
QStringList duplicateMnemonics(const QWidget *root, const QStringList &extra, const QString &where)
{
    QHash<QString, QStringList> byKey;
    QStringList texts = extra;
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        // Copy buttons next to each value of the portal guide share one mnemonic on purpose.
        if (!qobject_cast<const Skybeam::CopyableField *>(button->parentWidget()))
            texts.append(button->text());
    }
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy())
            texts.append(label->text());
    }
    for (const QString &label : std::as_const(texts)) {
        const QString key = mnemonicKey(label);
        if (!key.isEmpty())
            byKey[key].append(label);
    }
    QStringList problems;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            problems.append(QStringLiteral("%1: %2").arg(where, it.value().join(QLatin1String(" / "))));
    }
    return problems;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void availableLanguages();
    void commandLine_data();
    void commandLine();
    void validateReport_staysEnglish_data();
    void validateReport_staysEnglish();
    void unknownLanguage_fallsBackToEnglish();
    void wizard_andQtButtons_data();
    void wizard_andQtButtons();
    void browserPages_data();
    void browserPages();
    void englishPluralForms();
    void mnemonics_uniquePerPage_data();
    void mnemonics_uniquePerPage();
};

void tst_Translations::cleanup()
{
    Skybeam::Translations::remove();
    QLocale::setDefault(QLocale::system());
}

void tst_Translations::availableLanguages()
{
    QCOMPARE(Skybeam::Translations::availableLanguages(),
        (QStringList { QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es") }));
}

void tst_Translations::commandLine_data()
{
    QTest::addColumn<QString>("system");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expectedOut");
    QTest::addColumn<QStringList>("expectedErr");
    const QStringList help { QStringLiteral("--help") };
    QTest::newRow("--lang de")
        << QStringLiteral("C.UTF-8")
        << QStringList { QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help") } << 0
        << QStringList { QStringLiteral("Aufruf: skybeam-setup"),
               QStringLiteral("Verbindet den SKYBEAM-Publisher mit TikTok. Ohne Befehl"),
               QStringLiteral("Befehle:"),
               QStringLiteral("Das Zugriffstoken mit dem gespeicherten Aktualisierungstoken erneuern") }
        << QStringList();
    QTest::newRow("--lang=es") << QStringLiteral("C.UTF-8")
                               << QStringList { QStringLiteral("--lang=es"), QStringLiteral("--help") } << 0
                               << QStringList { QStringLiteral("Uso: skybeam-setup"),
                                      QStringLiteral(
                                          "Conecta el publicador de SKYBEAM con TikTok. Sin ninguna orden"),
                                      QStringLiteral("Órdenes:") }
                               << QStringList();
    QTest::newRow("system de_DE") << QStringLiteral("de_DE.UTF-8") << help << 0
                                  << QStringList { QStringLiteral("Aufruf: skybeam-setup"),
                                         QStringLiteral("Befehle:") }
                                  << QStringList();
    QTest::newRow("system es_ES") << QStringLiteral("es_ES.UTF-8") << help << 0
                                  << QStringList { QStringLiteral("Uso: skybeam-setup"),
                                         QStringLiteral("Órdenes:") }
                                  << QStringList();
    QTest::newRow("--lang en over system de")
        << QStringLiteral("de_DE.UTF-8")
        << QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help") } << 0
        << QStringList { QStringLiteral("Usage: skybeam-setup"),
               QStringLiteral("Connects the SKYBEAM publisher to TikTok. Without a command") }
        << QStringList();
    QTest::newRow("validate --help de")
        << QStringLiteral("C.UTF-8")
        << QStringList { QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("validate"),
               QStringLiteral("--help") }
        << 0
        << QStringList { QStringLiteral("Aufruf: skybeam-setup validate"),
               QStringLiteral("Prüft die TikTok-Zugangsdatei, die der SKYBEAM-Publisher liest"),
               QStringLiteral("Das Ergebnis als JSON ausgeben.") }
        << QStringList();
    QTest::newRow("usage error es")
        << QStringLiteral("C.UTF-8")
        << QStringList { QStringLiteral("validate"), QStringLiteral("--lang"), QStringLiteral("es"),
               QStringLiteral("extra") }
        << 2 << QStringList()
        << QStringList { QStringLiteral("skybeam-setup validate: argumento inesperado 'extra'"),
               QStringLiteral("Prueba 'skybeam-setup validate --help' para más información.") };
    QTest::newRow("authorize without key, system de")
        << QStringLiteral("de_DE.UTF-8") << QStringList { QStringLiteral("authorize") } << 2 << QStringList()
        << QStringList { QStringLiteral("--client-key SCHLÜSSEL ist erforderlich") };
}

void tst_Translations::commandLine()
{
    QFETCH(QString, system);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expectedOut);
    QFETCH(QStringList, expectedErr);
    TempRoxy roxy;
    const ProcessResult result = runSetup(arguments, environmentIn(roxy.root(), system));
    QVERIFY2(!result.crashed, result.err.constData());
    QCOMPARE(result.exitCode, exitCode);
    for (const QString &expected : std::as_const(expectedOut))
        QVERIFY2(text(result.out).contains(expected),
            qPrintable(expected + QLatin1String(" not in:\n") + text(result.out)));
    for (const QString &expected : std::as_const(expectedErr))
        QVERIFY2(text(result.err).contains(expected),
            qPrintable(expected + QLatin1String(" not in:\n") + text(result.err)));
}

void tst_Translations::validateReport_staysEnglish_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("runbook") << QStringList();
    QTest::newRow("strict") << QStringList { QStringLiteral("--strict") };
    QTest::newRow("json") << QStringList { QStringLiteral("--strict"), QStringLiteral("--json") };
}

// The report is a contract with scripts: the same bytes in every language, even the problem it quotes.
void tst_Translations::validateReport_staysEnglish()
{
    QFETCH(QStringList, options);
    TempRoxy empty;
    empty.writeFile(QStringLiteral("credentials/tiktok_oauth.json"), QByteArray());
    TempRoxy signedIn;
    signedIn.writeFile(QStringLiteral("credentials/tiktok_oauth.json"),
        R"({"client_key":"aw1","client_secret":"s","access_token":"act.1","refresh_token":"rft.1",)"
        R"("expires_at":"2001-01-01T00:00:00Z","refresh_expires_at":"2001-01-01T00:00:00Z",)"
        R"("authorized_at":"2001-01-01T00:00:00Z","scope":"user.info.basic"})");
    for (const TempRoxy *roxy : { &empty, &signedIn }) {
        const QStringList arguments
            = QStringList { QStringLiteral("validate"), QStringLiteral("--tiktok") } + options;
        const ProcessResult english
            = runSetup(arguments, environmentIn(roxy->root(), QStringLiteral("C.UTF-8")));
        QVERIFY(english.exitCode == 0 || english.exitCode == 1);
        // The report quotes texts that have translations: the problem with the empty file, the explanations.
        if (roxy == &empty)
            QVERIFY2(english.out.contains("is empty. Run setup again to write it."), english.out.constData());
        for (const char *language : { "de", "es" }) {
            const ProcessResult translated = runSetup(
                QStringList { QStringLiteral("--lang"), QString::fromLatin1(language) } + arguments,
                environmentIn(roxy->root(), QStringLiteral("de_DE.UTF-8")));
            QCOMPARE(translated.exitCode, english.exitCode);
            QCOMPARE(text(translated.out), text(english.out));
            QCOMPARE(translated.err, english.err);
        }
    }
}

void tst_Translations::unknownLanguage_fallsBackToEnglish()
{
    TempRoxy roxy;
    const ProcessResult result
        = runSetup({ QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--help") },
            environmentIn(roxy.root(), QStringLiteral("C.UTF-8")));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(text(result.out).contains(QLatin1String("Connects the SKYBEAM publisher to TikTok.")));
    QVERIFY2(text(result.err).contains(QLatin1String("no translation for 'xx'")), result.err.constData());
}

void tst_Translations::wizard_andQtButtons_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("welcomeTitle");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("back");
    QTest::addColumn<QString>("quit");
    QTest::addColumn<QString>("guideTitle");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Willkommen bei SKYBEAM TikTok Setup")
                        << QStringLiteral("&Weiter >") << QStringLiteral("< &Zurück")
                        << QStringLiteral("&Beenden") << QStringLiteral("Ihre TikTok-App erstellen");
    QTest::newRow("es") << QStringLiteral("es")
                        << QStringLiteral("Te damos la bienvenida a SKYBEAM TikTok Setup")
                        << QStringLiteral("Siguie&nte >") << QStringLiteral("< &Atrás")
                        << QStringLiteral("&Salir") << QStringLiteral("Crea tu app de TikTok");
}

void tst_Translations::wizard_andQtButtons()
{
    QFETCH(QString, language);
    QFETCH(QString, welcomeTitle);
    QFETCH(QString, next);
    QFETCH(QString, back);
    QFETCH(QString, quit);
    QFETCH(QString, guideTitle);
    QVERIFY(Skybeam::Translations::install(language));
    TempRoxy roxy;
    Skybeam::MemorySecretStore secrets;
    Skybeam::SetupWizard wizard(roxy.paths(), &secrets);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentPage()->title(), welcomeTitle);
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), next);
    QCOMPARE(wizard.button(QWizard::CancelButton)->text(), quit);
    QCOMPARE(wizard.ensurePage(Skybeam::SetupWizard::PortalGuidePageId)->title(), guideTitle);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(Skybeam::SetupWizard::PortalGuidePageId));
    QCOMPARE(wizard.button(QWizard::BackButton)->text(), back);
    QVERIFY(wizard.button(QWizard::BackButton)->isVisible());
}

void tst_Translations::browserPages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("connected");
    QTest::addColumn<QString>("failed");
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringLiteral("Verbunden als Ana. Sie können diesen Tab schließen")
                        << QStringLiteral("Nicht verbunden");
    QTest::newRow("es") << QStringLiteral("es")
                        << QStringLiteral("Conectado como Ana. Puedes cerrar esta pestaña")
                        << QStringLiteral("No conectado");
}

void tst_Translations::browserPages()
{
    QFETCH(QString, language);
    QFETCH(QString, connected);
    QFETCH(QString, failed);
    QVERIFY(Skybeam::Translations::install(language));
    const QString success = Skybeam::CallbackPage::success(QStringLiteral("Ana"), {});
    QVERIFY2(success.contains(connected), qPrintable(success));
    QVERIFY2(success.contains(QStringLiteral("<html lang=\"%1\">").arg(language)), qPrintable(success));
    const QString failure
        = Skybeam::CallbackPage::failure(Skybeam::Error(QStringLiteral("test"), QStringLiteral("x")));
    QVERIFY2(failure.contains(failed), qPrintable(failure));
}

void tst_Translations::englishPluralForms()
{
    const auto packs = [](int n) {
        return QCoreApplication::translate("Skybeam::HandoffViewer", "%n pack(s)", nullptr, n);
    };
    QVERIFY(Skybeam::Translations::install(QStringLiteral("en")));
    QCOMPARE(packs(1), QStringLiteral("1 pack"));
    QCOMPARE(packs(3), QStringLiteral("3 packs"));
    // A language without SKYBEAM translation still gets the English plural forms.
    QVERIFY(!Skybeam::Translations::install(QStringLiteral("fr")));
    QCOMPARE(packs(1), QStringLiteral("1 pack"));
    QVERIFY(Skybeam::Translations::install(QStringLiteral("de")));
    QCOMPARE(packs(1), QStringLiteral("1 Paket"));
    QCOMPARE(packs(2), QStringLiteral("2 Pakete"));
}

void tst_Translations::mnemonics_uniquePerPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("es") << QStringLiteral("es");
    QTest::newRow("en") << QStringLiteral("en");
}

void tst_Translations::mnemonics_uniquePerPage()
{
    QFETCH(QString, language);
    QVERIFY(Skybeam::Translations::install(language));
    TempRoxy roxy;
    Skybeam::MemorySecretStore secrets;
    Skybeam::SetupWizard wizard(roxy.paths(), &secrets);
    // The pages other than the first are built when first needed: build them all.
    for (int id = 0; id < Skybeam::SetupWizard::pageNames().size(); ++id)
        wizard.ensurePage(id);
    QStringList problems;
    const QList<int> ids = wizard.pageIds();
    QCOMPARE(ids.size(), 7);
    for (int id : ids) {
        const bool last = id == Skybeam::SetupWizard::DonePageId;
        QStringList buttons { wizard.buttonText(QWizard::BackButton),
            wizard.buttonText(last ? QWizard::FinishButton : QWizard::NextButton) };
        if (!last)
            buttons.append(wizard.buttonText(QWizard::CancelButton));
        problems << duplicateMnemonics(wizard.page(id), buttons, QStringLiteral("page %1").arg(id));
    }
    Skybeam::HandoffViewer viewer(roxy.paths());
    problems << duplicateMnemonics(&viewer, {}, QStringLiteral("viewer"));
    QVERIFY(QDir().mkpath(roxy.paths().exportsDir()));
    const QByteArray exports = QFile::encodeName(roxy.paths().exportsDir());
    SkybeamTest::writePack(exports, SkybeamTest::goodPack("pack"));
    Skybeam::PostedStateStore posted(Skybeam::PostedStateStore::defaultFilePath(roxy.paths()));
    Skybeam::SendToTikTokDialog dialog(Skybeam::PackReader::read(exports, "pack"), roxy.paths(), &posted);
    dialog.setSecretStore(&secrets);
    problems << duplicateMnemonics(&dialog, {}, QStringLiteral("Send to TikTok"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
