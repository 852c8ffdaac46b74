// skybeam-setup remind: one pass over what is due (re-authorize, new handoff packs), shown as desktop
// notifications through org.freedesktop.Notifications. Never fails the caller and makes no TikTok call.
#include "commandline.h"
#include "commands/commands.h"
#include "common/modules.h"
#include "common/notifymodule.h"
#include "setup/reminderplanner.h"
#include "startup.h"

#include <QHash>
#include <QProcess>
#include <QTimer>

namespace Skybeam::Cli {

namespace {

// The notification module (common/notifymodule.h): QtDBus is loaded only when something is due.
struct NotifyModule
{
    SkybeamNotifyAvailable available = nullptr;
    SkybeamNotifyShow show = nullptr;
    SkybeamNotifyClose close = nullptr;
    SkybeamNotifyWatch watch = nullptr;

    bool load(QString *error)
    {
        const QString name = QStringLiteral("notify");
        available = Modules::function<SkybeamNotifyAvailable>(name, "skybeam_notify_available", error);
        show = Modules::function<SkybeamNotifyShow>(name, "skybeam_notify_show", error);
        close = Modules::function<SkybeamNotifyClose>(name, "skybeam_notify_close", error);
        watch = Modules::function<SkybeamNotifyWatch>(name, "skybeam_notify_watch", error);
        return available && show && close && watch;
    }
};
/// The process that showed a notification waits this long for the operator, then leaves.
constexpr int MaxWaitMs = 8 * 60 * 60 * 1000;

/// Waits for the operator's answer to the notifications shown and acts on it: Re-authorize now opens the
/// wizard at the sign-in step (which opens the browser at once), Browse packs opens the viewer, Later
/// snoozes until tomorrow. Quits the event loop when every notification is answered or closed.
class NotificationWatcher final : public QObject
{
    Q_OBJECT

public:
    NotificationWatcher(const NotifyModule &notify, const RoxyPaths &paths, const QString &roxyOption,
        QObject *parent = nullptr)
        : QObject(parent)
        , m_notify(notify)
        , m_paths(paths)
        , m_roxyOption(roxyOption)
    {
    }

    void watch(uint id, Reminder::Kind kind) { m_shown.insert(id, kind); }
    bool isWatching() const { return !m_shown.isEmpty(); }

public Q_SLOTS:
    void onActionInvoked(uint id, const QString &action)
    {
        if (!m_shown.contains(id))
            return;
        const Reminder::Kind kind = m_shown.take(id);
        QStringList arguments;
        if (!m_roxyOption.isEmpty())
            arguments << QStringLiteral("--roxy-home") << m_roxyOption;
        if (action == ReminderPlanner::ReauthorizeAction) {
            launch(arguments << QStringLiteral("--page") << QStringLiteral("signin"));
        } else if (action == ReminderPlanner::BrowsePacksAction) {
            launch(arguments << QStringLiteral("packs"));
        } else if (action == ReminderPlanner::LaterAction) {
            ReminderMemory memory = ReminderMemory::load(m_paths);
            ReminderPlanner::snooze(&memory, kind, QDate::currentDate());
            memory.save(m_paths);
        }
        closeNotification(id);
        finishIfDone();
    }

    void onClosed(uint id, uint /*reason*/)
    {
        m_shown.remove(id);
        finishIfDone();
    }

private:
    // Starts the wizard or the viewer on its own: it outlives this process, so it must not write into
    // this process's output (a closed pipe would end it).
    static void launch(const QStringList &arguments)
    {
        QProcess process;
        process.setProgram(launcherPath());
        process.setArguments(arguments);
        process.setStandardInputFile(QProcess::nullDevice());
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(QProcess::nullDevice());
        if (!process.startDetached())
            printErr(QStringLiteral("skybeam-setup remind: %1").arg(process.errorString()));
    }

    void closeNotification(uint id) { m_notify.close(id); }

    void finishIfDone()
    {
        if (m_shown.isEmpty())
            QCoreApplication::exit(ExitOk);
    }

    NotifyModule m_notify;
    RoxyPaths m_paths;
    QString m_roxyOption;
    QHash<uint, Reminder::Kind> m_shown;
};

// A one-line note on stderr; remind never fails its caller (a timer, a login script).
int note(const QString &text)
{
    printErr(QStringLiteral("skybeam-setup remind: %1").arg(text));
    return ExitOk;
}

// --enable, --disable or --status: installs or removes the schedule (or neither), then says which is
// installed.
int manageSchedule(bool enable, bool disable)
{
    QString error;
    bool ok = true;
    if (enable)
        ok = ReminderSchedule::enable(launcherPath(), &error).enabled;
    else if (disable)
        ok = ReminderSchedule::disable(&error);
    const ReminderSchedule::State state = ReminderSchedule::detect();
    printOut(ReminderSchedule::text(state));
    if (!ok && !error.isEmpty())
        printErr(QStringLiteral("skybeam-setup remind: %1").arg(error));
    return ok ? ExitOk : ExitFailure;
}

// Shows the reminders due today as desktop notifications and waits for the operator's answer to them.
int showDueReminders(const RoxyPaths &paths)
{
    const QDate today = QDate::currentDate();
    ReminderMemory memory = ReminderMemory::load(paths);
    const QList<Reminder> due = ReminderPlanner::due(SetupOverview::gather(paths), memory, today);
    if (due.isEmpty())
        return ExitOk;

    NotifyModule notify;
    QString moduleError;
    if (!notify.load(&moduleError))
        return note(QCoreApplication::translate("remind",
            "desktop notifications are not available (%1). Run "
            "'skybeam-setup status' to see what is due.")
                        .arg(moduleError));
    const int available = notify.available();
    if (available == 1)
        return note(QCoreApplication::translate("remind",
            "no desktop session bus (D-Bus), so no notification was "
            "shown. Run 'skybeam-setup status' to see what is due."));
    if (available != 0)
        return note(QCoreApplication::translate("remind",
            "no notification service is running, so no notification "
            "was shown. Run 'skybeam-setup status' to see what is due."));

    NotificationWatcher watcher(notify, paths, paths.root());
    notify.watch(&watcher);
    for (const Reminder &reminder : due) {
        QString error;
        const uint id = notify.show(QStringLiteral("SKYBEAM Setup"), reminder.title, reminder.body,
            reminder.actions, QStringLiteral("org.skybeam.TikTokSetup"), &error);
        if (id == 0)
            return note(QCoreApplication::translate("remind",
                "the notification service did not take the "
                "notification (%1).")
                            .arg(error));
        watcher.watch(id, reminder.kind);
        ReminderPlanner::markShown(&memory, reminder, today);
        memory.save(paths);
    }
    QTimer::singleShot(MaxWaitMs, [] { QCoreApplication::exit(ExitOk); });
    QCoreApplication::exec();
    return ExitOk;
}

} // namespace

int runRemind(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("remind"),
        QCoreApplication::translate("remind",
            "Shows a desktop notification when it is time to re-authorize TikTok "
            "(from 5 days before the 30-day date, daily until done; at once when "
            "access can no longer be renewed) and when new handoff packs wait to "
            "be posted. At most one notification of a kind a day. Makes no TikTok "
            "API call.\n--enable runs it daily and at login (a systemd user "
            "timer, else an autostart entry), --disable stops that, --status says "
            "which is installed.\nExit code: 0 (also when nothing could be shown), "
            "1 --enable/--disable failed, 2 usage error."));
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption enable(QStringLiteral("enable"),
        QCoreApplication::translate("remind", "Run the reminders daily and at login."));
    const QCommandLineOption disable(
        QStringLiteral("disable"), QCoreApplication::translate("remind", "Stop running the reminders."));
    const QCommandLineOption status(
        QStringLiteral("status"), QCoreApplication::translate("remind", "Say whether the reminders run."));
    parser.addOption(enable);
    parser.addOption(disable);
    parser.addOption(status);
    if (const int parsed = commandLine.parse(arguments); parsed >= 0)
        return parsed;
    if (int(parser.isSet(enable)) + int(parser.isSet(disable)) + int(parser.isSet(status)) > 1)
        return commandLine.usageError(
            QCoreApplication::translate("remind", "--enable, --disable and --status exclude each other"));
    const GlobalOptions options = commandLine.applyGlobalOptions();
    const RoxyPaths paths = options.paths();

    if (parser.isSet(enable) || parser.isSet(disable) || parser.isSet(status))
        return manageSchedule(parser.isSet(enable), parser.isSet(disable));
    return showDueReminders(paths);
}

} // namespace Skybeam::Cli

#include "remindcommand.moc"
