// skybeam-setup revoke: revokes the access token at TikTok and removes the stored tokens, keeping the
// client key and secret for a later authorize.
#include "commandline.h"
#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "oauth/tokenrevoker.h"

namespace Skybeam::Cli {

int runRevoke(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("revoke"),
        QCoreApplication::translate("revoke",
            "Revokes the TikTok access token and removes the stored tokens (the client key and "
            "secret are kept).\nExit code: 0 done, 1 failed (nothing changed), 2 usage error."));
    if (const int parsed = commandLine.parse(arguments); parsed >= 0)
        return parsed;
    const GlobalOptions options = commandLine.applyGlobalOptions();

    return runTokenJob<TokenRevoker>(
        QStringLiteral("revoke"), options, [](const TokenMaintenanceResult &result, const RoxyPaths &paths) {
            if (!result.isSuccess()) {
                printErr(QStringLiteral("skybeam-setup revoke: %1").arg(result.error.fullMessage()));
                return ExitFailure;
            }
            const QString file = RoxyPaths::displayPath(paths.primaryCredentialFile());
            if (result.hadNothingToRevoke)
                printOut(
                    QCoreApplication::translate("revoke", "No tokens are stored in %1; nothing to revoke.")
                        .arg(file));
            else if (result.wasAlreadyInvalid)
                printOut(QCoreApplication::translate("revoke",
                    "TikTok had already invalidated the tokens; removed them from %1 (client key and secret "
                    "kept).")
                             .arg(file));
            else
                printOut(QCoreApplication::translate("revoke",
                    "Revoked the access token at TikTok and removed the tokens from %1 (client key and "
                    "secret kept).")
                             .arg(file));
            if (result.keychainError.isError() && !result.hadNothingToRevoke)
                printErr(QCoreApplication::translate("revoke", "Note: the keychain was not updated (%1).")
                             .arg(result.keychainError.message()));
            return ExitOk;
        });
}

} // namespace Skybeam::Cli
