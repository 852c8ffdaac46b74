#include "setup/reminderschedule.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace Skybeam {

QString ReminderSchedule::configDir()
{
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    return QDir::isAbsolutePath(xdg) ? xdg : QDir::homePath() + QStringLiteral("/.config");
}

QString ReminderSchedule::timerPath()
{
    return configDir() + QStringLiteral("/systemd/user/") + TimerName;
}

QString ReminderSchedule::servicePath()
{
    return configDir() + QStringLiteral("/systemd/user/") + ServiceName;
}

QString ReminderSchedule::timerWantsLink()
{
    return configDir() + QStringLiteral("/systemd/user/timers.target.wants/") + TimerName;
}

QString ReminderSchedule::autostartPath()
{
    return configDir() + QStringLiteral("/autostart/skybeam-setup-remind.desktop");
}

ReminderSchedule::State ReminderSchedule::detect()
{
    State state;
    if (QFileInfo::exists(timerPath()) && QFileInfo::exists(servicePath())) {
        state.mechanism = Mechanism::Systemd;
        state.enabled = QFileInfo(timerWantsLink()).isSymLink() || QFileInfo::exists(timerWantsLink());
        return state;
    }
    if (QFileInfo::exists(autostartPath())) {
        state.mechanism = Mechanism::Autostart;
        QSettings entry(autostartPath(), QSettings::IniFormat);
        entry.beginGroup(QStringLiteral("Desktop Entry"));
        state.enabled = entry.value(QStringLiteral("Hidden")).toString() != QLatin1String("true")
            && entry.value(QStringLiteral("X-GNOME-Autostart-enabled")).toString() != QLatin1String("false");
    }
    return state;
}

QString ReminderSchedule::mechanismName(Mechanism mechanism)
{
    switch (mechanism) {
    case Mechanism::None: return QStringLiteral("none");
    case Mechanism::Systemd: return QStringLiteral("systemd");
    case Mechanism::Autostart: return QStringLiteral("autostart");
    }
    return {};
}

QString ReminderSchedule::text(const State &state)
{
    if (!state.enabled)
        return tr("Reminders are off: nothing tells you when it is time to re-authorize.");
    return state.mechanism == Mechanism::Systemd
        ? tr("Reminders are on: a daily check (systemd user timer) tells you when it is time to re-authorize.")
        : tr("Reminders are on: a check at login tells you when it is time to re-authorize.");
}

} // namespace Skybeam
