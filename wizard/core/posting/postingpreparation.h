#pragma once

#include "common/error.h"
#include "common/job.h"
#include "credentials/tiktokcredentials.h"
#include "oauth/tiktokapiclient.h"
#include "oauth/tiktokcall.h"
#include "oauth/tiktokendpoints.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Skybeam {

class CredentialStore;
class CredentialStoreJob;
class SandboxBudget;
class TokenRefresher;
struct TokenMaintenanceResult;

/// What PostingPreparation found: the credentials to post with and what TikTok says about the account.
struct PostingPreparationResult
{
    /// Set when nothing can be sent: not signed in, no posting permission, token not renewable, or TikTok
    /// says the account cannot post now (spam_risk_*, reached_active_user_cap — read from `error.code`
    /// even with HTTP 200).
    Error error;
    /// Holds secrets: never log it.
    TikTokCredentials credentials;
    /// Creator info was asked and answered (scope video.publish).
    bool hasCreatorInfo = false;
    CreatorInfo creator;
    /// The creator's nickname, or the user's display name when only video.upload was granted.
    QString nickname;
    /// Granted scopes allow an inbox upload (video.upload) / a direct post (video.publish and creator info).
    bool canInbox = false;
    bool canDirect = false;
    bool sandbox = false;
    /// The access token was renewed first (it had expired).
    bool refreshed = false;
    /// API calls made (counted against a sandbox app's daily budget).
    int apiCalls = 0;

    bool isSuccess() const { return !error.isError(); }
};

/// Gets ready to send a pack: loads the stored credentials, renews the access token when it has expired
/// (TokenRefresher), and asks TikTok about the account — creator info when video.publish was granted
/// (nickname, privacy options, interaction settings, whether it can post now), else user info for the
/// display name. Calls of a sandbox app are counted in the SandboxBudget. One preparation per start();
/// start() never emits synchronously; finished() exactly once unless aborted. Owns nothing it is given.
/// Lives in the creating thread.
class PostingPreparation final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostingPreparation)

public:
    /// API calls a preparation makes (creator info or user info).
    static constexpr int ApiCalls = 1;

    PostingPreparation(CredentialStore *store, const TikTokEndpoints &endpoints,
        QNetworkAccessManager *network, QObject *parent = nullptr);
    ~PostingPreparation() override;

    void setNetworkPolicy(const NetworkPolicy &policy);
    /// Where a sandbox app's calls are counted; not owned; may be null.
    void setBudget(SandboxBudget *budget) { m_budget = budget; }

    bool start();
    /// Stops without emitting finished().
    void abort();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const Skybeam::PostingPreparationResult &result);

private:
    void onLoaded(CredentialStoreJob *job);
    void refresh();
    void onRefreshed(const TokenMaintenanceResult &result);
    void askAccount();
    void onAccount(TikTokCall *call);
    void countCalls(int calls);
    void finish(const Error &error);

    QPointer<CredentialStore> m_store;
    TikTokEndpoints m_endpoints;
    QPointer<QNetworkAccessManager> m_network;
    TikTokApiClient *m_client;
    TokenRefresher *m_refresher = nullptr;
    NetworkPolicy m_policy;
    SandboxBudget *m_budget = nullptr;
    QPointer<TikTokCall> m_call;
    PostingPreparationResult m_result;
    bool m_running = false;
};

} // namespace Skybeam

Q_DECLARE_METATYPE(Skybeam::PostingPreparationResult)
