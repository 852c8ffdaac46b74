// ProcessLock: an exclusive lock between processes that only a live process can hold. A holder killed with
// SIGKILL frees it at once, whatever its file says; a live holder is waited for and named; the lock file is
// 0600, never followed through a link and never one of another user's.
#include "common/processlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Skybeam;

namespace {

// A child process that takes the lock, says so through a pipe and then waits to be killed.
class Holder
{
public:
    explicit Holder(const QString &path)
    {
        int fds[2];
        if (::pipe(fds) != 0)
            return;
        m_pid = ::fork();
        if (m_pid == 0) {
            ::close(fds[0]);
            ProcessLock lock(path);
            const char said = lock.acquire(QDeadlineTimer(5000)) == ProcessLock::Result::Acquired ? 'L' : 'N';
            if (::write(fds[1], &said, 1) != 1)
                ::_exit(3);
            for (;;)
                ::pause();
        }
        ::close(fds[1]);
        char said = 0;
        m_locked = ::read(fds[0], &said, 1) == 1 && said == 'L';
        ::close(fds[0]);
    }
    ~Holder() { kill(); }
    bool locked() const { return m_locked; }
    pid_t pid() const { return m_pid; }
    void kill()
    {
        if (m_pid <= 0)
            return;
        ::kill(m_pid, SIGKILL);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_pid = -1;
    }

private:
    pid_t m_pid = -1;
    bool m_locked = false;
};

mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : 0;
}

} // namespace

class tst_ProcessLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acquireAndRelease_fileIsPrivateAndStays();
    void liveHolder_isWaitedForAndNamed();
    void killedHolder_freesTheLockAtOnce();
    void secondLockInSameProcess_isExcluded();
    void symbolicLink_isRefusedNotFollowed();
    void foreignOwner_isRefused();
};

void tst_ProcessLock::acquireAndRelease_fileIsPrivateAndStays()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.lock"));
    const mode_t oldMask = ::umask(0); // even with a permissive umask
    ProcessLock lock(path);
    QCOMPARE(lock.acquire(QDeadlineTimer(0)), ProcessLock::Result::Acquired);
    ::umask(oldMask);
    QVERIFY(lock.isHeld());
    QCOMPARE(modeOf(path), mode_t(0600));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readLine().trimmed().toLongLong(), qint64(::getpid()));
    file.close();
    lock.release();
    QVERIFY(!lock.isHeld());
    QVERIFY(QFileInfo::exists(path)); // the file stays: nothing to remove, nothing to race on
    QCOMPARE(QFileInfo(path).size(), 0); // and names no holder any more
}

void tst_ProcessLock::liveHolder_isWaitedForAndNamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.lock"));
    Holder holder(path);
    QVERIFY(holder.locked());
    ProcessLock lock(path);
    QDeadlineTimer deadline(300);
    QCOMPARE(lock.acquire(deadline), ProcessLock::Result::HeldByOther);
    QVERIFY(deadline.hasExpired()); // it waited, rather than giving up or taking it
    QCOMPARE(lock.holderPid(), qint64(holder.pid()));
    QVERIFY(!lock.isHeld());
}

void tst_ProcessLock::killedHolder_freesTheLockAtOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.lock"));
    Holder holder(path);
    QVERIFY(holder.locked());
    const pid_t dead = holder.pid();
    holder.kill();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readLine().trimmed().toLongLong(), qint64(dead)); // the dead writer's PID is still there
    ProcessLock lock(path);
    // One try, no wait: a lock nobody holds is free whatever its file says.
    QCOMPARE(lock.acquire(QDeadlineTimer(0)), ProcessLock::Result::Acquired);
}

void tst_ProcessLock::secondLockInSameProcess_isExcluded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.lock"));
    ProcessLock first(path);
    QCOMPARE(first.acquire(QDeadlineTimer(0)), ProcessLock::Result::Acquired);
    ProcessLock second(path);
    QCOMPARE(second.acquire(QDeadlineTimer(0)), ProcessLock::Result::HeldByOther);
    first.release();
    QCOMPARE(second.acquire(QDeadlineTimer(0)), ProcessLock::Result::Acquired);
}

void tst_ProcessLock::symbolicLink_isRefusedNotFollowed()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("elsewhere"));
    const QString path = dir.filePath(QStringLiteral("x.lock"));
    QVERIFY(QFile::link(target, path));
    ProcessLock lock(path);
    QCOMPARE(lock.acquire(QDeadlineTimer(0)), ProcessLock::Result::Failed);
    QVERIFY(!QFileInfo::exists(target)); // nothing created through the link
    QVERIFY(!lock.failure().isEmpty());
}

void tst_ProcessLock::foreignOwner_isRefused()
{
    if (::geteuid() != 0)
        QSKIP("giving a file to another user needs root");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.lock"));
    QFile planted(path);
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.close();
    QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
    ProcessLock lock(path);
    QCOMPARE(lock.acquire(QDeadlineTimer(0)), ProcessLock::Result::Failed);
}

QTEST_GUILESS_MAIN(tst_ProcessLock)
#include "tst_processlock.moc"
