#include "setup/reminderschedule.h"
#include "common/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
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

namespace {

bool writeText(const QString &path, const QString &text, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = ReminderSchedule::tr("Cannot create the folder of %1.").arg(path);
        return false;
    }
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!PrivateFiles::openForWriting(file) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = ReminderSchedule::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// Runs `systemctl --user ARGS` (bounded); true on exit code 0.
bool systemctl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("systemctl"), QStringList { QStringLiteral("--user") } + arguments);
    return process.waitForFinished(15000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
}

QString quoted(const QString &binary)
{
    return binary.contains(QLatin1Char(' ')) ? QStringLiteral("\"%1\"").arg(binary) : binary;
}

} // namespace

QString ReminderSchedule::serviceUnit(const QString &binary)
{
    return QStringLiteral("[Unit]\n"
                          "Description=SKYBEAM TikTok Setup reminders (re-authorize, handoff packs)\n"
                          "\n"
                          "[Service]\n"
                          "Type=exec\n"
                          "ExecStart=%1 remind\n")
        .arg(quoted(binary));
}

QString ReminderSchedule::timerUnit()
{
    return QStringLiteral("[Unit]\n"
                          "Description=Daily SKYBEAM TikTok Setup reminders\n"
                          "\n"
                          "[Timer]\n"
                          "OnCalendar=daily\n"
                          "OnStartupSec=5min\n"
                          "Persistent=true\n"
                          "RandomizedDelaySec=10min\n"
                          "\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n");
}

QString ReminderSchedule::autostartEntry(const QString &binary)
{
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=SKYBEAM TikTok Setup reminders\n"
                          "Exec=%1 remind\n"
                          "NoDisplay=true\n"
                          "X-GNOME-Autostart-Delay=180\n")
        .arg(quoted(binary));
}

bool ReminderSchedule::hasSystemdUserInstance()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/systemd/private"));
}

ReminderSchedule::State ReminderSchedule::enable(const QString &binary, QString *error)
{
    if (hasSystemdUserInstance()) {
        if (writeText(servicePath(), serviceUnit(binary), error) && writeText(timerPath(), timerUnit(), error)
            && systemctl({ QStringLiteral("daemon-reload") })
            && systemctl({ QStringLiteral("enable"), QStringLiteral("--now"), TimerName })) {
            QFile::remove(autostartPath());
            return detect();
        }
        // The instance did not take the timer: the autostart entry works without it.
        QFile::remove(timerPath());
        QFile::remove(servicePath());
    }
    if (!writeText(autostartPath(), autostartEntry(binary), error))
        return detect();
    return detect();
}

bool ReminderSchedule::disable(QString *error)
{
    if (QFileInfo::exists(timerPath()) && hasSystemdUserInstance())
        systemctl({ QStringLiteral("disable"), QStringLiteral("--now"), TimerName });
    QFile::remove(timerWantsLink());
    bool ok = true;
    for (const QString &path : { timerPath(), servicePath(), autostartPath() }) {
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            *error = tr("Cannot remove %1.").arg(path);
            ok = false;
        }
    }
    return ok;
}

QString ReminderSchedule::mechanismName(Mechanism mechanism)
{
    switch (mechanism) {
    case Mechanism::None:
        return QStringLiteral("none");
    case Mechanism::Systemd:
        return QStringLiteral("systemd");
    case Mechanism::Autostart:
        return QStringLiteral("autostart");
    }
    return {};
}

QString ReminderSchedule::text(const State &state)
{
    if (!state.enabled)
        return tr("Reminders are off: nothing tells you when it is time to re-authorize.");
    return state.mechanism == Mechanism::Systemd
        ? tr(
            "Reminders are on: a daily check (systemd user timer) tells you when it is time to re-authorize.")
        : tr("Reminders are on: a check at login tells you when it is time to re-authorize.");
}

} // namespace Skybeam
