// skybeam-keychain.so: QtKeychain jobs and the Secret Service lock probe behind credentials/keychainmodule.h.
#include "credentials/keychainmodule.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>

#include <qt6keychain/keychain.h>

#define SKYBEAM_MODULE_EXPORT extern "C" __attribute__((visibility("default")))

// The numbers passed to SkybeamKeychainDone are QtKeychain's.
static_assert(QKeychain::NoError == 0 && QKeychain::EntryNotFound == 1 && QKeychain::CouldNotDeleteEntry == 2
    && QKeychain::AccessDeniedByUser == 3 && QKeychain::AccessDenied == 4
    && QKeychain::NoBackendAvailable == 5 && QKeychain::NotImplemented == 6 && QKeychain::OtherError == 7);

SKYBEAM_MODULE_EXPORT void skybeam_keychain_start(int operation, const QString &service, const QString &key,
    const QString &text, QObject *receiver, SkybeamKeychainDone done)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case SkybeamKeychainRead:
        job = new QKeychain::ReadPasswordJob(service, receiver);
        break;
    case SkybeamKeychainWrite: {
        auto *write = new QKeychain::WritePasswordJob(service, receiver);
        write->setTextData(text);
        job = write;
        break;
    }
    default:
        job = new QKeychain::DeletePasswordJob(service, receiver);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, receiver, [receiver, done](QKeychain::Job *finished) {
        QString read;
        if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
            read = readJob->textData();
        done(receiver, int(finished->error()), finished->errorString(), read);
    });
    job->start();
}

// Asked before reading, so that a locked keyring is named instead of opening an unlock prompt (which,
// without a display, fails and looks like "nothing stored"). A few short calls on the session bus.
SKYBEAM_MODULE_EXPORT int skybeam_secret_service_lock_state()
{
    enum { Unknown = 0, NoService = 1, Locked = 2, Unlocked = 3 };
    const QString service = QStringLiteral("org.freedesktop.secrets");
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return Unknown;
    // Nobody owns the Secret Service name and nobody can be started for it: no keyring at all. (Asking
    // QtKeychain then waits for D-Bus's own 25 s timeout.)
    const auto busCall = [&bus](const QString &method, const QVariantList &arguments) {
        QDBusMessage message = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
            QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("org.freedesktop.DBus"), method);
        message.setArguments(arguments);
        const QDBusMessage reply = bus.call(message, QDBus::Block, 2000);
        return reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()
            ? reply.arguments().constFirst()
            : QVariant();
    };
    if (!busCall(QStringLiteral("NameHasOwner"), { service }).toBool()
        && !busCall(QStringLiteral("ListActivatableNames"), {}).toStringList().contains(service))
        return NoService;
    QDBusMessage alias = QDBusMessage::createMethodCall(service, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    alias << QStringLiteral("default");
    const QDBusMessage aliasReply = bus.call(alias, QDBus::Block, 2000);
    if (aliasReply.type() != QDBusMessage::ReplyMessage || aliasReply.arguments().isEmpty())
        return Unknown;
    const QString path = aliasReply.arguments().constFirst().value<QDBusObjectPath>().path();
    if (path.isEmpty() || path == QLatin1String("/"))
        return Unknown;
    QDBusMessage get = QDBusMessage::createMethodCall(
        service, path, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusMessage getReply = bus.call(get, QDBus::Block, 2000);
    if (getReply.type() != QDBusMessage::ReplyMessage || getReply.arguments().isEmpty())
        return Unknown;
    return getReply.arguments().constFirst().value<QDBusVariant>().variant().toBool() ? Locked : Unlocked;
}

// The function types of the header and the definitions above agree.
static_assert(sizeof(SkybeamKeychainStart(&skybeam_keychain_start)) > 0);
static_assert(sizeof(SkybeamSecretServiceLockState(&skybeam_secret_service_lock_state)) > 0);
