#pragma once

#include "oauth/tokenmaintenance.h"

namespace Skybeam {

/// Revokes the stored access token at TikTok and removes the stored tokens (client key and secret are
/// kept), for the wizard and `skybeam-setup revoke`. When the access token has expired it is renewed
/// first, so the grant itself is revoked. When TikTok reports the token as already invalid the local
/// tokens are removed all the same; on any other failure nothing is changed. start() never emits
/// synchronously. Does not own the CredentialStore. Lives in the creating thread.
class TokenRevoker final : public TokenMaintenanceJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenRevoker)

public:
    TokenRevoker(CredentialStore *store, const TikTokEndpoints &endpoints, QObject *parent = nullptr);

private:
    void onLoaded(CredentialStoreJob *job) override;
    void revoke(const QString &accessToken);
    void onRefreshed(TikTokCall *call);
    void onRevoked(TikTokCall *call);
    void removeTokens();
};

} // namespace Skybeam
