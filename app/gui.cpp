// The GUI entry point: parses the GUI's options and shows the setup wizard.
#include "commandline.h"

#include "credentials/keychainsecretstore.h"
#include "pages/setupwizard.h"
#include "startupprobe.h"

#include <QApplication>

using namespace Skybeam::Cli;

int runGui(const QStringList &arguments)
{
    CommandLine commandLine(QString(), QCoreApplication::translate("main", "Connects the SKYBEAM publisher to TikTok."));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate("main", "Open the wizard on PAGE (%1) instead of the Welcome page.")
            .arg(Skybeam::SetupWizard::pageNames().join(QStringLiteral(", "))),
        QCoreApplication::translate("main", "PAGE"));
    commandLine.parser().addOption(page);
    // Diagnostic for scripts/bench (P1): report the first paint of the first page and quit. Not in --help.
    QCommandLineOption benchmarkStartup(QStringLiteral("benchmark-startup"));
    benchmarkStartup.setFlags(QCommandLineOption::HiddenFromHelp);
    commandLine.parser().addOption(benchmarkStartup);
    const int parsed = commandLine.parse(arguments);
    if (parsed >= 0)
        return parsed;
    if (!commandLine.parser().positionalArguments().isEmpty())
        return commandLine.usageError(QCoreApplication::translate("main", "unexpected argument '%1'")
                                          .arg(commandLine.parser().positionalArguments().constFirst()));
    const GlobalOptions options = commandLine.globalOptions();
    applyLogging(options);
    // main() has installed the translators for options.language (SKYBEAM's and Qt's own).

    Skybeam::KeychainSecretStore secrets;
    Skybeam::SetupWizard wizard(options.paths(), &secrets);
    if (commandLine.parser().isSet(page) && !wizard.startAt(commandLine.parser().value(page))) {
        return commandLine.usageError(QCoreApplication::translate("main", "unknown page '%1' (use one of: %2)")
                                          .arg(commandLine.parser().value(page),
                                               Skybeam::SetupWizard::pageNames().join(QStringLiteral(", "))));
    }
    if (commandLine.parser().isSet(benchmarkStartup))
        reportFirstPaintAndQuit(wizard.page(wizard.startId()));
    wizard.show();
    return QApplication::exec();
}
