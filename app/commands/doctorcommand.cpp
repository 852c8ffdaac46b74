// skybeam-setup doctor: looks at the whole setup and says what works and what to do about what does not.
#include "commandline.h"
#include "commands/commands.h"
#include "credentials/keychainsecretstore.h"
#include "doctor/doctor.h"

#include <QNetworkAccessManager>

namespace Skybeam::Cli {

int runDoctor(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("doctor"),
        QCoreApplication::translate("doctor",
            "Checks everything the TikTok connection depends on and says, check by "
            "check, what to do about each problem.\nExit code: 0 no problem (warnings "
            "allowed), 1 at least one problem, 2 usage error."));
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("doctor", "Print the result as JSON."));
    const QCommandLineOption live(QStringLiteral("live"),
        QCoreApplication::translate("doctor",
            "Also check the connection to TikTok and the account (makes API "
            "calls, which count against a sandbox app's daily budget)."));
    parser.addOption(json);
    parser.addOption(live);
    if (const int parsed = commandLine.parse(arguments); parsed >= 0)
        return parsed;
    const GlobalOptions options = commandLine.applyGlobalOptions();

    KeychainSecretStore keychain;
    QNetworkAccessManager network;
    const DoctorContext context = DoctorContext::system(options.paths());
    keychain.setTimeout(context.keychainTimeoutMs + 1000);
    Doctor doctor(context, &keychain, &network);
    const bool asJson = parser.isSet(json);
    QObject::connect(&doctor, &Doctor::finished, &doctor, [asJson](const QList<DoctorResult> &results) {
        if (asJson)
            printOut(QString::fromUtf8(Doctor::reportJson(results)).trimmed());
        else
            printOut(Doctor::reportText(results).chopped(1));
        QCoreApplication::exit(
            Doctor::worst(results) == DoctorResult::Status::Problem ? ExitFailure : ExitOk);
    });
    if (parser.isSet(live))
        printErr(QCoreApplication::translate("doctor",
            "Asking TikTok: this makes API calls, which count against a "
            "sandbox app's daily budget."));
    doctor.start(parser.isSet(live) ? Doctor::Mode::Live : Doctor::Mode::Local);
    return QCoreApplication::exec();
}

} // namespace Skybeam::Cli
