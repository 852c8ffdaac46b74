#include "handoff/handoffscanner.h"

#include "handoff/scanworker.h"

namespace Skybeam {

HandoffScanner::HandoffScanner(QObject *parent)
    : QObject(parent)
    , m_worker(new ScanWorker)
{
    qRegisterMetaType<Skybeam::HandoffPack>();
    qRegisterMetaType<QList<Skybeam::HandoffPack>>();
    m_thread.setObjectName(QStringLiteral("HandoffScanner"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ScanWorker::packsAdded, this, &HandoffScanner::packsAdded);
    connect(m_worker, &ScanWorker::packsChanged, this, &HandoffScanner::packsChanged);
    connect(m_worker, &ScanWorker::packsRemoved, this, &HandoffScanner::packsRemoved);
    connect(m_worker, &ScanWorker::packRead, this, &HandoffScanner::packRead);
    connect(m_worker, &ScanWorker::initialScanFinished, this, [this](int count) {
        m_initialScanFinished = true;
        Q_EMIT initialScanFinished(count);
    });
    connect(m_worker, &ScanWorker::folderStateChanged, this, [this](FolderState state) {
        m_folderState = state;
        Q_EMIT folderStateChanged(state);
    });
    m_thread.start(QThread::LowPriority);
}

HandoffScanner::~HandoffScanner()
{
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void HandoffScanner::start(const QString &exportsDir)
{
    m_directory = exportsDir;
    m_initialScanFinished = false;
    m_folderState = FolderState::Unknown;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, exportsDir] { worker->start(exportsDir); }, Qt::QueuedConnection);
}

void HandoffScanner::refresh(const QString &key)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, key] { worker->refresh(key); }, Qt::QueuedConnection);
}

} // namespace Skybeam
