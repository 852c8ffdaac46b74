#pragma once

#include <QList>
#include <QMutex>

namespace Skybeam {

/// A sliding-window rate limit kept on this side, so that SKYBEAM waits instead of earning TikTok's 429:
/// at most `limit` calls in any `windowMs`. The process-wide windows follow TikTok's per-endpoint limits
/// (video init 6 a minute, status fetch 30 a minute). Thread-safe.
class RateWindow final
{
public:
    RateWindow(int limit, qint64 windowMs);
    RateWindow(const RateWindow &) = delete;
    RateWindow &operator=(const RateWindow &) = delete;

    /// Milliseconds to wait so that a call made then stays within the limit (0: call now).
    qint64 delayBeforeNextCall(qint64 nowMs = monotonicNowMs()) const;
    /// Counts a call made at `nowMs`.
    void record(qint64 nowMs = monotonicNowMs());
    /// Forgets every call (tests).
    void clear();
    int limit() const { return m_limit; }

    /// A monotonic clock in milliseconds.
    static qint64 monotonicNowMs();
    /// POST /v2/post/publish/{inbox/,}video/init/: 6 a minute.
    static RateWindow &videoInit();
    /// POST /v2/post/publish/status/fetch/: 30 a minute.
    static RateWindow &statusFetch();

private:
    void expire(qint64 nowMs) const;

    int m_limit;
    qint64 m_windowMs;
    mutable QMutex m_mutex;
    mutable QList<qint64> m_calls;
};

} // namespace Skybeam
