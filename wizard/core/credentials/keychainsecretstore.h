#pragma once

#include "credentials/secretstore.h"

namespace Skybeam {

/// SecretStore on the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
/// Credential Manager on Windows). One entry per client key under the service name ServiceName, holding
/// the client secret and refresh token as a small JSON text. Every job has a timeout: a locked keyring
/// under a display can open a prompt that never returns. Lives in the creating thread.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    /// The keychain service name (documented in the README).
    static constexpr QLatin1String ServiceName { "SKYBEAM TikTok Setup" };

    explicit KeychainSecretStore(QObject *parent = nullptr);

    SecretJob *read(const QString &clientKey) override;
    SecretJob *write(const QString &clientKey, const StoredSecrets &secrets) override;
    SecretJob *remove(const QString &clientKey) override;
    QString backendName() const override;

    /// How long a job may take before it fails with "keychain.timeout" (default 15 s).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    /// The timeout of the commands and dialogs that read or write the secrets on the way to TikTok
    /// (authorize, refresh, revoke, upload, Send to TikTok): a locked keyring fails within 10 s.
    static constexpr int CommandTimeoutMs = 10000;

private:
    int m_timeoutMs = 15000;
};

} // namespace Skybeam
