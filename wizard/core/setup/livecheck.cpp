#include "setup/livecheck.h"

#include "common/abandonreply.h"
#include "common/logging.h"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace Skybeam {

namespace {

const QLatin1String SelfOnly("SELF_ONLY");

} // namespace

bool LiveCheckResult::canPost() const
{
    return creatorChecked && !creatorError.isError() && !creator.privacyLevelOptions.isEmpty();
}

bool LiveCheckResult::isPrivateOnly() const
{
    return canPost() && creator.privacyLevelOptions == QStringList { SelfOnly };
}

QString LiveCheckResult::privacyLevelName(const QString &level)
{
    if (level == QLatin1String("PUBLIC_TO_EVERYONE"))
        return tr("Everyone");
    if (level == QLatin1String("MUTUAL_FOLLOW_FRIENDS"))
        return tr("Friends");
    if (level == QLatin1String("FOLLOWER_OF_CREATOR"))
        return tr("Followers");
    if (level == SelfOnly)
        return tr("Only me");
    return level;
}

QStringList LiveCheckResult::privacyLevelNames() const
{
    QStringList names;
    for (const QString &level : creator.privacyLevelOptions)
        names.append(privacyLevelName(level));
    return names;
}

QStringList LiveCheckResult::reportLines() const
{
    QStringList lines;
    if (hasUser())
        lines.append(QStringLiteral("TikTok account: %1").arg(user.displayName));
    else
        lines.append(QStringLiteral("TikTok account: unknown (%1)").arg(userError.code()));
    if (!creatorChecked)
        lines.append(QStringLiteral("Can post: not checked (scope video.publish not granted)"));
    else if (creatorError.isError())
        lines.append(QStringLiteral("Can post: No (%1)").arg(creatorError.code()));
    else
        lines.append(QStringLiteral("Can post: %1 (privacy levels: %2)")
                         .arg(canPost() ? QStringLiteral("Yes") : QStringLiteral("No"),
                             creator.privacyLevelOptions.join(QLatin1Char(','))));
    return lines;
}

LiveCheck::LiveCheck(const TikTokEndpoints &endpoints, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_endpoints(endpoints)
    , m_network(network)
    , m_client(new TikTokApiClient(endpoints, network, this))
{
}

LiveCheck::~LiveCheck()
{
    abort();
}

void LiveCheck::setNetworkPolicy(const NetworkPolicy &policy)
{
    m_client->setNetworkPolicy(policy);
}

bool LiveCheck::start(const TikTokCredentials &credentials)
{
    if (m_running)
        return false;
    m_running = true;
    m_credentials = credentials;
    m_result = LiveCheckResult();
    const int callsBefore = m_client->callCount();
    if (!credentials.hasAccessToken()) {
        m_result.userError = Error(ErrorCode::Credentials::NoAccessToken,
            tr("There is no access token to check. Sign in with TikTok first."));
        QMetaObject::invokeMethod(this, &LiveCheck::finish, Qt::QueuedConnection);
        return true;
    }
    m_call = m_client->userInfo(credentials.accessToken());
    connect(m_call, &TikTokCall::finished, this, [this, callsBefore](TikTokCall *call) {
        m_result.apiCalls = m_client->callCount() - callsBefore;
        onUserInfo(call);
    });
    return true;
}

void LiveCheck::abort()
{
    if (m_call)
        m_call->abort();
    abandonReply(m_avatarReply, this);
    m_call = nullptr;
    m_running = false;
}

void LiveCheck::onUserInfo(TikTokCall *call)
{
    m_call = nullptr;
    if (call->isSuccess())
        m_result.user = TikTokUser::fromData(call->data());
    else
        m_result.userError = call->error();
    // An invalid token fails every call: do not spend a sandbox call to hear it twice.
    if (m_result.userError.code() == ErrorCode::Api::AccessTokenInvalid) {
        finish();
        return;
    }
    askCreatorInfo();
}

void LiveCheck::askCreatorInfo()
{
    if (!m_credentials.hasScope(QStringLiteral("video.publish"))) {
        fetchAvatar();
        return;
    }
    m_result.creatorChecked = true;
    const int callsBefore = m_client->callCount();
    m_call = m_client->creatorInfo(m_credentials.accessToken());
    connect(m_call, &TikTokCall::finished, this, [this, callsBefore](TikTokCall *call) {
        m_result.apiCalls += m_client->callCount() - callsBefore;
        onCreatorInfo(call);
    });
}

void LiveCheck::onCreatorInfo(TikTokCall *call)
{
    m_call = nullptr;
    if (call->isSuccess())
        m_result.creator = CreatorInfo::fromData(call->data());
    else
        m_result.creatorError = call->error();
    fetchAvatar();
}

void LiveCheck::fetchAvatar()
{
    const QUrl url(m_result.user.avatarUrl);
    const bool allowed = url.isValid()
        && (url.scheme() == QLatin1String("https")
            || (url.scheme() == QLatin1String("http") && TikTokEndpoints::isLoopbackHost(url.host())));
    if (!allowed || !m_network) {
        finish();
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_avatarReply = m_network->get(request);
    connect(m_avatarReply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > MaxAvatarBytes && m_avatarReply)
            m_avatarReply->abort();
    });
    connect(m_avatarReply, &QNetworkReply::finished, this, [this] {
        QNetworkReply *reply = m_avatarReply;
        m_avatarReply = nullptr;
        if (reply->error() == QNetworkReply::NoError)
            m_result.avatar = reply->read(MaxAvatarBytes);
        else
            qCInfo(lcApi) << "Avatar not available:" << reply->error();
        reply->deleteLater();
        finish();
    });
}

void LiveCheck::finish()
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(m_result);
}

} // namespace Skybeam
