#include "handoff/scanworker.h"

#include "common/logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QThread>

#include <atomic>
#include <memory>

#include <cerrno>
#include <functional>
#include <sys/stat.h>

namespace Skybeam {

namespace {

// Collects packs and hands them on in batches: a small first one, then one per interval or size limit.
class Batcher final
{
public:
    explicit Batcher(std::function<void(const QList<HandoffPack> &)> deliver)
        : m_deliver(std::move(deliver))
    {
        m_timer.start();
    }
    ~Batcher() { flush(); }
    Q_DISABLE_COPY_MOVE(Batcher)

    void add(HandoffPack pack)
    {
        m_batch.append(std::move(pack));
        const bool first = m_delivered == 0 && m_batch.size() >= ScanWorker::FirstBatchSize;
        if (first || m_batch.size() >= ScanWorker::MaxBatchSize
            || m_timer.elapsed() >= ScanWorker::BatchIntervalMs)
            flush();
    }

    void flush()
    {
        if (m_batch.isEmpty())
            return;
        m_delivered += int(m_batch.size());
        m_deliver(m_batch);
        m_batch.clear();
        m_timer.restart();
    }

private:
    std::function<void(const QList<HandoffPack> &)> m_deliver;
    QList<HandoffPack> m_batch;
    QElapsedTimer m_timer;
    int m_delivered = 0;
};

// `native` as a path QFileSystemWatcher can take: empty when the name does not survive the round trip
// through QString (names that are not valid UTF-8).
QString watchablePath(const QByteArray &native)
{
    const QString path = QFile::decodeName(native);
    return QFile::encodeName(path) == native ? path : QString();
}

} // namespace

ScanWorker::ScanWorker(QObject *parent)
    : QObject(parent)
    , m_listingTimer(this)
    , m_activeTimer(this)
{
    m_listingTimer.setSingleShot(true);
    m_listingTimer.setInterval(150);
    m_activeTimer.setSingleShot(true);
    m_activeTimer.setInterval(300);
    connect(&m_listingTimer, &QTimer::timeout, this, [this] { scanListing(false); });
    connect(&m_activeTimer, &QTimer::timeout, this, &ScanWorker::rereadDirtyPacks);
}

void ScanWorker::start(const QString &exportsDir)
{
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ScanWorker::onPathChanged);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ScanWorker::onPathChanged);
    }
    forgetAll();
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    m_watchedAncestor.clear();
    m_active.clear();
    m_dirty.clear();

    m_directory = QDir::cleanPath(QDir(exportsDir).absolutePath());
    m_nativeDirectory = QFile::encodeName(m_directory);
    m_state = HandoffScanner::FolderState::Unknown;
    scanListing(true);
}

void ScanWorker::forgetAll()
{
    QStringList removed;
    const QList<QByteArray> names = m_known.keys();
    for (const QByteArray &name : names)
        forget(name, &removed);
    if (!removed.isEmpty())
        Q_EMIT packsRemoved(removed);
}

void ScanWorker::refresh(const QString &key)
{
    if (m_nativeDirectory.isEmpty())
        return;
    const QList<HandoffPack> read = reread({ HandoffPack::nameForKey(key) }, PackReader::Detail::Full);
    for (const HandoffPack &pack : read)
        Q_EMIT packRead(pack);
}

void ScanWorker::scanListing(bool initial)
{
    QElapsedTimer timer;
    timer.start();
    QList<PackReader::Candidate> candidates;
    int errorNumber = 0;
    const PackReader::Stamps stamps = initial ? PackReader::Stamps::Skip : PackReader::Stamps::Read;
    if (!PackReader::listCandidates(m_nativeDirectory, stamps, &candidates, &errorNumber)) {
        forgetAll();
        setFolderState(errorNumber == ENOENT || errorNumber == ENOTDIR
                ? HandoffScanner::FolderState::Missing
                : HandoffScanner::FolderState::Unreadable);
        followFolder();
        if (initial)
            Q_EMIT initialScanFinished(0);
        return;
    }
    setFolderState(HandoffScanner::FolderState::Ready);
    followFolder();
    m_forbidden = PackReader::folderChain(m_nativeDirectory);

    QSet<QByteArray> present;
    present.reserve(candidates.size());
    for (const PackReader::Candidate &candidate : std::as_const(candidates))
        present.insert(candidate.name);
    QStringList removed;
    const QList<QByteArray> names = m_known.keys();
    for (const QByteArray &name : names) {
        if (!present.contains(name))
            forget(name, &removed);
    }
    if (!removed.isEmpty())
        Q_EMIT packsRemoved(removed);

    int changedCount = 0;
    QList<QByteArray> fresh;
    {
        Batcher changed([this](const QList<HandoffPack> &packs) { Q_EMIT packsChanged(packs); });
        QThread *thread = QThread::currentThread();
        for (const PackReader::Candidate &candidate : std::as_const(candidates)) {
            if (thread->isInterruptionRequested())
                return;
            auto known = m_known.find(candidate.name);
            if (known == m_known.end()) {
                fresh.append(candidate.name);
            } else if (known->stamp != candidate.stamp) {
                known->stamp = candidate.stamp;
                HandoffPack pack = PackReader::read(
                    m_nativeDirectory, candidate.name, m_forbidden, PackReader::Detail::Summary);
                if (pack.signature != known->signature) {
                    known->signature = pack.signature;
                    ++changedCount;
                    changed.add(std::move(pack));
                }
            }
        }
    }
    readNewPacks(fresh, initial);
    if (QThread::currentThread()->isInterruptionRequested())
        return;
    qCDebug(lcHandoff) << (initial ? "scanned" : "rescanned") << m_directory << "in" << timer.elapsed()
                       << "ms:" << m_known.size() << "packs," << removed.size() << "removed," << changedCount
                       << "changed";
    if (initial)
        Q_EMIT initialScanFinished(int(m_known.size()));
}

void ScanWorker::readNewPacks(const QList<QByteArray> &names, bool initial)
{
    struct Read
    {
        QByteArray name;
        HandoffPack pack; // kept only after the first scan, to watch new packs closely
        qint64 stamp = 0;
        quint64 signature = 0;
    };
    std::atomic<qsizetype> next { 0 };
    QThread *owner = QThread::currentThread();
    const auto work = [this, &names, &next, owner, initial](QList<Read> *reads) {
        Batcher added([this](const QList<HandoffPack> &packs) { Q_EMIT packsAdded(packs); });
        for (qsizetype i = next++; i < names.size() && !owner->isInterruptionRequested(); i = next++) {
            HandoffPack pack
                = PackReader::read(m_nativeDirectory, names.at(i), m_forbidden, PackReader::Detail::Summary);
            reads->append({ names.at(i), initial ? HandoffPack() : pack, pack.folderStamp, pack.signature });
            added.add(std::move(pack));
        }
    };
    QList<Read> reads;
    QList<Read> helperReads;
    if (names.size() >= ParallelReadThreshold) {
        std::unique_ptr<QThread> helper(QThread::create(work, &helperReads));
        helper->setObjectName(QStringLiteral("HandoffReader"));
        helper->start();
        work(&reads);
        helper->wait();
    } else {
        work(&reads);
    }
    reads += helperReads;
    m_known.reserve(m_known.size() + reads.size());
    for (const Read &read : std::as_const(reads)) {
        m_known.insert(read.name, Known { read.stamp, read.signature, {} });
        if (!initial)
            makeActive(read.name, read.pack);
    }
}

QList<HandoffPack> ScanWorker::reread(const QList<QByteArray> &names, PackReader::Detail detail)
{
    QList<HandoffPack> read;
    QList<HandoffPack> added;
    QList<HandoffPack> changed;
    QStringList removed;
    for (const QByteArray &name : names) {
        if (name.isEmpty() || name.contains('/') || name.startsWith('.'))
            continue;
        const QByteArray path = PackReader::childPath(m_nativeDirectory, name);
        struct stat st;
        if (::lstat(path.constData(), &st) != 0) {
            if (m_known.contains(name))
                forget(name, &removed);
            continue;
        }
        HandoffPack pack = PackReader::read(m_nativeDirectory, name, m_forbidden, detail);
        read.append(pack);
        auto known = m_known.find(name);
        if (known == m_known.end()) {
            m_known.insert(name, Known { pack.folderStamp, pack.signature, {} });
            makeActive(name, pack);
            added.append(std::move(pack));
            continue;
        }
        known->stamp = pack.folderStamp;
        makeActive(name, pack);
        if (known->signature != pack.signature) {
            known->signature = pack.signature;
            changed.append(std::move(pack));
        }
    }
    if (!removed.isEmpty())
        Q_EMIT packsRemoved(removed);
    if (!added.isEmpty())
        Q_EMIT packsAdded(added);
    if (!changed.isEmpty())
        Q_EMIT packsChanged(changed);
    return read;
}

void ScanWorker::forget(const QByteArray &name, QStringList *removedKeys)
{
    auto known = m_known.find(name);
    if (known == m_known.end())
        return;
    unwatchPack(&*known);
    m_known.erase(known);
    m_active.removeOne(name);
    m_dirty.remove(name);
    removedKeys->append(HandoffPack::keyForName(name));
}

void ScanWorker::makeActive(const QByteArray &name, const HandoffPack &pack)
{
    auto known = m_known.find(name);
    if (known == m_known.end())
        return;
    m_active.removeOne(name);
    m_active.append(name);
    while (m_active.size() > MaxActivePacks) {
        auto oldest = m_known.find(m_active.takeFirst());
        if (oldest != m_known.end())
            unwatchPack(&*oldest);
    }
    unwatchPack(&*known);
    QList<QByteArray> natives { pack.nativePath, pack.videoNativePath, pack.thumbnailNativePath };
    if (!pack.metadataFileName.isEmpty())
        natives.append(PackReader::childPath(pack.nativePath, QFile::encodeName(pack.metadataFileName)));
    if (pack.captionSource == HandoffPack::CaptionSource::CaptionFile)
        natives.append(PackReader::childPath(pack.nativePath, QByteArrayLiteral("caption.txt")));
    QStringList paths;
    for (const QByteArray &native : std::as_const(natives)) {
        const QString path = native.isEmpty() ? QString() : watchablePath(native);
        if (!path.isEmpty() && QFileInfo::exists(path))
            paths.append(path);
    }
    if (paths.isEmpty())
        return;
    const QStringList failed = m_watcher->addPaths(paths);
    for (const QString &path : std::as_const(paths)) {
        if (!failed.contains(path)) {
            known->watchedPaths.append(path);
            m_pathOwners.insert(path, name);
        }
    }
}

void ScanWorker::unwatchPack(Known *known)
{
    if (known->watchedPaths.isEmpty())
        return;
    m_watcher->removePaths(known->watchedPaths);
    for (const QString &path : std::as_const(known->watchedPaths))
        m_pathOwners.remove(path);
    known->watchedPaths.clear();
}

void ScanWorker::followFolder()
{
    // Ready: watch the exports folder itself. Missing or unreadable: watch the nearest folder above it
    // that exists, to notice when the publisher creates the exports folder.
    QString wanted = m_directory;
    if (m_state != HandoffScanner::FolderState::Ready) {
        wanted.clear();
        for (QString path = m_directory; !path.isEmpty();) {
            if (QFileInfo(path).isDir()) {
                wanted = path;
                break;
            }
            const QString parent = QFileInfo(path).path();
            path = parent == path ? QString() : parent;
        }
        if (wanted == m_directory && m_state == HandoffScanner::FolderState::Missing)
            wanted.clear();
    }
    const bool watchingFolder = m_watcher->directories().contains(m_directory);
    if (wanted == m_directory) {
        if (!m_watchedAncestor.isEmpty()) {
            m_watcher->removePath(m_watchedAncestor);
            m_watchedAncestor.clear();
        }
        if (!watchingFolder && !m_watcher->addPath(m_directory))
            qCWarning(lcHandoff) << "cannot watch" << m_directory
                                 << "; new packs will not appear by themselves";
        return;
    }
    if (watchingFolder)
        m_watcher->removePath(m_directory);
    if (wanted == m_watchedAncestor)
        return;
    if (!m_watchedAncestor.isEmpty())
        m_watcher->removePath(m_watchedAncestor);
    m_watchedAncestor = wanted;
    if (!wanted.isEmpty())
        m_watcher->addPath(wanted);
}

void ScanWorker::setFolderState(HandoffScanner::FolderState state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT folderStateChanged(state);
}

void ScanWorker::onPathChanged(const QString &path)
{
    if (path == m_directory || path == m_watchedAncestor) {
        m_listingTimer.start();
        return;
    }
    const auto owner = m_pathOwners.constFind(path);
    if (owner == m_pathOwners.constEnd())
        return;
    m_dirty.insert(*owner);
    m_activeTimer.start();
}

void ScanWorker::rereadDirtyPacks()
{
    const QList<QByteArray> names(m_dirty.begin(), m_dirty.end());
    m_dirty.clear();
    reread(names, PackReader::Detail::Summary);
}

} // namespace Skybeam
