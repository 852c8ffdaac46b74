#include "handoff/postedstatestore.h"

#include "common/logging.h"
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

constexpr int FormatVersion = 1;
constexpr qint64 MaxStateFileBytes = 64 * 1024 * 1024;

QString postedKey()
{
    return QStringLiteral("posted");
}

} // namespace

PostedStateStore::PostedStateStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{
}

QString PostedStateStore::defaultFilePath(const RoxyPaths &paths)
{
    return paths.stateDir() + QStringLiteral("/handoff-posted.json");
}

Error PostedStateStore::load()
{
    QHash<QString, QDateTime> posted;
    const Error error = readFile(&posted);
    m_damaged = error.isError();
    replaceState(posted);
    return error;
}

Error PostedStateStore::setPosted(const QString &key, bool posted)
{
    QHash<QString, QDateTime> current;
    if (readFile(&current).isError()) {
        current = m_posted; // writeFile() sets the damaged file aside; keep what this session knew
        m_damaged = true;
    }
    if (posted)
        current.insert(key, current.value(key, QDateTime::currentDateTimeUtc()));
    else
        current.remove(key);
    const Error error = writeFile(current);
    if (error.isError())
        return error;
    replaceState(current);
    return {};
}

void PostedStateStore::replaceState(const QHash<QString, QDateTime> &posted)
{
    QStringList changed;
    for (auto it = posted.constBegin(); it != posted.constEnd(); ++it) {
        if (!m_posted.contains(it.key()))
            changed.append(it.key());
    }
    for (auto it = m_posted.constBegin(); it != m_posted.constEnd(); ++it) {
        if (!posted.contains(it.key()))
            changed.append(it.key());
    }
    m_posted = posted;
    for (const QString &key : std::as_const(changed))
        Q_EMIT postedChanged(key);
}

Error PostedStateStore::readFile(QHash<QString, QDateTime> *posted) const
{
    posted->clear();
    QFile file(m_filePath);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Handoff::StateUnreadable,
            tr("The list of posted packs (%1) cannot be read: %2")
                .arg(RoxyPaths::displayPath(m_filePath), file.errorString()));
    if (file.size() > MaxStateFileBytes)
        return Error(ErrorCode::Handoff::StateDamaged,
            tr("The list of posted packs (%1) is too large to be genuine and was not read.")
                .arg(RoxyPaths::displayPath(m_filePath)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || !root.value(postedKey()).isObject())
        return Error(ErrorCode::Handoff::StateDamaged,
            tr("The list of posted packs (%1) is damaged; packs are shown as not posted.")
                .arg(RoxyPaths::displayPath(m_filePath)));
    const QJsonObject entries = root.value(postedKey()).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        QDateTime when = QDateTime::fromString(it.value().toString(), Qt::ISODateWithMs);
        posted->insert(it.key(), when.isValid() ? when.toUTC() : QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    }
    return {};
}

Error PostedStateStore::writeFile(const QHash<QString, QDateTime> &posted)
{
    const QString folder = QFileInfo(m_filePath).absolutePath();
    if (!PrivateFiles::ensureFolder(folder))
        return Error(ErrorCode::Handoff::StateUnwritable,
            tr("The folder %1 cannot be created.").arg(RoxyPaths::displayPath(folder)));
    if (m_damaged && QFile::exists(m_filePath)) {
        const QString aside = m_filePath + QStringLiteral(".damaged");
        QFile::remove(aside);
        if (QFile::rename(m_filePath, aside))
            qCWarning(lcHandoff) << "kept the damaged posted-state file as" << aside;
        m_damaged = false;
    }
    QJsonObject entries;
    for (auto it = posted.constBegin(); it != posted.constEnd(); ++it)
        entries.insert(it.key(), it.value().toString(Qt::ISODate));
    QJsonObject root;
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(postedKey(), entries);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);

    QSaveFile file(m_filePath);
    if (!PrivateFiles::openForWriting(file) || !PrivateFiles::restrict(file)
        || file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::Handoff::StateUnwritable,
            tr("The list of posted packs (%1) cannot be saved: %2")
                .arg(RoxyPaths::displayPath(m_filePath), file.errorString()));
    return {};
}

} // namespace Skybeam
