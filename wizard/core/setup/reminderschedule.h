#pragma once

#include <QCoreApplication>
#include <QString>

namespace Skybeam {

/// How `skybeam-setup remind` is run regularly: a systemd user timer (daily and a few minutes after
/// login) when a systemd user instance runs, else an XDG autostart entry (at login). Knows the files
/// under the user's config folder ($XDG_CONFIG_HOME, default ~/.config). Synchronous; thread-safe.
class ReminderSchedule final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::ReminderSchedule)

public:
    enum class Mechanism { None, Systemd, Autostart };

    struct State
    {
        bool enabled = false;
        Mechanism mechanism = Mechanism::None;
    };

    static constexpr QLatin1String TimerName { "skybeam-setup-remind.timer" };
    static constexpr QLatin1String ServiceName { "skybeam-setup-remind.service" };

    /// The user's config folder ($XDG_CONFIG_HOME or ~/.config).
    static QString configDir();
    static QString timerPath();
    static QString servicePath();
    /// The link `systemctl --user enable` makes for the timer.
    static QString timerWantsLink();
    static QString autostartPath();

    /// What is installed now.
    static State detect();

    /// The unit files `--enable` writes: the service runs `binary remind` once; the timer starts it daily
    /// and a few minutes after login, catching up on missed days (Persistent=true).
    static QString serviceUnit(const QString &binary);
    static QString timerUnit();
    /// The XDG autostart entry (`binary remind` at login) used without a systemd user instance.
    static QString autostartEntry(const QString &binary);
    /// A systemd user instance runs for this user ($XDG_RUNTIME_DIR/systemd/private exists).
    static bool hasSystemdUserInstance();

    /// Installs the reminders: the user timer (enabled with systemctl --user) when a systemd user instance
    /// runs and accepts it, else the autostart entry. Returns what was installed; `error` says why not.
    static State enable(const QString &binary, QString *error);
    /// Removes the timer (after disabling it) and the autostart entry.
    static bool disable(QString *error);
    /// "systemd", "autostart" or "none" (the `status --json` value).
    static QString mechanismName(Mechanism mechanism);
    /// One sentence for the Welcome page and `status`.
    static QString text(const State &state);
};

} // namespace Skybeam
