#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace Skybeam {

/// Reads text lines from a file descriptor (standard input) without blocking the event loop: a
/// QSocketNotifier says when bytes are there, and each turn reads what is there once. Works for a
/// terminal, a pipe and a regular file; at end of input (or a read error) a last line without a newline
/// is delivered, then finished(). Lines are bounded (MaxLineBytes); the descriptor is not closed, and
/// its flags (blocking mode, shared with the shell) are left alone. Never logs what it reads. Lives in
/// the creating thread.
class LineReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineReader)

public:
    static constexpr qsizetype MaxLineBytes = 16 * 1024;

    explicit LineReader(QObject *parent = nullptr);
    ~LineReader() override;

    /// Starts reading `descriptor`; false (and finished() is not emitted) when it is not open for
    /// reading.
    bool start(int descriptor);
    /// Stops reading; no signal follows.
    void stop();
    bool isReading() const { return m_notifier != nullptr; }

Q_SIGNALS:
    /// One line, without its line ending (`\n` or `\r\n`), decoded as UTF-8.
    void lineRead(const QString &line);
    /// A line longer than MaxLineBytes was skipped up to its end.
    void lineTooLong();
    /// End of input (or a read error): nothing more comes.
    void finished();

private:
    void onActivated();
    void deliverLines();
    void end();

    QSocketNotifier *m_notifier = nullptr;
    int m_descriptor = -1;
    QByteArray m_buffer;
    bool m_skipping = false;
};

} // namespace Skybeam
