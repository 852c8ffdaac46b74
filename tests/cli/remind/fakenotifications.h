#pragma once

// The project's own fake of the freedesktop notification service (org.freedesktop.Notifications), for
// tests on a private D-Bus session bus: records every Notify call and lets the test answer as the
// operator would (ActionInvoked, NotificationClosed).

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

struct NotifyCall
{
    uint id = 0;
    QString appName;
    QString summary;
    QString body;
    QStringList actions;
};

class FakeNotifications final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    /// Registers the service on `bus`; false when the name or object could not be taken.
    bool registerOn(QDBusConnection bus);
    const QList<NotifyCall> &calls() const { return m_calls; }
    QList<uint> closed() const { return m_closed; }

    /// What the desktop does when the operator clicks an action or closes the notification.
    void invokeAction(uint id, const QString &action) { Q_EMIT ActionInvoked(id, action); }
    void dismiss(uint id) { Q_EMIT NotificationClosed(id, 2); }

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout);
    void CloseNotification(uint id);
    QStringList GetCapabilities() const;

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    QList<NotifyCall> m_calls;
    QList<uint> m_closed;
    uint m_nextId = 1;
};

/// A private session bus (its own dbus-daemon), killed when this goes away.
class PrivateBus final
{
public:
    PrivateBus();
    ~PrivateBus();
    bool isRunning() const { return !m_address.isEmpty(); }
    const QString &address() const { return m_address; }
    QDBusConnection connection() const;

private:
    struct Daemon;
    Daemon *m_daemon;
    QString m_address;
    QString m_name;
};
