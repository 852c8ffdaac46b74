#include "posting/pendingshareledger.h"
#include "common/privatefiles.h"

#include "common/roxypaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>

namespace Skybeam {

namespace {

constexpr qint64 MaxFileBytes = 1024 * 1024;

QJsonObject readAccounts(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileBytes)
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("accounts")).toObject();
}

} // namespace

PendingShareLedger::PendingShareLedger(const QString &filePath)
    : m_filePath(filePath)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

QString PendingShareLedger::defaultFilePath(const RoxyPaths &paths)
{
    return paths.stateDir() + QStringLiteral("/tiktok-pending-shares.json");
}

QList<QDateTime> PendingShareLedger::pending(const QString &account) const
{
    const QDateTime dayAgo = m_clock().addSecs(-WindowSeconds);
    QList<QDateTime> times;
    const QJsonArray stored = readAccounts(m_filePath).value(account).toArray();
    for (const QJsonValue &value : stored) {
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
        if (time.isValid() && time > dayAgo)
            times.append(time);
    }
    std::sort(times.begin(), times.end());
    return times;
}

QDateTime PendingShareLedger::nextSlot(const QString &account) const
{
    const QList<QDateTime> times = pending(account);
    if (times.size() < Limit)
        return {};
    return times.at(times.size() - Limit).addSecs(WindowSeconds);
}

Error PendingShareLedger::record(const QString &account)
{
    QJsonObject accounts = readAccounts(m_filePath);
    QJsonArray kept;
    for (const QDateTime &time : pending(account))
        kept.append(time.toString(Qt::ISODate));
    kept.append(m_clock().toUTC().toString(Qt::ISODate));
    accounts.insert(account, kept);
    const QByteArray bytes = QJsonDocument(
        QJsonObject { { QStringLiteral("version"), 1 },
            { QStringLiteral("accounts"),
                accounts } }).toJson(QJsonDocument::Indented);
    QSaveFile file(m_filePath);
    if (!PrivateFiles::ensureFolder(QFileInfo(m_filePath).absolutePath())
        || !PrivateFiles::openForWriting(file) || !PrivateFiles::restrict(file)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        //: %1 is a file path, %2 the system's reason.
        return Error(ErrorCode::Posting::LedgerUnwritable,
            tr("The record of uploads waiting in the TikTok inbox (%1) cannot be saved: %2")
                .arg(RoxyPaths::displayPath(m_filePath), file.errorString()));
    }
    return {};
}

QString PendingShareLedger::summary(const QString &account) const
{
    const int count = int(pending(account).size());
    const QDateTime next = nextSlot(account);
    if (!next.isValid())
        //: %1 is a count up to 5.
        return tr("%1 of the 5 uploads TikTok lets wait in an inbox in 24 hours were sent from here.")
            .arg(count);
    //: %1 is a date and time.
    return tr(
        "All 5 uploads TikTok lets wait in an inbox in 24 hours were sent from here; the next slot opens "
        "at %1.")
        .arg(QLocale().toString(next.toLocalTime(), QLocale::ShortFormat));
}

Error PendingShareLedger::fullError(const QString &account) const
{
    //: %1 is a date and time.
    return Error(ErrorCode::Posting::PendingInboxFull,
        tr("TikTok lets at most 5 uploads wait in an account's inbox in 24 hours, and 5 were sent from here. "
           "Nothing was sent. The next slot opens at %1; finishing or deleting drafts in the TikTok app does "
           "not free one sooner here. A direct post is not limited this way.")
            .arg(QLocale().toString(nextSlot(account).toLocalTime(), QLocale::ShortFormat)));
}

} // namespace Skybeam
