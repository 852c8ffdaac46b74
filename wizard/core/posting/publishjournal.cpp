#include "posting/publishjournal.h"
#include "common/privatefiles.h"

#include "common/roxypaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace Skybeam {

namespace {

constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;
/// The signature hashes the video's first and last 4 MiB (with its size and time): a changed export is
/// seen without reading gigabytes.
constexpr qint64 HashedEdgeBytes = 4 * 1024 * 1024;

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.toUTC();
}

} // namespace

Expected<ContentSignature> ContentSignature::of(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file path, %2 the system's reason.
        return Error(ErrorCode::Posting::FileUnreadable,
            QCoreApplication::translate("Skybeam::PublishJournal", "The video %1 cannot be read: %2")
                .arg(RoxyPaths::displayPath(filePath), file.errorString()));
    }
    ContentSignature signature;
    signature.size = file.size();
    signature.modified = QFileInfo(file).lastModified().toUTC();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(signature.size));
    hash.addData(file.read(HashedEdgeBytes));
    if (signature.size > HashedEdgeBytes) {
        file.seek(std::max(HashedEdgeBytes, signature.size - HashedEdgeBytes));
        hash.addData(file.read(HashedEdgeBytes));
    }
    signature.sha256 = QString::fromLatin1(hash.result().toHex());
    return signature;
}

QString JournalEntry::stateName(State state)
{
    switch (state) {
    case State::Initialised:
        return QStringLiteral("initialised");
    case State::Transferring:
        return QStringLiteral("transferring");
    case State::Transferred:
        return QStringLiteral("transferred");
    case State::Processing:
        return QStringLiteral("processing");
    case State::Confirmed:
        return QStringLiteral("confirmed");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Abandoned:
        return QStringLiteral("abandoned");
    }
    return QString();
}

std::optional<JournalEntry::State> JournalEntry::stateFromName(const QString &name)
{
    for (State state : { State::Initialised, State::Transferring, State::Transferred, State::Processing,
             State::Confirmed, State::Failed, State::Abandoned }) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString JournalEntry::text() const
{
    switch (state) {
    case State::Initialised:
    case State::Transferring:
        return tr("Sending (interrupted)");
    case State::Transferred:
    case State::Processing:
        return tr("Processing at TikTok");
    case State::Confirmed:
        return options.mode == PostMode::Direct ? tr("Posted") : tr("In the TikTok inbox");
    case State::Failed:
        //: %1 is why TikTok or SKYBEAM refused the post.
        return tr("Failed: %1").arg(reason);
    case State::Abandoned:
        return tr("Abandoned (never posted)");
    }
    return QString();
}

QJsonObject JournalEntry::toJson() const
{
    QJsonObject object {
        { QStringLiteral("state"), stateName(state) },
        { QStringLiteral("signature"),
            QJsonObject { { QStringLiteral("size"), signature.size },
                { QStringLiteral("modified"), iso(signature.modified) },
                { QStringLiteral("sha256"), signature.sha256 } } },
        { QStringLiteral("publish_id"), publishId },
        { QStringLiteral("upload_url"), uploadUrl },
        { QStringLiteral("upload_url_issued_at"), iso(uploadUrlIssuedAt) },
        { QStringLiteral("chunk_plan"),
            QJsonObject { { QStringLiteral("video_size"), plan.videoSize },
                { QStringLiteral("chunk_size"), plan.chunkSize },
                { QStringLiteral("total_chunk_count"), plan.totalChunkCount } } },
        { QStringLiteral("mode"),
            options.mode == PostMode::Direct ? QStringLiteral("direct") : QStringLiteral("inbox") },
        { QStringLiteral("options"),
            QJsonObject { { QStringLiteral("privacy_level"), options.privacyLevel },
                { QStringLiteral("disable_comment"), options.disableComment },
                { QStringLiteral("disable_duet"), options.disableDuet },
                { QStringLiteral("disable_stitch"), options.disableStitch } } },
        { QStringLiteral("bytes_acknowledged"), bytesAcknowledged },
        { QStringLiteral("status"), status },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("started_at"), iso(startedAt) },
        { QStringLiteral("updated_at"), iso(updatedAt) },
        { QStringLiteral("confirmed_at"), iso(confirmedAt) },
        { QStringLiteral("abandoned_attempts"), abandonedAttempts },
    };
    return object;
}

std::optional<JournalEntry> JournalEntry::fromJson(const QJsonObject &object)
{
    const std::optional<State> state = stateFromName(object.value(QLatin1String("state")).toString());
    if (!state)
        return std::nullopt;
    JournalEntry entry;
    entry.state = *state;
    const QJsonObject signature = object.value(QLatin1String("signature")).toObject();
    entry.signature.size = qint64(signature.value(QLatin1String("size")).toDouble(-1));
    entry.signature.modified = fromIso(signature.value(QLatin1String("modified")));
    entry.signature.sha256 = signature.value(QLatin1String("sha256")).toString();
    entry.publishId = object.value(QLatin1String("publish_id")).toString();
    entry.uploadUrl = object.value(QLatin1String("upload_url")).toString();
    entry.uploadUrlIssuedAt = fromIso(object.value(QLatin1String("upload_url_issued_at")));
    const QJsonObject plan = object.value(QLatin1String("chunk_plan")).toObject();
    entry.plan.videoSize = qint64(plan.value(QLatin1String("video_size")).toDouble());
    entry.plan.chunkSize = qint64(plan.value(QLatin1String("chunk_size")).toDouble());
    entry.plan.totalChunkCount = plan.value(QLatin1String("total_chunk_count")).toInt();
    entry.options.mode = object.value(QLatin1String("mode")).toString() == QLatin1String("direct")
        ? PostMode::Direct
        : PostMode::Inbox;
    const QJsonObject options = object.value(QLatin1String("options")).toObject();
    entry.options.privacyLevel = options.value(QLatin1String("privacy_level")).toString();
    entry.options.disableComment = options.value(QLatin1String("disable_comment")).toBool();
    entry.options.disableDuet = options.value(QLatin1String("disable_duet")).toBool();
    entry.options.disableStitch = options.value(QLatin1String("disable_stitch")).toBool();
    entry.bytesAcknowledged = qint64(object.value(QLatin1String("bytes_acknowledged")).toDouble());
    entry.status = object.value(QLatin1String("status")).toString();
    entry.reason = object.value(QLatin1String("reason")).toString();
    entry.startedAt = fromIso(object.value(QLatin1String("started_at")));
    entry.updatedAt = fromIso(object.value(QLatin1String("updated_at")));
    entry.confirmedAt = fromIso(object.value(QLatin1String("confirmed_at")));
    entry.abandonedAttempts = object.value(QLatin1String("abandoned_attempts")).toInt();
    const bool needsUpload = entry.state != State::Failed && entry.state != State::Abandoned;
    if (needsUpload && entry.publishId.isEmpty())
        return std::nullopt;
    return entry;
}

PublishJournal::PublishJournal(const QString &filePath)
    : m_filePath(filePath)
{
}

QString PublishJournal::defaultFilePath(const RoxyPaths &paths)
{
    return paths.stateDir() + QStringLiteral("/tiktok-publish-journal.json");
}

Expected<std::optional<JournalEntry>> JournalContents::find(
    const QString &packKey, const QDateTime &videoModified) const
{
    const auto it = packs.constFind(packKey);
    if (it != packs.constEnd())
        return std::optional<JournalEntry>(it.value());
    if (!restartedAt.isValid() || (videoModified.isValid() && videoModified > restartedAt))
        return std::optional<JournalEntry>();
    //: %1 is a date and time, %2 the path of the damaged journal's copy.
    return Error(ErrorCode::Journal::UnknownPack,
        tr("SKYBEAM's publish journal was damaged and started anew on %1 (the damaged one is kept as %2), so "
           "SKYBEAM cannot tell whether this pack was sent to TikTok before that. Nothing was sent.")
            .arg(QLocale().toString(restartedAt.toLocalTime(), QLocale::ShortFormat),
                RoxyPaths::displayPath(damagedCopy)));
}

Expected<JournalContents> PublishJournal::contents() const
{
    JournalContents result;
    QFile file(m_filePath);
    if (!file.exists())
        return result;
    //: %1 is the journal's path.
    const QString corrupt = tr("The publish journal %1 is damaged, so SKYBEAM cannot tell what was already "
                               "sent to TikTok. Nothing was sent.")
                                .arg(RoxyPaths::displayPath(m_filePath));
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is the journal's path, %2 the system's reason.
        return Error(ErrorCode::Journal::Unreadable,
            tr("The publish journal %1 cannot be read (%2), so SKYBEAM cannot tell what was already sent to "
               "TikTok. Nothing was sent.")
                .arg(RoxyPaths::displayPath(m_filePath), file.errorString()));
    }
    if (file.size() > MaxFileBytes)
        return Error(ErrorCode::Journal::Corrupt, corrupt);
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject object = document.object();
    const QJsonValue restarted = object.value(QLatin1String("restarted"));
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || object.value(QLatin1String("version")).toInt() != 1
        || !object.value(QLatin1String("packs")).isObject()
        || !(restarted.isUndefined() || restarted.isObject()))
        return Error(ErrorCode::Journal::Corrupt, corrupt);
    if (restarted.isObject()) {
        result.restartedAt = fromIso(restarted.toObject().value(QLatin1String("at")));
        result.damagedCopy = restarted.toObject().value(QLatin1String("damaged_copy")).toString();
        if (!result.restartedAt.isValid())
            return Error(ErrorCode::Journal::Corrupt, corrupt);
    }
    const QJsonObject packs = object.value(QLatin1String("packs")).toObject();
    for (auto it = packs.constBegin(); it != packs.constEnd(); ++it) {
        const std::optional<JournalEntry> entry = JournalEntry::fromJson(it.value().toObject());
        if (!entry)
            return Error(ErrorCode::Journal::Corrupt, corrupt);
        result.packs.insert(it.key(), *entry);
    }
    return result;
}

Expected<QMap<QString, JournalEntry>> PublishJournal::entries() const
{
    const Expected<JournalContents> all = contents();
    if (!all)
        return all.error();
    return all->packs;
}

Expected<std::optional<JournalEntry>> PublishJournal::entry(
    const QString &packKey, const QDateTime &videoModified) const
{
    const Expected<JournalContents> all = contents();
    if (!all)
        return all.error();
    return all->find(packKey, videoModified);
}

Error PublishJournal::put(const QString &packKey, JournalEntry entry)
{
    Expected<JournalContents> all = contents();
    if (!all)
        return all.error();
    JournalContents updated = *all;
    entry.updatedAt = QDateTime::currentDateTimeUtc();
    updated.packs.insert(packKey, entry);
    return write(updated);
}

Error PublishJournal::write(const JournalContents &contents) const
{
    QJsonObject packs;
    for (auto it = contents.packs.constBegin(); it != contents.packs.constEnd(); ++it)
        packs.insert(it.key(), it.value().toJson());
    QJsonObject object { { QStringLiteral("version"), 1 }, { QStringLiteral("packs"), packs } };
    if (contents.restartedAt.isValid()) {
        object.insert(QStringLiteral("restarted"),
            QJsonObject { { QStringLiteral("at"), iso(contents.restartedAt) },
                { QStringLiteral("damaged_copy"), contents.damagedCopy } });
    }
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    const QString dir = QFileInfo(m_filePath).absolutePath();
    QSaveFile file(m_filePath);
    if (!PrivateFiles::ensureFolder(dir) || QFileInfo(m_filePath).isSymLink()
        || !PrivateFiles::openForWriting(file) || !PrivateFiles::restrict(file)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        //: %1 is a file path, %2 the system's reason.
        return Error(ErrorCode::Journal::Unwritable,
            tr("The publish journal %1 cannot be saved (%2). Nothing more is sent without it.")
                .arg(RoxyPaths::displayPath(m_filePath), file.errorString()));
    }
    return {};
}

Expected<QString> PublishJournal::setAside() const
{
    JournalContents restarted;
    restarted.restartedAt = QDateTime::currentDateTimeUtc();
    restarted.damagedCopy = m_filePath + QStringLiteral(".damaged-")
        + restarted.restartedAt.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    //: %1 is the journal's path.
    const Error cannotMove(ErrorCode::Journal::Unwritable,
        tr("The damaged publish journal %1 cannot be moved aside. Nothing was sent.")
            .arg(RoxyPaths::displayPath(m_filePath)));
    // rename() keeps the bytes and the 0600 mode; an earlier copy (same second) is never replaced.
    if (QFileInfo::exists(restarted.damagedCopy) || !QFile::rename(m_filePath, restarted.damagedCopy))
        return cannotMove;
    if (const Error error = write(restarted); error.isError()) {
        // Without a journal every pack would look never sent: put the damaged one back.
        QFile::rename(restarted.damagedCopy, m_filePath);
        return error;
    }
    return restarted.damagedCopy;
}

} // namespace Skybeam
