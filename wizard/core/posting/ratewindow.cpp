#include "posting/ratewindow.h"

#include <QElapsedTimer>
#include <QMutexLocker>

namespace Skybeam {

RateWindow::RateWindow(int limit, qint64 windowMs)
    : m_limit(limit)
    , m_windowMs(windowMs)
{
}

void RateWindow::expire(qint64 nowMs) const
{
    while (!m_calls.isEmpty() && m_calls.constFirst() <= nowMs - m_windowMs)
        m_calls.removeFirst();
}

qint64 RateWindow::delayBeforeNextCall(qint64 nowMs) const
{
    QMutexLocker lock(&m_mutex);
    expire(nowMs);
    if (m_calls.size() < m_limit)
        return 0;
    // The call that leaves the window first frees the place.
    return m_calls.at(m_calls.size() - m_limit) + m_windowMs - nowMs;
}

void RateWindow::record(qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    expire(nowMs);
    m_calls.append(nowMs);
}

void RateWindow::clear()
{
    QMutexLocker lock(&m_mutex);
    m_calls.clear();
}

qint64 RateWindow::monotonicNowMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    // Offset so that "a minute ago" is never before the clock's start.
    return timer.elapsed() + 24 * 3600 * 1000;
}

RateWindow &RateWindow::videoInit()
{
    static RateWindow window(6, 60 * 1000);
    return window;
}

RateWindow &RateWindow::statusFetch()
{
    static RateWindow window(30, 60 * 1000);
    return window;
}

} // namespace Skybeam
