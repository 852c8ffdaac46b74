#pragma once

#include <QStringList>

// One function per subcommand of skybeam-setup. Each receives the arguments after its own name, parses
// them with a Cli::CommandLine, and returns the process exit code (see commandline.h). Functions that
// need an event loop run it themselves with QCoreApplication::exec() (top level, never nested).
namespace Skybeam::Cli {

int runValidate(const QStringList &arguments);
int runPacks(const QStringList &arguments);
int runAuthorize(const QStringList &arguments);
int runRefresh(const QStringList &arguments);
int runRevoke(const QStringList &arguments);
int runUpload(const QStringList &arguments);
int runDoctor(const QStringList &arguments);
int runStatus(const QStringList &arguments);
int runRemind(const QStringList &arguments);

} // namespace Skybeam::Cli
