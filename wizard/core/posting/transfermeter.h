#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QPair>

namespace Skybeam {

/// Where an upload stands: bytes sent of the total, the current speed and the time left.
struct TransferProgress
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::TransferProgress)

public:
    qint64 sentBytes = 0;
    qint64 totalBytes = 0;
    /// Bytes TikTok has confirmed (whole chunks answered with 206/201).
    qint64 confirmedBytes = 0;
    /// Over the last few seconds; 0 while not known yet.
    double bytesPerSecond = 0;
    /// -1 while not known.
    qint64 secondsLeft = -1;
    /// The chunk being sent (0-based) and how many there are.
    int chunkIndex = 0;
    int chunkCount = 0;

    /// 0–1000 (per mille), for a progress bar.
    int perMille() const;
    /// "45% · 9.0 MB of 20.0 MB · 12.3 MB/s · about 2 seconds left".
    QString text() const;
    /// "12.3 MB/s" or empty while not known.
    QString speedText() const;
    /// "about 2 minutes left" or empty while not known.
    QString timeLeftText() const;
};

/// Measures an upload's speed over a sliding window of a few seconds and estimates the time left. Pure
/// (the caller passes the time); not thread-safe.
class TransferMeter final
{
public:
    explicit TransferMeter(qint64 windowMs = 5000);

    /// Starts again (e.g. for a new upload).
    void reset();
    /// Notes that `sentBytes` in total have been sent at `nowMs`. A smaller number than before (a chunk
    /// sent again) restarts the speed measurement.
    void add(qint64 sentBytes, qint64 nowMs);
    /// 0 until at least 250 ms of samples exist.
    double bytesPerSecond() const;
    /// -1 while the speed is not known.
    qint64 secondsLeft(qint64 totalBytes) const;

private:
    qint64 m_windowMs;
    QList<QPair<qint64, qint64>> m_samples; // (time ms, sent bytes)
};

} // namespace Skybeam

Q_DECLARE_METATYPE(Skybeam::TransferProgress)
