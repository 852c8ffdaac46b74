#pragma once

#include "common/error.h"
#include "credentials/tiktokcredentials.h"
#include "oauth/tiktokcall.h"
#include "oauth/tiktokendpoints.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Skybeam {

class CredentialStore;
class CredentialStoreJob;
class TokenClient;

/// The outcome of TokenRefresher or TokenRevoker.
struct TokenMaintenanceResult
{
    /// No error on success. For a refresh, TikTokErrors::needsReauthorization(error) tells whether the
    /// operator must sign in again.
    Error error;
    /// The credentials as stored afterwards (or as loaded, on failure). Holds secrets: never log it.
    TikTokCredentials credentials;
    /// The keychain part of saving failed; the file (the publisher's contract) was written. Not fatal.
    Error keychainError;
    /// Revoke: TikTok no longer knew the token (already revoked or expired); the local tokens were removed.
    bool wasAlreadyInvalid = false;
    /// Revoke: no tokens were stored, nothing was changed.
    bool hadNothingToRevoke = false;

    bool isSuccess() const { return !error.isError(); }
    bool needsReauthorization() const;
};

/// What TokenRefresher and TokenRevoker share: the store, the endpoints, the network, one running attempt
/// and the single finished() signal. Not used on its own.
class TokenMaintenanceJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenMaintenanceJob)

public:
    void setNetworkAccessManager(QNetworkAccessManager *network);
    void setNetworkPolicy(const NetworkPolicy &policy) { m_policy = policy; }

    /// Returns false (and does nothing) while an attempt is running; never emits synchronously.
    bool start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const Skybeam::TokenMaintenanceResult &result);

protected:
    TokenMaintenanceJob(CredentialStore *store, const TikTokEndpoints &endpoints, QObject *parent);
    /// The stored credentials, read again at start (the publisher may have rotated a token meanwhile).
    virtual void onLoaded(CredentialStoreJob *job) = 0;
    TokenClient *tokenClient();
    /// Checks what every token operation needs from the loaded credentials.
    static Error checkLoaded(CredentialStoreJob *job);
    /// Ends the attempt with `error` (none on success) and emits finished().
    void finish(const Error &error);

    QPointer<CredentialStore> m_store;
    TokenMaintenanceResult m_result;

private:
    TikTokEndpoints m_endpoints;
    QPointer<QNetworkAccessManager> m_network;
    NetworkPolicy m_policy;
    TokenClient *m_client = nullptr;
    bool m_running = false;
};

} // namespace Skybeam

Q_DECLARE_METATYPE(Skybeam::TokenMaintenanceResult)
