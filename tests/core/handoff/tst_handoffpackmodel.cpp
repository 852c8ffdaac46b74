#include "handoff/handofffiltermodel.h"
#include "handoff/handoffpackmodel.h"
#include "handoff/handoffscanner.h"
#include "handoff/packreader.h"
#include "handoff/postedstatestore.h"
#include "packfixtures.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Skybeam;
using namespace Qt::Literals::StringLiterals;
using SkybeamTest::goodPack;
using SkybeamTest::makeMp4;
using SkybeamTest::PackSpec;
using SkybeamTest::writePack;

class tst_HandoffPackModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tester_addUpdateRemove();
    void data_roles();
    void mimeData_carriesVideoUrlAndCaption();
    void mimeData_nonUtf8PathIsExact();
    void mimeData_packWithoutVideo_cannotBeDragged();
    void filter_search_data();
    void filter_search();
    void filter_status();
    void sort_keys_data();
    void sort_keys();
    void follow_scanner_fillsTheModel();

private:
    HandoffPack pack(const QByteArray &name, int index = 0);
    QByteArray exportsDir() const { return QFile::encodeName(m_root->path()) + "/exports"; }

    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<PostedStateStore> m_store;
    std::unique_ptr<HandoffPackModel> m_model;
    std::unique_ptr<HandoffFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};

namespace {

QStringList proxyKeys(const QAbstractItemModel &model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.append(model.index(row, 0).data(HandoffPackModel::KeyRole).toString());
    return keys;
}

} // namespace

HandoffPack tst_HandoffPackModel::pack(const QByteArray &name, int index)
{
    writePack(exportsDir(), goodPack(name, index));
    return PackReader::read(exportsDir(), name);
}

void tst_HandoffPackModel::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    m_store
        = std::make_unique<PostedStateStore>(m_root->filePath(QStringLiteral("setup/handoff-posted.json")));
    m_model = std::make_unique<HandoffPackModel>(m_store.get());
    m_filter = std::make_unique<HandoffFilterModel>(m_model.get());
    m_sourceTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filterTester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_HandoffPackModel::cleanup()
{
    m_filterTester.reset();
    m_sourceTester.reset();
    m_filter.reset();
    m_model.reset();
    m_store.reset();
    SkybeamTest::removeTree(QFile::encodeName(m_root->path()));
}

void tst_HandoffPackModel::tester_addUpdateRemove()
{
    QList<HandoffPack> first;
    for (int i = 0; i < 30; ++i)
        first.append(pack("p" + QByteArray::number(i), i));
    m_model->addPacks(first.mid(0, 10));
    m_model->addPacks(first.mid(10));
    QCOMPARE(m_model->rowCount(), 30);
    QCOMPARE(m_filter->rowCount(), 30);

    // Adding a pack that is already there updates it instead of duplicating it.
    HandoffPack again = first.at(4);
    again.caption = QStringLiteral("Edited caption");
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->addPacks({ again });
    QCOMPARE(m_model->rowCount(), 30);
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(m_model->packAt(m_model->rowOf(QStringLiteral("p4"))).caption, QStringLiteral("Edited caption"));

    // Updating an unknown pack adds it.
    m_model->updatePacks({ pack("late", 40) });
    QCOMPARE(m_model->rowCount(), 31);

    // Scattered removals keep every key's row right.
    m_model->removePacks({ QStringLiteral("p3"), QStringLiteral("p4"), QStringLiteral("p5"),
        QStringLiteral("p17"), QStringLiteral("nope"), QStringLiteral("p0") });
    QCOMPARE(m_model->rowCount(), 26);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->rowOf(m_model->packAt(row).key), row);
    QCOMPARE(m_model->rowOf(QStringLiteral("p4")), -1);

    QVERIFY(!m_model->setPosted(m_model->indexOf(QStringLiteral("p9")), true).isError());
    m_filter->setStatusFilter(HandoffFilterModel::StatusFilter::Posted);
    QCOMPARE(m_filter->rowCount(), 1);
    m_filter->setStatusFilter(HandoffFilterModel::StatusFilter::All);
    m_filter->setSortKey(HandoffFilterModel::SortKey::Name);
    m_filter->setSearchText(QStringLiteral("skyline 1"));

    QStringList all;
    for (int row = 0; row < m_model->rowCount(); ++row)
        all.append(m_model->packAt(row).key);
    m_model->removePacks(all);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_filter->rowCount(), 0);
}

void tst_HandoffPackModel::data_roles()
{
    m_model->addPacks({ pack("2026-01-01_skyline", 3) });
    const QModelIndex index = m_filter->index(0, 0);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("Morning skyline timelapse number 3"));
    QCOMPARE(index.data(HandoffPackModel::KeyRole).toString(), QStringLiteral("2026-01-01_skyline"));
    QCOMPARE(index.data(HandoffPackModel::DurationRole).toLongLong(), 13000);
    QCOMPARE(index.data(HandoffPackModel::ResolutionRole).toSize(), QSize(1080, 1920));
    QCOMPARE(index.data(HandoffPackModel::CreatedRole).toDateTime(),
        QDateTime(QDate(2026, 1, 1), QTime(9, 3), Qt::UTC));
    QCOMPARE(index.data(HandoffPackModel::HealthRole).toInt(), int(HandoffPack::Health::Ok));
    QCOMPARE(index.data(HandoffPackModel::PostedRole).toBool(), false);
    QCOMPARE(index.data(HandoffPackModel::ThumbnailPathRole).toByteArray(),
        exportsDir() + "/2026-01-01_skyline/thumbnail.jpg");
    QCOMPARE(index.data(HandoffPackModel::CaptionLengthRole).toInt(),
        index.data(HandoffPackModel::CaptionRole).toString().size());
    QVERIFY(index.data(HandoffPackModel::TotalSizeRole).toLongLong() > 0);
    QVERIFY(m_model->roleNames().contains(HandoffPackModel::PostedRole));

    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(!m_model->setPosted(m_filter->mapToSource(index), true).isError());
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(index.data(HandoffPackModel::PostedRole).toBool(), true);
    QVERIFY(index.data(HandoffPackModel::PostedAtRole).toDateTime().isValid());
}

void tst_HandoffPackModel::mimeData_carriesVideoUrlAndCaption()
{
    m_model->addPacks({ pack("with space", 1) });
    const QModelIndex index = m_filter->index(0, 0);
    QVERIFY(m_filter->flags(index).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(m_filter->mimeTypes().contains(QStringLiteral("text/uri-list")));
    QVERIFY(m_filter->supportedDragActions().testFlag(Qt::CopyAction));

    std::unique_ptr<QMimeData> mime(m_filter->mimeData({ index }));
    QVERIFY(mime);
    const QString videoPath = m_root->path() + QStringLiteral("/exports/with space/video.mp4");
    QCOMPARE(mime->urls(), QList<QUrl> { QUrl::fromLocalFile(videoPath) });
    QCOMPARE(mime->urls().first().toLocalFile(), videoPath);
    QVERIFY(mime->hasFormat(QStringLiteral("text/uri-list")));
    QVERIFY(mime->data(QStringLiteral("text/uri-list")).contains("/with%20space/video.mp4"));
    QCOMPARE(mime->text(), m_model->packAt(0).caption);
    QVERIFY(mime->text().contains(QLatin1String("#skyline")));
}

void tst_HandoffPackModel::mimeData_nonUtf8PathIsExact()
{
    const QByteArray name("clip-\xFF");
    writePack(exportsDir(), PackSpec { name, { { "v\xE9.mp4", makeMp4() }, { "caption.txt", "c" } }, {} });
    m_model->addPacks({ PackReader::read(exportsDir(), name) });
    std::unique_ptr<QMimeData> mime(m_model->mimeData({ m_model->index(0) }));
    QVERIFY(mime);
    const QByteArray uriList = mime->data(QStringLiteral("text/uri-list"));
    const QByteArray expected = "file://" + (exportsDir() + '/' + name + "/v\xE9.mp4").toPercentEncoding("/");
    QVERIFY2(uriList.startsWith(expected), uriList.constData());
    QVERIFY(uriList.contains("clip-%FF/v%E9.mp4"));
}

void tst_HandoffPackModel::mimeData_packWithoutVideo_cannotBeDragged()
{
    writePack(exportsDir(), PackSpec { "novideo", { { "caption.txt", "c" } }, {} });
    m_model->addPacks({ PackReader::read(exportsDir(), "novideo") });
    const QModelIndex index = m_model->index(0);
    QVERIFY(!m_model->flags(index).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(m_model->flags(index).testFlag(Qt::ItemIsSelectable));
    QCOMPARE(m_model->mimeData({ index }), nullptr);
}

void tst_HandoffPackModel::filter_search_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("keys");

    QTest::newRow("empty shows all") << QString() << QStringList { u"a"_s, u"b"_s, u"c"_s };
    QTest::newRow("caption word, any case") << u"CATS"_s << QStringList { u"b"_s };
    QTest::newRow("hashtag") << u"#travel"_s << QStringList { u"a"_s, u"c"_s };
    QTest::newRow("all words must match") << u"#travel lisbon"_s << QStringList { u"c"_s };
    QTest::newRow("folder name") << u"c-folder"_s << QStringList { u"c"_s };
    QTest::newRow("no match") << u"zebra"_s << QStringList {};
}

void tst_HandoffPackModel::filter_search()
{
    QFETCH(QString, search);
    QFETCH(QStringList, keys);

    HandoffPack a = pack("a");
    a.caption = QStringLiteral("Porto at dusk #travel");
    HandoffPack b = pack("b");
    b.caption = QStringLiteral("Two cats and a box #cats");
    HandoffPack c = pack("c");
    c.caption = QStringLiteral("Lisbon trams #travel");
    c.name = QStringLiteral("c-folder");
    m_model->addPacks({ a, b, c });
    m_filter->setSortKey(HandoffFilterModel::SortKey::Name);
    m_filter->setSearchText(search);
    QStringList found = proxyKeys(*m_filter);
    found.sort();
    QCOMPARE(found, keys);
}

void tst_HandoffPackModel::filter_status()
{
    HandoffPack broken = pack("broken");
    broken.health = HandoffPack::Health::Broken;
    m_model->addPacks({ pack("new"), pack("posted"), broken });
    QVERIFY(!m_model->setPosted(m_model->indexOf(QStringLiteral("posted")), true).isError());
    m_filter->setSortKey(HandoffFilterModel::SortKey::Name);

    m_filter->setStatusFilter(HandoffFilterModel::StatusFilter::New);
    QCOMPARE(proxyKeys(*m_filter), (QStringList { u"broken"_s, u"new"_s }));
    m_filter->setStatusFilter(HandoffFilterModel::StatusFilter::Posted);
    QCOMPARE(proxyKeys(*m_filter), QStringList { u"posted"_s });
    m_filter->setStatusFilter(HandoffFilterModel::StatusFilter::Problems);
    QCOMPARE(proxyKeys(*m_filter), QStringList { u"broken"_s });

    // Marking a pack refilters by itself.
    m_filter->setStatusFilter(HandoffFilterModel::StatusFilter::New);
    QVERIFY(!m_model->setPosted(m_model->indexOf(QStringLiteral("new")), true).isError());
    QCOMPARE(proxyKeys(*m_filter), QStringList { u"broken"_s });
}

void tst_HandoffPackModel::sort_keys_data()
{
    QTest::addColumn<HandoffFilterModel::SortKey>("key");
    QTest::addColumn<QStringList>("order");

    QTest::newRow("newest first") << HandoffFilterModel::SortKey::Newest
                                  << QStringList { u"b-old"_s, u"c-mid"_s, u"A-new"_s };
    QTest::newRow("oldest first") << HandoffFilterModel::SortKey::Oldest
                                  << QStringList { u"A-new"_s, u"c-mid"_s, u"b-old"_s };
    QTest::newRow("name, case-insensitive")
        << HandoffFilterModel::SortKey::Name << QStringList { u"A-new"_s, u"b-old"_s, u"c-mid"_s };
}

void tst_HandoffPackModel::sort_keys()
{
    QFETCH(HandoffFilterModel::SortKey, key);
    QFETCH(QStringList, order);

    // Dates deliberately disagree with the names: index sets the minute of creation.
    m_model->addPacks({ pack("c-mid", 5), pack("A-new", 1), pack("b-old", 9) });
    m_filter->setSortKey(key);
    QCOMPARE(proxyKeys(*m_filter), order);
}

void tst_HandoffPackModel::follow_scanner_fillsTheModel()
{
    for (int i = 0; i < 120; ++i)
        writePack(exportsDir(), goodPack("pack-" + QByteArray::number(i), i));
    HandoffScanner scanner;
    m_model->follow(&scanner);
    QSignalSpy finished(&scanner, &HandoffScanner::initialScanFinished);
    scanner.start(QFile::decodeName(exportsDir()));
    QVERIFY(finished.wait());
    QCOMPARE(m_model->rowCount(), 120);
    // Newest first: index 119 has the latest created_at.
    QCOMPARE(m_filter->index(0, 0).data(HandoffPackModel::KeyRole).toString(), QStringLiteral("pack-119"));
    QVERIFY(QDir(QFile::decodeName(exportsDir() + "/pack-5")).removeRecursively());
    QTRY_COMPARE(m_model->rowCount(), 119);
    QCOMPARE(m_model->rowOf(QStringLiteral("pack-5")), -1);
}

QTEST_GUILESS_MAIN(tst_HandoffPackModel)
#include "tst_handoffpackmodel.moc"
