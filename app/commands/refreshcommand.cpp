// skybeam-setup refresh: renews the access token with the stored refresh token (for cron or a systemd
// timer) and stores the rotated tokens in the file and the keychain.
#include "commandline.h"
#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "oauth/tokenrefresher.h"

namespace Skybeam::Cli {

int runRefresh(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("refresh"),
        QCoreApplication::translate("refresh",
            "Renews the TikTok access token with the stored refresh token and saves the new tokens "
            "(TikTok rotates the refresh token).\nExit code: 0 renewed, 1 not renewed (a "
            "re-authorization may be needed), 2 usage error."));
    if (const int parsed = commandLine.parse(arguments); parsed >= 0)
        return parsed;
    const GlobalOptions options = commandLine.applyGlobalOptions();

    return runTokenJob<TokenRefresher>(
        QStringLiteral("refresh"), options, [](const TokenMaintenanceResult &result, const RoxyPaths &paths) {
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
                return ExitFailure;
            }
            const QDateTime expiry = result.credentials.expiresAt();
            //: %1 is a date and time, %2 a file path.
            printOut(
                QCoreApplication::translate("refresh", "Access token renewed; valid until %1. Saved to %2.")
                    .arg(expiry.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                        RoxyPaths::displayPath(paths.primaryCredentialFile())));
            if (result.keychainError.isError())
                printErr(QCoreApplication::translate("refresh", "Note: the keychain was not updated (%1).")
                             .arg(result.keychainError.message()));
            return ExitOk;
        });
}

} // namespace Skybeam::Cli
