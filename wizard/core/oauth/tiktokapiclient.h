#pragma once

#include "common/expected.h"
#include "oauth/tiktokcall.h"
#include "oauth/tiktokendpoints.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;

namespace Skybeam {

/// `data.user` of GET /v2/user/info/.
struct TikTokUser
{
    QString openId;
    QString unionId;
    QString avatarUrl;
    QString displayName;

    static TikTokUser fromData(const QJsonObject &data);
};

/// `data` of POST /v2/post/publish/creator_info/query/: whether and how this account can post now.
struct CreatorInfo
{
    QString avatarUrl;
    QString username;
    QString nickname;
    /// PUBLIC_TO_EVERYONE, MUTUAL_FOLLOW_FRIENDS, FOLLOWER_OF_CREATOR, SELF_ONLY: what this account offers.
    QStringList privacyLevelOptions;
    bool commentDisabled = false;
    bool duetDisabled = false;
    bool stitchDisabled = false;
    /// -1 when TikTok did not say.
    int maxVideoPostDurationSec = -1;

    static CreatorInfo fromData(const QJsonObject &data);
};

/// TikTok's API v2 calls the setup needs (user info, creator info), each a TikTokCall job whose
/// `error.code` decides success whatever the HTTP status. Counts the calls it makes (sandbox apps get 20
/// a day). Does not own the QNetworkAccessManager. Lives in its thread.
class TikTokApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TikTokApiClient)

public:
    TikTokApiClient(
        const TikTokEndpoints &endpoints, QNetworkAccessManager *network, QObject *parent = nullptr);

    void setNetworkPolicy(const NetworkPolicy &policy) { m_policy = policy; }

    /// GET /v2/user/info/?fields=open_id,union_id,avatar_url,display_name (scope user.info.basic).
    /// On success TikTokUser::fromData(call->data()).
    TikTokCall *userInfo(const QString &accessToken);
    /// POST /v2/post/publish/creator_info/query/ (scope video.publish).
    /// On success CreatorInfo::fromData(call->data()).
    TikTokCall *creatorInfo(const QString &accessToken);

    /// API calls made through this client (each retry counts: TikTok counts them too).
    int callCount() const { return m_callCount; }

private:
    TikTokCall *start(TikTokCall::Request request);

    TikTokEndpoints m_endpoints;
    QPointer<QNetworkAccessManager> m_network;
    NetworkPolicy m_policy;
    int m_callCount = 0;
};

} // namespace Skybeam
