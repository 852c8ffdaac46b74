#pragma once

#include "common/roxypaths.h"
#include "setup/setupoverview.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace Skybeam {

/// What `skybeam-setup remind` remembers between runs (`setup/reminders.json`, 0600): the day each kind
/// of reminder was last shown, the day each is snoozed until, and the packs already reminded of.
struct ReminderMemory
{
    QDate reauthorizeShown;
    QDate reauthorizeSnoozedUntil;
    QDate packsShown;
    QDate packsSnoozedUntil;
    QStringList remindedPacks;

    static QString filePath(const RoxyPaths &paths);
    static ReminderMemory load(const RoxyPaths &paths);
    bool save(const RoxyPaths &paths) const;
};

/// One desktop notification to show.
struct Reminder
{
    enum class Kind { Reauthorize, HandoffPacks };
    Kind kind = Kind::Reauthorize;
    QString title;
    QString body;
    /// Action ids and labels, in the freedesktop Notify order (id, label, id, label, …).
    QStringList actions;
    /// HandoffPacks: the packs this reminder is about.
    QStringList packs;
};

/// Decides which reminders are due, display-free and without any TikTok API call: re-authorize from 5
/// days before the 30-day date, then daily until done, and at once when the refresh token expired or was
/// rejected; new handoff packs (appeared since the last reminder, not marked posted). At most one of a
/// kind per day; "Later" snoozes a kind until the next day. Pure functions; thread-safe.
class ReminderPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::ReminderPlanner)

public:
    static constexpr QLatin1String ReauthorizeAction { "reauthorize" };
    static constexpr QLatin1String BrowsePacksAction { "browse-packs" };
    static constexpr QLatin1String LaterAction { "later" };

    /// `today` is the operator's local date.
    static QList<Reminder> due(
        const SetupOverview &overview, const ReminderMemory &memory, const QDate &today);
    /// Records that `reminder` was shown today.
    static void markShown(ReminderMemory *memory, const Reminder &reminder, const QDate &today);
    /// Records "Later": not again before tomorrow.
    static void snooze(ReminderMemory *memory, Reminder::Kind kind, const QDate &today);
};

} // namespace Skybeam
