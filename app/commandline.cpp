#include "commandline.h"

#include "common/terminaltext.h"
#include "oauth/tiktokendpoints.h"

#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

namespace Skybeam::Cli {

CommandLine::CommandLine(const QString &name, const QString &description)
    : m_name(name)
    , m_roxyHome(QStringLiteral("roxy-home"),
          tr("Use DIR instead of ~/.roxy (also set by the ROXY_HOME environment variable)."), tr("DIR"))
    , m_allowCustomEndpoints(QStringLiteral("allow-custom-endpoints"),
          tr("Accept SKYBEAM_TIKTOK_AUTH_URL / SKYBEAM_TIKTOK_API_BASE pointing to a host that is neither "
             "TikTok nor this computer."))
    , m_language(QStringLiteral("lang"), tr("Use LANGUAGE (e.g. de, es) instead of the system language."),
          tr("LANGUAGE"))
    , m_verbose(QStringList { QStringLiteral("verbose") }, tr("Log more detail to stderr (never secrets)."))
    , m_help(QStringList { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help and exit."))
    , m_version(QStringLiteral("version"), tr("Show the version and exit."))
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(m_roxyHome);
    m_parser.addOption(m_language);
    m_parser.addOption(m_verbose);
    m_parser.addOption(m_allowCustomEndpoints);
    m_parser.addOption(m_help);
    m_parser.addOption(m_version);
}

int CommandLine::parseOptions(const QStringList &arguments)
{
    QStringList withProgram = arguments;
    withProgram.prepend(
        m_name.isEmpty() ? QStringLiteral("skybeam-setup") : QStringLiteral("skybeam-setup %1").arg(m_name));
    if (!m_parser.parse(withProgram))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        // helpText() names the program by its full argv[0] on its first line ("Usage: …", translated by
        // Qt); show "skybeam-setup NAME" instead.
        QString help = m_parser.helpText();
        const QString argv0 = QCoreApplication::arguments().value(0);
        const QString program = m_name.isEmpty() ? QStringLiteral("skybeam-setup")
                                                 : QStringLiteral("skybeam-setup %1").arg(m_name);
        const qsizetype at = argv0.isEmpty() ? -1 : help.indexOf(argv0);
        if (at >= 0 && at < help.indexOf(QLatin1Char('\n')))
            help.replace(at, argv0.size(), program);
        printOut(help.trimmed());
        return ExitOk;
    }
    if (m_parser.isSet(m_version)) {
        printOut(QStringLiteral("%1 %2").arg(
            QCoreApplication::applicationName(), QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    return -1;
}

int CommandLine::parse(const QStringList &arguments, qsizetype maxPositional)
{
    const int parsed = parseOptions(arguments);
    if (parsed >= 0)
        return parsed;
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > maxPositional)
        return usageError(tr("unexpected argument '%1'").arg(positional.at(maxPositional)));
    return -1;
}

GlobalOptions CommandLine::applyGlobalOptions() const
{
    GlobalOptions options;
    options.roxyHome = m_parser.value(m_roxyHome);
    options.language = m_parser.value(m_language);
    options.verbose = m_parser.isSet(m_verbose);
    options.allowCustomEndpoints = m_parser.isSet(m_allowCustomEndpoints);
    applyLogging(options);
    return options;
}

int CommandLine::usageError(const QString &message) const
{
    const QString program
        = m_name.isEmpty() ? QStringLiteral("skybeam-setup") : QStringLiteral("skybeam-setup %1").arg(m_name);
    printErr(QStringLiteral("%1: %2").arg(program, message));
    printErr(tr("Try '%1 --help' for more information.").arg(program));
    return ExitUsage;
}

void applyLogging(const GlobalOptions &options)
{
    // Informational lines (which wizard is running, retries, …) only with --verbose; warnings always.
    QLoggingCategory::setFilterRules(
        options.verbose ? QStringLiteral("skybeam.*.debug=true") : QStringLiteral("skybeam.*.info=false"));
    // Every command (and the wizard) says when TikTok's addresses are overridden.
    TikTokEndpoints::setCustomEndpointsAllowed(options.allowCustomEndpoints);
    for (const QString &active : TikTokEndpoints::activeOverrides())
        //: %1 is e.g. "SKYBEAM_TIKTOK_API_BASE=http://127.0.0.1:9555".
        printErr(CommandLine::tr("Warning: %1 is set: TikTok's address is overridden (for tests only).")
                     .arg(active));
}

// Every line the commands print goes through here: text from TikTok, the browser or a pack (display
// names, error descriptions, captions, paths) never reaches the terminal with control characters.
void printOut(const QString &line)
{
    QTextStream out(stdout);
    out << TerminalText::sanitized(line) << Qt::endl;
}

void printErr(const QString &line)
{
    QTextStream err(stderr);
    err << TerminalText::sanitized(line) << Qt::endl;
}

} // namespace Skybeam::Cli
