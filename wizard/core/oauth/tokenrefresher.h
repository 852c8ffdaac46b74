#pragma once

#include "oauth/tokenmaintenance.h"

namespace Skybeam {

/// Renews the stored access token with the stored refresh token, for the wizard and `skybeam-setup
/// refresh`: re-reads the credential file just before refreshing (the publisher may have rotated the
/// refresh token meanwhile), refreshes, and saves the new tokens — always including the rotated refresh
/// token — to the file and the keychain. One attempt per start(); start() never emits synchronously.
/// Does not own the CredentialStore. Lives in the creating thread.
class TokenRefresher final : public TokenMaintenanceJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenRefresher)

public:
    TokenRefresher(CredentialStore *store, const TikTokEndpoints &endpoints, QObject *parent = nullptr);

private:
    void onLoaded(CredentialStoreJob *job) override;
    void onRefreshed(TikTokCall *call);
    void onSaved(CredentialStoreJob *job);
};

} // namespace Skybeam
