#include "handoff/packreader.h"

#include "common/logging.h"
#include "common/uniquefd.h"
#include "posting/postrules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Skybeam {

namespace {

constexpr int MaxMetadataDepth = 8;
constexpr int MaxMetadataValueLength = 1000;
// How much of a video is read at once in the hope that it holds the movie header.
constexpr qint64 VideoPrefixBytes = 64 * 1024;

qint64 modifiedNs(const struct stat &st)
{
    return qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

qint64 stampFrom(const struct stat &st)
{
    return modifiedNs(st) ^ qint64(quint64(st.st_ino) << 1);
}

QDateTime fromNs(qint64 ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC);
}

QString lowerExtension(const QByteArray &name)
{
    const qsizetype dot = name.lastIndexOf('.');
    if (dot <= 0)
        return {};
    return QString::fromLatin1(name.mid(dot + 1)).toLower();
}

QString lowerBaseName(const QByteArray &name)
{
    const qsizetype dot = name.lastIndexOf('.');
    return HandoffPack::displayName(dot > 0 ? name.left(dot) : name).toLower();
}

// 64-bit FNV-1a, enough to notice that a pack's files changed.
void mix(quint64 *hash, const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        *hash ^= uchar(data[i]);
        *hash *= 1099511628211ULL;
    }
}

void mixNumber(quint64 *hash, qint64 value)
{
    mix(hash, reinterpret_cast<const char *>(&value), sizeof value);
}

// One entry of a pack folder.
struct Entry
{
    QByteArray name;
    bool resolved = false; // false: a link that leads nowhere or loops
    bool isDir = false;
    bool isFile = false;
    bool viaLink = true; // may be a symbolic link (false only when the folder listing said a plain file)
    qint64 size = 0; // -1: a file whose content is read, so it is not stat()ed when listed
    qint64 modified = 0;
    quint64 contentHash = 0;
};

// Fills `entry` from fstatat() (following links).
void statEntry(int dirFd, Entry *entry)
{
    struct stat st;
    entry->resolved = ::fstatat(dirFd, entry->name.constData(), &st, 0) == 0;
    entry->isDir = entry->resolved && S_ISDIR(st.st_mode);
    entry->isFile = entry->resolved && S_ISREG(st.st_mode);
    entry->size = entry->isFile ? qint64(st.st_size) : 0;
    entry->modified = entry->resolved ? modifiedNs(st) : 0;
}

enum class ReadStatus { Ok, TooLarge, Failed };

// Reads at most `limit` bytes of `entry` in `dirFd`; TooLarge (with the first `limit` bytes) when longer.
// A short read of a regular file is its end, so a small file costs one open, one read and one close.
ReadStatus readBounded(int dirFd, const Entry &entry, qint64 limit, QByteArray *out)
{
    const UniqueFd fd(::openat(dirFd, entry.name.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (!fd.isValid())
        return ReadStatus::Failed;
    // A size from stat() when there is one; else a guess that fits the usual caption or metadata file.
    qint64 capacity = qMin(entry.size >= 0 ? entry.size : qint64(4096), limit) + 1;
    out->resize(capacity);
    qint64 total = 0;
    for (;;) {
        const ssize_t count = ::read(fd.get(), out->data() + total, size_t(capacity - total));
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0)
            return ReadStatus::Failed; // errno survives the descriptor's close

        total += count;
        if (count == 0 || total < capacity || capacity > limit)
            break; // end of file, a short read (the end of a regular file), or limit + 1 bytes read
        capacity = qMin(capacity * 2, limit + 1); // the file grew since it was listed
        out->resize(capacity);
    }
    if (total > limit) {
        out->resize(limit);
        return ReadStatus::TooLarge;
    }
    out->resize(total);
    return ReadStatus::Ok;
}

// readBounded() for an entry listed without stat(): records its size and a hash of its content (so the
// pack's signature still changes when the file does), and stat()s it when the read was not the whole story.
ReadStatus readContent(int dirFd, Entry *entry, qint64 limit, QByteArray *out)
{
    const ReadStatus status = readBounded(dirFd, *entry, limit, out);
    if (status == ReadStatus::Ok && entry->size < 0) {
        entry->size = out->size();
        entry->contentHash = 14695981039346656037ULL;
        mix(&entry->contentHash, out->constData(), out->size());
    } else if (status != ReadStatus::Ok) {
        const int errorNumber = errno;
        statEntry(dirFd, entry);
        errno = errorNumber;
    }
    return status;
}

// Files whose content the reader reads anyway, so listing them needs no stat().
bool isReadForContent(const QByteArray &name)
{
    return name.toLower() == "caption.txt" || lowerExtension(name) == QLatin1String("json");
}

QString jsonScalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return QString::fromUtf8(
            QJsonDocument(value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
                .toJson(QJsonDocument::Compact));
    }
}

void addEntry(QList<MetadataEntry> *entries, const QString &key, QString value)
{
    if (value.size() > MaxMetadataValueLength)
        value = value.left(MaxMetadataValueLength) + QChar(0x2026);
    entries->append({ key, value });
}

void flatten(const QJsonValue &value, const QString &key, int depth, QList<MetadataEntry> *entries)
{
    if (entries->size() >= PackReader::MaxMetadataEntries)
        return;
    const bool container = value.isObject() || value.isArray();
    if (!container || depth >= MaxMetadataDepth) {
        addEntry(entries, key, jsonScalarText(value));
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        const bool scalars = std::none_of(array.begin(), array.end(),
            [](const QJsonValue &item) { return item.isObject() || item.isArray(); });
        if (scalars) {
            QStringList parts;
            for (const QJsonValue &item : array)
                parts.append(jsonScalarText(item));
            addEntry(entries, key, parts.join(QStringLiteral(", ")));
            return;
        }
        for (qsizetype i = 0; i < array.size(); ++i)
            flatten(array.at(i), QStringLiteral("%1[%2]").arg(key).arg(i), depth + 1, entries);
        return;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        flatten(it.value(), key.isEmpty() ? it.key() : key + QLatin1Char('.') + it.key(), depth + 1, entries);
}

QJsonValue valueAt(const QJsonObject &object, const QString &dottedKey)
{
    QJsonValue value = object;
    for (QStringView part : QStringView(dottedKey).split(QLatin1Char('.'))) {
        if (!value.isObject())
            return {};
        value = value.toObject().value(part);
    }
    return value;
}

QDateTime dateFrom(const QJsonValue &value)
{
    if (value.isString()) {
        QDateTime date = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return date.isValid() ? date.toUTC() : QDateTime();
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number <= 0 || number > 1e14)
            return {};
        // Seconds since the epoch, or milliseconds when the number is too large to be seconds.
        const qint64 ms = number < 1e11 ? qint64(number * 1000) : qint64(number);
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    return {};
}

// Drops a UTF-8 sequence cut off at the end of `bytes` (after a bounded read).
void dropCutOffSequence(QByteArray *bytes)
{
    qsizetype lead = bytes->size() - 1;
    while (lead >= 0 && lead > bytes->size() - 4 && (uchar(bytes->at(lead)) & 0xC0) == 0x80)
        --lead;
    if (lead < 0)
        return;
    const uchar first = uchar(bytes->at(lead));
    const int length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1;
    if (bytes->size() - lead < length)
        bytes->truncate(lead);
}

QString decodeText(QByteArray bytes, bool *valid)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *valid = !decoder.hasError();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

int rankOf(const QString &value, std::initializer_list<const char *> preferred)
{
    int rank = 0;
    for (const char *candidate : preferred) {
        if (value == QLatin1String(candidate))
            return rank;
        ++rank;
    }
    return rank;
}

// The best entry of `entries` by `rank` (lower first), then by name; -1 when empty.
template<typename Rank> int bestOf(const QList<Entry *> &entries, Rank rank)
{
    int best = -1;
    for (int i = 0; i < entries.size(); ++i) {
        if (best < 0 || rank(*entries.at(i)) < rank(*entries.at(best)))
            best = i;
    }
    return best;
}

QString errnoText(int errorNumber)
{
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

QString folderProblem(int errorNumber)
{
    switch (errorNumber) {
    case ELOOP:
        return PackReader::tr("This folder is a symbolic link loop.");
    case ENOENT:
        return PackReader::tr("This folder is a link to something that no longer exists.");
    case EACCES:
    case EPERM:
        return PackReader::tr("This folder cannot be read (permission denied).");
    case ENOTDIR:
        return PackReader::tr("This entry is a link to a file, not a folder.");
    default:
        return PackReader::tr("This folder cannot be read (%1).").arg(errnoText(errorNumber));
    }
}

void addProblem(HandoffPack *pack, HandoffPack::Health health, const QString &problem)
{
    pack->problems.append(problem);
    if (int(health) > int(pack->health))
        pack->health = health;
}

void readMetadata(int dirFd, Entry &entry, PackReader::Detail detail, HandoffPack *pack, QDateTime *created)
{
    const QString fileName = HandoffPack::displayName(entry.name);
    QByteArray bytes;
    const ReadStatus status = readContent(dirFd, &entry, PackReader::MaxMetadataBytes, &bytes);
    if (status == ReadStatus::Failed) {
        addProblem(pack, HandoffPack::Health::Broken,
            PackReader::tr("The metadata file %1 cannot be read (%2).").arg(fileName, errnoText(errno)));
        return;
    }
    if (status == ReadStatus::TooLarge) {
        addProblem(pack, HandoffPack::Health::Broken,
            PackReader::tr("The metadata file %1 is larger than %2 and was not read.")
                .arg(fileName, QLocale().formattedDataSize(PackReader::MaxMetadataBytes)));
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        //: %1 is a file name, %2 the parser's description of the problem, %3 a byte offset.
        addProblem(pack, HandoffPack::Health::Broken,
            PackReader::tr("The metadata file %1 is not valid JSON: %2 (at byte %3).")
                .arg(fileName, error.errorString())
                .arg(error.offset));
        return;
    }
    if (!document.isObject()) {
        addProblem(pack, HandoffPack::Health::Broken,
            PackReader::tr("The metadata file %1 does not hold a JSON object.").arg(fileName));
        return;
    }
    const QJsonObject object = document.object();
    if (detail == PackReader::Detail::Full)
        flatten(object, QString(), 0, &pack->metadata);

    const QString titleKeys[] = { QStringLiteral("title"), QStringLiteral("post_info.title") };
    for (const QString &key : titleKeys) {
        const QJsonValue value = valueAt(object, key);
        if (value.isString() && !value.toString().trimmed().isEmpty()) {
            pack->title = value.toString().trimmed();
            break;
        }
    }
    if (pack->captionSource == HandoffPack::CaptionSource::None) {
        const QString captionKeys[] = { QStringLiteral("caption"), QStringLiteral("post_info.title"),
            QStringLiteral("description"), QStringLiteral("title"), QStringLiteral("text") };
        for (const QString &key : captionKeys) {
            const QJsonValue value = valueAt(object, key);
            if (value.isString() && !value.toString().trimmed().isEmpty()) {
                pack->caption = value.toString().trimmed();
                pack->captionSource = HandoffPack::CaptionSource::Metadata;
                break;
            }
        }
    }
    const QString dateKeys[]
        = { QStringLiteral("created_at"), QStringLiteral("createdAt"), QStringLiteral("created"),
              QStringLiteral("exported_at"), QStringLiteral("timestamp"), QStringLiteral("date") };
    for (const QString &key : dateKeys) {
        const QDateTime date = dateFrom(object.value(key));
        if (date.isValid()) {
            *created = date;
            break;
        }
    }
}

void readCaption(int dirFd, Entry &entry, HandoffPack *pack)
{
    QByteArray bytes;
    const ReadStatus status = readContent(dirFd, &entry, PackReader::MaxCaptionBytes, &bytes);
    if (status == ReadStatus::Failed) {
        addProblem(pack, HandoffPack::Health::Warning,
            PackReader::tr("The caption file cannot be read (%1).").arg(errnoText(errno)));
        return;
    }
    if (status == ReadStatus::TooLarge) {
        dropCutOffSequence(&bytes);
        addProblem(pack, HandoffPack::Health::Warning,
            PackReader::tr("The caption file is larger than %1; only its beginning is shown.")
                .arg(QLocale().formattedDataSize(PackReader::MaxCaptionBytes)));
    }
    bool valid = true;
    pack->caption = decodeText(bytes, &valid).trimmed();
    pack->captionSource = HandoffPack::CaptionSource::CaptionFile;
    if (!valid) {
        addProblem(pack, HandoffPack::Health::Warning,
            PackReader::tr("The caption file is not UTF-8 text; some characters are shown as \uFFFD."));
    }
}

// True when `path` resolves (links and "..", as the kernel follows them) to a place inside `folder`.
bool resolvesInside(const QByteArray &folder, const QByteArray &path)
{
    char *realFolder = ::realpath(folder.constData(), nullptr);
    char *realPath = ::realpath(path.constData(), nullptr);
    bool inside = false;
    if (realFolder && realPath) {
        QByteArray base(realFolder);
        if (!base.endsWith('/'))
            base += '/';
        inside = QByteArray(realPath).startsWith(base);
    }
    std::free(realFolder);
    std::free(realPath);
    return inside;
}

void readVideo(int dirFd, const Entry &entry, HandoffPack *pack)
{
    const QString fileName = HandoffPack::displayName(entry.name);
    if (entry.size == 0) {
        addProblem(
            pack, HandoffPack::Health::Broken, PackReader::tr("The video file %1 is empty.").arg(fileName));
        return;
    }
    if (lowerExtension(entry.name) == QLatin1String("webm"))
        return; // WebM is not ISO-BMFF: size only, no duration or resolution.
    const UniqueFd fd(::openat(dirFd, entry.name.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (!fd.isValid()) {
        addProblem(pack, HandoffPack::Health::Broken,
            PackReader::tr("The video file %1 cannot be read (%2).").arg(fileName, errnoText(errno)));
        return;
    }
    // Files written for streaming ("faststart") have their movie header at the start: one read of the
    // first bytes answers. Otherwise the parser walks the file's boxes, seeking over the media data.
    QByteArray prefix(qMin(entry.size, VideoPrefixBytes), Qt::Uninitialized);
    ssize_t count = 0;
    do {
        count = ::pread(fd.get(), prefix.data(), size_t(prefix.size()), 0);
    } while (count < 0 && errno == EINTR);
    Expected<VideoFacts> facts
        = Error(ErrorCode::Mp4::Unreadable, PackReader::tr("The video file cannot be read."));
    if (count >= 0) {
        prefix.resize(count);
        facts = Mp4HeaderParser::parse(prefix);
    }
    if (!facts && entry.size > prefix.size()) {
        QFile file;
        if (file.open(fd.get(), QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle))
            facts = Mp4HeaderParser::read(&file);
    }
    if (facts)
        pack->video = *facts;
    else
        addProblem(pack, HandoffPack::Health::Broken,
            //: %1 is a file name, %2 a sentence on what is wrong with it.
            PackReader::tr("%1: %2").arg(fileName, facts.error().message()));
}

} // namespace

bool PackReader::listCandidates(
    const QByteArray &exportsDir, Stamps stamps, QList<Candidate> *candidates, int *errorNumber)
{
    DIR *dir = ::opendir(exportsDir.constData());
    if (!dir) {
        *errorNumber = errno;
        return false;
    }
    const int dirFd = ::dirfd(dir);
    candidates->clear();
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] == '.')
            continue;
        const uchar type = entry->d_type;
        if (type != DT_DIR && type != DT_LNK && type != DT_UNKNOWN)
            continue;
        Candidate candidate;
        candidate.name = QByteArray(entry->d_name);
        if (type != DT_DIR || stamps == Stamps::Read) {
            struct stat st;
            if (::fstatat(dirFd, entry->d_name, &st, 0) == 0) {
                if (!S_ISDIR(st.st_mode))
                    continue; // a file, or a link to one
                candidate.stamp = stampFrom(st);
            } else if (::fstatat(dirFd, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0
                || !S_ISLNK(st.st_mode)) {
                continue; // gone since it was listed
            }
        }
        candidates->append(candidate);
    }
    ::closedir(dir);
    // Newest first for names that start with a date, as the publisher's usually do.
    std::sort(candidates->begin(), candidates->end(),
        [](const Candidate &a, const Candidate &b) { return a.name > b.name; });
    return true;
}

QByteArray PackReader::childPath(const QByteArray &dir, const QByteArray &name)
{
    return dir.endsWith('/') ? dir + name : dir + '/' + name;
}

qint64 PackReader::stampOf(const QByteArray &path)
{
    struct stat st;
    return ::stat(path.constData(), &st) == 0 ? stampFrom(st) : 0;
}

QList<PackReader::FolderId> PackReader::folderChain(const QByteArray &exportsDir)
{
    QList<FolderId> chain;
    char *resolved = ::realpath(exportsDir.constData(), nullptr);
    QByteArray path = resolved ? QByteArray(resolved) : exportsDir;
    std::free(resolved);
    while (!path.isEmpty()) {
        struct stat st;
        if (::stat(path.constData(), &st) == 0)
            chain.append({ quint64(st.st_dev), quint64(st.st_ino) });
        if (path == "/")
            break;
        const qsizetype slash = path.lastIndexOf('/');
        path = slash <= 0 ? QByteArray("/") : path.left(slash);
    }
    return chain;
}

namespace {

// The pack folder, opened; an invalid descriptor (with the problem recorded in `pack`) when it cannot be
// opened or is one of the `forbidden` folders.
UniqueFd openPackFolder(const QList<PackReader::FolderId> &forbidden, HandoffPack *pack)
{
    UniqueFd fd(::open(pack->nativePath.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd.isValid()) {
        const int errorNumber = errno;
        addProblem(pack, HandoffPack::Health::Broken, folderProblem(errorNumber));
        struct stat st;
        if (::lstat(pack->nativePath.constData(), &st) == 0)
            pack->created = fromNs(modifiedNs(st));
        pack->folderStamp = PackReader::stampOf(pack->nativePath);
        mixNumber(&pack->signature, errorNumber);
        qCDebug(lcHandoff) << "pack" << pack->name << "cannot be opened:" << errnoText(errorNumber);
        return fd;
    }
    struct stat folder;
    if (::fstat(fd.get(), &folder) != 0) {
        addProblem(pack, HandoffPack::Health::Broken, folderProblem(errno));
        return {};
    }
    pack->created = fromNs(modifiedNs(folder));
    pack->folderStamp = stampFrom(folder);
    if (forbidden.contains(PackReader::FolderId { quint64(folder.st_dev), quint64(folder.st_ino) })) {
        addProblem(pack, HandoffPack::Health::Broken,
            PackReader::tr(
                "This folder is a link back to the exports folder or a folder above it (a loop)."));
        return {};
    }
    return fd;
}

// Lists the open pack folder with getdents64(): no DIR buffer to allocate and no extra checks per pack.
// Returns false when it has more than MaxEntriesPerPack entries (the first ones are listed), sorted by name.
bool listEntries(int fd, QList<Entry> *entries)
{
    bool complete = true;
    alignas(dirent64) char buffer[8192];
    while (complete) {
        const ssize_t length = ::getdents64(fd, buffer, sizeof buffer);
        if (length < 0 && errno == EINTR)
            continue;
        if (length <= 0)
            break;
        for (ssize_t offset = 0; offset < length;) {
            const auto *item = reinterpret_cast<const dirent64 *>(buffer + offset);
            offset += item->d_reclen;
            if (item->d_name[0] == '.')
                continue;
            if (entries->size() >= PackReader::MaxEntriesPerPack) {
                complete = false;
                break;
            }
            Entry entry;
            entry.name = QByteArray(item->d_name);
            entry.viaLink = item->d_type != DT_REG;
            if (item->d_type == DT_REG && isReadForContent(entry.name)) {
                // Read later: its size and content stand in for a stat() (10,000 packs feel it).
                entry.resolved = true;
                entry.isFile = true;
                entry.size = -1;
            } else {
                statEntry(fd, &entry);
            }
            entries->append(entry);
        }
    }
    std::sort(
        entries->begin(), entries->end(), [](const Entry &a, const Entry &b) { return a.name < b.name; });
    return complete;
}

// A pack's entries by role, and the one picked for each role (-1: none).
struct Roles
{
    QList<Entry *> videos;
    QList<Entry *> jsons;
    QList<Entry *> images;
    QList<Entry *> brokenVideoLinks;
    Entry *captionFile = nullptr;
    QList<Entry *> others; // everything not picked, sorted by name
    int video = -1;
    int metadata = -1;
    int thumbnail = -1;
};

void classify(QList<Entry> &entries, Roles *roles)
{
    for (Entry &entry : entries) {
        const QString extension = lowerExtension(entry.name);
        const bool isVideo = extension == QLatin1String("mp4") || extension == QLatin1String("m4v")
            || extension == QLatin1String("mov") || extension == QLatin1String("webm");
        if (entry.isFile && isVideo)
            roles->videos.append(&entry);
        else if (!entry.resolved && isVideo)
            roles->brokenVideoLinks.append(&entry);
        else if (entry.isFile && extension == QLatin1String("json"))
            roles->jsons.append(&entry);
        else if (entry.isFile && entry.name.toLower() == "caption.txt")
            roles->captionFile = &entry;
        else if (entry.isFile
            && (extension == QLatin1String("jpg") || extension == QLatin1String("jpeg")
                || extension == QLatin1String("png") || extension == QLatin1String("webp")))
            roles->images.append(&entry);
        else
            roles->others.append(&entry);
    }
}

void appendAllBut(const QList<Entry *> &entries, int picked, QList<Entry *> *out)
{
    for (int i = 0; i < entries.size(); ++i) {
        if (i != picked)
            out->append(entries.at(i));
    }
}

void pick(Roles *roles)
{
    roles->video = bestOf(roles->videos, [](const Entry &entry) {
        return std::make_pair(
            rankOf(lowerExtension(entry.name), { "mp4", "m4v", "mov", "webm" }), entry.name);
    });
    roles->metadata = bestOf(roles->jsons, [](const Entry &entry) {
        return std::make_pair(
            rankOf(lowerBaseName(entry.name), { "metadata", "meta", "pack", "manifest", "info" }),
            entry.name);
    });
    roles->thumbnail = bestOf(roles->images, [](const Entry &entry) {
        return std::make_pair(
            rankOf(lowerBaseName(entry.name), { "thumbnail", "thumb", "cover", "poster" }), entry.name);
    });
    appendAllBut(roles->videos, roles->video, &roles->others);
    appendAllBut(roles->jsons, roles->metadata, &roles->others);
    appendAllBut(roles->images, roles->thumbnail, &roles->others);
    roles->others.append(roles->brokenVideoLinks);
    std::sort(roles->others.begin(), roles->others.end(),
        [](const Entry *a, const Entry *b) { return a->name < b->name; });
}

void describeOthers(int fd, const QList<Entry *> &others, HandoffPack *pack)
{
    for (Entry *entry : others) {
        if (entry->size < 0)
            statEntry(fd, entry); // a second .json that is not read
        const QString shown = HandoffPack::displayName(entry->name);
        if (entry->isDir)
            pack->extraFiles.append(shown + QLatin1Char('/'));
        else if (!entry->resolved)
            //: A file name followed by a note that it is a link leading nowhere.
            pack->extraFiles.append(PackReader::tr("%1 (broken link)").arg(shown));
        else
            pack->extraFiles.append(shown);
    }
}

void describeVideo(int fd, const QByteArray &exportsDir, const Roles &roles, HandoffPack *pack)
{
    if (roles.video < 0) {
        if (!roles.brokenVideoLinks.isEmpty())
            addProblem(pack, HandoffPack::Health::Broken,
                PackReader::tr("The video %1 is a link that leads nowhere or loops.")
                    .arg(HandoffPack::displayName(roles.brokenVideoLinks.first()->name)));
        else
            addProblem(pack, HandoffPack::Health::Broken,
                PackReader::tr("There is no video file (.mp4, .mov or .webm)."));
        return;
    }
    const Entry &entry = *roles.videos.at(roles.video);
    pack->videoFileName = HandoffPack::displayName(entry.name);
    pack->videoNativePath = PackReader::childPath(pack->nativePath, entry.name);
    pack->videoSize = entry.size;
    pack->created = fromNs(entry.modified);
    // A link (of the video or of the pack folder) may lead anywhere the operator can read: such a
    // video is never read nor sent. realpath() only when a link is involved: plain packs cost nothing.
    struct stat packLink;
    const bool packIsLink
        = ::lstat(pack->nativePath.constData(), &packLink) == 0 && S_ISLNK(packLink.st_mode);
    if ((entry.viaLink || packIsLink) && !resolvesInside(exportsDir, pack->videoNativePath)) {
        addProblem(pack, HandoffPack::Health::Broken,
            //: %1 is a file name.
            PackReader::tr("The video %1 links outside the exports folder.").arg(pack->videoFileName));
        qCDebug(lcHandoff) << "pack" << pack->name << "has a video that resolves outside" << exportsDir;
    } else {
        readVideo(fd, entry, pack);
    }
    if (roles.videos.size() > 1)
        addProblem(pack, HandoffPack::Health::Warning,
            PackReader::tr(
                "There are %n video files; %1 is the one to upload.", nullptr, int(roles.videos.size()))
                .arg(pack->videoFileName));
}

void checkCaption(HandoffPack *pack)
{
    if (pack->caption.isEmpty()) {
        addProblem(pack, HandoffPack::Health::Warning,
            PackReader::tr("There is no caption (caption.txt or a caption field in the metadata)."));
    } else if (pack->captionLength() > PostRules::CaptionLimit) {
        addProblem(pack, HandoffPack::Health::Warning,
            PackReader::tr("The caption has %1 characters; TikTok allows at most %2.")
                .arg(QLocale().toString(pack->captionLength()), QLocale().toString(PostRules::CaptionLimit)));
    }
}

// The pack's signature (it changes when any file does) and total size, from its entries.
void sign(const QList<Entry> &entries, HandoffPack *pack)
{
    for (const Entry &entry : entries) {
        mix(&pack->signature, entry.name.constData(), entry.name.size() + 1);
        mixNumber(&pack->signature, entry.size);
        mixNumber(&pack->signature, entry.modified);
        mixNumber(&pack->signature, qint64(entry.contentHash));
        mixNumber(&pack->signature, (entry.resolved ? 1 : 0) | (entry.isDir ? 2 : 0));
        if (entry.isFile)
            pack->totalSize += qMax<qint64>(0, entry.size);
    }
}

} // namespace

HandoffPack PackReader::read(
    const QByteArray &exportsDir, const QByteArray &name, const QList<FolderId> &forbidden, Detail detail)
{
    HandoffPack pack;
    pack.nativePath = PackReader::childPath(exportsDir, name);
    pack.key = HandoffPack::keyForName(name);
    // Plain names share one buffer for key and name.
    pack.name = pack.key.contains(QLatin1Char('%')) ? HandoffPack::displayName(name) : pack.key;

    const UniqueFd fd = openPackFolder(forbidden, &pack);
    if (!fd.isValid())
        return pack;
    QList<Entry> entries;
    const bool complete = listEntries(fd.get(), &entries);
    Roles roles;
    classify(entries, &roles);
    pick(&roles);
    describeOthers(fd.get(), roles.others, &pack);

    if (roles.captionFile)
        readCaption(fd.get(), *roles.captionFile, &pack);
    QDateTime metadataDate;
    if (roles.metadata >= 0) {
        Entry &metadata = *roles.jsons.at(roles.metadata);
        pack.metadataFileName = HandoffPack::displayName(metadata.name);
        readMetadata(fd.get(), metadata, detail, &pack, &metadataDate);
    }
    describeVideo(fd.get(), exportsDir, roles, &pack);
    if (metadataDate.isValid())
        pack.created = metadataDate;
    if (roles.thumbnail >= 0) {
        pack.thumbnailFileName = HandoffPack::displayName(roles.images.at(roles.thumbnail)->name);
        pack.thumbnailNativePath
            = PackReader::childPath(pack.nativePath, roles.images.at(roles.thumbnail)->name);
    }
    checkCaption(&pack);
    sign(entries, &pack);
    if (!complete)
        addProblem(&pack, HandoffPack::Health::Warning,
            tr("The folder has more than %1 entries; only the first were looked at.").arg(MaxEntriesPerPack));
    return pack;
}

} // namespace Skybeam
