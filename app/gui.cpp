// The GUI entry point: parses the GUI's options and shows the setup wizard.
#include "commandline.h"

#include <QApplication>

using namespace Skybeam::Cli;

int runGui(const QStringList &arguments)
{
    CommandLine commandLine(QString(), QCoreApplication::translate("main", "Connects the SKYBEAM publisher to TikTok."));
    const int parsed = commandLine.parse(arguments);
    if (parsed >= 0)
        return parsed;
    applyLogging(commandLine.globalOptions());
    printErr(QStringLiteral("The setup wizard is being built (issue 4)."));
    return ExitFailure;
}
