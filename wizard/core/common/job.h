#pragma once

#include <QObject>

#include <functional>

namespace Skybeam {

/// The base of core's asynchronous jobs (a QObject with one result signal): the result is always emitted from
/// the event loop, never from inside the call that finished the job, so a caller can connect after starting
/// it and never sees a re-entrant emit. A job that can be started again (or stopped) counts its runs: a
/// result still queued for an earlier run is dropped. A job that owns itself deletes itself after its result.
class Job : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    explicit Job(QObject *parent = nullptr);

protected:
    /// What the job does once its result has been emitted.
    enum class Then { Stay, Delete };

    /// Runs `emitResult` (which emits the job's result signal) from the event loop, unless a new run has
    /// begun since (newRun()); with Then::Delete the job deletes itself afterwards.
    void finishLater(std::function<void()> emitResult, Then then = Then::Stay);
    /// Begins a new run (a start, a cancel): what is still queued for the previous one is dropped.
    void newRun() { ++m_run; }
    /// The current run, for other queued work guarded with isCurrentRun().
    quint64 currentRun() const { return m_run; }
    bool isCurrentRun(quint64 run) const { return run == m_run; }

private:
    quint64 m_run = 0;
};

} // namespace Skybeam
