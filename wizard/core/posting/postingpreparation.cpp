#include "posting/postingpreparation.h"

#include "credentials/credentialstore.h"
#include "oauth/tokenrefresher.h"
#include "posting/postingerrors.h"
#include "posting/postinglog.h"
#include "posting/sandboxbudget.h"

#include <QNetworkAccessManager>

namespace Skybeam {

namespace {

const QString VideoUpload = QStringLiteral("video.upload");
const QString VideoPublish = QStringLiteral("video.publish");
const QString UserInfoBasic = QStringLiteral("user.info.basic");

/// The access token expires within this margin: renew it before sending anything.
constexpr qint64 ExpiryMarginSeconds = 120;

} // namespace

PostingPreparation::PostingPreparation(
    CredentialStore *store, const TikTokEndpoints &endpoints, QNetworkAccessManager *network, QObject *parent)
    : Job(parent)
    , m_store(store)
    , m_endpoints(endpoints)
    , m_network(network)
    , m_client(new TikTokApiClient(endpoints, network, this))
{
}

PostingPreparation::~PostingPreparation()
{
    abort();
}

void PostingPreparation::setNetworkPolicy(const NetworkPolicy &policy)
{
    m_policy = policy;
    m_client->setNetworkPolicy(policy);
}

bool PostingPreparation::start()
{
    if (m_running || !m_store)
        return false;
    m_running = true;
    newRun();
    m_result = PostingPreparationResult();
    CredentialStoreJob *job = m_store->load();
    connect(
        job, &CredentialStoreJob::finished, this, [this, started = currentRun()](CredentialStoreJob *done) {
            if (isCurrentRun(started))
                onLoaded(done);
        });
    return true;
}

void PostingPreparation::abort()
{
    newRun();
    m_running = false;
    if (m_call) {
        TikTokCall *call = m_call;
        m_call = nullptr;
        call->disconnect(this);
        call->abort();
    }
    if (m_refresher) {
        m_refresher->disconnect(this);
        m_refresher->deleteLater();
        m_refresher = nullptr;
    }
}

void PostingPreparation::onLoaded(CredentialStoreJob *job)
{
    if (!m_running)
        return;
    if (!job->isSuccess()) {
        finish(job->fileError());
        return;
    }
    m_result.credentials = job->credentials();
    const TikTokCredentials &credentials = m_result.credentials;
    if (!job->file().exists() || !credentials.hasAccessToken()) {
        finish(Error(ErrorCode::Posting::NotSignedIn,
            tr("SKYBEAM is not connected to a TikTok account yet. Run the setup wizard (or 'skybeam-setup "
               "authorize') and sign in with TikTok first.")));
        return;
    }
    m_result.sandbox = credentials.isSandbox();
    m_result.canInbox = credentials.hasScope(VideoUpload);
    if (!credentials.hasScope(VideoUpload) && !credentials.hasScope(VideoPublish)) {
        finish(PostingErrors::missingScope(VideoUpload));
        return;
    }
    const QDateTime expiry = credentials.expiresAt();
    if (expiry.isValid() && expiry < QDateTime::currentDateTimeUtc().addSecs(ExpiryMarginSeconds)) {
        refresh();
        return;
    }
    askAccount();
}

void PostingPreparation::refresh()
{
    qCDebug(lcPosting) << "the access token has expired; renewing it first";
    m_refresher = new TokenRefresher(m_store, m_endpoints, this);
    m_refresher->setNetworkAccessManager(m_network);
    m_refresher->setNetworkPolicy(m_policy);
    connect(m_refresher, &TokenRefresher::finished, this, &PostingPreparation::onRefreshed);
    if (!m_refresher->start())
        finish(TikTokErrors::refreshTokenMissing());
}

void PostingPreparation::onRefreshed(const TokenMaintenanceResult &result)
{
    if (m_refresher) {
        m_refresher->deleteLater();
        m_refresher = nullptr;
    }
    if (!m_running)
        return;
    if (!result.isSuccess()) {
        finish(result.error);
        return;
    }
    m_result.refreshed = true;
    m_result.credentials = result.credentials;
    m_result.canInbox = result.credentials.hasScope(VideoUpload);
    askAccount();
}

void PostingPreparation::askAccount()
{
    const TikTokCredentials &credentials = m_result.credentials;
    if (credentials.hasScope(VideoPublish)) {
        m_call = m_client->creatorInfo(credentials.accessToken());
    } else if (credentials.hasScope(UserInfoBasic)) {
        m_call = m_client->userInfo(credentials.accessToken());
    } else {
        // Nothing to ask without spending a call TikTok would refuse: post to the inbox unnamed.
        finish({});
        return;
    }
    connect(m_call, &TikTokCall::finished, this, &PostingPreparation::onAccount);
}

void PostingPreparation::onAccount(TikTokCall *call)
{
    m_call = nullptr;
    if (!m_running)
        return;
    countCalls(call->attempts());
    if (!call->isSuccess()) {
        const Error &error = call->error();
        if (error.code() == ErrorCode::Api::AccessTokenInvalid && !m_result.refreshed
            && m_result.credentials.hasRefreshToken()) {
            refresh();
            return;
        }
        finish(error);
        return;
    }
    if (m_result.credentials.hasScope(VideoPublish)) {
        m_result.creator = CreatorInfo::fromData(call->data());
        m_result.hasCreatorInfo = true;
        m_result.nickname = m_result.creator.nickname;
        m_result.canDirect = true;
    } else {
        m_result.nickname = TikTokUser::fromData(call->data()).displayName;
    }
    finish({});
}

void PostingPreparation::countCalls(int calls)
{
    m_result.apiCalls += calls;
    if (m_budget && m_result.sandbox) {
        const Error error = m_budget->record(m_result.credentials.clientKey(), calls);
        if (error.isError())
            qCWarning(lcPosting) << error.message();
    }
}

void PostingPreparation::finish(const Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_result.error = error;
    finishLater([this] { Q_EMIT finished(m_result); });
}

} // namespace Skybeam
