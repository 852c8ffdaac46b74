// skybeam-setup status: what the operator has to do about TikTok now, without asking TikTok.
#include "commandline.h"
#include "commands/commands.h"
#include "credentials/credentialfile.h"
#include "credentials/keychainsecretstore.h"
#include "setup/keychainstatus.h"
#include "setup/setupoverview.h"

#include <QJsonDocument>

namespace Skybeam::Cli {

int runStatus(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("status"),
        QCoreApplication::translate("status",
            "Shows the TikTok connection: the account, when the tokens expire, when "
            "to re-authorize, the keychain, the reminders and the handoff packs not "
            "marked posted. Makes no TikTok API call.\nExit code: 0 nothing needs "
            "you, 1 something does (re-authorize due or overdue, access expired, "
            "not set up, broken file), 2 usage error."));
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption json(QStringLiteral("json"),
        QCoreApplication::translate("status",
            "Print the result as JSON (stable keys, see "
            "the README)."));
    parser.addOption(json);
    if (const int parsed = commandLine.parse(arguments); parsed >= 0)
        return parsed;
    const GlobalOptions options = commandLine.applyGlobalOptions();
    const RoxyPaths paths = options.paths();

    // The keychain may hold the refresh token the file lacks; ask it (bounded) when there is a key.
    const QString clientKey = CredentialFile(paths).read().credentials.clientKey();
    KeychainSecretStore keychain;
    keychain.setTimeout(5000);
    KeychainStatus keychainStatus;
    CredentialFacts facts;
    if (!clientKey.isEmpty()) {
        SecretJob *job = keychain.read(clientKey);
        QObject::connect(job, &SecretJob::finished, [&](SecretJob *done) {
            const Error &error = done->error();
            if (error.isError() && error.code() != ErrorCode::Keychain::NotFound) {
                keychainStatus = KeychainStatus::unavailable(error);
            } else {
                keychainStatus = KeychainStatus::available(!done->secrets().clientSecret.isEmpty());
                facts.keychainHasRefreshToken = !done->secrets().refreshToken.isEmpty();
            }
            QCoreApplication::exit(0);
        });
        QCoreApplication::exec();
    }

    const SetupOverview overview = SetupOverview::gather(paths, facts);
    if (parser.isSet(json)) {
        printOut(
            QString::fromUtf8(QJsonDocument(overview.toJson()).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        printOut(overview.textLines(clientKey.isEmpty() ? QString() : keychainStatus.text())
                     .join(QLatin1Char('\n')));
    }
    return overview.status.needsOperator() ? ExitFailure : ExitOk;
}

} // namespace Skybeam::Cli
