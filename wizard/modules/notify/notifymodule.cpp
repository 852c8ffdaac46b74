// skybeam-notify.so: desktop notifications on the session bus behind common/notifymodule.h.
#include "common/notifymodule.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QVariantMap>

#define SKYBEAM_MODULE_EXPORT extern "C" __attribute__((visibility("default")))

namespace {
const QString NotificationsService = QStringLiteral("org.freedesktop.Notifications");
const QString NotificationsPath = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

SKYBEAM_MODULE_EXPORT int skybeam_notify_available()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return 1;
    if (!bus.interface() || !bus.interface()->isServiceRegistered(NotificationsService))
        return 2;
    return 0;
}

SKYBEAM_MODULE_EXPORT uint skybeam_notify_show(const QString &appName, const QString &title,
    const QString &body, const QStringList &actions, const QString &desktopEntry, QString *error)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        NotificationsService, NotificationsPath, NotificationsService, QStringLiteral("Notify"));
    call << appName << uint(0) << desktopEntry << title << body << actions
         << QVariantMap { { QStringLiteral("urgency"), QVariant::fromValue(uchar(1)) },
                { QStringLiteral("desktop-entry"), desktopEntry } }
         << int(0);
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 10000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        *error = reply.errorMessage();
        return 0;
    }
    return reply.arguments().constFirst().toUInt();
}

SKYBEAM_MODULE_EXPORT void skybeam_notify_close(uint id)
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        NotificationsService, NotificationsPath, NotificationsService, QStringLiteral("CloseNotification"));
    message << id;
    QDBusConnection::sessionBus().send(message);
}

SKYBEAM_MODULE_EXPORT bool skybeam_notify_watch(QObject *receiver)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.connect(NotificationsService, NotificationsPath, NotificationsService,
               QStringLiteral("ActionInvoked"), receiver, SLOT(onActionInvoked(uint, QString)))
        && bus.connect(NotificationsService, NotificationsPath, NotificationsService,
            QStringLiteral("NotificationClosed"), receiver, SLOT(onClosed(uint, uint)));
}

static_assert(sizeof(SkybeamNotifyAvailable(&skybeam_notify_available)) > 0);
static_assert(sizeof(SkybeamNotifyShow(&skybeam_notify_show)) > 0);
static_assert(sizeof(SkybeamNotifyClose(&skybeam_notify_close)) > 0);
static_assert(sizeof(SkybeamNotifyWatch(&skybeam_notify_watch)) > 0);
