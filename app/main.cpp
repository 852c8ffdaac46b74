// skybeam-setup-cli: the headless subcommands of `skybeam-setup` (app/launcher.cpp becomes this program
// for them), with QtCore and QtNetwork only (no Qt Gui, no Widgets, no X or Wayland client library: they
// run from timers, cron and scripts on servers without a display). The wizard (no subcommand) and the
// pack viewer (packs) live in skybeam-setup-gui: started here directly, this program becomes it (execv)
// before creating any Qt object, or says which package has it.

#include "arguments.h"
#include "commandline.h"
#include "commands/commands.h"
#include "startup.h"

#include <QCoreApplication>

#include <cerrno>
#include <climits>
#include <cstring>
#include <string>

#include <unistd.h>

namespace {

using namespace Skybeam::Cli;

struct Command
{
    const char *name;
    bool needsGui; // true: run by skybeam-setup-gui (widgets); false: here, no display needed
    int (*run)(const QStringList &arguments); // null for needsGui
    const char *summary; // translated in the "commands" context
};

// The subcommands. The GUI (no subcommand) is handled in main().
// The commands that talk to no server: in both programs.
constexpr Command validateCommand { "validate", false, &runValidate,
    QT_TRANSLATE_NOOP("commands", "Check the credential file (runbook report)") };
constexpr Command statusCommand { "status", false, &runStatus,
    QT_TRANSLATE_NOOP("commands", "Show what needs doing: the account, expiries, the re-authorize date") };
constexpr Command remindCommand { "remind", false, &runRemind,
    QT_TRANSLATE_NOOP("commands", "Show a desktop reminder when it is time to re-authorize or packs wait") };
#ifdef SKYBEAM_LOCAL_COMMANDS
// skybeam-setup-local: the commands that talk to no server, built with QtCore alone (the launcher runs
// them here; `skybeam-setup --help` lists every command, from skybeam-setup-cli).
const Command commands[] = { validateCommand, statusCommand, remindCommand };
#else
const Command commands[] = {
    validateCommand,
    { "packs", true, nullptr,
        QT_TRANSLATE_NOOP("commands", "Show the handoff packs, ready to drag onto TikTok's upload page") },
    { "authorize", false, &runAuthorize,
        QT_TRANSLATE_NOOP("commands", "Sign in with TikTok in the browser and save the tokens") },
    { "refresh", false, &runRefresh,
        QT_TRANSLATE_NOOP("commands", "Renew the access token with the stored refresh token") },
    { "revoke", false, &runRevoke,
        QT_TRANSLATE_NOOP("commands", "Revoke the access token and remove the stored tokens") },
    { "upload", false, &runUpload,
        QT_TRANSLATE_NOOP("commands", "Send a handoff pack to TikTok (inbox draft or direct post)") },
    { "doctor", false, &runDoctor,
        QT_TRANSLATE_NOOP("commands", "Find out why the TikTok connection does not work") },
    statusCommand,
    remindCommand,
};
#endif

const Command *findCommand(const char *name)
{
    for (const Command &command : commands) {
        if (std::strcmp(command.name, name) == 0)
            return &command;
    }
    return nullptr;
}

// The folder of this executable (from /proc/self/exe, whatever argv[0] says); empty when unknown.
std::string ownFolder()
{
    char path[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    if (length <= 0)
        return {};
    const std::string file(path, std::size_t(length));
    const std::size_t slash = file.rfind('/');
    return slash == std::string::npos ? std::string() : file.substr(0, slash);
}

// Replaces this process with skybeam-setup-gui (the build tree keeps it next to this executable, the
// package in ../lib/skybeam-setup/), same arguments. Returns only when that failed, with errno and the
// last path tried.
std::string execGui(char **argv)
{
    const std::string folder = ownFolder();
    std::string tried;
    for (const std::string &candidate :
        { folder + '/' + GuiExecutableName, folder + '/' + PrivateDirFromBin + '/' + GuiExecutableName }) {
        tried = candidate;
        if (folder.empty() || access(candidate.c_str(), X_OK) != 0)
            continue;
        execv(candidate.c_str(), argv);
        break; // exists but did not start: report that error, not a missing file
    }
    return tried;
}

// `skybeam-setup --help` and `--version`: the global options and the list of commands.
int printTopLevelHelp(const QStringList &arguments)
{
    QString description = QCoreApplication::translate("main",
        "Connects the SKYBEAM publisher to TikTok. Without a "
        "command, opens the setup wizard.");
    description += QLatin1String("\n\n") + QCoreApplication::translate("main", "Commands:");
    for (const Command &command : commands) {
        description += QStringLiteral("\n  %1  %2")
                           .arg(QString::fromLatin1(command.name).leftJustified(10),
                               command.summary ? QCoreApplication::translate("commands", command.summary)
                                               : QString());
    }
    description += QLatin1String("\n\n")
        + QCoreApplication::translate(
            "main", "Run 'skybeam-setup COMMAND --help' for the options of a command.");
    CommandLine commandLine(QString(), description);
    // The wizard's options are accepted next to --help/--version, as skybeam-setup-gui accepts them.
    QCommandLineOption page(QStringLiteral("page"), QString(), QStringLiteral("PAGE"));
    page.setFlags(QCommandLineOption::HiddenFromHelp);
    commandLine.parser().addOption(page);
    QCommandLineOption benchmarkStartup(QStringLiteral("benchmark-startup"));
    benchmarkStartup.setFlags(QCommandLineOption::HiddenFromHelp);
    commandLine.parser().addOption(benchmarkStartup);
    return commandLine.parse(arguments);
}

} // namespace

int main(int argc, char **argv)
{
    setApplicationIdentity();
    const int index = Skybeam::Arguments::commandIndex(argc, argv);
    const Command *command = index > 0 ? findCommand(argv[index]) : nullptr;

    // The wizard (no command; its --help is the list of commands below) and the viewer (packs, with its
    // own --help) are skybeam-setup-gui's.
    const bool gui = command ? command->needsGui : index < 0 && !Skybeam::Arguments::onlyPrints(argc, argv);
    std::string guiTried;
    int guiError = 0;
    if (gui) {
        guiTried = execGui(argv);
        guiError = errno;
    }

    QCoreApplication app(argc, argv);
    installTranslations();
    if (gui) {
        printErr(QCoreApplication::translate("main",
            "skybeam-setup: cannot start the setup wizard (%1: %2). It is "
            "in the skybeam-setup package; a server needs only "
            "skybeam-setup-cli, which has every other command.")
                     .arg(QString::fromStdString(guiTried), QString::fromLocal8Bit(std::strerror(guiError))));
        return ExitFailure;
    }

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (index > 0 && !command) {
        printErr(QCoreApplication::translate("main", "skybeam-setup: unknown command '%1'")
                     .arg(QString::fromLocal8Bit(argv[index])));
        printErr(QCoreApplication::translate("main", "Try 'skybeam-setup --help' for more information."));
        return ExitUsage;
    }
    if (command) {
        arguments.removeAt(index - 1);
        return command->run(arguments);
    }
    // Only --help or --version is left (anything else went to the GUI).
    return printTopLevelHelp(arguments);
}
