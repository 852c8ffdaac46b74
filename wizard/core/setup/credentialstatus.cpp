#include "setup/credentialstatus.h"

#include "credentials/credentialvalidator.h"

namespace Skybeam {

CredentialStatus CredentialStatus::detect(const CredentialReadResult &read, const QDateTime &now)
{
    CredentialStatus status;
    status.m_path = read.path;
    status.m_exists = read.exists();
    if (!read.exists())
        return status;
    if (!read.isUsable()) {
        status.m_state = State::Unusable;
        status.m_problem = read.error.message();
        return status;
    }
    status.m_usable = true;
    status.m_credentials = read.credentials;
    const TikTokCredentials &credentials = read.credentials;
    status.m_hasClientKey = credentials.hasClientKey();
    if (!status.m_hasClientKey) {
        status.m_state = State::Unusable;
        status.m_problem = tr("The file has no client key.");
        return status;
    }

    const QDateTime authorized = credentials.authorizedAt();
    if (authorized.isValid())
        status.m_daysSinceAuthorization = qMax<qint64>(0, authorized.daysTo(now));
    status.m_expiresAt = credentials.expiresAt();
    if (status.m_expiresAt.isValid())
        status.m_secondsLeft = now.secsTo(status.m_expiresAt);

    const QDateTime refreshExpires = credentials.refreshExpiresAt();
    const bool refreshUsable = credentials.hasRefreshToken() && (!refreshExpires.isValid() || refreshExpires > now);
    status.m_canRenew = refreshUsable;
    const bool accessExpired = status.m_expiresAt.isValid() && status.m_expiresAt <= now;

    if (!credentials.hasAccessToken())
        status.m_state = State::NotAuthorized;
    else if (!refreshUsable && (accessExpired || credentials.hasRefreshToken()))
        status.m_state = State::RenewalExpired;
    else if (accessExpired)
        status.m_state = State::AccessExpiredRenewable;
    else if (status.m_daysSinceAuthorization >= CredentialValidator::ReauthorizeAfterDays)
        status.m_state = State::ReauthorizeRecommended;
    else
        status.m_state = State::Valid;
    return status;
}

QString CredentialStatus::displayPath() const
{
    return RoxyPaths::displayPath(m_path);
}

QString CredentialStatus::timeLeftText() const
{
    if (!m_expiresAt.isValid())
        return tr("The file does not say when TikTok access expires.");
    if (m_secondsLeft < 3600) {
        return tr("TikTok access expires in %n minute(s).", nullptr,
                  static_cast<int>(qMax<qint64>(1, m_secondsLeft / 60)));
    }
    if (m_secondsLeft < 2 * 86400)
        return tr("TikTok access expires in %n hour(s).", nullptr, static_cast<int>(m_secondsLeft / 3600));
    return tr("TikTok access expires in %n day(s).", nullptr, static_cast<int>(m_secondsLeft / 86400));
}

QString CredentialStatus::headline() const
{
    switch (m_state) {
    case State::NoCredentials:
        return tr("TikTok is not set up on this computer yet.");
    case State::Unusable:
        return tr("The TikTok credential file cannot be used.");
    case State::NotAuthorized:
        return tr("Your app keys are saved, but TikTok access has not been granted yet.");
    case State::Valid:
        return tr("TikTok is connected and working.");
    case State::AccessExpiredRenewable:
        return tr("TikTok access has expired, but it can be renewed without signing in.");
    case State::RenewalExpired:
        return tr("TikTok access has expired and can no longer be renewed.");
    case State::ReauthorizeRecommended:
        return tr("TikTok is connected, but it is time to re-authorize.");
    }
    return {};
}

QString CredentialStatus::details() const
{
    const QString authorized = m_daysSinceAuthorization < 0
        ? QString()
        : m_daysSinceAuthorization == 0 ? tr("Access was granted today.")
                                        : tr("Access was granted %n day(s) ago.", nullptr,
                                             static_cast<int>(m_daysSinceAuthorization));
    switch (m_state) {
    case State::NoCredentials:
        return tr("Choose Set up TikTok to connect the SKYBEAM publisher, or keep using Handoff mode: the "
                  "publisher then prepares upload packs that you post yourself.");
    case State::Unusable:
        return tr("%1 (%2). Set up TikTok again to replace it; the old file is kept as a backup.")
            .arg(m_problem, displayPath());
    case State::NotAuthorized:
        return tr("Sign in with TikTok to let the publisher post for you.");
    case State::Valid:
        return QStringList{timeLeftText(), authorized}.join(QLatin1Char(' ')).trimmed();
    case State::AccessExpiredRenewable:
        return tr("The access token expired, which is normal after a day without publishing. Renew now "
                  "gets a new one with the saved refresh token. %1")
            .arg(authorized)
            .trimmed();
    case State::RenewalExpired:
        return tr("Re-authorize: sign in with TikTok again in your browser. Your saved app keys are used, "
                  "so there is nothing to type. %1")
            .arg(authorized)
            .trimmed();
    case State::ReauthorizeRecommended:
        return tr("Access was granted %n day(s) ago. For security, the runbook asks you to re-authorize "
                  "every 30 days.",
                  nullptr, static_cast<int>(m_daysSinceAuthorization));
    }
    return {};
}

SetupPath CredentialStatus::recommendedPath() const
{
    switch (m_state) {
    case State::NoCredentials:
    case State::Unusable:
        return SetupPath::FirstTime;
    case State::NotAuthorized:
    case State::RenewalExpired:
    case State::ReauthorizeRecommended:
        return SetupPath::Reauthorize;
    case State::AccessExpiredRenewable:
        return SetupPath::Renew;
    case State::Valid:
        return SetupPath::Check;
    }
    return SetupPath::FirstTime;
}

} // namespace Skybeam
