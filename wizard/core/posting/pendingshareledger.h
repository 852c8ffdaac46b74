#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace Skybeam {

class RoxyPaths;

/// TikTok lets at most 5 uploads wait unfinished in a user's inbox in 24 hours; the sixth init is refused
/// (spam_risk_too_many_pending_share). This local ledger, `setup/tiktok-pending-shares.json`, remembers
/// when each inbox upload of an account (its open_id) was started, so that a send is refused before
/// anything is spent and the operator is told when the next slot opens. It cannot see drafts the user
/// finished or deleted in the TikTok app, so it errs on the side of waiting. Not a QObject; small
/// synchronous IO; use from one thread.
class PendingShareLedger final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::PendingShareLedger)

public:
    static constexpr int Limit = 5;
    static constexpr qint64 WindowSeconds = 24 * 3600;

    explicit PendingShareLedger(const QString &filePath);
    /// stateDir()/tiktok-pending-shares.json.
    static QString defaultFilePath(const RoxyPaths &paths);
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// The inbox uploads of `account` started in the last 24 hours (oldest first).
    QList<QDateTime> pending(const QString &account) const;
    bool isFull(const QString &account) const { return pending(account).size() >= Limit; }
    /// When the next slot opens (invalid while one is free).
    QDateTime nextSlot(const QString &account) const;
    /// Records an inbox upload of `account` started now.
    Error record(const QString &account);
    /// "3 of the 5 inbox uploads TikTok allows in 24 hours are waiting; the next slot opens at …".
    QString summary(const QString &account) const;
    /// The refusal when full: posting.pending_inbox_full.
    Error fullError(const QString &account) const;

private:
    QString m_filePath;
    std::function<QDateTime()> m_clock;
};

} // namespace Skybeam
