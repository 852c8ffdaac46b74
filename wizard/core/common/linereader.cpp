#include "common/linereader.h"

#include <QSocketNotifier>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Skybeam {

LineReader::LineReader(QObject *parent)
    : QObject(parent)
{
}

LineReader::~LineReader()
{
    std::fill(m_buffer.begin(), m_buffer.end(), '\0');
}

bool LineReader::start(int descriptor)
{
    stop();
#ifdef Q_OS_UNIX
    const int flags = ::fcntl(descriptor, F_GETFL);
    if (flags < 0 || (flags & O_ACCMODE) == O_WRONLY)
        return false;
    m_descriptor = descriptor;
    m_notifier = new QSocketNotifier(descriptor, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LineReader::onActivated);
    return true;
#else
    Q_UNUSED(descriptor);
    return false;
#endif
}

void LineReader::stop()
{
    delete m_notifier;
    m_notifier = nullptr;
    m_descriptor = -1;
    std::fill(m_buffer.begin(), m_buffer.end(), '\0');
    m_buffer.clear();
    m_skipping = false;
}

void LineReader::onActivated()
{
#ifdef Q_OS_UNIX
    // The notifier says that a read does not block; one read per turn, whatever is there.
    char chunk[4096];
    const ssize_t count = ::read(m_descriptor, chunk, sizeof(chunk));
    if (count < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK))
        return;
    if (count <= 0) {
        end();
        return;
    }
    m_buffer.append(chunk, qsizetype(count));
    std::fill(std::begin(chunk), std::end(chunk), '\0');
    deliverLines();
#endif
}

void LineReader::deliverLines()
{
    // A slot connected to lineRead() may stop() this reader.
    while (m_notifier) {
        const qsizetype newline = m_buffer.indexOf('\n');
        if (newline < 0) {
            if (m_buffer.size() > MaxLineBytes) {
                std::fill(m_buffer.begin(), m_buffer.end(), '\0');
                m_buffer.clear();
                if (!m_skipping) {
                    m_skipping = true;
                    Q_EMIT lineTooLong();
                }
            }
            return;
        }
        QByteArray line = m_buffer.left(newline);
        std::fill(m_buffer.begin(), m_buffer.begin() + newline + 1, '\0');
        m_buffer.remove(0, newline + 1);
        if (m_skipping) {
            m_skipping = false;
            continue;
        }
        if (line.size() > MaxLineBytes) {
            Q_EMIT lineTooLong();
            continue;
        }
        if (line.endsWith('\r'))
            line.chop(1);
        const QString text = QString::fromUtf8(line);
        std::fill(line.begin(), line.end(), '\0');
        Q_EMIT lineRead(text);
    }
}

void LineReader::end()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (!m_buffer.isEmpty() && !m_skipping) {
        QByteArray line = m_buffer;
        std::fill(m_buffer.begin(), m_buffer.end(), '\0');
        m_buffer.clear();
        if (line.endsWith('\r'))
            line.chop(1);
        Q_EMIT lineRead(QString::fromUtf8(line));
    }
    m_buffer.clear();
    m_skipping = false;
    m_descriptor = -1;
    Q_EMIT finished();
}

} // namespace Skybeam
