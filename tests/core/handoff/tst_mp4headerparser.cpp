#include "handoff/mp4headerparser.h"
#include "packfixtures.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>
#include <QtEndian>

#include <functional>

using namespace Skybeam;
using SkybeamTest::makeMp4;
using SkybeamTest::Mp4Spec;

class tst_Mp4HeaderParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_validFile_data();
    void parse_validFile();
    void read_fromFile_data();
    void read_fromFile();
    void parse_everyPrefix_neverCrashesAndNeverInventsFacts();
    void parse_badInput_data();
    void parse_badInput();
    void parse_randomGarbage_isAnError();
    void read_hugeMovieBox_isRefusedWithoutReadingIt();
    void read_sequentialDevice();
};

namespace {

Mp4Spec spec(std::function<void(Mp4Spec &)> change)
{
    Mp4Spec result;
    change(result);
    return result;
}

QByteArray be32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

} // namespace

void tst_Mp4HeaderParser::parse_validFile_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<QByteArray>("brand");

    QTest::newRow("portrait mp4") << makeMp4() << qint64(15000) << 1080 << 1920 << QByteArray("isom");
    QTest::newRow("landscape, 90 kHz timescale") << makeMp4(spec([](Mp4Spec &s) {
        s.width = 1920;
        s.height = 1080;
        s.timescale = 90000;
        s.duration = 90000 * 7 + 45000;
    })) << qint64(7500) << 1920 << 1080 << QByteArray("isom");
    QTest::newRow("version 1 boxes, 64-bit sizes") << makeMp4(spec([](Mp4Spec &s) {
        s.version1 = true;
        s.largeSizes = true;
        s.duration = 61234;
    })) << qint64(61234) << 1080 << 1920 << QByteArray("isom");
    QTest::newRow("quicktime mov") << makeMp4(spec([](Mp4Spec &s) { s.quickTime = true; })) << qint64(15000)
                                   << 1080 << 1920 << QByteArray("qt  ");
    QTest::newRow("no ftyp (old quicktime)") << makeMp4(spec([](Mp4Spec &s) { s.withFtyp = false; }))
                                             << qint64(15000) << 1080 << 1920 << QByteArray();
    QTest::newRow("rotation matrix swaps the size") << makeMp4(spec([](Mp4Spec &s) {
        s.width = 1920;
        s.height = 1080;
        s.rotated = true;
    })) << qint64(15000) << 1080 << 1920 << QByteArray("isom");
    QTest::newRow("audio track first") << makeMp4(spec([](Mp4Spec &s) { s.audioTrackFirst = true; }))
                                       << qint64(15000) << 1080 << 1920 << QByteArray("isom");
    QTest::newRow("no mvhd: duration from mdhd") << makeMp4(spec([](Mp4Spec &s) {
        s.withMovieHeader = false;
        s.duration = 4321;
    })) << qint64(4321) << 1080 << 1920 << QByteArray("isom");
    QTest::newRow("moov after mdat") << makeMp4(spec([](Mp4Spec &s) { s.moovAtEnd = true; })) << qint64(15000)
                                     << 1080 << 1920 << QByteArray("isom");
    QTest::newRow("unknown duration (all ones)") << makeMp4(spec([](Mp4Spec &s) {
        s.withMovieHeader = false;
        s.duration = 0xFFFFFFFF;
    })) << qint64(-1) << 1080 << 1920 << QByteArray("isom");
}

void tst_Mp4HeaderParser::parse_validFile()
{
    QFETCH(QByteArray, file);
    QFETCH(qint64, durationMs);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(QByteArray, brand);

    const Expected<VideoFacts> facts = Mp4HeaderParser::parse(file);
    QVERIFY2(facts.hasValue(), qPrintable(facts.error().message()));
    QCOMPARE(facts->durationMs, durationMs);
    QCOMPARE(facts->width, width);
    QCOMPARE(facts->height, height);
    QCOMPARE(facts->majorBrand, brand);
}

void tst_Mp4HeaderParser::read_fromFile_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<qint64>("durationMs");

    QTest::newRow("faststart") << makeMp4() << qint64(15000);
    // Media data far larger than what read() may buffer: it must seek over it to the movie header.
    QTest::newRow("moov after 20 MiB of media") << makeMp4(spec([](Mp4Spec &s) {
        s.moovAtEnd = true;
        s.mediaBytes = 20 * 1024 * 1024;
        s.duration = 33000;
    })) << qint64(33000);
    QTest::newRow("64-bit sizes, moov at end") << makeMp4(spec([](Mp4Spec &s) {
        s.moovAtEnd = true;
        s.largeSizes = true;
        s.version1 = true;
    })) << qint64(15000);
}

void tst_Mp4HeaderParser::read_fromFile()
{
    QFETCH(QByteArray, file);
    QFETCH(qint64, durationMs);

    QTemporaryFile temporary;
    QVERIFY(temporary.open());
    QCOMPARE(temporary.write(file), file.size());
    QVERIFY(temporary.seek(0));
    const Expected<VideoFacts> facts = Mp4HeaderParser::read(&temporary);
    QVERIFY2(facts.hasValue(), qPrintable(facts.error().message()));
    QCOMPARE(facts->durationMs, durationMs);
    QCOMPARE(facts->width, 1080);
    QCOMPARE(facts->height, 1920);
}

void tst_Mp4HeaderParser::parse_everyPrefix_neverCrashesAndNeverInventsFacts()
{
    // Cut a faststart file at every length: before the end of moov the parser must report an error; once
    // moov is complete it may answer, with the true facts only.
    const QByteArray file = makeMp4();
    const qsizetype moovEnd = file.indexOf("mdat") - 4;
    QVERIFY(moovEnd > 0);
    for (qsizetype length = 0; length < file.size(); ++length) {
        const Expected<VideoFacts> facts = Mp4HeaderParser::parse(file.left(length));
        if (length < moovEnd) {
            QVERIFY2(!facts.hasValue(), qPrintable(QStringLiteral("prefix of %1 bytes parsed").arg(length)));
            QVERIFY(!facts.error().code().isEmpty());
        } else {
            QVERIFY2(facts.hasValue(), qPrintable(QStringLiteral("prefix of %1 bytes failed").arg(length)));
            QCOMPARE(facts->durationMs, qint64(15000));
        }
    }
    // The same file with moov at the end: every prefix short of the whole file lacks the movie header.
    const QByteArray late = makeMp4(spec([](Mp4Spec &s) { s.moovAtEnd = true; }));
    for (qsizetype length = 0; length < late.size(); ++length)
        QVERIFY(!Mp4HeaderParser::parse(late.left(length)).hasValue());
}

void tst_Mp4HeaderParser::parse_badInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("code");

    const QByteArray good = makeMp4();
    QTest::newRow("empty") << QByteArray() << "mp4.empty";
    QTest::newRow("text file") << QByteArray("Hello, this is not a video at all.\n") << "mp4.not_mp4";
    QTest::newRow("jpeg bytes") << QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01", 12) << "mp4.not_mp4";
    QTest::newRow("three bytes") << QByteArray("abc") << "mp4.not_mp4";
    QTest::newRow("box size below its header") << be32(4) + QByteArray("ftypisom") << "mp4.not_mp4";
    QTest::newRow("ftyp only") << good.left(good.indexOf("moov") - 4) << "mp4.no_movie";
    QTest::newRow("moov claims more than the file")
        << good.left(good.indexOf("moov") - 4) + be32(0x7FFFFFFF) + QByteArray("moov") + QByteArray(64, '\0')
        << "mp4.truncated";
    QTest::newRow("64-bit size near the limit") << good.left(good.indexOf("moov") - 4) + be32(1)
            + QByteArray("mdat") + QByteArray("\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xF0", 8)
                                                << "mp4.truncated";
    QByteArray badChild = good;
    // A child of moov that claims to be larger than moov itself.
    const qsizetype mvhd = badChild.indexOf("mvhd") - 4;
    badChild.replace(mvhd, 4, be32(0x00FFFFFF));
    QTest::newRow("child larger than its parent") << badChild << "mp4.corrupt";
    QByteArray shortMvhd = makeMp4();
    const qsizetype shortAt = shortMvhd.indexOf("mvhd") - 4;
    // Shrink mvhd to 12 bytes (version and flags only) and grow a free box after it to keep moov's size.
    const quint32 mvhdSize = qFromBigEndian<quint32>(shortMvhd.constData() + shortAt);
    shortMvhd.replace(shortAt, 4, be32(12));
    shortMvhd.replace(shortAt + 12, 8, be32(mvhdSize - 12) + QByteArray("free"));
    QTest::newRow("mvhd too short") << shortMvhd << "mp4.corrupt";
    QByteArray badVersion = makeMp4();
    badVersion[badVersion.indexOf("tkhd") + 4] = '\7';
    QTest::newRow("unknown full-box version") << badVersion << "mp4.corrupt";
}

void tst_Mp4HeaderParser::parse_badInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, code);

    const Expected<VideoFacts> facts = Mp4HeaderParser::parse(data);
    QVERIFY(!facts.hasValue());
    QCOMPARE(facts.error().code(), code);
    QVERIFY(!facts.error().message().isEmpty());
}

void tst_Mp4HeaderParser::parse_randomGarbage_isAnError()
{
    QRandomGenerator random(20260110);
    const QByteArray good = makeMp4();
    for (int round = 0; round < 2000; ++round) {
        QByteArray data(int(random.bounded(1, 512)), '\0');
        for (char &byte : data)
            byte = char(random.bounded(256));
        if (round % 2 == 1) {
            // Keep a valid start so the walk gets past the first box before meeting garbage.
            data = good.left(random.bounded(qint64(good.size()))) + data;
            data.replace(
                int(random.bounded(qint64(data.size()))), 1, QByteArray(1, char(random.bounded(256))));
        }
        const Expected<VideoFacts> facts = Mp4HeaderParser::parse(data);
        if (facts.hasValue()) {
            QVERIFY(facts->width >= 0 && facts->height >= 0);
        } else {
            QVERIFY(!facts.error().code().isEmpty());
        }
    }
    // Pure garbage (no valid first box) is never mistaken for a video.
    for (int round = 0; round < 500; ++round) {
        QByteArray data(64, '\0');
        for (char &byte : data)
            byte = char(random.bounded(256));
        data.replace(4, 4, "zzzz");
        QVERIFY(!Mp4HeaderParser::parse(data).hasValue());
    }
}

void tst_Mp4HeaderParser::read_hugeMovieBox_isRefusedWithoutReadingIt()
{
    // A header claiming a 1 GiB moov in a tiny file: refused, and nothing near that size is allocated.
    QByteArray data = makeMp4().left(makeMp4().indexOf("moov") - 4);
    data += be32(1024u * 1024u * 1024u) + QByteArray("moov");
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const Expected<VideoFacts> facts = Mp4HeaderParser::read(&buffer);
    QVERIFY(!facts.hasValue());
    QCOMPARE(facts.error().code(), QStringLiteral("mp4.too_large"));

    QBuffer closed;
    QCOMPARE(Mp4HeaderParser::read(&closed).error().code(), QStringLiteral("mp4.unreadable"));
    QCOMPARE(Mp4HeaderParser::read(nullptr).error().code(), QStringLiteral("mp4.unreadable"));
}

void tst_Mp4HeaderParser::read_sequentialDevice()
{
    // A pipe-like device cannot seek: read() takes a bounded prefix and parses that.
    class Sequential final : public QBuffer
    {
    public:
        using QBuffer::QBuffer;
        bool isSequential() const override { return true; }
    };
    QByteArray data = makeMp4();
    Sequential device(&data);
    QVERIFY(device.open(QIODevice::ReadOnly));
    const Expected<VideoFacts> facts = Mp4HeaderParser::read(&device);
    QVERIFY(facts.hasValue());
    QCOMPARE(facts->durationMs, qint64(15000));
}

QTEST_GUILESS_MAIN(tst_Mp4HeaderParser)
#include "tst_mp4headerparser.moc"
