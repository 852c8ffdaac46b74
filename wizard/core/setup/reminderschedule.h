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

    static constexpr QLatin1String TimerName{"skybeam-setup-remind.timer"};
    static constexpr QLatin1String ServiceName{"skybeam-setup-remind.service"};

    /// The user's config folder ($XDG_CONFIG_HOME or ~/.config).
    static QString configDir();
    static QString timerPath();
    static QString servicePath();
    /// The link `systemctl --user enable` makes for the timer.
    static QString timerWantsLink();
    static QString autostartPath();

    /// What is installed now.
    static State detect();
    /// "systemd", "autostart" or "none" (the `status --json` value).
    static QString mechanismName(Mechanism mechanism);
    /// One sentence for the Welcome page and `status`.
    static QString text(const State &state);
};

} // namespace Skybeam
