#pragma once

// What several commands do alike, once: find TikTok's endpoints, and run a token job (refresh, revoke) on the
// stored credentials until it has finished.

#include "commandline.h"
#include "credentials/credentialstore.h"
#include "credentials/keychainsecretstore.h"
#include "oauth/tiktokendpoints.h"
#include "oauth/tokenmaintenance.h"

#include <optional>

namespace Skybeam::Cli {

/// TikTok's endpoints (SKYBEAM_TIKTOK_* may point at a test server); when they are set wrongly, says so on
/// stderr as "skybeam-setup COMMAND: …" and returns nothing.
inline std::optional<TikTokEndpoints> endpointsFor(const QString &command)
{
    const Expected<TikTokEndpoints> endpoints = TikTokEndpoints::fromEnvironment();
    if (!endpoints) {
        printErr(QStringLiteral("skybeam-setup %1: %2").arg(command, endpoints.error().message()));
        return std::nullopt;
    }
    return *endpoints;
}

/// Runs a token job (TokenRefresher, TokenRevoker) on the credentials stored under `options`' folder, with
/// the keychain, until it has finished; `report(result, paths)` says the outcome and returns the exit code.
template<typename Job, typename Report>
int runTokenJob(const QString &command, const GlobalOptions &options, Report report)
{
    const std::optional<TikTokEndpoints> endpoints = endpointsFor(command);
    if (!endpoints)
        return ExitFailure;
    const RoxyPaths paths = options.paths();
    KeychainSecretStore keychain;
    keychain.setTimeout(KeychainSecretStore::CommandTimeoutMs);
    CredentialStore store(paths, &keychain);
    Job job(&store, *endpoints);
    QObject::connect(&job, &Job::finished, [&paths, &report](const TokenMaintenanceResult &result) {
        QCoreApplication::exit(report(result, paths));
    });
    job.start();
    return QCoreApplication::exec();
}

} // namespace Skybeam::Cli
