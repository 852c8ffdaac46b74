#include "setup/reminderplanner.h"

#include "setup/statefile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Skybeam {

namespace {

constexpr QLatin1String ReauthorizeShownKey { "reauthorize_shown" };
constexpr QLatin1String ReauthorizeSnoozedKey { "reauthorize_snoozed_until" };
constexpr QLatin1String PacksShownKey { "packs_shown" };
constexpr QLatin1String PacksSnoozedKey { "packs_snoozed_until" };
constexpr QLatin1String RemindedPacksKey { "reminded_packs" };
/// The list of reminded packs is bounded; the oldest names drop out first.
constexpr int MaxRemembered = 2000;

QDate dateOf(const QJsonObject &object, QLatin1String key)
{
    return QDate::fromString(object.value(key).toString(), Qt::ISODate);
}

bool mayShow(const QDate &shown, const QDate &snoozedUntil, const QDate &today)
{
    return shown != today && (!snoozedUntil.isValid() || snoozedUntil <= today);
}

} // namespace

QString ReminderMemory::filePath(const RoxyPaths &paths)
{
    return paths.stateDir() + QStringLiteral("/reminders.json");
}

ReminderMemory ReminderMemory::load(const RoxyPaths &paths)
{
    const QJsonObject object = StateFile::read(filePath(paths));
    ReminderMemory memory;
    memory.reauthorizeShown = dateOf(object, ReauthorizeShownKey);
    memory.reauthorizeSnoozedUntil = dateOf(object, ReauthorizeSnoozedKey);
    memory.packsShown = dateOf(object, PacksShownKey);
    memory.packsSnoozedUntil = dateOf(object, PacksSnoozedKey);
    for (const QJsonValue &value : object.value(RemindedPacksKey).toArray())
        memory.remindedPacks.append(value.toString());
    return memory;
}

bool ReminderMemory::save(const RoxyPaths &paths) const
{
    return StateFile::write(paths, filePath(paths),
        QJsonObject { { ReauthorizeShownKey, reauthorizeShown.toString(Qt::ISODate) },
            { ReauthorizeSnoozedKey, reauthorizeSnoozedUntil.toString(Qt::ISODate) },
            { PacksShownKey, packsShown.toString(Qt::ISODate) },
            { PacksSnoozedKey, packsSnoozedUntil.toString(Qt::ISODate) },
            { RemindedPacksKey, QJsonArray::fromStringList(remindedPacks) } });
}

QList<Reminder> ReminderPlanner::due(
    const SetupOverview &overview, const ReminderMemory &memory, const QDate &today)
{
    QList<Reminder> reminders;
    const CredentialStatus &status = overview.status;
    const CredentialStatus::State state = status.state();
    const bool reauthorize = state == CredentialStatus::State::DueSoon
        || state == CredentialStatus::State::Overdue || state == CredentialStatus::State::ReauthorizeNeeded;
    if (reauthorize && mayShow(memory.reauthorizeShown, memory.reauthorizeSnoozedUntil, today)) {
        Reminder reminder;
        reminder.kind = Reminder::Kind::Reauthorize;
        reminder.title = state == CredentialStatus::State::DueSoon ? tr("Time to re-authorize TikTok soon")
                                                                   : tr("Re-authorize TikTok now");
        reminder.body
            = state == CredentialStatus::State::DueSoon ? status.reauthorizeText() : status.headline();
        reminder.actions = { ReauthorizeAction, tr("Re-authorize now"), LaterAction, tr("Later") };
        reminders.append(reminder);
    }
    QStringList fresh;
    for (const QString &pack : overview.pendingPacks) {
        if (!memory.remindedPacks.contains(pack))
            fresh.append(pack);
    }
    if (!fresh.isEmpty() && mayShow(memory.packsShown, memory.packsSnoozedUntil, today)) {
        Reminder reminder;
        reminder.kind = Reminder::Kind::HandoffPacks;
        reminder.title = tr("%n new handoff pack(s) to post", nullptr, int(fresh.size()));
        reminder.body = tr("The publisher prepared posts for you to upload by hand (Handoff mode).");
        reminder.actions = { BrowsePacksAction, tr("Browse packs"), LaterAction, tr("Later") };
        reminder.packs = fresh;
        reminders.append(reminder);
    }
    return reminders;
}

void ReminderPlanner::markShown(ReminderMemory *memory, const Reminder &reminder, const QDate &today)
{
    if (reminder.kind == Reminder::Kind::Reauthorize) {
        memory->reauthorizeShown = today;
        return;
    }
    memory->packsShown = today;
    for (const QString &pack : reminder.packs) {
        if (!memory->remindedPacks.contains(pack))
            memory->remindedPacks.append(pack);
    }
    if (memory->remindedPacks.size() > MaxRemembered)
        memory->remindedPacks = memory->remindedPacks.mid(memory->remindedPacks.size() - MaxRemembered);
}

void ReminderPlanner::snooze(ReminderMemory *memory, Reminder::Kind kind, const QDate &today)
{
    (kind == Reminder::Kind::Reauthorize ? memory->reauthorizeSnoozedUntil : memory->packsSnoozedUntil)
        = today.addDays(1);
}

} // namespace Skybeam
