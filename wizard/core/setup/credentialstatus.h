#pragma once

#include "credentials/credentialfile.h"
#include "setup/setuppath.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Skybeam {

/// What is known besides the credential file when deciding the state.
struct CredentialFacts
{
    /// The system keychain holds a refresh token for the stored client key (the file may lack one).
    bool keychainHasRefreshToken = false;
    /// The grant (its `authorized_at`) whose refresh token TikTok rejected (RefreshRejection); invalid
    /// when none was rejected.
    QDateTime rejectedGrant;
};

/// The one answer to "what should the operator do now": the state of the TikTok connection computed
/// from the credential file, the keychain and the clock, in plain words, with the way through the wizard
/// that fits it. The Welcome page, the check page, the Done page, `validate --strict`, `status` and the
/// reminders all use it. The runbook's 30-day rule wins over renewing: from day 30 on the answer is
/// Re-authorize whatever the access token says. A value type.
class CredentialStatus final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::CredentialStatus)

public:
    enum class State {
        /// No credential file at all.
        NotSetUp,
        /// A file exists but cannot be used (not JSON, wrong shape, unreadable) or has no client key.
        Broken,
        /// Client key saved, but TikTok access was never granted (no access token).
        NotAuthorized,
        /// Working; re-authorize on reauthorizeDueAt() (more than 5 days away, or unknown).
        Connected,
        /// Working, but the 30-day date is 5 days away or less.
        DueSoon,
        /// Authorized 30 or more days ago: re-authorize (since reauthorizeDueAt()).
        Overdue,
        /// The access token expired before day 30; the refresh token can renew it.
        Renewable,
        /// The refresh token expired, is missing or was rejected: only signing in again helps.
        ReauthorizeNeeded,
    };

    /// The runbook asks to re-authorize every 30 days.
    static constexpr int ReauthorizeAfterDays = 30;
    /// "Due soon" (and reminders) start this many days before the 30-day date.
    static constexpr int DueSoonDays = 5;

    CredentialStatus() = default;
    static CredentialStatus detect(const CredentialReadResult &read,
        const QDateTime &now = QDateTime::currentDateTimeUtc(), const CredentialFacts &facts = {});

    /// The state of credentials the wizard has just produced or holds (read from no file).
    static CredentialStatus ofCredentials(
        const TikTokCredentials &credentials, const QDateTime &now = QDateTime::currentDateTimeUtc());

    State state() const { return m_state; }
    /// The stable name used by `status --json`: not_set_up, connected, due_soon, overdue, renewable,
    /// reauthorize_needed or broken.
    QString stateName() const;
    /// The operator has something to do (everything but Connected).
    bool needsOperator() const { return m_state != State::Connected; }
    /// One short sentence: what the situation is.
    QString headline() const;
    /// One or two sentences with the numbers (time left, dates) or the problem.
    QString details() const;
    /// The re-authorize date in words: "Re-authorize by DATE", "Re-authorize now: overdue since DATE";
    /// empty when there is no grant or its time is unknown. Never shows a past date as a deadline.
    QString reauthorizeText() const;
    /// The way through the wizard that fits this state.
    SetupPath recommendedPath() const;

    /// A client key is stored, so signing in again needs no re-typing of it.
    bool canReauthorize() const { return m_hasClientKey && m_usable; }
    /// A refresh token is stored (file or keychain), not expired or rejected, and a client key is there.
    bool canRenew() const { return m_canRenew; }
    /// There is a file to check.
    bool canCheck() const { return m_exists; }
    /// TikTok rejected the stored grant's refresh token.
    bool isRefreshRejected() const { return m_refreshRejected; }

    /// Hours until the access token expires (negative when it has expired; 0 when unknown).
    qint64 hoursLeft() const { return m_secondsLeft / 3600; }
    /// Whole days since the operator last approved the app (-1 when unknown).
    qint64 daysSinceAuthorization() const { return m_daysSinceAuthorization; }
    /// When access was granted (invalid when unknown).
    QDateTime authorizedAt() const { return m_authorizedAt; }
    /// authorizedAt() + 30 days (invalid when unknown).
    QDateTime reauthorizeDueAt() const { return m_dueAt; }
    QDateTime accessExpiresAt() const { return m_expiresAt; }
    QDateTime refreshExpiresAt() const { return m_refreshExpiresAt; }
    /// The file that was read (the primary path when none exists), shown with `~`.
    QString displayPath() const;
    /// The credentials that were read (empty when none).
    const TikTokCredentials &credentials() const { return m_credentials; }

    /// A date as the operator reads it (the local long date).
    static QString dateText(const QDateTime &time);

private:
    QString timeLeftText() const;

    State m_state = State::NotSetUp;
    TikTokCredentials m_credentials;
    QString m_path;
    QString m_problem;
    QDateTime m_expiresAt;
    QDateTime m_refreshExpiresAt;
    QDateTime m_authorizedAt;
    QDateTime m_dueAt;
    qint64 m_secondsLeft = 0;
    qint64 m_daysSinceAuthorization = -1;
    bool m_exists = false;
    bool m_usable = false;
    bool m_hasClientKey = false;
    bool m_canRenew = false;
    bool m_refreshRejected = false;
    bool m_refreshExpired = false;
};

} // namespace Skybeam
