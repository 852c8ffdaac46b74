#include "doctor/accountcheck.h"

#include "credentials/credentialfile.h"
#include "setup/livecheck.h"

namespace Skybeam {

AccountCheck::AccountCheck(const DoctorContext &context, QNetworkAccessManager *network, QObject *parent)
    : Job(parent)
    , m_context(context)
    , m_check(new LiveCheck(context.endpoints, network, this))
{
    m_result.id = QStringLiteral("account");
    m_result.title = tr("TikTok account");
    NetworkPolicy policy;
    policy.timeoutMs = context.networkTimeoutMs;
    policy.maxRetries = 0;
    m_check->setNetworkPolicy(policy);
    connect(m_check, &LiveCheck::finished, this, &AccountCheck::onLiveCheck);
}

void AccountCheck::start()
{
    const CredentialReadResult read = CredentialFile(m_context.paths).read();
    if (!read.isUsable() || !read.credentials.hasAccessToken()) {
        m_result.status = DoctorResult::Status::Skipped;
        m_result.detail = tr("There is no access token to ask TikTok with.");
        finishLater([this] { Q_EMIT finished(m_result); });
        return;
    }
    m_check->start(read.credentials);
}

void AccountCheck::onLiveCheck(const LiveCheckResult &live)
{
    QStringList details;
    const QString calls
        = tr("This check asked TikTok %n time(s); a sandbox app has about 20 API calls a day.", nullptr,
            live.apiCalls);
    if (!live.hasUser()) {
        m_result.status = DoctorResult::Status::Problem;
        details.append(tr("TikTok did not accept the stored access: %1").arg(live.userError.message()));
        m_result.fix = tr("Open the wizard and choose Re-authorize.");
    } else {
        details.append(tr("Signed in as %1.").arg(live.user.displayName));
        if (!live.creatorChecked) {
            m_result.status = DoctorResult::Status::Warning;
            details.append(
                tr("Whether the account can post was not asked: the video.publish permission is missing."));
            m_result.fix
                = tr("Add video.publish to the app in the TikTok developer portal and re-authorize.");
        } else if (!live.canPost()) {
            m_result.status = DoctorResult::Status::Problem;
            details.append(live.creatorError.isError()
                    ? tr("TikTok does not let this account post right now: %1")
                          .arg(live.creatorError.message())
                    : tr("TikTok does not let this account post right now."));
            m_result.fix
                = tr("Check the account in the TikTok app (for example a posting limit or a restriction) "
                     "and try again later.");
        } else if (live.isPrivateOnly()) {
            m_result.status = DoctorResult::Status::Warning;
            details.append(
                tr("TikTok offers only \"Only me\": the app has not been audited by TikTok yet (or the "
                   "account is private), so every post stays private."));
            m_result.fix
                = tr("Submit the app for TikTok's audit in the developer portal; until it is approved, "
                     "posts are visible only to you.");
        } else {
            m_result.status = DoctorResult::Status::Ok;
            details.append(tr("It can post to: %1.").arg(live.privacyLevelNames().join(QLatin1String(", "))));
        }
    }
    details.append(calls);
    m_result.detail = details.join(QLatin1Char(' '));
    Q_EMIT finished(m_result);
}

} // namespace Skybeam
