#pragma once

#include "handoff/handoffpack.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

namespace Skybeam {

class ScanWorker;

/// Finds the handoff packs of an exports folder and keeps following it: reads every pack once on a
/// worker thread, delivers them in batches (a small first batch so a view can paint early), then
/// watches the folder with QFileSystemWatcher and re-reads only the packs that appeared, changed or
/// went away. Packs added or refreshed later are watched closely (their folder and files) for a while,
/// a bounded number at a time, so a pack the publisher is still writing settles by itself.
///
/// Lives on the thread that creates it (normally the GUI thread); all IO runs on its own worker thread.
/// start() never emits synchronously. Signals arrive queued, in order. Destroying the scanner stops the
/// worker (an initial scan in progress ends at its next pack).
class HandoffScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffScanner)

public:
    enum class FolderState { Unknown, Missing, Unreadable, Ready };
    Q_ENUM(FolderState)

    explicit HandoffScanner(QObject *parent = nullptr);
    ~HandoffScanner() override;

    /// Starts reading `exportsDir` (and following it). Calling it again switches to another folder:
    /// every pack of the old one is reported removed first.
    void start(const QString &exportsDir);
    /// Re-reads one pack now (e.g. when the operator selects it), with its metadata rows, and watches it
    /// closely for a while. packRead() follows (unless the pack is gone), then packsChanged() if it changed.
    void refresh(const QString &key);

    QString directory() const { return m_directory; }
    FolderState folderState() const { return m_folderState; }
    bool isInitialScanFinished() const { return m_initialScanFinished; }

Q_SIGNALS:
    void packsAdded(const QList<Skybeam::HandoffPack> &packs);
    void packsChanged(const QList<Skybeam::HandoffPack> &packs);
    void packsRemoved(const QStringList &keys);
    /// The pack refresh() read, complete with HandoffPack::metadata.
    void packRead(const Skybeam::HandoffPack &pack);
    /// Every pack present at start() has been delivered; `count` of them.
    void initialScanFinished(int count);
    void folderStateChanged(Skybeam::HandoffScanner::FolderState state);

private:
    QThread m_thread;
    ScanWorker *m_worker = nullptr;
    QString m_directory;
    FolderState m_folderState = FolderState::Unknown;
    bool m_initialScanFinished = false;
};

} // namespace Skybeam
