// The GUI entry point: parses the GUI's options and shows the setup wizard.
#include "commandline.h"

#include "common/singleinstance.h"
#include "credentials/keychainsecretstore.h"
#include "setupwizard.h"
#include "startupprobe.h"

#include <QApplication>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcGui, "skybeam.gui", QtInfoMsg)
}

using namespace Skybeam::Cli;

int runGui(const QStringList &arguments)
{
    CommandLine commandLine(
        QString(), QCoreApplication::translate("main", "Connects the SKYBEAM publisher to TikTok."));
    const QCommandLineOption page(QStringLiteral("page"),
        QCoreApplication::translate("main", "Open the wizard on PAGE (%1) instead of the Welcome page.")
            .arg(Skybeam::SetupWizard::pageNames().join(QStringLiteral(", "))),
        QCoreApplication::translate("main", "PAGE"));
    commandLine.parser().addOption(page);
    // Diagnostic for scripts/bench (P1): report the first paint of the first page and quit. Not in --help.
    QCommandLineOption benchmarkStartup(QStringLiteral("benchmark-startup"));
    benchmarkStartup.setFlags(QCommandLineOption::HiddenFromHelp);
    commandLine.parser().addOption(benchmarkStartup);
    if (const int parsed = commandLine.parse(arguments); parsed >= 0)
        return parsed;
    const GlobalOptions options = commandLine.applyGlobalOptions();
    // main() has installed the translators for options.language (SKYBEAM's and Qt's own).

    // One wizard per SKYBEAM folder: a second start brings the running one to the front and ends, so an
    // operator who double-clicks twice never has two wizards racing for one credential file. Decided before
    // any window is shown. (Not for --benchmark-startup, which measures a start and must not be turned away.)
    const Skybeam::RoxyPaths paths = options.paths();
    Skybeam::SingleInstance instance(Skybeam::SingleInstance::keyForFolder(paths.root()));
    if (!commandLine.parser().isSet(benchmarkStartup)) {
        switch (instance.claim()) {
        case Skybeam::SingleInstance::Role::Secondary:
            printErr(
                (instance.activationAcknowledged() ? QCoreApplication::translate("main",
                     "SKYBEAM Setup is already running for %1; it was "
                     "brought to the front.")
                                                   : QCoreApplication::translate("main",
                                                       "SKYBEAM Setup is already running for %1. Switch to "
                                                       "its window."))
                    .arg(Skybeam::RoxyPaths::displayPath(paths.root())));
            return 0;
        case Skybeam::SingleInstance::Role::Failed:
            qCWarning(lcGui) << "Could not check for another running wizard, starting anyway:"
                             << instance.errorString();
            break;
        default:
            break;
        }
    }

    Skybeam::KeychainSecretStore secrets;
    Skybeam::SetupWizard wizard(paths, &secrets);
    QObject::connect(&instance, &Skybeam::SingleInstance::activationRequested, &wizard, [&wizard] {
        qCInfo(lcGui) << "Another start asked this wizard to come to the front";
        wizard.setWindowState((wizard.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        wizard.show();
        wizard.raise();
        wizard.activateWindow();
    });
    if (commandLine.parser().isSet(page) && !wizard.startAt(commandLine.parser().value(page))) {
        return commandLine.usageError(
            QCoreApplication::translate("main", "unknown page '%1' (use one of: %2)")
                .arg(commandLine.parser().value(page),
                    Skybeam::SetupWizard::pageNames().join(QStringLiteral(", "))));
    }
    if (commandLine.parser().isSet(benchmarkStartup))
        reportFirstPaintAndQuit(wizard.page(wizard.startId()));
    wizard.show();
    return QApplication::exec();
}
