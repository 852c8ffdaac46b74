#include "handoff/handoffscanner.h"
#include "handoff/packreader.h"
#include "handoff/scanworker.h"
#include "packfixtures.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Skybeam;
using namespace Qt::Literals::StringLiterals;
using SkybeamTest::goodPack;
using SkybeamTest::makeMp4;
using SkybeamTest::PackSpec;
using SkybeamTest::writeNativeFile;
using SkybeamTest::writePack;

class tst_HandoffScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void read_nonUtf8Names_openAndKeepTheirBytes();
    void read_symlinkLoops_areBrokenPacksNotHangs();
    void read_videoLinkOutsideExports_isBroken();
    void scanner_deliversInBatches_andFinishes();
    void scanner_watcher_addsChangesAndRemovesPacks();
    void scanner_missingFolder_appearsLater();
    void scanner_refresh_rereadsOnePack();

private:
    QByteArray exportsDir() const { return m_root->exportsDir(); }
    std::unique_ptr<SkybeamTest::PackRoot> m_root;
};

namespace {

QList<HandoffPack> collect(const QSignalSpy &spy)
{
    QList<HandoffPack> packs;
    for (const QList<QVariant> &arguments : spy)
        packs += arguments.at(0).value<QList<HandoffPack>>();
    return packs;
}

QStringList keysOf(const QList<HandoffPack> &packs)
{
    QStringList keys;
    for (const HandoffPack &pack : packs)
        keys.append(pack.key);
    return keys;
}

} // namespace

void tst_HandoffScanner::init()
{
    m_root = std::make_unique<SkybeamTest::PackRoot>();
    QVERIFY(m_root->isValid());
}

void tst_HandoffScanner::cleanup()
{
    m_root.reset();
}

void tst_HandoffScanner::read_nonUtf8Names_openAndKeepTheirBytes()
{
    const QByteArray name("clip-\xFF\xFE-caf\xE9");
    writePack(exportsDir(),
        PackSpec { name, { { "vid\xE9o.mp4", makeMp4() }, { "caption.txt", "Latin-1 names #ok" } }, {} });
    const HandoffPack pack = PackReader::read(exportsDir(), name);
    QCOMPARE(pack.health, HandoffPack::Health::Ok);
    QCOMPARE(pack.video.durationMs, qint64(15000)); // the video was opened through its byte name
    QCOMPARE(pack.videoNativePath, exportsDir() + '/' + name + "/vid\xE9o.mp4");
    QVERIFY(pack.key.contains(QLatin1Char('%')));
    QCOMPARE(HandoffPack::nameForKey(pack.key), name);
    QVERIFY(pack.name.contains(QChar(0xFFFD)));

    // Keys round-trip for every kind of name, and plain names stay readable.
    const QByteArray names[] = { "plain", "50%off", "caf\xC3\xA9", "\xFF", "a b" };
    for (const QByteArray &each : names)
        QCOMPARE(HandoffPack::nameForKey(HandoffPack::keyForName(each)), each);
    QCOMPARE(HandoffPack::keyForName("caf\xC3\xA9"), QString::fromUtf8("caf\xC3\xA9"));

    HandoffScanner scanner;
    QSignalSpy added(&scanner, &HandoffScanner::packsAdded);
    QSignalSpy finished(&scanner, &HandoffScanner::initialScanFinished);
    scanner.start(QFile::decodeName(exportsDir()));
    QVERIFY(finished.wait());
    QCOMPARE(keysOf(collect(added)), QStringList { pack.key });
}

void tst_HandoffScanner::read_symlinkLoops_areBrokenPacksNotHangs()
{
    writePack(exportsDir(), goodPack("good"));
    const QByteArray dir = exportsDir();
    QCOMPARE(::symlink("loopB", (dir + "/loopA").constData()), 0);
    QCOMPARE(::symlink("loopA", (dir + "/loopB").constData()), 0);
    QCOMPARE(::symlink(".", (dir + "/self").constData()), 0);
    QCOMPARE(::symlink("..", (dir + "/parent").constData()), 0);
    QCOMPARE(::symlink("/nonexistent/pack", (dir + "/gone").constData()), 0);
    QCOMPARE(::symlink("good", (dir + "/alias").constData()), 0);

    HandoffScanner scanner;
    QSignalSpy added(&scanner, &HandoffScanner::packsAdded);
    QSignalSpy finished(&scanner, &HandoffScanner::initialScanFinished);
    scanner.start(QFile::decodeName(dir));
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toInt(), 7);
    QHash<QString, HandoffPack> byKey;
    for (const HandoffPack &pack : collect(added))
        byKey.insert(pack.key, pack);
    QCOMPARE(byKey.size(), 7);
    QCOMPARE(byKey.value(QStringLiteral("good")).health, HandoffPack::Health::Ok);
    QCOMPARE(
        byKey.value(QStringLiteral("alias")).health, HandoffPack::Health::Ok); // a link to a pack is a pack
    const struct
    {
        const char *key;
        const char *problem;
    } expected[] = { { "loopA", "symbolic link loop" }, { "loopB", "symbolic link loop" },
        { "self", "link back to the exports folder" }, { "parent", "link back to the exports folder" },
        { "gone", "no longer exists" } };
    for (const auto &each : expected) {
        const HandoffPack pack = byKey.value(QString::fromLatin1(each.key));
        QCOMPARE(pack.health, HandoffPack::Health::Broken);
        QVERIFY2(pack.problems.join(QLatin1Char('|')).contains(QLatin1String(each.problem)),
            qPrintable(pack.problems.join(QLatin1Char('|'))));
    }
}

void tst_HandoffScanner::read_videoLinkOutsideExports_isBroken()
{
    // A healthy video outside the exports folder, and one in a folder inside it.
    const QByteArray root = m_root->root();
    const QByteArray outside = root + "/private";
    QCOMPARE(::mkdir(outside.constData(), 0700), 0);
    writeNativeFile(outside + "/video.mp4", makeMp4());
    const QByteArray dir = exportsDir();
    writePack(dir, goodPack("shared"));

    const auto withVideoLink = [](const QByteArray &name, const QByteArray &target) {
        PackSpec pack = goodPack(name);
        pack.files.removeIf(
            [](const QPair<QByteArray, QByteArray> &file) { return file.first == "video.mp4"; });
        pack.links.append({ "video.mp4", target });
        return pack;
    };
    writePack(dir, withVideoLink("absolute", outside + "/video.mp4"));
    writePack(dir, withVideoLink("relative", "../../private/video.mp4"));
    writePack(dir, withVideoLink("inside", "../shared/video.mp4"));
    writePack(dir, withVideoLink("inside-absolute", dir + "/shared/video.mp4"));
    // A link through a folder inside exports that itself leads outside.
    QCOMPARE(::symlink(outside.constData(), (dir + "/shared/elsewhere").constData()), 0);
    writePack(dir, withVideoLink("hop", "../shared/elsewhere/video.mp4"));
    // A pack folder that is a link to a folder outside (the video's canonical path is outside too).
    const QByteArray outsidePack = root + "/outside-pack";
    writePack(root, goodPack("outside-pack"));
    QCOMPARE(::symlink(outsidePack.constData(), (dir + "/folder-link").constData()), 0);
    // A link to a pack inside exports stays a pack.
    QCOMPARE(::symlink("inside", (dir + "/alias").constData()), 0);

    const QLatin1String reason("links outside the exports folder");
    for (const char *name : { "absolute", "relative", "hop", "folder-link" }) {
        const HandoffPack pack = PackReader::read(dir, name);
        QVERIFY2(pack.health == HandoffPack::Health::Broken, name);
        QVERIFY2(pack.problems.join(QLatin1Char('|')).contains(reason),
            qPrintable(pack.problems.join(QLatin1Char('|'))));
        QVERIFY2(!pack.video.hasDuration(), name); // not even its header was read
    }
    for (const char *name : { "inside", "inside-absolute", "alias", "shared" }) {
        const HandoffPack pack = PackReader::read(dir, name);
        QVERIFY2(pack.health == HandoffPack::Health::Ok, qPrintable(pack.problems.join(QLatin1Char('|'))));
        QVERIFY(pack.video.durationMs > 0);
    }

    // The scanner (what the viewer shows) agrees.
    HandoffScanner scanner;
    QSignalSpy added(&scanner, &HandoffScanner::packsAdded);
    QSignalSpy finished(&scanner, &HandoffScanner::initialScanFinished);
    scanner.start(QFile::decodeName(dir));
    QVERIFY(finished.wait());
    QHash<QString, HandoffPack> byKey;
    for (const HandoffPack &pack : collect(added))
        byKey.insert(pack.key, pack);
    QCOMPARE(byKey.size(), 8);
    for (const char *name : { "absolute", "relative", "hop", "folder-link" }) {
        const HandoffPack pack = byKey.value(QString::fromLatin1(name));
        QVERIFY2(pack.health == HandoffPack::Health::Broken, name);
        QVERIFY2(pack.problems.join(QLatin1Char('|')).contains(reason),
            qPrintable(pack.problems.join(QLatin1Char('|'))));
    }
    for (const char *name : { "inside", "inside-absolute", "alias", "shared" })
        QVERIFY2(byKey.value(QString::fromLatin1(name)).health == HandoffPack::Health::Ok, name);
}

void tst_HandoffScanner::scanner_deliversInBatches_andFinishes()
{
    for (int i = 0; i < 300; ++i)
        writePack(exportsDir(), goodPack("pack-" + QByteArray::number(i), i));
    HandoffScanner scanner;
    QSignalSpy added(&scanner, &HandoffScanner::packsAdded);
    QSignalSpy finished(&scanner, &HandoffScanner::initialScanFinished);
    QSignalSpy state(&scanner, &HandoffScanner::folderStateChanged);
    scanner.start(QFile::decodeName(exportsDir()));
    QCOMPARE(added.count(), 0); // start() never emits synchronously
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toInt(), 300);
    QVERIFY(scanner.isInitialScanFinished());
    QCOMPARE(scanner.folderState(), HandoffScanner::FolderState::Ready);
    QCOMPARE(state.count(), 1);
    QVERIFY2(added.count() >= 2, "a first small batch, then the rest");
    QVERIFY(added.first().first().value<QList<HandoffPack>>().size() <= ScanWorker::FirstBatchSize);
    const QStringList keys = keysOf(collect(added));
    QCOMPARE(keys.size(), 300);
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), 300);
}

void tst_HandoffScanner::scanner_watcher_addsChangesAndRemovesPacks()
{
    for (int i = 0; i < 20; ++i)
        writePack(exportsDir(), goodPack("pack-" + QByteArray::number(i), i));
    HandoffScanner scanner;
    QSignalSpy added(&scanner, &HandoffScanner::packsAdded);
    QSignalSpy changed(&scanner, &HandoffScanner::packsChanged);
    QSignalSpy removed(&scanner, &HandoffScanner::packsRemoved);
    QSignalSpy finished(&scanner, &HandoffScanner::initialScanFinished);
    scanner.start(QFile::decodeName(exportsDir()));
    QVERIFY(finished.wait());
    added.clear();

    // The publisher writes a pack elsewhere and moves it in: exactly that pack is read.
    const QByteArray staging = m_root->root() + "/staging";
    writePack(staging, goodPack("arrived", 99));
    QCOMPARE(::rename((staging + "/arrived").constData(), (exportsDir() + "/arrived").constData()), 0);
    QTRY_COMPARE(keysOf(collect(added)), QStringList { QStringLiteral("arrived") });
    QCOMPARE(changed.count(), 0);

    // A new pack is watched closely: its caption appearing later is picked up.
    writePack(exportsDir(), PackSpec { "growing", { { "video.mp4", makeMp4() } }, {} });
    QTRY_VERIFY(keysOf(collect(added)).contains(QStringLiteral("growing")));
    writeNativeFile(exportsDir() + "/growing/caption.txt", "Written a moment later #late");
    const auto lastChange = [&changed] {
        const QList<HandoffPack> packs = collect(changed);
        return packs.isEmpty() ? QString() : packs.last().key + QLatin1Char(':') + packs.last().caption;
    };
    QTRY_COMPARE(lastChange(), QStringLiteral("growing:Written a moment later #late"));
    QCOMPARE(collect(changed).last().health, HandoffPack::Health::Ok);

    // Removing a pack reports just its key.
    QVERIFY(QDir(QFile::decodeName(exportsDir() + "/pack-7")).removeRecursively());
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toStringList(), QStringList { QStringLiteral("pack-7") });
    QCOMPARE(collect(added).size(), 2);
}

void tst_HandoffScanner::scanner_missingFolder_appearsLater()
{
    HandoffScanner scanner;
    QSignalSpy added(&scanner, &HandoffScanner::packsAdded);
    QSignalSpy finished(&scanner, &HandoffScanner::initialScanFinished);
    const QString exports = m_root->filePath(QStringLiteral("content-pipeline/publish/exports"));
    scanner.start(exports);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().toInt(), 0);
    QCOMPARE(scanner.folderState(), HandoffScanner::FolderState::Missing);

    // The publisher creates the folders step by step, then a pack.
    QVERIFY(QDir().mkpath(m_root->filePath(QStringLiteral("content-pipeline"))));
    QVERIFY(QDir().mkpath(exports));
    writePack(QFile::encodeName(exports), goodPack("first"));
    QTRY_COMPARE(scanner.folderState(), HandoffScanner::FolderState::Ready);
    QTRY_COMPARE(keysOf(collect(added)), QStringList { QStringLiteral("first") });

    // And removing the whole folder removes its packs.
    QSignalSpy removed(&scanner, &HandoffScanner::packsRemoved);
    QVERIFY(QDir(exports).removeRecursively());
    QTRY_COMPARE(scanner.folderState(), HandoffScanner::FolderState::Missing);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toStringList(), QStringList { QStringLiteral("first") });
}

void tst_HandoffScanner::scanner_refresh_rereadsOnePack()
{
    writePack(exportsDir(), goodPack("a"));
    writePack(exportsDir(), goodPack("b"));
    HandoffScanner scanner;
    QSignalSpy added(&scanner, &HandoffScanner::packsAdded);
    QSignalSpy changed(&scanner, &HandoffScanner::packsChanged);
    QSignalSpy read(&scanner, &HandoffScanner::packRead);
    QSignalSpy finished(&scanner, &HandoffScanner::initialScanFinished);
    scanner.start(QFile::decodeName(exportsDir()));
    QVERIFY(finished.wait());
    // Listed packs leave their metadata rows out (memory); a refreshed pack has them.
    for (const HandoffPack &pack : collect(added))
        QVERIFY(pack.metadata.isEmpty());

    // Rewriting a file in place changes no folder, so nothing is reported until the pack is refreshed.
    writeNativeFile(exportsDir() + "/a/caption.txt", "A corrected caption, longer than before");
    scanner.refresh(QStringLiteral("a"));
    QVERIFY(changed.wait());
    QTRY_COMPARE(read.count(), 1);
    const HandoffPack refreshed = read.first().first().value<HandoffPack>();
    QCOMPARE(refreshed.key, QStringLiteral("a"));
    QVERIFY(refreshed.metadata.size() >= 4);
    QCOMPARE(collect(changed).size(), 1);
    QCOMPARE(collect(changed).first().caption, QStringLiteral("A corrected caption, longer than before"));

    // Refreshing an unchanged pack reads it but reports no change.
    scanner.refresh(QStringLiteral("b"));
    QVERIFY(read.wait());
    QCOMPARE(read.last().first().value<HandoffPack>().key, QStringLiteral("b"));
    QVERIFY(!changed.wait(300));
    QCOMPARE(changed.count(), 1);
}

QTEST_GUILESS_MAIN(tst_HandoffScanner)
#include "tst_handoffscanner.moc"
