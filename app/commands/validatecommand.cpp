// skybeam-setup validate: the drop-in replacement for `validate_credentials.py --tiktok`.
#include "commandline.h"
#include "commands/commands.h"
#include "credentials/credentialvalidator.h"
#include "translations.h"

#include <QJsonDocument>

namespace Skybeam::Cli {

int runValidate(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("validate"),
        QCoreApplication::translate("validate",
            "Checks the TikTok credential file the SKYBEAM publisher reads, and prints "
            "the runbook's report.\nExit code: 0 PASS, 1 FAIL, 2 usage error."));
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption tiktok(QStringLiteral("tiktok"),
        QCoreApplication::translate("validate",
            "Check the TikTok credentials (the default; "
            "TikTok is the only platform)."));
    const QCommandLineOption strict(QStringLiteral("strict"),
        QCoreApplication::translate("validate",
            "Also check file mode 0600, token and refresh-token expiry, the "
            "video.upload scope and the 30-day re-authorization."));
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("validate", "Print the result as JSON."));
    parser.addOption(tiktok);
    parser.addOption(strict);
    parser.addOption(json);
    if (const int parsed = commandLine.parse(arguments); parsed >= 0)
        return parsed;
    const GlobalOptions options = commandLine.applyGlobalOptions();

    // The report is a byte-exact contract with scripts (validate_credentials.py's): always in English,
    // including the problem and warning texts it quotes. Only the help and usage errors are translated.
    Translations::remove();
    const ValidationReport report = CredentialValidator::validate(options.paths(),
        parser.isSet(strict) ? CredentialValidator::Mode::Strict : CredentialValidator::Mode::Runbook);
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)).trimmed());
    else
        printOut(report.toText().chopped(1));
    return report.passed ? ExitOk : ExitFailure;
}

} // namespace Skybeam::Cli
