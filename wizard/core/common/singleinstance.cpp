#include "common/singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

#include <sys/stat.h>
#include <unistd.h>

namespace Skybeam {

namespace {

Q_LOGGING_CATEGORY(lcInstance, "skybeam.instance", QtInfoMsg)

const QByteArray ActivateMessage = QByteArrayLiteral("activate\n");
const QByteArray AcknowledgeMessage = QByteArrayLiteral("ok\n");

// A folder only this user can reach: a real directory (not a link), owned by the effective user, with no
// access for group or others. Anything else may have been created first by someone else, who could then
// hold the lock ("already running") or watch the socket.
bool isPrivateFolder(const QString &path)
{
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    return S_ISDIR(info.st_mode) && info.st_uid == ::geteuid() && (info.st_mode & 077) == 0;
}

// $XDG_RUNTIME_DIR when it is private; else a private folder under the user's cache. Never a shared
// folder such as /tmp, where another user can create the expected names first (Qt's own fallback for the
// runtime location is /tmp/runtime-USER, so QStandardPaths::RuntimeLocation is not asked).
QString defaultDirectory()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir::isAbsolutePath(runtime)) {
        if (isPrivateFolder(runtime))
            return QDir::cleanPath(runtime);
        qCWarning(lcInstance) << "Not using the runtime folder" << runtime
                              << "for the instance lock: it is not a private folder of this user";
    }
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (cache.isEmpty())
        return {};
    return QDir(cache).filePath(QStringLiteral("skybeam-setup"));
}

} // namespace

SingleInstance::SingleInstance(const QString &key, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_key(key)
    , m_directory(directory.isEmpty() ? defaultDirectory() : directory)
    , m_requirePrivate(directory.isEmpty())
{
}

SingleInstance::~SingleInstance()
{
    if (m_server) {
        m_server->close(); // removes the socket file
        delete m_server;
    }
    if (m_lock)
        m_lock->unlock();
}

QString SingleInstance::keyForFolder(const QString &folder)
{
    // The folder may not exist yet (first run): then its absolute, cleaned path stands for it.
    const QFileInfo info(folder);
    QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        canonical = QDir::cleanPath(info.absoluteFilePath());
    const QByteArray digest
        = QCryptographicHash::hash(QFile::encodeName(canonical), QCryptographicHash::Sha256);
    return QStringLiteral("skybeam-setup-") + QString::fromLatin1(digest.toHex().left(16));
}

QString SingleInstance::lockFilePath() const
{
    return QDir(m_directory).filePath(m_key + QStringLiteral(".lock"));
}

QString SingleInstance::serverName() const
{
    // An absolute path: QLocalServer uses it as is instead of a name in the shared /tmp.
    return QDir(m_directory).filePath(m_key + QStringLiteral(".socket"));
}

SingleInstance::Role SingleInstance::claim(int timeoutMs)
{
    if (m_role != Role::Unclaimed)
        return m_role;
    if (m_directory.isEmpty()) {
        m_errorString
            = QStringLiteral("no private folder for the lock (neither a runtime nor a cache folder)");
        m_role = Role::Failed;
        return m_role;
    }
    if (!QFileInfo::exists(m_directory)) {
        if (!QDir().mkpath(m_directory)) {
            m_errorString = QStringLiteral("cannot create %1").arg(m_directory);
            m_role = Role::Failed;
            return m_role;
        }
        QFile::setPermissions(
            m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    if (m_requirePrivate && !isPrivateFolder(m_directory)) {
        // Not ours alone (a link, another owner, open to others): running without the check is better
        // than a lock someone else can hold.
        m_errorString = QStringLiteral("%1 is not a private folder of this user").arg(m_directory);
        m_role = Role::Failed;
        return m_role;
    }
    m_lock = std::make_unique<QLockFile>(lockFilePath());
    // Never stale by age: a running wizard may be open for days. A crashed one's lock is stale because
    // its process is gone, which QLockFile checks on its own.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        if (listen()) {
            m_role = Role::Primary;
            qCInfo(lcInstance) << "This is the only SKYBEAM Setup wizard running";
        } else {
            // Still the one instance (the lock is ours), only unreachable for later starts.
            m_role = Role::Primary;
            qCWarning(lcInstance) << "Could not listen for later starts:" << m_errorString;
        }
        return m_role;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        m_errorString = QStringLiteral("cannot write the lock file %1").arg(lockFilePath());
        m_lock.reset();
        m_role = Role::Failed;
        return m_role;
    }
    m_lock.reset();
    m_acknowledged = askPrimary(timeoutMs);
    qCInfo(lcInstance) << "Another SKYBEAM Setup wizard is running; asked it to come to the front:"
                       << (m_acknowledged ? "it answered" : "no answer");
    m_role = Role::Secondary;
    return m_role;
}

bool SingleInstance::listen()
{
    // A socket file left by a crashed instance (whose lock we just took over) is dead: remove it.
    QLocalServer::removeServer(serverName());
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(8);
    if (!m_server->listen(serverName())) {
        m_errorString = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        socket->setReadBufferSize(MaxMessageBytes);
        // Slow or silent clients are dropped: nothing can hold the wizard's socket.
        auto *deadline = new QTimer(socket);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        deadline->start(ConnectionTimeoutMs);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void SingleInstance::onReadyRead(QLocalSocket *socket)
{
    if (socket->property("skybeamAnswered").toBool()) {
        socket->readAll();
        return;
    }
    QByteArray buffer = socket->property("skybeamBuffer").toByteArray();
    buffer += socket->read(MaxMessageBytes + 1 - buffer.size());
    if (buffer.size() > MaxMessageBytes
        || (!buffer.isEmpty() && !ActivateMessage.startsWith(buffer.left(ActivateMessage.size())))) {
        qCDebug(lcInstance) << "Dropped a local connection that did not ask for activation";
        socket->abort();
        socket->deleteLater();
        return;
    }
    if (buffer.size() < ActivateMessage.size()) {
        socket->setProperty("skybeamBuffer", buffer);
        return;
    }
    socket->setProperty("skybeamAnswered", true);
    socket->write(AcknowledgeMessage);
    socket->disconnectFromServer();
    Q_EMIT activationRequested();
}

bool SingleInstance::askPrimary(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    socket.write(ActivateMessage);
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return false;
    QByteArray answer;
    while (answer.size() < AcknowledgeMessage.size() && !deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(int(deadline.remainingTime())))
            break;
        answer += socket.read(AcknowledgeMessage.size() - answer.size());
    }
    return answer == AcknowledgeMessage;
}

} // namespace Skybeam
