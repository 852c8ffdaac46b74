// skybeam-setup refresh: renews the access token with the stored refresh token (for cron or a systemd
// timer) and stores the rotated tokens in the file and the keychain.
#include "commandline.h"
#include "commands/commands.h"
#include "credentials/credentialstore.h"
#include "credentials/keychainsecretstore.h"
#include "oauth/tokenmaintenance.h"

namespace Skybeam::Cli {

int runRefresh(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("refresh"),
        QCoreApplication::translate("refresh",
            "Renews the TikTok access token with the stored refresh token and saves the new tokens "
            "(TikTok rotates the refresh token).\nExit code: 0 renewed, 1 not renewed (a "
            "re-authorization may be needed), 2 usage error."));
    const int parsed = commandLine.parse(arguments);
    if (parsed >= 0)
        return parsed;
    if (!commandLine.parser().positionalArguments().isEmpty())
        return commandLine.usageError(QCoreApplication::translate("refresh", "unexpected argument '%1'")
                                          .arg(commandLine.parser().positionalArguments().constFirst()));
    const GlobalOptions options = commandLine.globalOptions();
    applyLogging(options);

    const Expected<TikTokEndpoints> endpoints = TikTokEndpoints::fromEnvironment();
    if (!endpoints) {
        printErr(QStringLiteral("skybeam-setup refresh: %1").arg(endpoints.error().message()));
        return ExitFailure;
    }
    const RoxyPaths paths = options.paths();
    KeychainSecretStore keychain;
    keychain.setTimeout(KeychainSecretStore::CommandTimeoutMs);
    CredentialStore store(paths, &keychain);
    TokenRefresher refresher(&store, *endpoints);
    QObject::connect(&refresher, &TokenRefresher::finished, [&paths](const TokenMaintenanceResult &result) {
        if (!result.isSuccess()) {
            QString reason = result.error.fullMessage();
            if (result.needsReauthorization()) {
                const QString key = result.credentials.clientKey();
                //: %1 is the reason, %2 the command to run.
                reason = QCoreApplication::translate("refresh", "%1 Re-authorization needed: run '%2'.")
                             .arg(reason,
                                 QStringLiteral("skybeam-setup authorize --client-key %1")
                                     .arg(key.isEmpty() ? QStringLiteral("KEY") : key));
            }
            printErr(QStringLiteral("skybeam-setup refresh: %1").arg(reason));
            QCoreApplication::exit(ExitFailure);
            return;
        }
        const QDateTime expiry = result.credentials.expiresAt();
        //: %1 is a date and time, %2 a file path.
        printOut(QCoreApplication::translate("refresh", "Access token renewed; valid until %1. Saved to %2.")
                     .arg(expiry.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                         RoxyPaths::displayPath(paths.primaryCredentialFile())));
        if (result.keychainError.isError())
            printErr(QCoreApplication::translate("refresh", "Note: the keychain was not updated (%1).")
                         .arg(result.keychainError.message()));
        QCoreApplication::exit(ExitOk);
    });
    refresher.start();
    return QCoreApplication::exec();
}

} // namespace Skybeam::Cli
