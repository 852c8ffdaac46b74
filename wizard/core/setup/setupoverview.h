#pragma once

#include "common/roxypaths.h"
#include "setup/accountrecord.h"
#include "setup/credentialstatus.h"
#include "setup/reminderschedule.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace Skybeam {

/// Everything `skybeam-setup status` and the reminders report, gathered without any TikTok API call:
/// the state (CredentialStatus), the account as last seen, the handoff packs not marked posted, and
/// whether reminders are on. A value type; gather() reads a few small files synchronously.
struct SetupOverview
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::SetupOverview)

public:
    CredentialStatus status;
    AccountRecord account;
    /// Keys (HandoffPack::key) of the packs in the exports folder that are not marked posted.
    QStringList pendingPacks;
    ReminderSchedule::State reminders;

    /// `facts.rejectedGrant` is filled from RefreshRejection when left invalid.
    static SetupOverview gather(const RoxyPaths &paths, CredentialFacts facts = {},
        const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// The packs of `paths.exportsDir()` that are not marked posted, newest first.
    static QStringList unpostedPacks(const RoxyPaths &paths);

    /// `status --json`: state, account, open_id, access_expires_at, refresh_expires_at, authorized_at,
    /// reauthorize_due_at, handoff_pending, reminders {enabled, mechanism}. Times are ISO 8601 UTC or null.
    QJsonObject toJson() const;
    /// `status` in words, one line each; `keychain` is the keychain's sentence (may be empty).
    QStringList textLines(const QString &keychain) const;
};

} // namespace Skybeam
