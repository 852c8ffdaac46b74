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

Q_DECLARE_METATYPE(SkybeamTest::PackSpec)

class tst_HandoffScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void read_pack_data();
    void read_pack();
    void read_goodPack_hasEveryField();
    void read_hugeCaption_isBounded();
    void read_nonUtf8Names_openAndKeepTheirBytes();
    void read_symlinkLoops_areBrokenPacksNotHangs();
    void read_videoLinkOutsideExports_isBroken();
    void read_unreadableDirectory_isBroken();
    void scanner_deliversInBatches_andFinishes();
    void scanner_watcher_addsChangesAndRemovesPacks();
    void scanner_missingFolder_appearsLater();
    void scanner_refresh_rereadsOnePack();

private:
    QByteArray exportsDir() const { return QFile::encodeName(m_root->path()) + "/exports"; }
    std::unique_ptr<QTemporaryDir> m_root;
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

PackSpec packWith(std::initializer_list<QPair<QByteArray, QByteArray>> files)
{
    return PackSpec{"pack", files, {}};
}

} // namespace

void tst_HandoffScanner::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
}

void tst_HandoffScanner::cleanup()
{
    SkybeamTest::removeTree(QFile::encodeName(m_root->path()));
}

void tst_HandoffScanner::read_pack_data()
{
    QTest::addColumn<PackSpec>("pack");
    QTest::addColumn<int>("health");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("video");
    QTest::addColumn<QStringList>("extras");

    const QByteArray mp4 = makeMp4();
    const int ok = int(HandoffPack::Health::Ok);
    const int warning = int(HandoffPack::Health::Warning);
    const int broken = int(HandoffPack::Health::Broken);

    QTest::newRow("video only: partial") << packWith({{"clip.mp4", mp4}}) << warning << u"There is no caption"_s
                                          << QString() << u"clip.mp4"_s << QStringList();
    QTest::newRow("caption field in metadata")
        << packWith({{"video.mp4", mp4}, {"metadata.json", R"({"caption": "From the field #one"})"}}) << ok
        << QString() << u"From the field #one"_s << u"video.mp4"_s << QStringList();
    QTest::newRow("TikTok post_info.title as caption")
        << packWith({{"video.mp4", mp4}, {"meta.json", R"({"post_info": {"title": "Posted title #two"}})"}}) << ok
        << QString() << u"Posted title #two"_s << u"video.mp4"_s << QStringList();
    QTest::newRow("caption.txt wins over the field")
        << packWith({{"video.mp4", mp4},
                     {"caption.txt", "From the file\r\nsecond line\n"},
                     {"metadata.json", R"({"caption": "From the field"})"}})
        << ok << QString() << u"From the file\nsecond line"_s << u"video.mp4"_s << QStringList();
    QTest::newRow("extra files and folders are listed")
        << packWith({{"video.mp4", mp4}, {"caption.txt", "c"}, {"notes.md", "n"}, {"raw/", {}}, {".hidden", "h"}})
        << ok << QString() << u"c"_s << u"video.mp4"_s << QStringList{u"notes.md"_s, u"raw/"_s};
    QTest::newRow("several videos: mp4 preferred")
        << packWith({{"a.webm", "webm"}, {"b.mov", mp4}, {"c.mp4", mp4}, {"caption.txt", "c"}}) << warning
        << u"video files"_s << u"c"_s << u"c.mp4"_s << QStringList{u"a.webm"_s, u"b.mov"_s};
    QTest::newRow("webm: size only") << packWith({{"video.webm", "\x1A\x45\xDF\xA3 webm"}, {"caption.txt", "c"}})
                                     << ok << QString() << u"c"_s << u"video.webm"_s << QStringList();
    QTest::newRow("second image and json are extras")
        << packWith({{"video.mp4", mp4},
                     {"caption.txt", "c"},
                     {"other.json", "{}"},
                     {"metadata.json", "{}"},
                     {"cover.png", "png"},
                     {"frame.jpg", "jpg"}})
        << ok << QString() << u"c"_s << u"video.mp4"_s << QStringList{u"frame.jpg"_s, u"other.json"_s};
    QTest::newRow("no video: broken") << packWith({{"caption.txt", "c"}, {"metadata.json", "{}"}}) << broken
                                      << u"There is no video file"_s << u"c"_s << QString() << QStringList();
    QTest::newRow("bad JSON: broken")
        << packWith({{"video.mp4", mp4}, {"caption.txt", "c"}, {"metadata.json", R"({"title": "x",)"}}) << broken
        << u"is not valid JSON"_s << u"c"_s << u"video.mp4"_s << QStringList();
    QTest::newRow("JSON array: broken")
        << packWith({{"video.mp4", mp4}, {"caption.txt", "c"}, {"metadata.json", "[1, 2]"}}) << broken
        << u"does not hold a JSON object"_s << u"c"_s << u"video.mp4"_s << QStringList();
    QTest::newRow("metadata too large: broken")
        << packWith({{"video.mp4", mp4},
                     {"caption.txt", "c"},
                     {"metadata.json", "{\"pad\": \"" + QByteArray(int(PackReader::MaxMetadataBytes), 'x') + "\"}"}})
        << broken << u"was not read"_s << u"c"_s << u"video.mp4"_s << QStringList();
    QTest::newRow("empty video: broken") << packWith({{"video.mp4", {}}, {"caption.txt", "c"}}) << broken
                                         << u"is empty"_s << u"c"_s << u"video.mp4"_s << QStringList();
    QTest::newRow("cut-off video: broken") << packWith({{"video.mp4", mp4.left(mp4.indexOf("trak"))},
                                                        {"caption.txt", "c"}})
                                           << broken << u"incomplete"_s << u"c"_s << u"video.mp4"_s << QStringList();
    QTest::newRow("text named .mp4: broken") << packWith({{"video.mp4", "just some text"}, {"caption.txt", "c"}})
                                             << broken << u"not an MP4"_s << u"c"_s << u"video.mp4"_s << QStringList();
    QTest::newRow("caption over 2,200 UTF-16 units")
        << packWith({{"video.mp4", mp4}, {"caption.txt", QString(1101, QChar(0x263A)).toUtf8() + "\xF0\x9F\x98\x80" + QString(1098, QLatin1Char('a')).toUtf8()}})
        << warning << u"TikTok allows at most"_s << QString(1101, QChar(0x263A)) + QString::fromUtf8("\xF0\x9F\x98\x80") + QString(1098, QLatin1Char('a'))
        << u"video.mp4"_s << QStringList();
    QTest::newRow("caption of exactly 2,200 units with emoji")
        << packWith({{"video.mp4", mp4}, {"caption.txt", QByteArray("\xF0\x9F\x98\x80").repeated(1100)}}) << ok
        << QString() << QString::fromUtf8(QByteArray("\xF0\x9F\x98\x80").repeated(1100)) << u"video.mp4"_s
        << QStringList();
    QTest::newRow("caption not UTF-8") << packWith({{"video.mp4", mp4}, {"caption.txt", "caf\xE9 #latin1"}})
                                       << warning << u"not UTF-8"_s << QString::fromUtf8("caf\xEF\xBF\xBD #latin1")
                                       << u"video.mp4"_s << QStringList();
    PackSpec dangling = packWith({{"caption.txt", "c"}});
    dangling.links = {{"video.mp4", "/nonexistent/video.mp4"}};
    QTest::newRow("dangling video link: broken")
        << dangling << broken << u"leads nowhere"_s << u"c"_s << QString() << QStringList{u"video.mp4 (broken link)"_s};
    PackSpec selfLink = packWith({{"caption.txt", "c"}, {"real.mp4", mp4}});
    selfLink.links = {{"loop.mp4", "loop.mp4"}, {"again", "."}};
    QTest::newRow("links inside a pack are not followed deeper")
        << selfLink << ok << QString() << u"c"_s << u"real.mp4"_s << QStringList{u"again/"_s, u"loop.mp4 (broken link)"_s};
}

void tst_HandoffScanner::read_pack()
{
    QFETCH(PackSpec, pack);
    QFETCH(int, health);
    QFETCH(QString, problem);
    QFETCH(QString, caption);
    QFETCH(QString, video);
    QFETCH(QStringList, extras);

    writePack(exportsDir(), pack);
    const HandoffPack read = PackReader::read(exportsDir(), pack.name);
    QCOMPARE(int(read.health), health);
    if (problem.isEmpty())
        QVERIFY2(read.problems.isEmpty(), qPrintable(read.problems.join(QLatin1Char('|'))));
    else
        QVERIFY2(read.problems.join(QLatin1Char('|')).contains(problem), qPrintable(read.problems.join(QLatin1Char('|'))));
    QCOMPARE(read.caption, caption);
    QCOMPARE(read.videoFileName, video);
    QCOMPARE(read.extraFiles, extras);
    QCOMPARE(read.key, QStringLiteral("pack"));
}

void tst_HandoffScanner::read_goodPack_hasEveryField()
{
    const QByteArray folder = writePack(exportsDir(), goodPack("2026-01-01_skyline", 3));
    const HandoffPack pack = PackReader::read(exportsDir(), "2026-01-01_skyline");
    QCOMPARE(pack.health, HandoffPack::Health::Ok);
    QCOMPARE(pack.nativePath, folder);
    QCOMPARE(pack.name, QStringLiteral("2026-01-01_skyline"));
    QCOMPARE(pack.title, QStringLiteral("Skyline 3"));
    QCOMPARE(pack.headline(), QStringLiteral("Morning skyline timelapse number 3"));
    HandoffPack longLine = pack;
    longLine.caption = QString(500, QLatin1Char('x'));
    QCOMPARE(longLine.headline().size(), HandoffPack::MaxHeadlineLength);
    QVERIFY(longLine.headline().endsWith(QChar(0x2026)));
    longLine.caption.clear();
    QCOMPARE(longLine.headline(), QStringLiteral("Skyline 3"));
    QCOMPARE(pack.captionSource, HandoffPack::CaptionSource::CaptionFile);
    QCOMPARE(pack.video.durationMs, qint64(13000));
    QCOMPARE(pack.video.width, 1080);
    QCOMPARE(pack.video.height, 1920);
    QCOMPARE(pack.videoNativePath, folder + "/video.mp4");
    QCOMPARE(pack.thumbnailNativePath, folder + "/thumbnail.jpg");
    QCOMPARE(pack.metadataFileName, QStringLiteral("metadata.json"));
    QCOMPARE(pack.created, QDateTime(QDate(2026, 1, 1), QTime(9, 3), Qt::UTC));
    QVERIFY(pack.totalSize > pack.videoSize);
    QVERIFY(pack.signature != 0);
    bool sawHashtags = false;
    for (const MetadataEntry &entry : pack.metadata)
        sawHashtags |= entry.key == QLatin1String("hashtags") && entry.value == QLatin1String("skyline, timelapse");
    QVERIFY(sawHashtags);
}

void tst_HandoffScanner::read_hugeCaption_isBounded()
{
    const QByteArray huge = QByteArray("#huge ") + QByteArray(5 * 1024 * 1024, 'w');
    writePack(exportsDir(), packWith({{"video.mp4", makeMp4()}, {"caption.txt", huge}}));
    const HandoffPack pack = PackReader::read(exportsDir(), "pack");
    QCOMPARE(pack.health, HandoffPack::Health::Warning);
    QCOMPARE(pack.caption.size(), PackReader::MaxCaptionBytes);
    QVERIFY(pack.caption.startsWith(QLatin1String("#huge w")));
    QVERIFY(pack.problems.join(QLatin1Char('|')).contains(QLatin1String("only its beginning is shown")));
    QVERIFY(pack.problems.join(QLatin1Char('|')).contains(QLatin1String("TikTok allows at most")));

    // Cut in the middle of a multi-byte character: the cut is not reported as bad UTF-8.
    writePack(exportsDir(), PackSpec{"pack2", {{"video.mp4", makeMp4()}, {"caption.txt", QByteArray("\xC3\xA9").repeated(40000)}}, {}});
    const HandoffPack accented = PackReader::read(exportsDir(), "pack2");
    QVERIFY(!accented.problems.join(QLatin1Char('|')).contains(QLatin1String("not UTF-8")));
    QCOMPARE(accented.caption, QString(int(PackReader::MaxCaptionBytes / 2), QChar(0xE9)));
}

void tst_HandoffScanner::read_nonUtf8Names_openAndKeepTheirBytes()
{
    const QByteArray name("clip-\xFF\xFE-caf\xE9");
    writePack(exportsDir(), PackSpec{name, {{"vid\xE9o.mp4", makeMp4()}, {"caption.txt", "Latin-1 names #ok"}}, {}});
    const HandoffPack pack = PackReader::read(exportsDir(), name);
    QCOMPARE(pack.health, HandoffPack::Health::Ok);
    QCOMPARE(pack.video.durationMs, qint64(15000)); // the video was opened through its byte name
    QCOMPARE(pack.videoNativePath, exportsDir() + '/' + name + "/vid\xE9o.mp4");
    QVERIFY(pack.key.contains(QLatin1Char('%')));
    QCOMPARE(HandoffPack::nameForKey(pack.key), name);
    QVERIFY(pack.name.contains(QChar(0xFFFD)));

    // Keys round-trip for every kind of name, and plain names stay readable.
    const QByteArray names[] = {"plain", "50%off", "caf\xC3\xA9", "\xFF", "a b"};
    for (const QByteArray &each : names)
        QCOMPARE(HandoffPack::nameForKey(HandoffPack::keyForName(each)), each);
    QCOMPARE(HandoffPack::keyForName("caf\xC3\xA9"), QString::fromUtf8("caf\xC3\xA9"));

    HandoffScanner scanner;
    QSignalSpy added(&scanner, &HandoffScanner::packsAdded);
    QSignalSpy finished(&scanner, &HandoffScanner::initialScanFinished);
    scanner.start(QFile::decodeName(exportsDir()));
    QVERIFY(finished.wait());
    QCOMPARE(keysOf(collect(added)), QStringList{pack.key});
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
    QCOMPARE(byKey.value(QStringLiteral("alias")).health, HandoffPack::Health::Ok); // a link to a pack is a pack
    const struct
    {
        const char *key;
        const char *problem;
    } expected[] = {{"loopA", "symbolic link loop"},
                    {"loopB", "symbolic link loop"},
                    {"self", "link back to the exports folder"},
                    {"parent", "link back to the exports folder"},
                    {"gone", "no longer exists"}};
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
    const QByteArray root = QFile::encodeName(m_root->path());
    const QByteArray outside = root + "/private";
    QCOMPARE(::mkdir(outside.constData(), 0700), 0);
    writeNativeFile(outside + "/video.mp4", makeMp4());
    const QByteArray dir = exportsDir();
    writePack(dir, goodPack("shared"));

    const auto withVideoLink = [](const QByteArray &name, const QByteArray &target) {
        PackSpec pack = goodPack(name);
        pack.files.removeIf([](const QPair<QByteArray, QByteArray> &file) { return file.first == "video.mp4"; });
        pack.links.append({"video.mp4", target});
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
    for (const char *name : {"absolute", "relative", "hop", "folder-link"}) {
        const HandoffPack pack = PackReader::read(dir, name);
        QVERIFY2(pack.health == HandoffPack::Health::Broken, name);
        QVERIFY2(pack.problems.join(QLatin1Char('|')).contains(reason), qPrintable(pack.problems.join(QLatin1Char('|'))));
        QVERIFY2(!pack.video.hasDuration(), name); // not even its header was read
    }
    for (const char *name : {"inside", "inside-absolute", "alias", "shared"}) {
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
    for (const char *name : {"absolute", "relative", "hop", "folder-link"}) {
        const HandoffPack pack = byKey.value(QString::fromLatin1(name));
        QVERIFY2(pack.health == HandoffPack::Health::Broken, name);
        QVERIFY2(pack.problems.join(QLatin1Char('|')).contains(reason), qPrintable(pack.problems.join(QLatin1Char('|'))));
    }
    for (const char *name : {"inside", "inside-absolute", "alias", "shared"})
        QVERIFY2(byKey.value(QString::fromLatin1(name)).health == HandoffPack::Health::Ok, name);
}

void tst_HandoffScanner::read_unreadableDirectory_isBroken()
{
    writePack(exportsDir(), goodPack("locked"));
    const QByteArray folder = exportsDir() + "/locked";
    QCOMPARE(::chmod(folder.constData(), 0), 0);
    auto restore = qScopeGuard([&] { ::chmod(folder.constData(), 0755); });

    HandoffPack pack;
    if (::geteuid() != 0) {
        pack = PackReader::read(exportsDir(), "locked");
    } else {
        // Root reads any folder regardless of its mode bits, so read as an unprivileged user in a child
        // process: the same code path, with the kernel refusing the read.
        QCOMPARE(::chmod(QFile::encodeName(m_root->path()).constData(), 0755), 0);
        int pipeFds[2];
        QCOMPARE(::pipe(pipeFds), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::close(pipeFds[0]);
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(3);
            const HandoffPack inChild = PackReader::read(exportsDir(), "locked");
            const QByteArray report = QByteArray::number(int(inChild.health)) + '\n'
                                      + inChild.problems.join(QLatin1Char('|')).toUtf8();
            const ssize_t written = ::write(pipeFds[1], report.constData(), size_t(report.size()));
            ::_exit(written == report.size() ? 0 : 4);
        }
        ::close(pipeFds[1]);
        QByteArray report;
        char buffer[4096];
        for (ssize_t count; (count = ::read(pipeFds[0], buffer, sizeof buffer)) > 0;)
            report.append(buffer, count);
        ::close(pipeFds[0]);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        const QList<QByteArray> lines = report.split('\n');
        QCOMPARE(lines.size(), 2);
        pack.health = HandoffPack::Health(lines.at(0).toInt());
        pack.problems = QString::fromUtf8(lines.at(1)).split(QLatin1Char('|'));
    }
    QCOMPARE(pack.health, HandoffPack::Health::Broken);
    QCOMPARE(pack.problems, QStringList{QStringLiteral("This folder cannot be read (permission denied).")});
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
    const QByteArray staging = QFile::encodeName(m_root->path()) + "/staging";
    writePack(staging, goodPack("arrived", 99));
    QCOMPARE(::rename((staging + "/arrived").constData(), (exportsDir() + "/arrived").constData()), 0);
    QTRY_COMPARE(keysOf(collect(added)), QStringList{QStringLiteral("arrived")});
    QCOMPARE(changed.count(), 0);

    // A new pack is watched closely: its caption appearing later is picked up.
    writePack(exportsDir(), PackSpec{"growing", {{"video.mp4", makeMp4()}}, {}});
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
    QCOMPARE(removed.first().first().toStringList(), QStringList{QStringLiteral("pack-7")});
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
    QTRY_COMPARE(keysOf(collect(added)), QStringList{QStringLiteral("first")});

    // And removing the whole folder removes its packs.
    QSignalSpy removed(&scanner, &HandoffScanner::packsRemoved);
    QVERIFY(QDir(exports).removeRecursively());
    QTRY_COMPARE(scanner.folderState(), HandoffScanner::FolderState::Missing);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toStringList(), QStringList{QStringLiteral("first")});
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
