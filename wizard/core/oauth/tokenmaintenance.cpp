#include "oauth/tokenmaintenance.h"

#include "common/logging.h"
#include "credentials/credentialstore.h"
#include "oauth/tiktokerrors.h"
#include "oauth/tokenclient.h"

#include <QNetworkAccessManager>

namespace Skybeam {

Error TokenMaintenanceJob::checkLoaded(CredentialStoreJob *job)
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

bool TokenMaintenanceResult::needsReauthorization() const
{
    return TikTokErrors::needsReauthorization(error);
}

TokenMaintenanceJob::TokenMaintenanceJob(
    CredentialStore *store, const TikTokEndpoints &endpoints, QObject *parent)
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

} // namespace Skybeam
