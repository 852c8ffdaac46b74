#include "posting/postinghistory.h"

#include "common/privatefiles.h"
#include "common/roxypaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Skybeam {

namespace {

constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

QJsonObject readPosts(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileBytes)
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("posts")).toObject();
}

} // namespace

PostingHistory::PostingHistory(const QString &filePath)
    : m_filePath(filePath)
{
}

QString PostingHistory::defaultFilePath(const RoxyPaths &paths)
{
    return paths.stateDir() + QStringLiteral("/tiktok-posts.json");
}

std::optional<PostingRecord> PostingHistory::record(const QString &packKey) const
{
    const QJsonObject entry = readPosts(m_filePath).value(packKey).toObject();
    if (entry.isEmpty())
        return std::nullopt;
    PostingRecord result;
    result.mode = entry.value(QLatin1String("mode")).toString() == QLatin1String("direct") ? PostMode::Direct
                                                                                           : PostMode::Inbox;
    result.status = entry.value(QLatin1String("status")).toString();
    result.publishId = entry.value(QLatin1String("publish_id")).toString();
    result.confirmedAt
        = QDateTime::fromString(entry.value(QLatin1String("confirmed_at")).toString(), Qt::ISODate);
    return result;
}

Error PostingHistory::add(const QString &packKey, const PostingRecord &record)
{
    QJsonObject posts = readPosts(m_filePath);
    posts.insert(packKey,
        QJsonObject {
            { QStringLiteral("mode"),
                record.mode == PostMode::Direct ? QStringLiteral("direct") : QStringLiteral("inbox") },
            { QStringLiteral("status"), record.status },
            { QStringLiteral("publish_id"), record.publishId },
            { QStringLiteral("confirmed_at"), record.confirmedAt.toUTC().toString(Qt::ISODate) },
        });
    const QByteArray bytes
        = QJsonDocument(QJsonObject { { QStringLiteral("version"), 1 }, { QStringLiteral("posts"), posts } })
              .toJson(QJsonDocument::Indented);
    QSaveFile file(m_filePath);
    if (!PrivateFiles::ensureFolder(QFileInfo(m_filePath).absolutePath())
        || !PrivateFiles::openForWriting(file) || !PrivateFiles::restrict(file)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        //: %1 is a file path, %2 the system's reason.
        return Error(ErrorCode::Posting::HistoryUnwritable,
            tr("The record of packs sent to TikTok (%1) cannot be saved: %2")
                .arg(RoxyPaths::displayPath(m_filePath), file.errorString()));
    }
    return {};
}

} // namespace Skybeam
