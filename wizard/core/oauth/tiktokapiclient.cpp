#include "oauth/tiktokapiclient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

namespace Skybeam {

TikTokUser TikTokUser::fromData(const QJsonObject &data)
{
    const QJsonObject user = data.value(QLatin1String("user")).toObject();
    TikTokUser result;
    result.openId = user.value(QLatin1String("open_id")).toString();
    result.unionId = user.value(QLatin1String("union_id")).toString();
    result.avatarUrl = user.value(QLatin1String("avatar_url")).toString();
    result.displayName = user.value(QLatin1String("display_name")).toString();
    return result;
}

CreatorInfo CreatorInfo::fromData(const QJsonObject &data)
{
    CreatorInfo result;
    result.avatarUrl = data.value(QLatin1String("creator_avatar_url")).toString();
    result.username = data.value(QLatin1String("creator_username")).toString();
    result.nickname = data.value(QLatin1String("creator_nickname")).toString();
    const QJsonArray options = data.value(QLatin1String("privacy_level_options")).toArray();
    for (const QJsonValue &option : options) {
        if (option.isString())
            result.privacyLevelOptions.append(option.toString());
    }
    result.commentDisabled = data.value(QLatin1String("comment_disabled")).toBool();
    result.duetDisabled = data.value(QLatin1String("duet_disabled")).toBool();
    result.stitchDisabled = data.value(QLatin1String("stitch_disabled")).toBool();
    const QJsonValue duration = data.value(QLatin1String("max_video_post_duration_sec"));
    result.maxVideoPostDurationSec = duration.isDouble() ? duration.toInt() : -1;
    return result;
}

TikTokApiClient::TikTokApiClient(
    const TikTokEndpoints &endpoints, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_network(network)
{
}

TikTokCall *TikTokApiClient::userInfo(const QString &accessToken)
{
    TikTokCall::Request request;
    request.url = m_endpoints.userInfoUrl();
    request.bearerToken = accessToken;
    request.validator = [](const QJsonObject &body) {
        const QJsonObject user
            = body.value(QLatin1String("data")).toObject().value(QLatin1String("user")).toObject();
        return user.value(QLatin1String("open_id")).isString()
            ? Error()
            : TikTokErrors::badResponse(200, QStringLiteral("user info without data.user.open_id"));
    };
    return start(std::move(request));
}

TikTokCall *TikTokApiClient::creatorInfo(const QString &accessToken)
{
    TikTokCall::Request request;
    request.url = m_endpoints.creatorInfoUrl();
    request.method = QByteArrayLiteral("POST");
    request.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    request.bearerToken = accessToken;
    request.validator = [](const QJsonObject &body) {
        return body.value(QLatin1String("data")).isObject()
            ? Error()
            : TikTokErrors::badResponse(200, QStringLiteral("creator info without data"));
    };
    return start(std::move(request));
}

TikTokCall *TikTokApiClient::start(TikTokCall::Request request)
{
    request.shape = TikTokCall::Shape::Api;
    auto *call = new TikTokCall(m_network, std::move(request), m_policy, this);
    ++m_callCount;
    connect(
        call, &TikTokCall::finished, this, [this](TikTokCall *done) { m_callCount += done->attempts() - 1; });
    call->start();
    return call;
}

} // namespace Skybeam
