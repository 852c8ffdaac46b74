// skybeam-setup packs [DIR]: the handoff-pack viewer in a window of its own.
#include "commandline.h"
#include "commands/commands.h"
#include "viewer/handoffviewer.h"

#include <QApplication>
#include <QFileInfo>

namespace Skybeam::Cli {

int runPacks(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("packs"),
        QCoreApplication::translate("packs",
            "Shows the handoff packs the publisher wrote for manual upload, ready "
            "to drag onto TikTok's upload page.\nDIR defaults to the exports folder "
            "of the SKYBEAM root (content-pipeline/publish/exports).\n"
            "Exit code: 0 when the window is closed, 1 when DIR is not a folder, 2 "
            "usage error."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(QStringLiteral("DIR"),
        QCoreApplication::translate("packs", "The folder holding the packs (optional)."),
        QStringLiteral("[DIR]"));
    if (const int parsed = commandLine.parse(arguments, 1); parsed >= 0)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    const GlobalOptions options = commandLine.applyGlobalOptions();

    const RoxyPaths paths = options.paths();
    QString exportsDir = paths.exportsDir();
    if (!positional.isEmpty()) {
        exportsDir = positional.constFirst();
        if (!QFileInfo(exportsDir).isDir()) {
            printErr(QCoreApplication::translate("packs", "skybeam-setup packs: %1 is not a folder.")
                         .arg(exportsDir));
            return ExitFailure;
        }
    }
    HandoffViewer viewer(paths, exportsDir);
    viewer.show();
    return QApplication::exec() == 0 ? ExitOk : ExitFailure;
}

} // namespace Skybeam::Cli
