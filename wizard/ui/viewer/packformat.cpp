#include "viewer/packformat.h"

#include <QLocale>

namespace Skybeam {

namespace {

QString unknown()
{
    return QString(QChar(0x2013));
}

} // namespace

QString PackFormat::duration(qint64 milliseconds)
{
    if (milliseconds < 0)
        return unknown();
    const qint64 seconds = (milliseconds + 500) / 1000;
    const qint64 hours = seconds / 3600;
    const QString minutesSeconds
        = QStringLiteral("%1:%2")
              .arg(hours > 0 ? QStringLiteral("%1").arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                             : QString::number(seconds / 60))
              .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QStringLiteral("%1:%2").arg(hours).arg(minutesSeconds) : minutesSeconds;
}

QString PackFormat::date(const QDateTime &when)
{
    if (!when.isValid())
        return unknown();
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString PackFormat::day(const QDateTime &when)
{
    if (!when.isValid())
        return unknown();
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

QString PackFormat::size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

QString PackFormat::resolution(const QSize &size)
{
    if (!size.isValid() || size.isEmpty())
        return unknown();
    //: Video width × height in pixels.
    return tr("%1 × %2").arg(size.width()).arg(size.height());
}

QString PackFormat::captionCount(int length, int limit)
{
    //: The caption's length and TikTok's limit, in characters.
    return tr("%1 / %2 characters").arg(QLocale().toString(length), QLocale().toString(limit));
}

} // namespace Skybeam
