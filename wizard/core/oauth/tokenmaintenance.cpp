#include "oauth/tokenmaintenance.h"

#include "common/logging.h"
#include "credentials/credentialstore.h"
#include "credentials/refreshrejection.h"
#include "oauth/tiktokerrors.h"
#include "oauth/tokenclient.h"

#include <QNetworkAccessManager>

namespace Skybeam {

namespace {

// Checks what every token operation needs from the loaded credentials.
Error checkLoaded(CredentialStoreJob *job)
{
    if (!job->file().exists())
        return Error(ErrorCode::Credentials::Missing,
            QCoreApplication::translate("Skybeam::TokenMaintenance",
                "No TikTok credentials are stored yet. Sign in with TikTok first."));
    if (job->fileError().isError())
        return job->fileError();
    const TikTokCredentials &credentials = job->credentials();
    if (!credentials.hasClientKey())
        return Error(ErrorCode::Credentials::NoClientKey,
            QCoreApplication::translate("Skybeam::TokenMaintenance",
                "The stored credentials have no client key. Sign in with TikTok again."));
    if (!credentials.hasClientSecret())
        return Error(ErrorCode::OAuth::MissingClientSecret,
            QCoreApplication::translate("Skybeam::TokenMaintenance",
                "No client secret is stored, neither in the credential file nor in the keychain. Sign in "
                "with TikTok again and give the Client Secret."));
    return {};
}

} // namespace

bool TokenMaintenanceResult::needsReauthorization() const
{
    return TikTokErrors::needsReauthorization(error);
}

TokenMaintenanceJob::TokenMaintenanceJob(CredentialStore *store, const TikTokEndpoints &endpoints, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_endpoints(endpoints)
{
}

void TokenMaintenanceJob::setNetworkAccessManager(QNetworkAccessManager *network)
{
    m_network = network;
}

TokenClient *TokenMaintenanceJob::tokenClient()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    if (!m_client)
        m_client = new TokenClient(m_endpoints, m_network, this);
    m_client->setNetworkPolicy(m_policy);
    return m_client;
}

bool TokenMaintenanceJob::start()
{
    if (m_running || !m_store)
        return false;
    m_running = true;
    m_result = TokenMaintenanceResult();
    // Re-read the file now: the publisher may have rotated the refresh token since anyone last looked.
    CredentialStoreJob *job = m_store->load();
    connect(job, &CredentialStoreJob::finished, this, &TokenMaintenanceJob::onLoaded);
    return true;
}

void TokenMaintenanceJob::finish(const Error &error)
{
    m_result.error = error;
    m_running = false;
    if (error.isError())
        qCDebug(lcOAuth) << metaObject()->className() << "failed:" << error.code();
    Q_EMIT finished(m_result);
}

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
