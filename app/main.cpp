// skybeam-setup: the SKYBEAM TikTok Setup wizard (no subcommand) and its headless subcommands.

#include "commandline.h"
#include "commands/commands.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstring>
#include <memory>

namespace {

using namespace Skybeam::Cli;

struct Command
{
    const char *name;
    bool needsGui; // true: a QApplication (widgets); false: a QCoreApplication, no display needed
    int (*run)(const QStringList &arguments);
    const char *summary; // translated in the "commands" context
};

// The subcommands. The GUI (no subcommand) is handled in main().
const Command commands[] = {
    {"validate", false, &runValidate, QT_TRANSLATE_NOOP("commands", "Check the credential file (runbook report)")},
    {"packs", true, &runPacks, QT_TRANSLATE_NOOP("commands", "Show the handoff packs, ready to drag onto TikTok's upload page")},
    {"authorize", false, &runAuthorize, QT_TRANSLATE_NOOP("commands", "Sign in with TikTok in the browser and save the tokens")},
    {"refresh", false, &runRefresh, QT_TRANSLATE_NOOP("commands", "Renew the access token with the stored refresh token")},
    {"revoke", false, &runRevoke, QT_TRANSLATE_NOOP("commands", "Revoke the access token and remove the stored tokens")},
    {"upload", false, &runUpload, QT_TRANSLATE_NOOP("commands", "Send a handoff pack to TikTok (inbox draft or direct post)")},
    {"doctor", false, &runDoctor, QT_TRANSLATE_NOOP("commands", "Find out why the TikTok connection does not work")},
    {"status", false, &runStatus, QT_TRANSLATE_NOOP("commands", "Show what needs doing: the account, expiries, the re-authorize date")},
    {"remind", false, &runRemind, QT_TRANSLATE_NOOP("commands", "Show a desktop reminder when it is time to re-authorize or packs wait")},
};

const Command *findCommand(const char *name)
{
    for (const Command &command : commands) {
        if (std::strcmp(command.name, name) == 0)
            return &command;
    }
    return nullptr;
}

// The subcommand is the first argument that is neither an option nor the value of an option that takes
// one before the subcommand: the global --roxy-home and --lang, and the GUI's --page.
int subcommandIndex(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--roxy-home") == 0 || std::strcmp(arg, "--lang") == 0
            || std::strcmp(arg, "--page") == 0) {
            ++i;
            continue;
        }
        if (arg[0] == '-')
            continue;
        return i;
    }
    return -1;
}

// --help and --version print and exit: they must work without a display (e.g. over ssh, in packaging tests).
bool onlyPrints(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0
            || std::strcmp(argv[i], "--version") == 0)
            return true;
    }
    return false;
}

// The value of --lang (also as --lang=LANGUAGE), read before any text is translated; empty when absent.
QString languageArgument(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == option)
            return arguments.value(i + 1);
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return {};
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SKYBEAM"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("skybeam.example"));
    QCoreApplication::setApplicationName(QStringLiteral("skybeam-setup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SKYBEAM_VERSION));
}

// `skybeam-setup --help`: the GUI's options and the list of commands.
int printTopLevelHelp(const QStringList &arguments)
{
    QString description = QCoreApplication::translate("main", "Connects the SKYBEAM publisher to TikTok. Without a "
                                                              "command, opens the setup wizard.");
    description += QLatin1String("\n\n") + QCoreApplication::translate("main", "Commands:");
    for (const Command &command : commands) {
        description += QStringLiteral("\n  %1  %2")
                           .arg(QString::fromLatin1(command.name).leftJustified(10),
                                command.summary ? QCoreApplication::translate("commands", command.summary) : QString());
    }
    description += QLatin1String("\n\n")
        + QCoreApplication::translate("main", "Run 'skybeam-setup COMMAND --help' for the options of a command.");
    CommandLine commandLine(QString(), description);
    return commandLine.parse(arguments);
}

} // namespace

int runGui(const QStringList &arguments);

int main(int argc, char **argv)
{
    setApplicationIdentity();
    const int index = subcommandIndex(argc, argv);
    const Command *command = index > 0 ? findCommand(argv[index]) : nullptr;

    std::unique_ptr<QCoreApplication> app;
    const bool needsGui = command ? command->needsGui && !onlyPrints(argc, argv) : !onlyPrints(argc, argv);
    if (!needsGui)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);

    // Every text from here on in the operator's language: the system's, or the one --lang names.
    const QString language = languageArgument(QCoreApplication::arguments());
    if (!Skybeam::Translations::install(language) && !language.isEmpty())
        printErr(QStringLiteral("skybeam-setup: no translation for '%1'; using English.").arg(language));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (index > 0 && !command) {
        printErr(QStringLiteral("skybeam-setup: unknown command '%1'").arg(QString::fromLocal8Bit(argv[index])));
        printErr(QStringLiteral("Try 'skybeam-setup --help' for more information."));
        return ExitUsage;
    }
    if (command) {
        arguments.removeAt(index - 1);
        return command->run(arguments);
    }
    if (onlyPrints(argc, argv) && !arguments.contains(QLatin1String("--version")))
        return printTopLevelHelp(arguments);
    return runGui(arguments);
}
