#pragma once

#include "common/error.h"
#include "credentials/tiktokcredentials.h"
#include "oauth/tiktokapiclient.h"
#include "oauth/tiktokcall.h"
#include "oauth/tiktokendpoints.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;

namespace Skybeam {

/// What TikTok said about the stored access: who the account is and whether it can post now.
struct LiveCheckResult
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::LiveCheckResult)

public:
    /// User info (scope user.info.basic): the account, or why it could not be read.
    Error userError;
    TikTokUser user;
    /// The avatar image as downloaded (empty when there is none or it could not be fetched).
    QByteArray avatar;
    /// Creator info was asked (needs scope video.publish).
    bool creatorChecked = false;
    Error creatorError;
    CreatorInfo creator;
    /// API calls this check made (sandbox apps get about 20 a day).
    int apiCalls = 0;

    bool hasUser() const { return !userError.isError() && !user.displayName.isEmpty(); }
    /// TikTok offers at least one privacy level to post with.
    bool canPost() const;
    /// The only privacy level offered is SELF_ONLY (an unaudited app, or a private account).
    bool isPrivateOnly() const;
    /// The privacy levels in plain words ("Everyone", "Friends", "Followers", "Only me").
    QStringList privacyLevelNames() const;
    static QString privacyLevelName(const QString &level);
    /// Lines for the copied report, in the validator's style (English: reports are pasted into tickets).
    QStringList reportLines() const;
};

/// Asks TikTok, with the stored access token, who the account is (user info and its avatar) and whether
/// it can post now (creator info, when video.publish was granted). One check per start(); start() never
/// emits synchronously; finished() exactly once unless aborted. Does not own the QNetworkAccessManager.
/// Lives in the creating thread.
class LiveCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveCheck)

public:
    /// Larger avatars are not downloaded.
    static constexpr qint64 MaxAvatarBytes = 512 * 1024;

    LiveCheck(const TikTokEndpoints &endpoints, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~LiveCheck() override;

    void setNetworkPolicy(const NetworkPolicy &policy);
    /// Returns false while a check is running.
    bool start(const TikTokCredentials &credentials);
    /// Stops without emitting finished().
    void abort();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const Skybeam::LiveCheckResult &result);

private:
    void onUserInfo(TikTokCall *call);
    void askCreatorInfo();
    void onCreatorInfo(TikTokCall *call);
    void fetchAvatar();
    void finish();

    TikTokEndpoints m_endpoints;
    QPointer<QNetworkAccessManager> m_network;
    TikTokApiClient *m_client;
    TikTokCredentials m_credentials;
    QPointer<TikTokCall> m_call;
    QPointer<QNetworkReply> m_avatarReply;
    LiveCheckResult m_result;
    bool m_running = false;
};

} // namespace Skybeam

Q_DECLARE_METATYPE(Skybeam::LiveCheckResult)
