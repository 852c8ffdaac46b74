// bench_handoffviewer: how fast the handoff-pack viewer loads a large exports folder.
//
// Generates N packs (default 10,000) in a temporary folder, then measures in one run: a bare recursive
// walk of the same tree (two ways), the scanner filling the model without widgets, and the viewer
// itself: time to the first painted rows, time to the complete model, the longest stall of the GUI
// thread while loading, and the process's peak RSS after the first viewer load (VmHWM). Timings are
// medians of R runs on a warm page cache. Prints a table and exits 1 when a target is missed (complete
// model <= 2x the faster bare walk, peak RSS <= 120 MB). Not a CTest test: run it by hand or from
// scripts/bench. Usage: bench_handoffviewer [--packs N] [--runs R]

#include "common/roxypaths.h"
#include "handoff/handofffiltermodel.h"
#include "handoff/handoffpackmodel.h"
#include "handoff/handoffscanner.h"
#include "handoff/packreader.h"
#include "handoff/postedstatestore.h"
#include "packfixtures.h"
#include "viewer/handoffviewer.h"
#include "viewer/thumbnailloader.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ftw.h>

using namespace Skybeam;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QByteArray jpegThumbnail()
{
    QImage image(270, 480, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 0, 480);
    gradient.setColorAt(0, QColor(0x30, 0x90, 0xD0));
    gradient.setColorAt(1, QColor(0x20, 0x20, 0x40));
    painter.fillRect(image.rect(), gradient);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return bytes;
}

qint64 statusField(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

qint64 g_walkFiles = 0;
qint64 g_walkBytes = 0;

int countEntry(const char *, const struct stat *st, int type, struct FTW *)
{
    if (type == FTW_F) {
        ++g_walkFiles;
        g_walkBytes += st->st_size;
    }
    return 0;
}

// A bare walk as `find -printf %s` does it: every entry visited and stat()ed, nothing opened.
double nftwWalk(const QByteArray &root)
{
    g_walkFiles = 0;
    g_walkBytes = 0;
    QElapsedTimer timer;
    timer.start();
    ::nftw(root.constData(), countEntry, 64, FTW_PHYS);
    return timer.nsecsElapsed() / 1e6;
}

double qtWalk(const QString &root)
{
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    QDirIterator it(
        root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }
    Q_UNUSED(bytes)
    return timer.nsecsElapsed() / 1e6;
}

// Every pack read once with PackReader on this thread: the reading cost alone, no threads, no model.
double readAll(const QByteArray &exports)
{
    QElapsedTimer timer;
    timer.start();
    QList<PackReader::Candidate> candidates;
    int errorNumber = 0;
    PackReader::listCandidates(exports, PackReader::Stamps::Skip, &candidates, &errorNumber);
    const QList<PackReader::FolderId> forbidden = PackReader::folderChain(exports);
    qint64 captions = 0;
    for (const PackReader::Candidate &candidate : std::as_const(candidates))
        captions += PackReader::read(exports, candidate.name, forbidden, PackReader::Detail::Summary)
                        .captionLength();
    Q_UNUSED(captions)
    return timer.nsecsElapsed() / 1e6;
}

// The core alone: scanner, model and sorted proxy, no widgets.
double scanToModel(const QString &exports, const QString &stateFile, int expected)
{
    PostedStateStore store(stateFile);
    store.load();
    HandoffPackModel model(&store);
    HandoffFilterModel filter(&model);
    HandoffScanner scanner;
    model.follow(&scanner);
    QSignalSpy finished(&scanner, &HandoffScanner::initialScanFinished);
    QElapsedTimer timer;
    timer.start();
    scanner.start(exports);
    finished.wait(300000);
    const double elapsed = timer.nsecsElapsed() / 1e6;
    if (model.rowCount() != expected || filter.rowCount() != expected)
        qFatal("scanner delivered %d of %d packs", model.rowCount(), expected);
    return elapsed;
}

struct ViewerRun
{
    double firstPaint = -1;
    double complete = -1;
    double longestStall = 0;
    int decodes = 0;
    qint64 rssKb = -1; // with every pack in the model
};

// Records when the list's viewport first paints rows.
class PaintProbe final : public QObject
{
public:
    PaintProbe(QListView *list, QElapsedTimer *clock)
        : m_list(list)
        , m_clock(clock)
    {
    }
    double firstPaint = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (firstPaint < 0 && event->type() == QEvent::Paint && m_list->model()->rowCount() > 0)
            firstPaint = m_clock->nsecsElapsed() / 1e6;
        return QObject::eventFilter(watched, event);
    }

private:
    QListView *m_list;
    QElapsedTimer *m_clock;
};

ViewerRun runViewer(const RoxyPaths &paths, int expected)
{
    ViewerRun run;
    QElapsedTimer clock;
    // The GUI thread's heartbeat: the longest gap between 5 ms ticks is the worst stall an operator feels.
    QElapsedTimer beat;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        run.longestStall = std::max(run.longestStall, beat.nsecsElapsed() / 1e6);
        beat.restart();
    });
    clock.start();
    HandoffViewer viewer(paths);
    auto *list = viewer.findChild<QListView *>(QStringLiteral("packListView"));
    PaintProbe probe(list, &clock);
    list->viewport()->installEventFilter(&probe);
    QSignalSpy loaded(&viewer, &HandoffViewer::packsLoaded);
    viewer.resize(1180, 760);
    viewer.show();
    beat.start();
    heartbeat.start();
    loaded.wait(300000);
    run.complete = clock.nsecsElapsed() / 1e6;
    heartbeat.stop();
    QTest::qWait(200); // let the first screen's thumbnails decode
    run.firstPaint = probe.firstPaint;
    run.decodes = viewer.thumbnailLoader()->decodeCount();
    run.rssKb = statusField("VmRSS:");
    if (viewer.packModel()->rowCount() != expected)
        qFatal("viewer shows %d of %d packs", viewer.packModel()->rowCount(), expected);
    return run;
}

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', 0);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures how fast the handoff-pack viewer loads many packs."));
    parser.addHelpOption();
    const QCommandLineOption packsOption(QStringLiteral("packs"), QStringLiteral("Number of packs (10000)."),
        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
        QStringLiteral("Runs of each timing; the median is shown (3)."), QStringLiteral("R"),
        QStringLiteral("3"));
    parser.addOption(packsOption);
    parser.addOption(runsOption);
    parser.process(app);
    const int packs = qMax(1, parser.value(packsOption).toInt());
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QTemporaryDir root;
    const RoxyPaths paths(root.path());
    const QByteArray exports = QFile::encodeName(paths.exportsDir());
    QDir().mkpath(paths.exportsDir());
    QElapsedTimer timer;
    timer.start();
    const QByteArray thumbnail = jpegThumbnail();
    for (int i = 0; i < packs; ++i) {
        SkybeamTest::PackSpec pack
            = SkybeamTest::goodPack(QByteArray("2026-01-01_pack-") + QByteArray::number(i), i);
        for (auto &file : pack.files) {
            if (file.first == "thumbnail.jpg")
                file.second = thumbnail;
        }
        SkybeamTest::writePack(exports, pack);
    }
    const double generation = timer.nsecsElapsed() / 1e6;

    QList<double> nftwTimes;
    QList<double> qtTimes;
    QList<double> scanTimes;
    QList<double> readTimes;
    nftwWalk(exports); // warm the cache the same way for every measurement
    for (int run = 0; run < runs; ++run) {
        nftwTimes.append(nftwWalk(exports));
        qtTimes.append(qtWalk(paths.exportsDir()));
        readTimes.append(readAll(exports));
    }
    QList<double> firstPaints;
    QList<double> completes;
    QList<double> stalls;
    int decodes = 0;
    qint64 loadedRssKb = 0;
    const qint64 baseRssKb = statusField("VmRSS:");
    qint64 firstLoadPeakKb = 0;
    for (int run = 0; run < runs; ++run) {
        const ViewerRun viewer = runViewer(paths, packs);
        firstPaints.append(viewer.firstPaint);
        completes.append(viewer.complete);
        stalls.append(viewer.longestStall);
        decodes = viewer.decodes;
        if (run == 0) {
            // What an operator's process reaches: generating the tree and walking it stay far below this.
            loadedRssKb = viewer.rssKb;
            firstLoadPeakKb = statusField("VmHWM:");
        }
    }
    for (int run = 0; run < runs; ++run)
        scanTimes.append(scanToModel(paths.exportsDir(), PostedStateStore::defaultFilePath(paths), packs));
    const qint64 peakKb = statusField("VmHWM:");

    const double walk = std::min(median(nftwTimes), median(qtTimes));
    const double complete = median(completes);
    const bool modelOk = complete <= 2 * walk;
    const bool memoryOk = firstLoadPeakKb >= 0 && firstLoadPeakKb <= 120 * 1024;
    out() << QStringLiteral(
        "Handoff viewer benchmark: %1 packs, %2 files, %3 MB, generated in %4 (median of %5 runs)\n\n")
                 .arg(packs)
                 .arg(g_walkFiles)
                 .arg(g_walkBytes / 1e6, 0, 'f', 1)
                 .arg(ms(generation))
                 .arg(runs);
    const auto row = [](const QString &what, const QString &value, const QString &target) {
        out() << QStringLiteral("| %1 | %2 | %3 |\n").arg(what, -52).arg(value, 10).arg(target, -26);
    };
    row(QStringLiteral("Measurement"), QStringLiteral("Result"), QStringLiteral("Target"));
    row(QStringLiteral("---"), QStringLiteral("---"), QStringLiteral("---"));
    row(QStringLiteral("Bare walk, nftw (stat every entry)"), ms(median(nftwTimes)), QString());
    row(QStringLiteral("Bare walk, QDirIterator + QFileInfo::size"), ms(median(qtTimes)), QString());
    row(QStringLiteral("Every pack read once, one thread, no model"), ms(median(readTimes)), QString());
    row(QStringLiteral("Scanner to complete model, no widgets"), ms(median(scanTimes)), QString());
    row(QStringLiteral("Viewer: first painted rows"), ms(median(firstPaints)), QString());
    row(QStringLiteral("Viewer: complete model (sorted, shown)"), ms(complete),
        QStringLiteral("<= 2x walk = %1 %2")
            .arg(ms(2 * walk), modelOk ? QStringLiteral("PASS") : QStringLiteral("MISS")));
    row(QStringLiteral("Viewer: longest GUI-thread stall while loading"), ms(median(stalls)), QString());
    row(QStringLiteral("Viewer: thumbnails decoded (visible rows only)"), QString::number(decodes),
        QString());
    row(QStringLiteral("RSS with the viewer open and all packs loaded"),
        QStringLiteral("%1 MB").arg(loadedRssKb / 1024.0, 0, 'f', 1),
        QStringLiteral("(%1 MB before it opened)").arg(baseRssKb / 1024.0, 0, 'f', 1));
    row(QStringLiteral("Peak RSS (VmHWM) after the first viewer load"),
        QStringLiteral("%1 MB").arg(firstLoadPeakKb / 1024.0, 0, 'f', 1),
        QStringLiteral("<= 120 MB %1").arg(memoryOk ? QStringLiteral("PASS") : QStringLiteral("MISS")));
    row(QStringLiteral("Peak RSS (VmHWM), whole run (all repeats)"),
        QStringLiteral("%1 MB").arg(peakKb / 1024.0, 0, 'f', 1), QString());
    out().flush();
    return modelOk && memoryOk ? 0 : 1;
}
