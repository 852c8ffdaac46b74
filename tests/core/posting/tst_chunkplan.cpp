// ChunkPlan: TikTok's chunk rules on their boundaries, and every plan checked against the rules.
#include "posting/chunkplan.h"

#include <QTest>

using namespace Skybeam;

namespace {

constexpr qint64 MiB = ChunkPlan::MiB;
constexpr qint64 GiB = 1024 * MiB;

} // namespace

class tst_ChunkPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
    void refusesWhatCannotBePlanned_data();
    void refusesWhatCannotBePlanned();
    void chunksCoverTheFileExactly_data();
    void chunksCoverTheFileExactly();
    void checkNamesTheBrokenRule_data();
    void checkNamesTheBrokenRule();
};

void tst_ChunkPlan::plan_data()
{
    QTest::addColumn<qint64>("videoSize");
    QTest::addColumn<qint64>("preferred");
    QTest::addColumn<qint64>("chunkSize");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("lastChunk");

    const qint64 fallback = ChunkPlan::DefaultChunkSize;
    QTest::newRow("1 byte: one chunk of its size") << qint64(1) << fallback << qint64(1) << 1 << qint64(1);
    QTest::newRow("under 5 MB: one chunk of its size")
        << 5 * MiB - 1 << fallback << 5 * MiB - 1 << 1 << 5 * MiB - 1;
    QTest::newRow("exactly 5 MB, 5 MB chunks") << 5 * MiB << 5 * MiB << 5 * MiB << 1 << 5 * MiB;
    QTest::newRow("exactly 5 MB, default chunks: whole") << 5 * MiB << fallback << 5 * MiB << 1 << 5 * MiB;
    QTest::newRow("between 5 MB and the chunk size: whole") << 7 * MiB << fallback << 7 * MiB << 1 << 7 * MiB;
    QTest::newRow("just under two chunks: last absorbs")
        << 2 * fallback - 1 << fallback << fallback << 1 << 2 * fallback - 1;
    QTest::newRow("exactly two chunks") << 2 * fallback << fallback << fallback << 2 << fallback;
    QTest::newRow("16 MB in 5 MB chunks: last absorbs 1 MB")
        << 16 * MiB << 5 * MiB << 5 * MiB << 3 << 6 * MiB;
    QTest::newRow("64 MB chunks, exactly 64 MB") << 64 * MiB << 64 * MiB << 64 * MiB << 1 << 64 * MiB;
    QTest::newRow("64 MB chunks, 128 MB - 1: one chunk absorbs")
        << 128 * MiB - 1 << 64 * MiB << 64 * MiB << 1 << 128 * MiB - 1;
    QTest::newRow("64 MB chunks, 128 MB") << 128 * MiB << 64 * MiB << 64 * MiB << 2 << 64 * MiB;
    QTest::newRow("64 MB chunks, 3 x 64 MB + 63 MB")
        << 3 * 64 * MiB + 63 * MiB << 64 * MiB << 64 * MiB << 3 << 127 * MiB;
    QTest::newRow("preferred below 5 MB is raised") << 20 * MiB << qint64(1024) << 5 * MiB << 4 << 5 * MiB;
    QTest::newRow("preferred above 64 MB is lowered") << 200 * MiB << 100 * MiB << 64 * MiB << 3 << 72 * MiB;
    QTest::newRow("1000 chunks of 5 MB exactly") << 1000 * 5 * MiB << 5 * MiB << 5 * MiB << 1000 << 5 * MiB;
    // 1001 chunks of 5 MB would be too many: the chunk grows so that at most 1000 are needed.
    const qint64 over = 1001 * 5 * MiB;
    const qint64 grown = (over + 999) / 1000;
    QTest::newRow("over 1000 chunks: chunk grows")
        << over << 5 * MiB << grown << int(over / grown) << over - (over / grown - 1) * grown;
    const qint64 fourGiB = 4 * GiB;
    QTest::newRow("4 GB in default chunks") << fourGiB << fallback << fallback << int(fourGiB / fallback)
                                            << fourGiB - (fourGiB / fallback - 1) * fallback;
    QTest::newRow("62 GB needs 64 MB chunks and 1000 of them")
        << 1000 * 64 * MiB << fallback << 64 * MiB << 1000 << 64 * MiB;
}

void tst_ChunkPlan::plan()
{
    QFETCH(qint64, videoSize);
    QFETCH(qint64, preferred);
    QFETCH(qint64, chunkSize);
    QFETCH(int, count);
    QFETCH(qint64, lastChunk);

    const Expected<ChunkPlan> plan = ChunkPlan::create(videoSize, preferred);
    QVERIFY2(plan.hasValue(), qPrintable(plan.error().message()));
    QCOMPARE(plan->videoSize, videoSize);
    QCOMPARE(plan->chunkSize, chunkSize);
    QCOMPARE(plan->totalChunkCount, count);
    QCOMPARE(plan->chunkLength(count - 1), lastChunk);
    QVERIFY(plan->totalChunkCount <= ChunkPlan::MaxChunkCount);
    QVERIFY(plan->chunkLength(count - 1) <= ChunkPlan::MaxFinalChunkSize);
    const Error check = ChunkPlan::check(plan->videoSize, plan->chunkSize, plan->totalChunkCount);
    QVERIFY2(!check.isError(), qPrintable(check.detail()));
}

void tst_ChunkPlan::refusesWhatCannotBePlanned_data()
{
    QTest::addColumn<qint64>("videoSize");
    QTest::addColumn<QString>("code");
    QTest::newRow("0 bytes") << qint64(0) << QStringLiteral("posting.empty_video");
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("posting.empty_video");
    QTest::newRow("1000 x 64 MB + 64 MB: 1001 chunks of the largest size")
        << 1001 * 64 * MiB << QStringLiteral("posting.too_many_chunks");
    QTest::newRow("70 GB") << 70 * GiB << QStringLiteral("posting.too_many_chunks");
}

void tst_ChunkPlan::refusesWhatCannotBePlanned()
{
    QFETCH(qint64, videoSize);
    QFETCH(QString, code);
    const Expected<ChunkPlan> plan = ChunkPlan::create(videoSize);
    QVERIFY(!plan.hasValue());
    QCOMPARE(plan.error().code(), code);
    QVERIFY(!plan.error().message().isEmpty());
}

void tst_ChunkPlan::chunksCoverTheFileExactly_data()
{
    QTest::addColumn<qint64>("videoSize");
    QTest::addColumn<qint64>("preferred");
    QTest::newRow("small") << qint64(12345) << ChunkPlan::DefaultChunkSize;
    QTest::newRow("16 MB / 5 MB") << 16 * MiB << 5 * MiB;
    QTest::newRow("odd size") << 123 * MiB + 4567 << 7 * MiB + 13;
    QTest::newRow("200 MB default") << 200 * MiB << ChunkPlan::DefaultChunkSize;
}

void tst_ChunkPlan::chunksCoverTheFileExactly()
{
    QFETCH(qint64, videoSize);
    QFETCH(qint64, preferred);
    const ChunkPlan plan = *ChunkPlan::create(videoSize, preferred);
    qint64 next = 0;
    for (int i = 0; i < plan.totalChunkCount; ++i) {
        QCOMPARE(plan.chunkOffset(i), next);
        QCOMPARE(plan.chunkLastByte(i), next + plan.chunkLength(i) - 1);
        if (!plan.isLastChunk(i))
            QCOMPARE(plan.chunkLength(i), plan.chunkSize);
        next += plan.chunkLength(i);
    }
    QCOMPARE(next, videoSize);
    QCOMPARE(plan.chunkLength(plan.totalChunkCount), qint64(0));
    QCOMPARE(plan.chunkLength(-1), qint64(0));
}

void tst_ChunkPlan::checkNamesTheBrokenRule_data()
{
    QTest::addColumn<qint64>("videoSize");
    QTest::addColumn<qint64>("chunkSize");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<bool>("valid");
    QTest::newRow("small whole") << 4 * MiB << 4 * MiB << qint64(1) << true;
    QTest::newRow("small split") << 4 * MiB << 2 * MiB << qint64(2) << false;
    QTest::newRow("chunk under 5 MB") << 20 * MiB << 4 * MiB << qint64(5) << false;
    QTest::newRow("chunk over 64 MB") << 200 * MiB << 65 * MiB << qint64(3) << false;
    QTest::newRow("count rounded up") << 16 * MiB << 5 * MiB << qint64(4) << false;
    QTest::newRow("count floor") << 16 * MiB << 5 * MiB << qint64(3) << true;
    QTest::newRow("more than 1000") << 1001 * 5 * MiB << 5 * MiB << qint64(1001) << false;
    QTest::newRow("chunk larger than video") << 6 * MiB << 7 * MiB << qint64(0) << false;
}

void tst_ChunkPlan::checkNamesTheBrokenRule()
{
    QFETCH(qint64, videoSize);
    QFETCH(qint64, chunkSize);
    QFETCH(qint64, count);
    QFETCH(bool, valid);
    const Error error = ChunkPlan::check(videoSize, chunkSize, count);
    QCOMPARE(!error.isError(), valid);
    if (!valid) {
        QCOMPARE(error.code(), QStringLiteral("posting.bad_chunk_plan"));
        QVERIFY(!error.detail().isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_ChunkPlan)
#include "tst_chunkplan.moc"
