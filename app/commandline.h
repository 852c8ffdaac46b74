#pragma once

#include "common/roxypaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace Skybeam::Cli {

/// Exit codes shared by every subcommand.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/// Options every subcommand (and the GUI) accepts.
struct GlobalOptions
{
    QString roxyHome;
    QString language;
    bool verbose = false;
    bool allowCustomEndpoints = false;
    RoxyPaths paths() const { return RoxyPaths::resolve(roxyHome); }
};

/// A subcommand's parser, already holding the global options, --help and --version.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::Cli::CommandLine)

public:
    /// `name` is the subcommand ("validate"); empty for the GUI. `description` is translated.
    CommandLine(const QString &name, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    const QCommandLineParser &parser() const { return m_parser; }
    /// Parses `arguments` (argv without the subcommand name); more than `maxPositional` positional arguments
    /// are a usage error naming the first extra one. Returns -1 to go on, or an exit code when parsing
    /// already finished the run (usage error printed, --help or --version shown).
    int parse(const QStringList &arguments, qsizetype maxPositional = 0);
    /// The global options as parsed, after applying them (applyLogging()).
    GlobalOptions applyGlobalOptions() const;

    /// Prints "skybeam-setup NAME: MESSAGE" on stderr and returns ExitUsage.
    int usageError(const QString &message) const;

private:
    int parseOptions(const QStringList &arguments);

    QString m_name;
    QCommandLineParser m_parser;
    QCommandLineOption m_roxyHome;
    QCommandLineOption m_allowCustomEndpoints;
    QCommandLineOption m_language;
    QCommandLineOption m_verbose;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
};

/// Applies --verbose to the logging rules (secrets are never logged at any level).
void applyLogging(const GlobalOptions &options);

/// Writes a line to stdout / stderr, flushed (scripts read them line by line), without control characters
/// (TerminalText::sanitized(): tab and newline stay).
void printOut(const QString &line);
void printErr(const QString &line);

} // namespace Skybeam::Cli
