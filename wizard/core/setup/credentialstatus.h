#pragma once

#include "credentials/credentialfile.h"
#include "setup/setuppath.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Skybeam {

/// What the credential file on this computer means for the operator, in plain words, and which way
/// through the wizard fits it. Computed from a read of the file and the current time; a value type.
class CredentialStatus final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::CredentialStatus)

public:
    enum class State {
        /// No credential file at all.
        NoCredentials,
        /// A file exists but cannot be used (not JSON, wrong shape, unreadable) or has no client key.
        Unusable,
        /// Client key saved, but TikTok access was never granted (no access token).
        NotAuthorized,
        /// Access token valid, authorized less than 30 days ago.
        Valid,
        /// The access token expired, but the refresh token can renew it.
        AccessExpiredRenewable,
        /// The refresh token expired or is missing, and the access token is no longer valid.
        RenewalExpired,
        /// Working, but authorized 30 or more days ago: the runbook asks to re-authorize.
        ReauthorizeRecommended,
    };

    CredentialStatus() = default;
    static CredentialStatus detect(const CredentialReadResult &read,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());

    State state() const { return m_state; }
    /// One short sentence: what the situation is.
    QString headline() const;
    /// One or two sentences with the numbers (hours left, days since authorization) or the problem.
    QString details() const;
    /// The way through the wizard that fits this state.
    SetupPath recommendedPath() const;

    /// A client key is stored, so signing in again needs no re-typing of it.
    bool canReauthorize() const { return m_hasClientKey && m_usable; }
    /// A refresh token is stored and not known to be expired, and a client key is there to use it with.
    bool canRenew() const { return m_canRenew; }
    /// There is a file to check.
    bool canCheck() const { return m_exists; }

    /// Hours until the access token expires (negative when it has expired; 0 when unknown).
    qint64 hoursLeft() const { return m_secondsLeft / 3600; }
    /// Whole days since the operator last approved the app (-1 when unknown).
    qint64 daysSinceAuthorization() const { return m_daysSinceAuthorization; }
    /// The file that was read (the primary path when none exists), shown with `~`.
    QString displayPath() const;
    /// The credentials that were read (empty when none).
    const TikTokCredentials &credentials() const { return m_credentials; }

private:
    QString timeLeftText() const;

    State m_state = State::NoCredentials;
    TikTokCredentials m_credentials;
    QString m_path;
    QString m_problem;
    QDateTime m_expiresAt;
    qint64 m_secondsLeft = 0;
    qint64 m_daysSinceAuthorization = -1;
    bool m_exists = false;
    bool m_usable = false;
    bool m_hasClientKey = false;
    bool m_canRenew = false;
};

} // namespace Skybeam
