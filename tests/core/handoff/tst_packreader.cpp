// PackReader on its own: every problem it reports (exact text, health, and the order they come in), the
// picks (video, metadata, caption, thumbnail, date), the signature that tells the scanner a pack changed,
// and the exports-folder helpers (candidates, folder chain). Packs are written by packfixtures; reads that
// fail go through a link to /proc/self/mem (a regular file whose first byte cannot be read: EIO), so
// they fail as root too. HandoffScanner (threads, watcher) is tst_handoffscanner.
#include "handoff/mp4headerparser.h"
#include "handoff/packreader.h"
#include "packfixtures.h"
#include "posting/postrules.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
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

class tst_PackReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void read_pack_data();
    void read_pack();
    void read_goodPack_hasEveryField();
    void read_hugeCaption_isBounded();
    void read_unreadableDirectory_isBroken();
    void problems_data();
    void problems();
    void problemsComeInReadingOrder();
    void tooManyEntriesIsTheLastProblem();
    void folderProblems();
    void videoPick_data();
    void videoPick();
    void metadataAndThumbnailPicks();
    void captionAndTitleFromMetadata_data();
    void captionAndTitleFromMetadata();
    void createdDate();
    void summaryReadsAllButTheRows();
    void signatureFollowsTheFiles();
    void candidatesAndFolderChain();

private:
    QByteArray exportsDir() const { return m_root->exportsDir(); }
    HandoffPack readBack(const PackSpec &pack)
    {
        writePack(exportsDir(), pack);
        return PackReader::read(exportsDir(), pack.name);
    }
    std::unique_ptr<SkybeamTest::PackRoot> m_root;
};

namespace {

PackSpec packWith(std::initializer_list<QPair<QByteArray, QByteArray>> files)
{
    return PackSpec { "pack", files, {} };
}

// A link to a regular file whose first byte cannot be read (EIO), whoever reads it.
const QByteArray Unreadable = "/proc/self/mem";

QString ioError()
{
    return QString::fromLocal8Bit(std::strerror(EIO));
}

QString joined(const HandoffPack &pack)
{
    return pack.problems.join(QLatin1Char('|'));
}

} // namespace

void tst_PackReader::init()
{
    m_root = std::make_unique<SkybeamTest::PackRoot>();
    QVERIFY(m_root->isValid());
}

void tst_PackReader::cleanup()
{
    m_root.reset();
}

void tst_PackReader::read_pack_data()
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

    QTest::newRow("video only: partial")
        << packWith({ { "clip.mp4", mp4 } }) << warning << u"There is no caption"_s << QString()
        << u"clip.mp4"_s << QStringList();
    QTest::newRow("caption field in metadata")
        << packWith({ { "video.mp4", mp4 }, { "metadata.json", R"({"caption": "From the field #one"})" } })
        << ok << QString() << u"From the field #one"_s << u"video.mp4"_s << QStringList();
    QTest::newRow("TikTok post_info.title as caption")
        << packWith(
               { { "video.mp4", mp4 }, { "meta.json", R"({"post_info": {"title": "Posted title #two"}})" } })
        << ok << QString() << u"Posted title #two"_s << u"video.mp4"_s << QStringList();
    QTest::newRow("caption.txt wins over the field")
        << packWith({ { "video.mp4", mp4 }, { "caption.txt", "From the file\r\nsecond line\n" },
               { "metadata.json", R"({"caption": "From the field"})" } })
        << ok << QString() << u"From the file\nsecond line"_s << u"video.mp4"_s << QStringList();
    QTest::newRow("extra files and folders are listed")
        << packWith({ { "video.mp4", mp4 }, { "caption.txt", "c" }, { "notes.md", "n" }, { "raw/", {} },
               { ".hidden", "h" } })
        << ok << QString() << u"c"_s << u"video.mp4"_s << QStringList { u"notes.md"_s, u"raw/"_s };
    QTest::newRow("several videos: mp4 preferred")
        << packWith({ { "a.webm", "webm" }, { "b.mov", mp4 }, { "c.mp4", mp4 }, { "caption.txt", "c" } })
        << warning << u"video files"_s << u"c"_s << u"c.mp4"_s << QStringList { u"a.webm"_s, u"b.mov"_s };
    QTest::newRow("webm: size only") << packWith(
        { { "video.webm", "\x1A\x45\xDF\xA3 webm" }, { "caption.txt", "c" } })
                                     << ok << QString() << u"c"_s << u"video.webm"_s << QStringList();
    QTest::newRow("second image and json are extras")
        << packWith({ { "video.mp4", mp4 }, { "caption.txt", "c" }, { "other.json", "{}" },
               { "metadata.json", "{}" }, { "cover.png", "png" }, { "frame.jpg", "jpg" } })
        << ok << QString() << u"c"_s << u"video.mp4"_s << QStringList { u"frame.jpg"_s, u"other.json"_s };
    QTest::newRow("no video: broken")
        << packWith({ { "caption.txt", "c" }, { "metadata.json", "{}" } }) << broken
        << u"There is no video file"_s << u"c"_s << QString() << QStringList();
    QTest::newRow("bad JSON: broken")
        << packWith(
               { { "video.mp4", mp4 }, { "caption.txt", "c" }, { "metadata.json", R"({"title": "x",)" } })
        << broken << u"is not valid JSON"_s << u"c"_s << u"video.mp4"_s << QStringList();
    QTest::newRow("JSON array: broken")
        << packWith({ { "video.mp4", mp4 }, { "caption.txt", "c" }, { "metadata.json", "[1, 2]" } }) << broken
        << u"does not hold a JSON object"_s << u"c"_s << u"video.mp4"_s << QStringList();
    QTest::newRow("metadata too large: broken") << packWith({ { "video.mp4", mp4 }, { "caption.txt", "c" },
        { "metadata.json", "{\"pad\": \"" + QByteArray(int(PackReader::MaxMetadataBytes), 'x') + "\"}" } })
                                                << broken << u"was not read"_s << u"c"_s << u"video.mp4"_s
                                                << QStringList();
    QTest::newRow("empty video: broken")
        << packWith({ { "video.mp4", {} }, { "caption.txt", "c" } }) << broken << u"is empty"_s << u"c"_s
        << u"video.mp4"_s << QStringList();
    QTest::newRow("cut-off video: broken")
        << packWith({ { "video.mp4", mp4.left(mp4.indexOf("trak")) }, { "caption.txt", "c" } }) << broken
        << u"incomplete"_s << u"c"_s << u"video.mp4"_s << QStringList();
    QTest::newRow("text named .mp4: broken")
        << packWith({ { "video.mp4", "just some text" }, { "caption.txt", "c" } }) << broken
        << u"not an MP4"_s << u"c"_s << u"video.mp4"_s << QStringList();
    QTest::newRow("caption over 2,200 UTF-16 units") << packWith({ { "video.mp4", mp4 },
        { "caption.txt",
            QString(1101, QChar(0x263A)).toUtf8() + "\xF0\x9F\x98\x80"
                + QString(1098, QLatin1Char('a')).toUtf8() } })
                                                     << warning << u"TikTok allows at most"_s
                                                     << QString(1101, QChar(0x263A))
            + QString::fromUtf8("\xF0\x9F\x98\x80") + QString(1098, QLatin1Char('a'))
                                                     << u"video.mp4"_s << QStringList();
    QTest::newRow("caption of exactly 2,200 units with emoji")
        << packWith(
               { { "video.mp4", mp4 }, { "caption.txt", QByteArray("\xF0\x9F\x98\x80").repeated(1100) } })
        << ok << QString() << QString::fromUtf8(QByteArray("\xF0\x9F\x98\x80").repeated(1100))
        << u"video.mp4"_s << QStringList();
    QTest::newRow("caption not UTF-8")
        << packWith({ { "video.mp4", mp4 }, { "caption.txt", "caf\xE9 #latin1" } }) << warning
        << u"not UTF-8"_s << QString::fromUtf8("caf\xEF\xBF\xBD #latin1") << u"video.mp4"_s << QStringList();
    PackSpec dangling = packWith({ { "caption.txt", "c" } });
    dangling.links = { { "video.mp4", "/nonexistent/video.mp4" } };
    QTest::newRow("dangling video link: broken") << dangling << broken << u"leads nowhere"_s << u"c"_s
                                                 << QString() << QStringList { u"video.mp4 (broken link)"_s };
    PackSpec selfLink = packWith({ { "caption.txt", "c" }, { "real.mp4", mp4 } });
    selfLink.links = { { "loop.mp4", "loop.mp4" }, { "again", "." } };
    QTest::newRow("links inside a pack are not followed deeper")
        << selfLink << ok << QString() << u"c"_s << u"real.mp4"_s
        << QStringList { u"again/"_s, u"loop.mp4 (broken link)"_s };
}

void tst_PackReader::read_pack()
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
        QVERIFY2(read.problems.join(QLatin1Char('|')).contains(problem),
            qPrintable(read.problems.join(QLatin1Char('|'))));
    QCOMPARE(read.caption, caption);
    QCOMPARE(read.videoFileName, video);
    QCOMPARE(read.extraFiles, extras);
    QCOMPARE(read.key, QStringLiteral("pack"));
}

void tst_PackReader::read_goodPack_hasEveryField()
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
        sawHashtags
            |= entry.key == QLatin1String("hashtags") && entry.value == QLatin1String("skyline, timelapse");
    QVERIFY(sawHashtags);
}

void tst_PackReader::read_hugeCaption_isBounded()
{
    const QByteArray huge = QByteArray("#huge ") + QByteArray(5 * 1024 * 1024, 'w');
    writePack(exportsDir(), packWith({ { "video.mp4", makeMp4() }, { "caption.txt", huge } }));
    const HandoffPack pack = PackReader::read(exportsDir(), "pack");
    QCOMPARE(pack.health, HandoffPack::Health::Warning);
    QCOMPARE(pack.caption.size(), PackReader::MaxCaptionBytes);
    QVERIFY(pack.caption.startsWith(QLatin1String("#huge w")));
    QVERIFY(pack.problems.join(QLatin1Char('|')).contains(QLatin1String("only its beginning is shown")));
    QVERIFY(pack.problems.join(QLatin1Char('|')).contains(QLatin1String("TikTok allows at most")));

    // Cut in the middle of a multi-byte character: the cut is not reported as bad UTF-8.
    writePack(exportsDir(),
        PackSpec { "pack2",
            { { "video.mp4", makeMp4() }, { "caption.txt", QByteArray("\xC3\xA9").repeated(40000) } }, {} });
    const HandoffPack accented = PackReader::read(exportsDir(), "pack2");
    QVERIFY(!accented.problems.join(QLatin1Char('|')).contains(QLatin1String("not UTF-8")));
    QCOMPARE(accented.caption, QString(int(PackReader::MaxCaptionBytes / 2), QChar(0xE9)));
}

void tst_PackReader::read_unreadableDirectory_isBroken()
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
        QCOMPARE(::chmod(m_root->root().constData(), 0755), 0);
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
    QCOMPARE(
        pack.problems, QStringList { QStringLiteral("This folder cannot be read (permission denied).") });
}

void tst_PackReader::problems_data()
{
    QTest::addColumn<PackSpec>("pack");
    QTest::addColumn<int>("health");
    QTest::addColumn<QStringList>("problems");

    const QByteArray mp4 = makeMp4();
    const int warning = int(HandoffPack::Health::Warning);
    const int broken = int(HandoffPack::Health::Broken);
    const QLocale locale;
    const QString noCaption = u"There is no caption (caption.txt or a caption field in the metadata)."_s;

    QTest::newRow("healthy") << goodPack("pack") << int(HandoffPack::Health::Ok) << QStringList();

    PackSpec unreadableMetadata = packWith({ { "video.mp4", mp4 }, { "caption.txt", "c" } });
    unreadableMetadata.links = { { "metadata.json", Unreadable } };
    QTest::newRow("metadata cannot be read")
        << unreadableMetadata << broken
        << QStringList { u"The metadata file metadata.json cannot be read (%1)."_s.arg(ioError()) };
    QTest::newRow("metadata too large")
        << packWith({ { "video.mp4", mp4 }, { "caption.txt", "c" },
               { "metadata.json",
                   "{\"pad\": \"" + QByteArray(int(PackReader::MaxMetadataBytes), 'x') + "\"}" } })
        << broken
        << QStringList { u"The metadata file metadata.json is larger than %1 and was not read."_s.arg(
               locale.formattedDataSize(PackReader::MaxMetadataBytes)) };
    const QByteArray badJson = R"({"title": "x",)";
    QJsonParseError parseError;
    QJsonDocument::fromJson(badJson, &parseError);
    QTest::newRow("metadata not JSON")
        << packWith({ { "video.mp4", mp4 }, { "caption.txt", "c" }, { "metadata.json", badJson } }) << broken
        << QStringList { u"The metadata file metadata.json is not valid JSON: %1 (at byte %2)."_s
                             .arg(parseError.errorString())
                             .arg(parseError.offset) };
    QTest::newRow("metadata not an object")
        << packWith({ { "video.mp4", mp4 }, { "caption.txt", "c" }, { "metadata.json", "[1, 2]" } }) << broken
        << QStringList { u"The metadata file metadata.json does not hold a JSON object."_s };

    PackSpec unreadableCaption = packWith({ { "video.mp4", mp4 } });
    unreadableCaption.links = { { "caption.txt", Unreadable } };
    QTest::newRow("caption cannot be read")
        << unreadableCaption << warning
        << QStringList { u"The caption file cannot be read (%1)."_s.arg(ioError()), noCaption };
    const int longCaption = int(PackReader::MaxCaptionBytes);
    QTest::newRow("caption file too large")
        << packWith({ { "video.mp4", mp4 }, { "caption.txt", QByteArray(longCaption + 1, 'a') } }) << warning
        << QStringList { u"The caption file is larger than %1; only its beginning is shown."_s.arg(
                             locale.formattedDataSize(PackReader::MaxCaptionBytes)),
               u"The caption has %1 characters; TikTok allows at most %2."_s.arg(
                   locale.toString(longCaption), locale.toString(PostRules::CaptionLimit)) };
    QTest::newRow("caption not UTF-8")
        << packWith({ { "video.mp4", mp4 }, { "caption.txt", "caf\xE9" } }) << warning
        << QStringList { u"The caption file is not UTF-8 text; some characters are shown as \uFFFD."_s };
    QTest::newRow("no caption") << packWith({ { "video.mp4", mp4 } }) << warning << QStringList { noCaption };
    QTest::newRow("caption too long")
        << packWith({ { "video.mp4", mp4 }, { "caption.txt", QByteArray(PostRules::CaptionLimit + 1, 'a') } })
        << warning
        << QStringList { u"The caption has %1 characters; TikTok allows at most %2."_s.arg(
               locale.toString(PostRules::CaptionLimit + 1), locale.toString(PostRules::CaptionLimit)) };

    QTest::newRow("no video") << packWith({ { "caption.txt", "c" } }) << broken
                              << QStringList { u"There is no video file (.mp4, .mov or .webm)."_s };
    PackSpec dangling = packWith({ { "caption.txt", "c" } });
    dangling.links = { { "video.mp4", "/nonexistent/video.mp4" } };
    QTest::newRow("video link leads nowhere")
        << dangling << broken
        << QStringList { u"The video video.mp4 is a link that leads nowhere or loops."_s };
    PackSpec outside = packWith({ { "caption.txt", "c" } });
    outside.links = { { "video.mp4", Unreadable } };
    QTest::newRow("video link outside exports")
        << outside << broken << QStringList { u"The video video.mp4 links outside the exports folder."_s };
    QTest::newRow("empty video") << packWith({ { "video.mp4", {} }, { "caption.txt", "c" } }) << broken
                                 << QStringList { u"The video file video.mp4 is empty."_s };
    const QByteArray text = "just some text";
    QTest::newRow("video not an MP4")
        << packWith({ { "video.mp4", text }, { "caption.txt", "c" } }) << broken
        << QStringList { u"video.mp4: %1"_s.arg(Mp4HeaderParser::parse(text).error().message()) };
    QTest::newRow("several videos") << packWith({ { "b.mp4", mp4 }, { "a.mp4", mp4 }, { "c.mov", mp4 },
        { "caption.txt",
            "c" } }) << warning << QStringList { u"There are 3 video files; a.mp4 is the one to upload."_s };
}

void tst_PackReader::problems()
{
    QFETCH(PackSpec, pack);
    QFETCH(int, health);
    QFETCH(QStringList, problems);
    const HandoffPack read = readBack(pack);
    QCOMPARE(read.problems, problems);
    QCOMPARE(int(read.health), health);
}

void tst_PackReader::problemsComeInReadingOrder()
{
    // The caption file, then the metadata, then the video (its own problem before "several"), then what is
    // missing; the worst health wins whatever comes first.
    PackSpec pack = packWith({ { "metadata.json", "[1]" }, { "a.mp4", {} }, { "b.mov", makeMp4() } });
    pack.links = { { "caption.txt", Unreadable } };
    const HandoffPack read = readBack(pack);
    QCOMPARE(read.problems,
        (QStringList { u"The caption file cannot be read (%1)."_s.arg(ioError()),
            u"The metadata file metadata.json does not hold a JSON object."_s,
            u"The video file a.mp4 is empty."_s, u"There are 2 video files; a.mp4 is the one to upload."_s,
            u"There is no caption (caption.txt or a caption field in the metadata)."_s }));
    QCOMPARE(read.health, HandoffPack::Health::Broken);
}

void tst_PackReader::tooManyEntriesIsTheLastProblem()
{
    PackSpec pack { "crowded", {}, {} };
    for (int i = 0; i <= PackReader::MaxEntriesPerPack; ++i)
        pack.files.append({ "f" + QByteArray::number(10000 + i), "x" });
    const HandoffPack read = readBack(pack);
    QCOMPARE(read.extraFiles.size(), PackReader::MaxEntriesPerPack);
    QCOMPARE(read.problems,
        (QStringList { u"There is no video file (.mp4, .mov or .webm)."_s,
            u"There is no caption (caption.txt or a caption field in the metadata)."_s,
            u"The folder has more than 1000 entries; only the first were looked at."_s }));
    QCOMPARE(read.health, HandoffPack::Health::Broken);

    // Exactly the limit: all looked at, no such problem.
    pack.files.removeLast();
    SkybeamTest::removeTree(exportsDir() + "/crowded");
    const HandoffPack full = readBack(pack);
    QCOMPARE(full.extraFiles.size(), PackReader::MaxEntriesPerPack);
    QCOMPARE(full.problems.size(), 2);
}

void tst_PackReader::folderProblems()
{
    const QByteArray dir = exportsDir();
    QCOMPARE(::mkdir(dir.constData(), 0755), 0);
    writeNativeFile(dir + "/notes.txt", "not a pack");
    QCOMPARE(::symlink("loop", (dir + "/loop").constData()), 0);
    QCOMPARE(::symlink("/nonexistent/pack", (dir + "/gone").constData()), 0);
    QCOMPARE(::symlink("notes.txt", (dir + "/file-link").constData()), 0);
    QCOMPARE(::symlink("..", (dir + "/up").constData()), 0);
    const QByteArray tooLong(300, 'n');

    const struct
    {
        QByteArray name;
        QString problem;
    } expected[] = {
        { "loop", u"This folder is a symbolic link loop."_s },
        { "gone", u"This folder is a link to something that no longer exists."_s },
        { "file-link", u"This entry is a link to a file, not a folder."_s },
        { "up", u"This folder is a link back to the exports folder or a folder above it (a loop)."_s },
        { tooLong,
            u"This folder cannot be read (%1)."_s.arg(QString::fromLocal8Bit(std::strerror(ENAMETOOLONG))) },
    };
    const QList<PackReader::FolderId> forbidden = PackReader::folderChain(dir);
    QSet<quint64> signatures;
    for (const auto &each : expected) {
        const HandoffPack pack = PackReader::read(dir, each.name, forbidden);
        QCOMPARE(pack.problems, QStringList { each.problem });
        QCOMPARE(pack.health, HandoffPack::Health::Broken);
        QVERIFY(pack.videoNativePath.isEmpty());
        signatures.insert(pack.signature);
    }
    // Each reason signs differently, so a pack that breaks in another way counts as changed.
    QCOMPARE(signatures.size(), int(std::size(expected)));
}

void tst_PackReader::videoPick_data()
{
    QTest::addColumn<PackSpec>("pack");
    QTest::addColumn<QString>("video");
    QTest::addColumn<QStringList>("extras");
    const QByteArray mp4 = makeMp4();
    QTest::newRow("mp4, then m4v, mov, webm; then by name")
        << packWith({ { "b.mov", mp4 }, { "a.webm", "webm" }, { "z.m4v", mp4 }, { "c.mp4", mp4 },
               { "a.mp4", mp4 } })
        << u"a.mp4"_s << QStringList { u"a.webm"_s, u"b.mov"_s, u"c.mp4"_s, u"z.m4v"_s };
    QTest::newRow("m4v before mov and webm")
        << packWith({ { "b.mov", mp4 }, { "z.m4v", mp4 }, { "a.webm", "webm" } }) << u"z.m4v"_s
        << QStringList { u"a.webm"_s, u"b.mov"_s };
    QTest::newRow("mov before webm") << packWith({ { "a.webm", "webm" }, { "b.mov", mp4 } }) << u"b.mov"_s
                                     << QStringList { u"a.webm"_s };
    QTest::newRow("extension in any case")
        << packWith({ { "CLIP.MP4", mp4 }, { "a.mov", mp4 } }) << u"CLIP.MP4"_s << QStringList { u"a.mov"_s };
    QTest::newRow("a folder named like a video is not one")
        << packWith({ { "dir.mp4/", {} }, { "b.mov", mp4 } }) << u"b.mov"_s << QStringList { u"dir.mp4/"_s };
}

void tst_PackReader::videoPick()
{
    QFETCH(PackSpec, pack);
    QFETCH(QString, video);
    QFETCH(QStringList, extras);
    pack.files.append(qMakePair(QByteArray("caption.txt"), QByteArray("c")));
    const HandoffPack read = readBack(pack);
    QCOMPARE(read.videoFileName, video);
    QCOMPARE(read.videoNativePath, exportsDir() + "/pack/" + video.toUtf8());
    QCOMPARE(read.extraFiles, extras);
    QCOMPARE(read.video.durationMs, qint64(15000)); // the picked one is the one read
    QCOMPARE(read.videoSize, qint64(makeMp4().size()));
}

void tst_PackReader::metadataAndThumbnailPicks()
{
    const QByteArray mp4 = makeMp4();
    const struct
    {
        PackSpec pack;
        QString metadata;
        QString thumbnail;
        QStringList extras;
    } cases[] = {
        { PackSpec { "named",
              { { "zzz.json", "{}" }, { "info.json", "{}" }, { "manifest.json", "{}" }, { "pack.json", "{}" },
                  { "b.jpg", "j" }, { "poster.png", "p" }, { "cover.webp", "w" }, { "thumb.jpeg", "t" } },
              {} },
            u"pack.json"_s, u"thumb.jpeg"_s,
            { u"b.jpg"_s, u"cover.webp"_s, u"info.json"_s, u"manifest.json"_s, u"poster.png"_s,
                u"zzz.json"_s } },
        { PackSpec { "ranked",
              { { "meta.json", "{}" }, { "metadata.json", "{}" }, { "thumbnail.png", "p" },
                  { "thumb.jpg", "j" } },
              {} },
            u"metadata.json"_s, u"thumbnail.png"_s, { u"meta.json"_s, u"thumb.jpg"_s } },
        { PackSpec { "later",
              { { "a.json", "{}" }, { "info.json", "{}" }, { "poster.png", "p" }, { "cover.webp", "w" } },
              {} },
            u"info.json"_s, u"cover.webp"_s, { u"a.json"_s, u"poster.png"_s } },
        { PackSpec { "unnamed",
              { { "b.json", "{}" }, { "a.json", "{}" }, { "b.jpg", "j" }, { "a.png", "p" },
                  { "x.gif", "g" } },
              {} },
            u"a.json"_s, u"a.png"_s, { u"b.jpg"_s, u"b.json"_s, u"x.gif"_s } },
        { PackSpec { "none", { { "notes.md", "n" } }, {} }, QString(), QString(), { u"notes.md"_s } },
    };
    for (const auto &each : cases) {
        PackSpec pack = each.pack;
        pack.files.append(qMakePair(QByteArray("video.mp4"), QByteArray(mp4)));
        pack.files.append(qMakePair(QByteArray("Caption.TXT"), QByteArray("from the caption file")));
        const HandoffPack read = readBack(pack);
        QVERIFY2(read.problems.isEmpty(), qPrintable(joined(read)));
        QCOMPARE(read.metadataFileName, each.metadata);
        QCOMPARE(read.thumbnailFileName, each.thumbnail);
        QCOMPARE(read.thumbnailNativePath,
            each.thumbnail.isEmpty() ? QByteArray()
                                     : exportsDir() + '/' + pack.name + '/' + each.thumbnail.toUtf8());
        QCOMPARE(read.extraFiles, each.extras);
        // The caption file is found whatever the case of its name.
        QCOMPARE(read.caption, u"from the caption file"_s);
        QCOMPARE(read.captionSource, HandoffPack::CaptionSource::CaptionFile);
    }
}

void tst_PackReader::captionAndTitleFromMetadata_data()
{
    QTest::addColumn<QByteArray>("metadata");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("title");
    QTest::newRow("caption first") << QByteArray(
        R"({"caption": "c", "post_info": {"title": "p"}, "description": "d", "title": "t", "text": "x"})")
                                   << u"c"_s << u"t"_s;
    QTest::newRow("then post_info.title")
        << QByteArray(R"({"post_info": {"title": "p"}, "description": "d", "title": "t", "text": "x"})")
        << u"p"_s << u"t"_s;
    QTest::newRow("then description")
        << QByteArray(R"({"description": "d", "title": "t", "text": "x"})") << u"d"_s << u"t"_s;
    QTest::newRow("then title, trimmed")
        << QByteArray(R"({"title": "  t  ", "text": "x"})") << u"t"_s << u"t"_s;
    QTest::newRow("then text") << QByteArray(R"({"text": "x"})") << u"x"_s << QString();
    QTest::newRow("blank and non-text values are skipped")
        << QByteArray(R"({"caption": "   ", "description": 5, "post_info": {"title": "p"}})") << u"p"_s
        << u"p"_s;
}

void tst_PackReader::captionAndTitleFromMetadata()
{
    QFETCH(QByteArray, metadata);
    QFETCH(QString, caption);
    QFETCH(QString, title);
    const HandoffPack read
        = readBack(packWith({ { "video.mp4", makeMp4() }, { "metadata.json", metadata } }));
    QVERIFY2(read.problems.isEmpty(), qPrintable(joined(read)));
    QCOMPARE(read.caption, caption);
    QCOMPARE(read.captionSource, HandoffPack::CaptionSource::Metadata);
    QCOMPARE(read.title, title);
}

void tst_PackReader::createdDate()
{
    const QDateTime newYear(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const struct
    {
        QByteArray metadata;
        QDateTime created;
    } fromMetadata[] = {
        { R"({"created_at": "2026-02-03T04:05:06Z"})",
            QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC) },
        { R"({"timestamp": 1767225600})", newYear }, // seconds
        { R"({"date": 1767225600000})", newYear }, // milliseconds
        { R"({"created_at": "not a date", "exported_at": "2026-03-04T05:06:07.250Z"})",
            QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 250), Qt::UTC) },
        { R"({"date": 1, "created": "2026-01-01T00:00:00Z"})", newYear }, // the first key that has a date
    };
    int index = 0;
    for (const auto &each : fromMetadata) {
        const HandoffPack read = readBack(PackSpec { "dated-" + QByteArray::number(++index),
            { { "video.mp4", makeMp4() }, { "metadata.json", each.metadata } }, {} });
        QCOMPARE(read.created, each.created);
    }

    // No date in the metadata: the video's modification time; no video either: the folder's.
    const auto setModified = [](const QByteArray &path, const QDateTime &when) {
        const struct timespec times[2] = { { when.toSecsSinceEpoch(), 0 }, { when.toSecsSinceEpoch(), 0 } };
        return ::utimensat(AT_FDCWD, path.constData(), times, 0) == 0;
    };
    const QDateTime videoTime(QDate(2025, 5, 6), QTime(7, 8, 9), Qt::UTC);
    const QByteArray folder
        = writePack(exportsDir(), packWith({ { "video.mp4", makeMp4() }, { "metadata.json", "{}" } }));
    QVERIFY(setModified(folder + "/video.mp4", videoTime));
    QCOMPARE(PackReader::read(exportsDir(), "pack").created, videoTime);
    const QDateTime folderTime(QDate(2024, 4, 5), QTime(6, 7, 8), Qt::UTC);
    const QByteArray empty = writePack(exportsDir(), PackSpec { "empty", { { "caption.txt", "c" } }, {} });
    QVERIFY(setModified(empty, folderTime));
    QCOMPARE(PackReader::read(exportsDir(), "empty").created, folderTime);
}

void tst_PackReader::summaryReadsAllButTheRows()
{
    writePack(exportsDir(), goodPack("pack", 4));
    const HandoffPack full = PackReader::read(exportsDir(), "pack", {}, PackReader::Detail::Full);
    const HandoffPack summary = PackReader::read(exportsDir(), "pack", {}, PackReader::Detail::Summary);
    QVERIFY(!full.metadata.isEmpty());
    QVERIFY(summary.metadata.isEmpty());
    QCOMPARE(summary.title, full.title);
    QCOMPARE(summary.caption, full.caption);
    QCOMPARE(summary.created, full.created);
    QCOMPARE(summary.metadataFileName, full.metadataFileName);
    QCOMPARE(summary.health, full.health);
    QCOMPARE(summary.signature, full.signature);
    // The JSON is still checked in a summary.
    writeNativeFile(exportsDir() + "/pack/metadata.json", "[1]");
    QCOMPARE(PackReader::read(exportsDir(), "pack", {}, PackReader::Detail::Summary).health,
        HandoffPack::Health::Broken);
}

void tst_PackReader::signatureFollowsTheFiles()
{
    const PackSpec spec = goodPack("pack", 2);
    const QByteArray folder = writePack(exportsDir(), spec);
    const HandoffPack first = PackReader::read(exportsDir(), "pack");
    QVERIFY(first.signature != 0);
    qint64 total = 0;
    for (const auto &file : spec.files)
        total += file.second.size();
    QCOMPARE(first.totalSize, total);
    QCOMPARE(PackReader::read(exportsDir(), "pack").signature, first.signature); // nothing changed

    // The caption's content (same size, read anyway): changed, and back.
    const QByteArray caption = spec.files.at(2).second;
    QCOMPARE(spec.files.at(2).first, QByteArray("caption.txt"));
    QByteArray edited = caption;
    edited[0] = edited[0] == 'X' ? 'Y' : 'X';
    writeNativeFile(folder + "/caption.txt", edited);
    const quint64 editedSignature = PackReader::read(exportsDir(), "pack").signature;
    QVERIFY(editedSignature != first.signature);
    writeNativeFile(folder + "/caption.txt", caption);
    QCOMPARE(PackReader::read(exportsDir(), "pack").signature, first.signature);

    // A file added, then removed again.
    writeNativeFile(folder + "/notes.md", "n");
    const HandoffPack added = PackReader::read(exportsDir(), "pack");
    QVERIFY(added.signature != first.signature);
    QCOMPARE(added.totalSize, total + 1);
    QCOMPARE(::unlink((folder + "/notes.md").constData()), 0);
    QCOMPARE(PackReader::read(exportsDir(), "pack").signature, first.signature);

    // The video touched (same bytes, another modification time).
    const struct timespec times[2] = { { 1700000000, 0 }, { 1700000000, 0 } };
    QCOMPARE(::utimensat(AT_FDCWD, (folder + "/video.mp4").constData(), times, 0), 0);
    const quint64 touched = PackReader::read(exportsDir(), "pack").signature;
    QVERIFY(touched != first.signature);
    QVERIFY(touched != editedSignature);

    // A renamed thumbnail.
    QCOMPARE(::rename((folder + "/thumbnail.jpg").constData(), (folder + "/thumb.jpg").constData()), 0);
    const HandoffPack renamed = PackReader::read(exportsDir(), "pack");
    QVERIFY(renamed.signature != touched);
    QCOMPARE(renamed.thumbnailFileName, u"thumb.jpg"_s);
}

void tst_PackReader::candidatesAndFolderChain()
{
    const QByteArray dir = exportsDir();
    writePack(dir, goodPack("2026-01-01_a"));
    writePack(dir, goodPack("2026-02-01_b"));
    writePack(dir, goodPack(".hidden"));
    writeNativeFile(dir + "/notes.txt", "a file");
    QCOMPARE(::symlink("notes.txt", (dir + "/file-link").constData()), 0);
    QCOMPARE(::symlink("/nonexistent/pack", (dir + "/gone").constData()), 0);
    QCOMPARE(::symlink("2026-01-01_a", (dir + "/alias").constData()), 0);

    const auto names = [](const QList<PackReader::Candidate> &candidates) {
        QList<QByteArray> result;
        for (const PackReader::Candidate &candidate : candidates)
            result.append(candidate.name);
        return result;
    };
    const QList<QByteArray> expected { "gone", "alias", "2026-02-01_b", "2026-01-01_a" };
    QList<PackReader::Candidate> skip;
    int errorNumber = 0;
    QVERIFY(PackReader::listCandidates(dir, PackReader::Stamps::Skip, &skip, &errorNumber));
    QCOMPARE(names(skip), expected);
    // Skip: only links are followed (for the stamp); a link that leads nowhere has none.
    QCOMPARE(skip.at(0).stamp, qint64(0));
    QCOMPARE(skip.at(1).stamp, PackReader::stampOf(dir + "/2026-01-01_a"));
    QCOMPARE(skip.at(2).stamp, qint64(0));
    QList<PackReader::Candidate> read;
    QVERIFY(PackReader::listCandidates(dir, PackReader::Stamps::Read, &read, &errorNumber));
    QCOMPARE(names(read), expected);
    QCOMPARE(read.at(2).stamp, PackReader::stampOf(dir + "/2026-02-01_b"));
    QVERIFY(read.at(2).stamp != 0);
    QCOMPARE(PackReader::stampOf(dir + "/gone"), qint64(0));

    QVERIFY(!PackReader::listCandidates(dir + "/missing", PackReader::Stamps::Skip, &read, &errorNumber));
    QCOMPARE(errorNumber, ENOENT);

    QCOMPARE(PackReader::childPath("a", "b"), QByteArray("a/b"));
    QCOMPARE(PackReader::childPath("a/", "b"), QByteArray("a/b"));

    // The exports folder first, the root last, one entry per level.
    const QList<PackReader::FolderId> chain = PackReader::folderChain(dir);
    struct stat exportsStat
    {
    }, rootStat {};
    QCOMPARE(::stat(dir.constData(), &exportsStat), 0);
    QCOMPARE(::stat("/", &rootStat), 0);
    QCOMPARE(
        chain.first(), (PackReader::FolderId { quint64(exportsStat.st_dev), quint64(exportsStat.st_ino) }));
    QCOMPARE(chain.last(), (PackReader::FolderId { quint64(rootStat.st_dev), quint64(rootStat.st_ino) }));
    char *resolved = ::realpath(dir.constData(), nullptr);
    QVERIFY(resolved);
    const int depth = int(QByteArray(resolved).count('/'));
    std::free(resolved);
    QCOMPARE(chain.size(), depth + 1);
}

QTEST_GUILESS_MAIN(tst_PackReader)
#include "tst_packreader.moc"
