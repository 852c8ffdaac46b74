#pragma once

#include "handoff/handoffscanner.h"
#include "handoff/packreader.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

class QFileSystemWatcher;

namespace Skybeam {

/// The part of HandoffScanner that runs on its worker thread: lists and reads packs, owns the
/// QFileSystemWatcher and remembers what it has reported. Internal to the handoff area; every member runs
/// on the worker thread, and its slots are invoked queued by HandoffScanner.
class ScanWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanWorker)

public:
    /// Packs in the first batch: about one screen of rows, so a view can paint early.
    static constexpr int FirstBatchSize = 50;
    static constexpr int MaxBatchSize = 2000;
    static constexpr int BatchIntervalMs = 100;
    /// Packs watched closely (their folder and files) at one time.
    static constexpr int MaxActivePacks = 64;
    /// From this many new packs on, a helper thread reads half of them.
    static constexpr int ParallelReadThreshold = 256;

    explicit ScanWorker(QObject *parent = nullptr);

    void start(const QString &exportsDir);
    void refresh(const QString &key);

Q_SIGNALS:
    void packsAdded(const QList<Skybeam::HandoffPack> &packs);
    void packsChanged(const QList<Skybeam::HandoffPack> &packs);
    void packsRemoved(const QStringList &keys);
    void packRead(const Skybeam::HandoffPack &pack);
    void initialScanFinished(int count);
    void folderStateChanged(Skybeam::HandoffScanner::FolderState state);

private:
    struct Known
    {
        qint64 stamp = 0;
        quint64 signature = 0;
        QStringList watchedPaths;
    };

    void scanListing(bool initial);
    /// Reads packs not seen before, on two threads when there are many, and reports them added.
    void readNewPacks(const QList<QByteArray> &names, bool initial);
    /// Re-reads known or new packs by name and reports what changed; returns the packs read.
    QList<HandoffPack> reread(const QList<QByteArray> &names, PackReader::Detail detail);
    void forget(const QByteArray &name, QStringList *removedKeys);
    /// Forgets every known pack, reporting them removed.
    void forgetAll();
    void makeActive(const QByteArray &name, const HandoffPack &pack);
    void unwatchPack(Known *known);
    void followFolder();
    void setFolderState(HandoffScanner::FolderState state);
    void onPathChanged(const QString &path);
    void rereadDirtyPacks();

    QString m_directory;
    QByteArray m_nativeDirectory;
    QFileSystemWatcher *m_watcher = nullptr;
    QString m_watchedAncestor;
    QTimer m_listingTimer;
    QTimer m_activeTimer;
    QHash<QByteArray, Known> m_known;
    QList<QByteArray> m_active;
    QHash<QString, QByteArray> m_pathOwners;
    QSet<QByteArray> m_dirty;
    QList<PackReader::FolderId> m_forbidden;
    HandoffScanner::FolderState m_state = HandoffScanner::FolderState::Unknown;
};

} // namespace Skybeam
