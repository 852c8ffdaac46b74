#include "credentials/credentialfile.h"
#include "common/privatefiles.h"

#include "common/logging.h"
#include "common/processlock.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

#include <unistd.h>

namespace Skybeam {

namespace {

constexpr QFileDevice::Permissions OwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyDir
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions GroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

const QLatin1String StringFields[] = {
    TikTokCredentials::ClientKey,
    TikTokCredentials::ClientSecret,
    TikTokCredentials::AccessToken,
    TikTokCredentials::RefreshToken,
    TikTokCredentials::TokenType,
    TikTokCredentials::Scope,
    TikTokCredentials::OpenId,
    TikTokCredentials::ObtainedAt,
    TikTokCredentials::ExpiresAt,
    TikTokCredentials::RefreshExpiresAt,
    TikTokCredentials::AuthorizedAt,
};
const QLatin1String IntegerFields[] = { TikTokCredentials::ExpiresIn, TikTokCredentials::RefreshExpiresIn };

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return CredentialFile::tr("empty (null)");
    case QJsonValue::Bool:
        return CredentialFile::tr("true/false");
    case QJsonValue::Double:
        return CredentialFile::tr("a number");
    case QJsonValue::String:
        return CredentialFile::tr("text");
    case QJsonValue::Array:
        return CredentialFile::tr("a list");
    case QJsonValue::Object:
        return CredentialFile::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return CredentialFile::tr("unknown");
}

// QSaveFile commits by giving its temporary file the name "<file>.XXXXXX" (six random letters) and renaming
// that over <file>; a writer killed between the two steps leaves the temporary behind, with the secrets in it
// (0600, in the 0700 folder). Called with the lock held, when no other save is under way: every such name is
// abandoned. Copies a person makes by hand with a six-letter word ("tiktok_oauth.json.backup") are kept.
void removeAbandonedTemporaries(const QString &dirPath)
{
    static const QRegularExpression temporaryName(
        QStringLiteral("^tiktok_oauth\\.json(?:\\.bak)?\\.([A-Za-z0-9]{6})$"));
    static const QStringList words { QStringLiteral("backup"), QStringLiteral("before"),
        QStringLiteral("broken"), QStringLiteral("copied"), QStringLiteral("former"),
        QStringLiteral("latest"), QStringLiteral("manual"), QStringLiteral("second") };
    const QFileInfoList entries = QDir(dirPath).entryInfoList(
        { QStringLiteral("tiktok_oauth.json.*") }, QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &entry : entries) {
        const QRegularExpressionMatch match = temporaryName.match(entry.fileName());
        if (entry.isSymLink() || !match.hasMatch() || words.contains(match.captured(1), Qt::CaseInsensitive))
            continue;
        if (QFile::remove(entry.filePath()))
            qCInfo(lcCredentials) << "Removed" << entry.fileName() << "left behind by an interrupted save";
    }
}

// Checks the types of the known fields. Wrong types are reported as warnings and the value is dropped
// from the in-memory record (the file itself is never changed by reading).
QJsonObject checkFields(QJsonObject object, const QString &shownPath, QStringList *warnings)
{
    for (QLatin1String key : StringFields) {
        if (!object.contains(key))
            continue;
        const QJsonValue value = object.value(key);
        if (value.isString()) {
            // An invisible U+FEFF (a byte order mark pasted along with a key) is never part of a value. Qt
            // 6.4's parser keeps or drops one inside a string depending on where it stands in the file, so a
            // value read, saved and read again would change (found by fuzzing): drop it here, always.
            QString text = value.toString();
            if (text.contains(QChar(0xFEFF))) {
                text.remove(QChar(0xFEFF));
                object.insert(key, text);
            }
            if (text != text.trimmed()) {
                warnings->append(
                    CredentialFile::tr("%1: \"%2\" has spaces or line breaks around it; they are ignored.")
                        .arg(shownPath, key));
            }
            continue;
        }
        if (!value.isNull()) {
            warnings->append(CredentialFile::tr("%1: \"%2\" should be text but is %3; it is ignored.")
                                 .arg(shownPath, key, jsonTypeName(value)));
        }
        object.remove(key);
    }
    for (QLatin1String key : IntegerFields) {
        if (!object.contains(key))
            continue;
        const QJsonValue value = object.value(key);
        // Range first: converting a double outside qint64 (e.g. 1e300) is undefined behaviour.
        const double seconds = value.toDouble();
        if (value.isDouble() && seconds >= -9.2e18 && seconds <= 9.2e18 && seconds == std::trunc(seconds))
            continue;
        if (value.isString()) {
            bool ok = false;
            const qint64 number = value.toString().trimmed().toLongLong(&ok);
            if (ok) {
                warnings->append(CredentialFile::tr(
                    "%1: \"%2\" is stored as text (\"%3\") but should be a number; it is read as %4.")
                                     .arg(shownPath, key, value.toString().trimmed())
                                     .arg(number));
                object.insert(key, number);
                continue;
            }
        }
        warnings->append(
            CredentialFile::tr("%1: \"%2\" should be a whole number of seconds but is %3; it is ignored.")
                .arg(shownPath, key, jsonTypeName(value)));
        object.remove(key);
    }
    return object;
}

bool isOwnedByUs(const QFileInfo &info)
{
    return info.ownerId() == static_cast<uint>(::geteuid());
}

Error symlinkRefused(const QString &shownPath)
{
    return Error(ErrorCode::Credentials::Symlink,
        CredentialFile::tr("%1 is a symbolic link. For safety, keys are never written through a link; "
                           "remove the link and try again.")
            .arg(shownPath));
}

Error writeFailed(const QString &shownFile, const QString &reason)
{
    return Error(ErrorCode::Credentials::WriteFailed,
        CredentialFile::tr("%1 could not be written: %2. The previous file is unchanged.")
            .arg(shownFile, reason));
}

// The credentials folder exists, is a real folder (not through a link), is ours and is 0700.
Error prepareFolder(const RoxyPaths &paths)
{
    const QString dirPath = paths.credentialsDir();
    const QString shownDir = RoxyPaths::displayPath(dirPath);
    const QString rootProblem = paths.rootLinkProblem();
    if (!rootProblem.isEmpty())
        return Error(ErrorCode::Credentials::SymlinkedRoot, rootProblem);
    QFileInfo dirInfo(dirPath);
    if (dirInfo.isSymLink()) {
        // Followed, the folder's target would be chmodded and the tokens written wherever it points.
        return Error(ErrorCode::Credentials::SymlinkedDirectory,
            CredentialFile::tr("The folder %1 is a symbolic link (to %2). For safety, keys are never "
                               "written through a link; replace it with a real folder and try again.")
                .arg(shownDir, dirInfo.symLinkTarget()));
    }
    if (!dirInfo.exists()) {
        if (!QDir().mkpath(paths.root()) || !QDir().mkdir(dirPath, OwnerOnlyDir)) {
            return Error(ErrorCode::Credentials::CannotCreateDirectory,
                CredentialFile::tr("The folder %1 could not be created. Check that you can write to %2.")
                    .arg(shownDir, RoxyPaths::displayPath(paths.root())));
        }
        dirInfo.refresh();
    }
    if (!dirInfo.isDir()) {
        return Error(ErrorCode::Credentials::NotADirectory,
            CredentialFile::tr("%1 exists but is not a folder. Move it away, then try again.").arg(shownDir));
    }
    if (!isOwnedByUs(dirInfo)) {
        return Error(ErrorCode::Credentials::ForeignDirectory,
            CredentialFile::tr("The folder %1 belongs to another user (%2), so your keys are not written "
                               "there. Fix its owner (chown) or choose another SKYBEAM folder.")
                .arg(shownDir, dirInfo.owner()));
    }
    if (dirInfo.permissions() & GroupOrOther) {
        if (!QFile::setPermissions(dirPath, OwnerOnlyDir)) {
            return Error(ErrorCode::Credentials::CannotProtectDirectory,
                CredentialFile::tr("The folder %1 can be opened by other users and its permissions could "
                                   "not be restricted. Run: chmod 700 %1")
                    .arg(shownDir));
        }
        qCDebug(lcCredentials) << "Restricted the credentials folder to its owner (0700)";
    }
    return {};
}

// The credential file is absent or a regular file (not a link).
Error checkTarget(const QFileInfo &fileInfo, const QString &shownFile)
{
    if (fileInfo.isSymLink())
        return symlinkRefused(shownFile);
    if (fileInfo.exists() && !fileInfo.isFile()) {
        return Error(ErrorCode::Credentials::NotAFile,
            CredentialFile::tr("%1 exists but is not a regular file. Move it away, then try again.")
                .arg(shownFile));
    }
    return {};
}

Error takeLock(ProcessLock &lock, const QString &shownFile, const QString &shownDir)
{
    switch (lock.acquire(QDeadlineTimer(10000))) {
    case ProcessLock::Result::Acquired:
        break;
    case ProcessLock::Result::HeldByOther:
        qCDebug(lcCredentials) << "The save lock is held by PID" << lock.holderPid();
        return Error(ErrorCode::Credentials::Locked,
            CredentialFile::tr("Another SKYBEAM Setup is saving %1 right now. Wait a moment and try again.")
                .arg(shownFile));
    case ProcessLock::Result::Failed:
        // The lock file itself could not be created or used: a full disk or a read-only folder, not another
        // writer.
        qCDebug(lcCredentials) << "The save lock could not be taken:" << lock.failure();
        return Error(ErrorCode::Credentials::WriteFailed,
            CredentialFile::tr("%1 could not be written: nothing can be created in %2 (the disk may be full "
                               "or the folder read-only). The previous file is unchanged.")
                .arg(shownFile, shownDir));
    }
    return {};
}

// Copies the file as it is now to `backupPath` (0600), itself written atomically.
Error keepBackup(const QString &filePath, const QString &backupPath)
{
    if (QFileInfo(backupPath).isSymLink())
        return symlinkRefused(RoxyPaths::displayPath(backupPath));
    QFile previous(filePath);
    if (previous.open(QIODevice::ReadOnly)) {
        const QByteArray old = previous.read(CredentialFile::MaxFileSize + 1);
        QSaveFile backup(backupPath);
        if (!PrivateFiles::openForWriting(backup) || !backup.setPermissions(OwnerReadWrite)
            || backup.write(old) != old.size() || !backup.commit()) {
            return Error(ErrorCode::Credentials::BackupFailed,
                CredentialFile::tr("The backup %1 could not be written (%2); nothing was changed.")
                    .arg(RoxyPaths::displayPath(backupPath), backup.errorString()));
        }
    }
    return {};
}

// The file's bytes: the known text fields normalised, every other field kept as it was.
QByteArray serialise(const TikTokCredentials &credentials)
{
    QJsonObject json = credentials.json();
    for (QLatin1String key : StringFields) {
        if (json.value(key).isString())
            json.insert(key, json.value(key).toString().trimmed());
    }
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

// Replaces the file atomically; it is 0600 before the first byte is written: the secret is never readable by
// others, not even briefly.
Error writeProtected(const QString &filePath, const QByteArray &bytes, const QString &shownFile)
{
    QSaveFile file(filePath);
    if (!PrivateFiles::openForWriting(file))
        return writeFailed(shownFile, file.errorString());
    if (!file.setPermissions(OwnerReadWrite)) {
        file.cancelWriting();
        return Error(ErrorCode::Credentials::WriteFailed,
            CredentialFile::tr(
                "%1 could not be protected (chmod 600 failed). The previous file is unchanged.")
                .arg(shownFile));
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return writeFailed(shownFile, file.errorString());
    return {};
}

} // namespace

CredentialFile::CredentialFile(RoxyPaths paths)
    : m_paths(std::move(paths))
{
}

CredentialReadResult CredentialFile::read() const
{
    const QFileInfo primary(m_paths.primaryCredentialFile());
    // A dangling symlink still "exists" for our purposes: it must be reported, not skipped.
    if (primary.exists() || primary.isSymLink()) {
        CredentialReadResult result = readFile(primary.filePath());
        result.source = CredentialReadResult::Source::Primary;
        return result;
    }
    const QFileInfo fallback(m_paths.fallbackCredentialFile());
    if (fallback.exists() || fallback.isSymLink()) {
        CredentialReadResult result = readFile(fallback.filePath());
        result.source = CredentialReadResult::Source::Fallback;
        return result;
    }
    CredentialReadResult result;
    result.path = primary.filePath();
    return result;
}

CredentialReadResult CredentialFile::readFile(const QString &path)
{
    CredentialReadResult result;
    result.path = path;
    const QString shown = RoxyPaths::displayPath(path);
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return result;
    result.source = CredentialReadResult::Source::Primary;

    if (!info.exists()) {
        result.error = Error(ErrorCode::Credentials::DanglingLink,
            tr("%1 is a link to a file that does not exist.").arg(shown));
        return result;
    }
    if (info.isDir()) {
        result.error = Error(ErrorCode::Credentials::IsDirectory,
            tr("%1 is a folder, not a file. Move it away, then run setup again.").arg(shown));
        return result;
    }
    if (info.size() > MaxFileSize) {
        result.error = Error(ErrorCode::Credentials::TooLarge,
            tr("%1 is too large to be a credential file (%2 bytes; a real one is under 2 KB). "
               "It may have been overwritten by something else.")
                .arg(shown)
                .arg(info.size()));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Error(ErrorCode::Credentials::Unreadable,
            tr("%1 cannot be read: %2. Check that it belongs to you (chmod 600 %1).")
                .arg(shown, file.errorString()));
        return result;
    }
    // Bounded read: the size check above can race with a writer.
    QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize) {
        result.error = Error(
            ErrorCode::Credentials::TooLarge, tr("%1 is too large to be a credential file.").arg(shown));
        return result;
    }
    CredentialReadResult parsed = parse(bytes, shown);
    parsed.path = path;
    if (!isOwnedByUs(info)) {
        parsed.foreignOwner = true;
        parsed.owner = info.owner().isEmpty() ? QString::number(info.ownerId()) : info.owner();
    }
    return parsed;
}

CredentialReadResult CredentialFile::parse(const QByteArray &fileBytes, const QString &shownPath)
{
    QByteArray bytes = fileBytes;
    CredentialReadResult result;
    result.path = shownPath;
    result.source = CredentialReadResult::Source::Primary;
    const QString &shown = shownPath;
    if (bytes.size() > MaxFileSize) {
        result.error = Error(
            ErrorCode::Credentials::TooLarge, tr("%1 is too large to be a credential file.").arg(shown));
        return result;
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty()) {
        result.error = Error(
            ErrorCode::Credentials::Empty, tr("%1 is empty. Run setup again to write it.").arg(shown));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = Error(ErrorCode::Credentials::NotJson,
            tr("%1 is not valid JSON (%2 at character %3). It may be cut short or hand-edited; "
               "run setup again to rewrite it.")
                .arg(shown, parseError.errorString())
                .arg(parseError.offset));
        return result;
    }
    if (!document.isObject()) {
        result.error = Error(ErrorCode::Credentials::NotObject,
            tr("%1 holds JSON, but not an object with named fields such as \"client_key\".").arg(shown));
        return result;
    }
    // Qt 6.4's parser drops a U+FEFF inside a key after it has placed the key, which leaves the object's
    // keys out of order: lookups then miss that key and an insert adds it a second time (found by fuzzing).
    // Inserting every key into a new object restores the order. It also drops each U+FEFF left in a key:
    // the parser removes some but not all of them (two in a row: one), so a saved "\uFEFFauthorized_at"
    // read back as "authorized_at" (found by fuzzing). When two keys are then equal, the one that never had
    // a U+FEFF wins: it comes first, as it was placed by its name without one.
    QJsonObject object;
    const QJsonObject parsed = document.object();
    for (auto it = parsed.begin(); it != parsed.end(); ++it) {
        const QString key = QString(it.key()).remove(QChar(0xFEFF));
        if (!object.contains(key))
            object.insert(key, it.value());
    }
    result.credentials = TikTokCredentials(checkFields(object, shown, &result.warnings));
    return result;
}

Error CredentialFile::write(const TikTokCredentials &credentials) const
{
    const QString dirPath = m_paths.credentialsDir();
    const QString filePath = m_paths.primaryCredentialFile();
    const QString shownDir = RoxyPaths::displayPath(dirPath);
    const QString shownFile = RoxyPaths::displayPath(filePath);

    if (Error problem = prepareFolder(m_paths); problem.isError())
        return problem;
    const QFileInfo fileInfo(filePath);
    if (Error problem = checkTarget(fileInfo, shownFile); problem.isError())
        return problem;

    // Serialise writers (the wizard, a CLI refresh from cron, a second instance). The lock is held by a
    // live process or by nobody: a writer killed at any moment, even while taking it, never delays the
    // next save (see ProcessLock). A live writer is waited for a while: a save takes milliseconds.
    ProcessLock lock(dirPath + QStringLiteral("/.tiktok_oauth.json.lock"));
    if (Error problem = takeLock(lock, shownFile, shownDir); problem.isError())
        return problem;

    removeAbandonedTemporaries(dirPath);

    // Keep the previous file as .bak (0600), itself written atomically.
    if (fileInfo.exists()) {
        if (Error problem = keepBackup(filePath, m_paths.backupCredentialFile()); problem.isError())
            return problem;
    }

    if (Error problem = writeProtected(filePath, serialise(credentials), shownFile); problem.isError())
        return problem;
    qCDebug(lcCredentials) << "Saved credentials to" << shownFile;
    return {};
}

} // namespace Skybeam
