#include "posting/transfermeter.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Skybeam {

int TransferProgress::perMille() const
{
    if (totalBytes <= 0)
        return 0;
    return int(std::min<qint64>(1000, sentBytes * 1000 / totalBytes));
}

QString TransferProgress::speedText() const
{
    if (bytesPerSecond <= 0)
        return {};
    //: %1 is an amount of data such as "12.3 MB"; "/s" means per second.
    return tr("%1/s").arg(QLocale().formattedDataSize(qint64(bytesPerSecond), 1, QLocale::DataSizeSIFormat));
}

QString TransferProgress::timeLeftText() const
{
    if (secondsLeft < 0)
        return {};
    if (secondsLeft < 60)
        return tr("about %n second(s) left", nullptr, int(std::max<qint64>(1, secondsLeft)));
    if (secondsLeft < 3600)
        return tr("about %n minute(s) left", nullptr, int((secondsLeft + 30) / 60));
    return tr("about %n hour(s) left", nullptr, int((secondsLeft + 1800) / 3600));
}

QString TransferProgress::text() const
{
    const QLocale locale;
    //: %1 is a percentage number, %2 and %3 amounts of data ("9.0 MB of 20.0 MB").
    QString result = tr("%1% · %2 of %3")
                         .arg(perMille() / 10)
                         .arg(locale.formattedDataSize(sentBytes, 1, QLocale::DataSizeSIFormat),
                             locale.formattedDataSize(totalBytes, 1, QLocale::DataSizeSIFormat));
    const QString speed = speedText();
    if (!speed.isEmpty())
        result += QStringLiteral(" · ") + speed;
    const QString left = timeLeftText();
    if (!left.isEmpty())
        result += QStringLiteral(" · ") + left;
    return result;
}

TransferMeter::TransferMeter(qint64 windowMs)
    : m_windowMs(windowMs)
{
}

void TransferMeter::reset()
{
    m_samples.clear();
}

void TransferMeter::add(qint64 sentBytes, qint64 nowMs)
{
    if (!m_samples.isEmpty() && sentBytes < m_samples.constLast().second)
        m_samples.clear();
    m_samples.append({ nowMs, sentBytes });
    // Keep one sample older than the window so the span covers the whole window.
    while (m_samples.size() > 2 && m_samples.at(1).first <= nowMs - m_windowMs)
        m_samples.removeFirst();
}

double TransferMeter::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const qint64 span = m_samples.constLast().first - m_samples.constFirst().first;
    if (span < 250)
        return 0;
    return double(m_samples.constLast().second - m_samples.constFirst().second) * 1000.0 / double(span);
}

qint64 TransferMeter::secondsLeft(qint64 totalBytes) const
{
    const double speed = bytesPerSecond();
    if (speed <= 0 || m_samples.isEmpty())
        return -1;
    const qint64 remaining = std::max<qint64>(0, totalBytes - m_samples.constLast().second);
    return qint64(std::ceil(double(remaining) / speed));
}

} // namespace Skybeam
