#include "oauth/tokenrefresher.h"

#include "common/logging.h"
#include "credentials/credentialstore.h"
#include "credentials/refreshrejection.h"
#include "oauth/tiktokerrors.h"
#include "oauth/tokenclient.h"

namespace Skybeam {

TokenRefresher::TokenRefresher(CredentialStore *store, const TikTokEndpoints &endpoints, QObject *parent)
    : TokenMaintenanceJob(store, endpoints, parent)
{
}

void TokenRefresher::onLoaded(CredentialStoreJob *job)
{
    m_result.credentials = job->credentials();
    const Error loadError = checkLoaded(job);
    if (loadError.isError()) {
        finish(loadError);
        return;
    }
    const TikTokCredentials &credentials = m_result.credentials;
    if (!credentials.hasRefreshToken()) {
        finish(TikTokErrors::refreshTokenMissing());
        return;
    }
    const QDateTime refreshExpiry = credentials.refreshExpiresAt();
    if (refreshExpiry.isValid() && refreshExpiry <= QDateTime::currentDateTimeUtc()) {
        finish(TikTokErrors::refreshTokenExpired());
        return;
    }
    TikTokCall *call = tokenClient()->refresh(
        credentials.clientKey(), credentials.clientSecret(), credentials.refreshToken());
    connect(call, &TikTokCall::finished, this, &TokenRefresher::onRefreshed);
}

void TokenRefresher::onRefreshed(TikTokCall *call)
{
    if (!call->isSuccess()) {
        // Remembered so that the Welcome page, `status` and the reminders say "re-authorize" at once.
        if (TikTokErrors::needsReauthorization(call->error()) && m_store)
            RefreshRejection::record(m_store->file().paths(), m_result.credentials.authorizedAt());
        finish(call->error());
        return;
    }
    const QString storedOpenId = m_result.credentials.openId();
    const QString newOpenId = call->body().value(QLatin1String("open_id")).toString();
    if (!storedOpenId.isEmpty() && storedOpenId != newOpenId) {
        finish(TikTokErrors::otherAccount(newOpenId));
        return;
    }
    TikTokCredentials renewed = m_result.credentials;
    renewed.applyTokenResponse(call->body(), QDateTime::currentDateTimeUtc());
    qCDebug(lcOAuth) << "Access token renewed; saving the rotated refresh token";
    CredentialStoreJob *job = m_store ? m_store->save(renewed) : nullptr;
    if (!job) {
        finish(Error(ErrorCode::Credentials::Unavailable, tr("The credential store is gone.")));
        return;
    }
    m_result.credentials = renewed;
    connect(job, &CredentialStoreJob::finished, this, &TokenRefresher::onSaved);
}

void TokenRefresher::onSaved(CredentialStoreJob *job)
{
    m_result.keychainError = job->keychainError();
    if (job->isSuccess() && m_store)
        RefreshRejection::clear(m_store->file().paths());
    finish(job->fileError());
}

} // namespace Skybeam
