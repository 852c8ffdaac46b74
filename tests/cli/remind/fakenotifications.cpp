#include "fakenotifications.h"

#include <QDBusConnectionInterface>
#include <QProcess>
#include <QUuid>

#include <signal.h>

bool FakeNotifications::registerOn(QDBusConnection bus)
{
    return bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
               QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
        && bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
}

uint FakeNotifications::Notify(const QString &appName, uint replacesId, const QString &appIcon,
    const QString &summary, const QString &body, const QStringList &actions, const QVariantMap &hints,
    int expireTimeout)
{
    Q_UNUSED(replacesId)
    Q_UNUSED(appIcon)
    Q_UNUSED(hints)
    Q_UNUSED(expireTimeout)
    const uint id = m_nextId++;
    m_calls.append({ id, appName, summary, body, actions });
    return id;
}

void FakeNotifications::CloseNotification(uint id)
{
    m_closed.append(id);
    Q_EMIT NotificationClosed(id, 3);
}

QStringList FakeNotifications::GetCapabilities() const
{
    return { QStringLiteral("actions"), QStringLiteral("body") };
}

struct PrivateBus::Daemon
{
    QProcess process;
};

PrivateBus::PrivateBus()
    : m_daemon(new Daemon)
    , m_name(QStringLiteral("fake-bus-") + QUuid::createUuid().toString(QUuid::Id128))
{
    m_daemon->process.start(QStringLiteral("dbus-daemon"),
        { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
    if (!m_daemon->process.waitForStarted(5000))
        return;
    // The address is the first line; wait for it (bounded), never sleep.
    while (!m_daemon->process.canReadLine() && m_daemon->process.waitForReadyRead(5000)) { }
    m_address = QString::fromUtf8(m_daemon->process.readLine()).trimmed();
}

PrivateBus::~PrivateBus()
{
    QDBusConnection::disconnectFromBus(m_name);
    if (m_daemon->process.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_daemon->process.processId()), SIGKILL);
        m_daemon->process.waitForFinished(5000);
    }
    delete m_daemon;
}

QDBusConnection PrivateBus::connection() const
{
    return QDBusConnection::connectToBus(m_address, m_name);
}
