#include "oauth/tokenrevoker.h"

#include "common/logging.h"
#include "credentials/credentialstore.h"
#include "oauth/tiktokerrors.h"
#include "oauth/tokenclient.h"

namespace Skybeam {

TokenRevoker::TokenRevoker(CredentialStore *store, const TikTokEndpoints &endpoints, QObject *parent)
    : TokenMaintenanceJob(store, endpoints, parent)
{
}

void TokenRevoker::onLoaded(CredentialStoreJob *job)
{
    m_result.credentials = job->credentials();
    const TikTokCredentials &credentials = m_result.credentials;
    if (job->file().exists() && !job->fileError().isError() && !credentials.hasAccessToken()
        && !credentials.hasRefreshToken()) {
        m_result.hadNothingToRevoke = true;
        finish({});
        return;
    }
    const Error loadError = checkLoaded(job);
    if (loadError.isError()) {
        finish(loadError);
        return;
    }
    const QDateTime expiry = credentials.expiresAt();
    const bool expired
        = !credentials.hasAccessToken() || (expiry.isValid() && expiry <= QDateTime::currentDateTimeUtc());
    if (expired && credentials.hasRefreshToken()) {
        qCDebug(lcOAuth) << "The access token has expired; renewing it so the grant itself can be revoked";
        TikTokCall *call = tokenClient()->refresh(
            credentials.clientKey(), credentials.clientSecret(), credentials.refreshToken());
        connect(call, &TikTokCall::finished, this, &TokenRevoker::onRefreshed);
        return;
    }
    if (!credentials.hasAccessToken()) {
        removeTokens();
        return;
    }
    revoke(credentials.accessToken());
}

void TokenRevoker::onRefreshed(TikTokCall *call)
{
    if (call->isSuccess()) {
        revoke(call->body().value(QLatin1String("access_token")).toString());
        return;
    }
    if (TikTokErrors::needsReauthorization(call->error())) {
        m_result.wasAlreadyInvalid = true;
        removeTokens();
        return;
    }
    finish(call->error());
}

void TokenRevoker::revoke(const QString &accessToken)
{
    const TikTokCredentials &credentials = m_result.credentials;
    TikTokCall *call
        = tokenClient()->revoke(credentials.clientKey(), credentials.clientSecret(), accessToken);
    connect(call, &TikTokCall::finished, this, &TokenRevoker::onRevoked);
}

void TokenRevoker::onRevoked(TikTokCall *call)
{
    const QString code = call->error().code();
    if (code == ErrorCode::OAuth::InvalidGrant || code == ErrorCode::Api::AccessTokenInvalid) {
        m_result.wasAlreadyInvalid = true;
    } else if (!call->isSuccess()) {
        finish(call->error());
        return;
    }
    removeTokens();
}

void TokenRevoker::removeTokens()
{
    TikTokCredentials cleared = m_result.credentials;
    cleared.clearTokens();
    CredentialStoreJob *job = m_store ? m_store->save(cleared) : nullptr;
    if (!job) {
        finish(Error(ErrorCode::Credentials::Unavailable, tr("The credential store is gone.")));
        return;
    }
    m_result.credentials = cleared;
    connect(job, &CredentialStoreJob::finished, this, [this](CredentialStoreJob *saved) {
        m_result.keychainError = saved->keychainError();
        finish(saved->fileError());
    });
}

} // namespace Skybeam
