#include "common/processlock.h"

#include <QByteArray>
#include <QFile>
#include <QSysInfo>
#include <QThread>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Skybeam {

namespace {

// How often a waiting process looks again while a live writer holds the lock (a save takes milliseconds).
constexpr unsigned long RetryIntervalMs = 20;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

ProcessLock::ProcessLock(QString path)
    : m_path(std::move(path))
{
}

ProcessLock::~ProcessLock()
{
    release();
}

ProcessLock::Result ProcessLock::acquire(QDeadlineTimer deadline)
{
    for (;;) {
        const Result result = tryOnce();
        if (result != Result::HeldByOther || deadline.hasExpired())
            return result;
        QThread::msleep(qMin<unsigned long>(RetryIntervalMs, qMax<qint64>(1, deadline.remainingTime())));
    }
}

ProcessLock::Result ProcessLock::tryOnce()
{
    if (m_fd >= 0)
        return Result::Acquired;
    m_holderPid = 0;
    const QByteArray nativePath = QFile::encodeName(m_path);
    const int fd = ::open(nativePath.constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        m_failure = errno == ELOOP ? QStringLiteral("the lock file is a symbolic link") : errnoText(errno);
        return Result::Failed;
    }
    struct stat opened
    {
    };
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode) || opened.st_uid != ::geteuid()) {
        m_failure = QStringLiteral("the lock file is not a regular file of this user");
        ::close(fd);
        return Result::Failed;
    }
    if ((opened.st_mode & 07777) != 0600)
        ::fchmod(fd, 0600); // a lock file left by an older version (QLockFile: 0644); it holds no secret
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        if (error == EWOULDBLOCK) {
            char buffer[64] = {};
            const ssize_t got = ::pread(fd, buffer, sizeof buffer - 1, 0);
            if (got > 0)
                m_holderPid = QByteArray(buffer, int(got)).split('\n').value(0).trimmed().toLongLong();
        } else {
            m_failure = errnoText(error);
        }
        ::close(fd);
        return error == EWOULDBLOCK ? Result::HeldByOther : Result::Failed;
    }
    // Locked, but maybe a file that a writer of an older version (which removed its lock file when done)
    // has just unlinked: then the lock is on a name nobody else will open. Only the file that is at the
    // path now counts.
    struct stat current
    {
    };
    if (::lstat(nativePath.constData(), &current) != 0 || current.st_dev != opened.st_dev
        || current.st_ino != opened.st_ino) {
        ::close(fd);
        return Result::HeldByOther;
    }
    // Who holds it, for the message another process shows while it waits. Best effort: on a full disk the
    // lock still protects the save.
    const QByteArray who
        = QByteArray::number(qint64(::getpid())) + '\n' + QSysInfo::machineHostName().toUtf8() + '\n';
    if (::ftruncate(fd, 0) == 0 && ::pwrite(fd, who.constData(), size_t(who.size()), 0) < 0)
        ::ftruncate(fd, 0);
    m_fd = fd;
    return Result::Acquired;
}

void ProcessLock::release()
{
    if (m_fd < 0)
        return;
    // Clear the holder's name first, so that nobody reads a PID that no longer holds anything.
    if (::ftruncate(m_fd, 0) != 0) {
        // Nothing to do: the flock is what counts, and close() releases it.
    }
    ::close(m_fd);
    m_fd = -1;
}

} // namespace Skybeam
