#pragma once

#include <cerrno>
#include <unistd.h>

namespace Skybeam {

/// Owns a file descriptor and closes it when destroyed, so that no early return leaks one. Movable, not
/// copyable. close() keeps errno as it was: a caller may report the error that made it give up.
class UniqueFd final
{
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd)
        : m_fd(fd)
    {
    }
    ~UniqueFd() { reset(); }
    UniqueFd(const UniqueFd &) = delete;
    UniqueFd &operator=(const UniqueFd &) = delete;
    UniqueFd(UniqueFd &&other) noexcept
        : m_fd(other.release())
    {
    }
    UniqueFd &operator=(UniqueFd &&other) noexcept
    {
        if (this != &other)
            reset(other.release());
        return *this;
    }

    bool isValid() const { return m_fd >= 0; }
    int get() const { return m_fd; }
    /// Gives up ownership without closing.
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }
    /// Closes the descriptor held (if any) and takes @p fd.
    void reset(int fd = -1)
    {
        if (m_fd >= 0) {
            const int savedErrno = errno;
            ::close(m_fd);
            errno = savedErrno;
        }
        m_fd = fd;
    }

private:
    int m_fd = -1;
};

} // namespace Skybeam
