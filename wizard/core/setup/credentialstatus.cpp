#include "setup/credentialstatus.h"

#include <QLocale>

namespace Skybeam {

namespace {

constexpr qint64 SecondsPerDay = 86400;

} // namespace

CredentialStatus CredentialStatus::detect(
    const CredentialReadResult &read, const QDateTime &now, const CredentialFacts &facts)
{
    CredentialStatus status;
    status.m_path = read.path;
    status.m_exists = read.exists();
    if (!read.exists())
        return status;
    if (!read.isUsable()) {
        status.m_state = State::Broken;
        status.m_problem = read.error.message();
        return status;
    }
    status.m_usable = true;
    status.m_credentials = read.credentials;
    const TikTokCredentials &credentials = read.credentials;
    status.m_hasClientKey = credentials.hasClientKey();
    if (!status.m_hasClientKey) {
        status.m_state = State::Broken;
        status.m_problem = tr("The file has no client key.");
        return status;
    }
    if (!credentials.hasAccessToken()) {
        status.m_state = State::NotAuthorized;
        return status;
    }

    // The grant: when the operator approved the app, and the 30-day date that follows from it.
    status.m_authorizedAt = credentials.authorizedAt();
    if (status.m_authorizedAt.isValid()) {
        status.m_daysSinceAuthorization = qMax<qint64>(0, status.m_authorizedAt.secsTo(now) / SecondsPerDay);
        status.m_dueAt = status.m_authorizedAt.addDays(ReauthorizeAfterDays);
    }
    status.m_expiresAt = credentials.expiresAt();
    if (status.m_expiresAt.isValid())
        status.m_secondsLeft = now.secsTo(status.m_expiresAt);
    status.m_refreshExpiresAt = credentials.refreshExpiresAt();

    const bool hasRefreshToken = credentials.hasRefreshToken() || facts.keychainHasRefreshToken;
    status.m_refreshExpired = status.m_refreshExpiresAt.isValid() && status.m_refreshExpiresAt <= now;
    status.m_refreshRejected = facts.rejectedGrant.isValid() && status.m_authorizedAt.isValid()
        && facts.rejectedGrant == status.m_authorizedAt;
    const bool refreshUsable = hasRefreshToken && !status.m_refreshExpired && !status.m_refreshRejected;
    status.m_canRenew = refreshUsable;
    const bool accessExpired = status.m_expiresAt.isValid() && status.m_expiresAt <= now;

    if (!refreshUsable)
        status.m_state = State::ReauthorizeNeeded;
    else if (status.m_dueAt.isValid() && now >= status.m_dueAt)
        status.m_state = State::Overdue; // the 30-day rule wins over renewing
    else if (accessExpired)
        status.m_state = State::Renewable;
    else if (status.m_dueAt.isValid() && now >= status.m_dueAt.addDays(-DueSoonDays))
        status.m_state = State::DueSoon;
    else
        status.m_state = State::Connected;
    return status;
}

CredentialStatus CredentialStatus::ofCredentials(const TikTokCredentials &credentials, const QDateTime &now)
{
    CredentialReadResult read;
    read.source = CredentialReadResult::Source::Primary;
    read.credentials = credentials;
    return detect(read, now);
}

QString CredentialStatus::stateName() const
{
    switch (m_state) {
    case State::NotSetUp:
    case State::NotAuthorized:
        return QStringLiteral("not_set_up");
    case State::Broken:
        return QStringLiteral("broken");
    case State::Connected:
        return QStringLiteral("connected");
    case State::DueSoon:
        return QStringLiteral("due_soon");
    case State::Overdue:
        return QStringLiteral("overdue");
    case State::Renewable:
        return QStringLiteral("renewable");
    case State::ReauthorizeNeeded:
        return QStringLiteral("reauthorize_needed");
    }
    return {};
}

QString CredentialStatus::displayPath() const
{
    return RoxyPaths::displayPath(m_path);
}

QString CredentialStatus::dateText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::LongFormat);
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

QString CredentialStatus::reauthorizeText() const
{
    if (!m_dueAt.isValid() || m_state == State::NotSetUp || m_state == State::Broken
        || m_state == State::NotAuthorized)
        return {};
    if (m_state == State::Overdue
        || (m_state == State::ReauthorizeNeeded && m_daysSinceAuthorization >= ReauthorizeAfterDays))
        return tr("Re-authorize now: it has been overdue since %1 (every 30 days, as the runbook asks).")
            .arg(dateText(m_dueAt));
    if (m_state == State::ReauthorizeNeeded)
        return tr("Re-authorize now: TikTok access can no longer be renewed.");
    return tr("Re-authorize by %1 (every 30 days, as the runbook asks): start SKYBEAM Setup and choose "
              "Re-authorize.")
        .arg(dateText(m_dueAt));
}

QString CredentialStatus::headline() const
{
    switch (m_state) {
    case State::NotSetUp:
        return tr("TikTok is not set up on this computer yet.");
    case State::Broken:
        return tr("The TikTok credential file cannot be used.");
    case State::NotAuthorized:
        return tr("Your app keys are saved, but TikTok access has not been granted yet.");
    case State::Connected:
        return tr("TikTok is connected and working.");
    case State::DueSoon:
        return tr("TikTok is connected; re-authorize by %1.").arg(dateText(m_dueAt));
    case State::Overdue:
        return tr("It is time to re-authorize: overdue since %1.").arg(dateText(m_dueAt));
    case State::Renewable:
        return tr("TikTok access has expired, but it can be renewed without signing in.");
    case State::ReauthorizeNeeded:
        return m_refreshRejected ? tr("TikTok no longer accepts the saved access: re-authorize.")
                                 : tr("TikTok access has expired and can no longer be renewed.");
    }
    return {};
}

QString CredentialStatus::details() const
{
    const QString authorized = m_daysSinceAuthorization < 0 ? QString()
        : m_daysSinceAuthorization == 0
        ? tr("Access was granted today.")
        : tr("Access was granted %n day(s) ago.", nullptr, static_cast<int>(m_daysSinceAuthorization));
    switch (m_state) {
    case State::NotSetUp:
        return tr("Choose Set up TikTok to connect the SKYBEAM publisher, or keep using Handoff mode: the "
                  "publisher then prepares upload packs that you post yourself.");
    case State::Broken:
        return tr("%1 (%2). Set up TikTok again to replace it; the old file is kept as a backup.")
            .arg(m_problem, displayPath());
    case State::NotAuthorized:
        return tr("Sign in with TikTok to let the publisher post for you.");
    case State::Connected:
    case State::DueSoon:
        return QStringList { timeLeftText(), authorized }.join(QLatin1Char(' ')).trimmed();
    case State::Renewable:
        return tr("The access token expired, which is normal after a day without publishing. Renew now "
                  "gets a new one with the saved refresh token. %1")
            .arg(authorized)
            .trimmed();
    case State::ReauthorizeNeeded:
        return tr("Re-authorize: sign in with TikTok again in your browser. Your saved app keys are used, "
                  "so there is nothing to type. %1")
            .arg(authorized)
            .trimmed();
    case State::Overdue:
        return tr("Access was granted %n day(s) ago. For security, the runbook asks you to re-authorize "
                  "every 30 days: sign in with TikTok again; your saved app keys are used.",
            nullptr, static_cast<int>(m_daysSinceAuthorization));
    }
    return {};
}

SetupPath CredentialStatus::recommendedPath() const
{
    switch (m_state) {
    case State::NotSetUp:
    case State::Broken:
        return SetupPath::FirstTime;
    case State::NotAuthorized:
    case State::ReauthorizeNeeded:
    case State::Overdue:
    case State::DueSoon:
        return SetupPath::Reauthorize;
    case State::Renewable:
        return SetupPath::Renew;
    case State::Connected:
        return SetupPath::Check;
    }
    return SetupPath::FirstTime;
}

} // namespace Skybeam
