// The C interface of the notification module skybeam-notify.so (wizard/modules/notify): desktop
// notifications (org.freedesktop.Notifications on the session bus) for `skybeam-setup remind`, loaded
// through common/modules.h. Qt types only.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

extern "C" {

/// "skybeam_notify_available": 0 ready, 1 no session bus, 2 no notification service.
typedef int (*SkybeamNotifyAvailable)();

/// "skybeam_notify_show": shows one notification (app name, title, body, actions as key/label pairs, the
/// desktop entry); returns its id, or 0 with `*error` set.
typedef uint (*SkybeamNotifyShow)(const QString &appName, const QString &title, const QString &body,
    const QStringList &actions, const QString &desktopEntry, QString *error);

/// "skybeam_notify_close": asks the service to close notification `id`.
typedef void (*SkybeamNotifyClose)(uint id);

/// "skybeam_notify_watch": delivers the service's ActionInvoked and NotificationClosed signals to the
/// slots onActionInvoked(uint,QString) and onClosed(uint,uint) of `receiver`. False when not connected.
typedef bool (*SkybeamNotifyWatch)(QObject *receiver);
}
