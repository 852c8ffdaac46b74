#pragma once

#include <QDeadlineTimer>
#include <QString>

namespace Skybeam {

/// An exclusive lock between processes, judged only by whether a live process holds it.
///
/// The lock file stays in place; holding the lock means holding an exclusive flock() on it, which the
/// kernel releases the moment its holder exits, however it exits (SIGKILL, a crash, a power cut). So a
/// lock left by a dead writer never delays anyone: there is nothing to judge by age or contents, and no
/// stale file to remove (removing one is itself a race). The holder writes its PID and host name into the
/// file for the "who is busy" message; that text is information, never a decision.
///
/// The file is created 0600, never followed through a symbolic link, and must be a regular file owned by
/// this user. Not copyable; the lock is released when the object is destroyed.
class ProcessLock final
{
public:
    enum class Result {
        Acquired,
        HeldByOther, ///< another live process holds it, still at the deadline
        Failed, ///< the lock file cannot be created or used (read-only folder, a link, another owner)
    };

    explicit ProcessLock(QString path);
    ~ProcessLock();
    ProcessLock(const ProcessLock &) = delete;
    ProcessLock &operator=(const ProcessLock &) = delete;

    /// Takes the lock, waiting for a live holder until @p deadline (a zero deadline: one try).
    Result acquire(QDeadlineTimer deadline);
    /// Releases the lock (also done by the destructor). The file stays.
    void release();

    bool isHeld() const { return m_fd >= 0; }
    const QString &path() const { return m_path; }
    /// After HeldByOther: the holder's PID as it wrote it (0 when unknown).
    qint64 holderPid() const { return m_holderPid; }
    /// After Failed: what went wrong, for logs (errno's text).
    const QString &failure() const { return m_failure; }

private:
    Result tryOnce();

    QString m_path;
    int m_fd = -1;
    qint64 m_holderPid = 0;
    QString m_failure;
};

} // namespace Skybeam
