#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSize>
#include <QString>

namespace Skybeam {

/// How the viewer writes pack facts for people: durations, dates, sizes, resolutions and statuses, in
/// the current locale. Stateless; GUI thread.
class PackFormat final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::PackFormat)

public:
    /// "0:42", "12:05", "1:02:03"; an en dash when unknown (negative).
    static QString duration(qint64 milliseconds);
    static QString date(const QDateTime &when);
    /// The day only, in the locale's short date format.
    static QString day(const QDateTime &when);
    static QString size(qint64 bytes);
    /// "1080 × 1920"; an en dash when unknown.
    static QString resolution(const QSize &size);
    /// "123 / 2,200 characters".
    static QString captionCount(int length, int limit);
};

} // namespace Skybeam
