#include "common/roxypaths.h"
#include "handoff/handoffpackmodel.h"
#include "handoff/packreader.h"
#include "handoff/postedstatestore.h"
#include "packfixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Skybeam;

class tst_PostedStateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void marks_persistAcrossRestarts();
    void file_isAtomicJsonInTheStateDir();
    void twoViewers_doNotUndoEachOther();
    void damagedFile_isReportedAndSetAside();
    void unwritableFolder_isAnErrorAndChangesNothing();
    void marking_neverTouchesThePublishersFiles();

private:
    QString stateFile() const { return PostedStateStore::defaultFilePath(RoxyPaths(m_root->path())); }
    std::unique_ptr<QTemporaryDir> m_root;
};

namespace {

// Every file under `dir` with its content hash and modification time.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(
        dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QByteArray digest = it.fileInfo().lastModified().toString(Qt::ISODateWithMs).toUtf8();
        if (file.open(QIODevice::ReadOnly))
            digest += QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
        files.insert(path, digest);
    }
    return files;
}

} // namespace

void tst_PostedStateStore::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
}

void tst_PostedStateStore::marks_persistAcrossRestarts()
{
    const QString unusual = HandoffPack::keyForName("clip-\xFF");
    {
        PostedStateStore store(stateFile());
        QVERIFY(!store.load().isError()); // no file yet: empty, not an error
        QSignalSpy changed(&store, &PostedStateStore::postedChanged);
        QVERIFY(!store.setPosted(QStringLiteral("one"), true).isError());
        QVERIFY(!store.setPosted(QStringLiteral("two"), true).isError());
        QVERIFY(!store.setPosted(unusual, true).isError());
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("one"));
    }
    {
        PostedStateStore store(stateFile());
        QCOMPARE(store.postedCount(), 0); // nothing before load()
        QVERIFY(!store.load().isError());
        QVERIFY(store.isPosted(QStringLiteral("one")));
        QVERIFY(store.isPosted(unusual));
        QVERIFY(!store.isPosted(QStringLiteral("three")));
        QVERIFY(store.postedAt(QStringLiteral("one")).isValid());
        QVERIFY(!store.setPosted(QStringLiteral("two"), false).isError());
    }
    PostedStateStore store(stateFile());
    QVERIFY(!store.load().isError());
    QCOMPARE(store.postedCount(), 2);
    QVERIFY(!store.isPosted(QStringLiteral("two")));
    QVERIFY(!store.postedAt(QStringLiteral("two")).isValid());
}

void tst_PostedStateStore::file_isAtomicJsonInTheStateDir()
{
    PostedStateStore store(stateFile());
    QVERIFY(!store.load().isError());
    QVERIFY(!store.setPosted(QStringLiteral("pack"), true).isError());
    QCOMPARE(stateFile(), m_root->filePath(QStringLiteral("setup/handoff-posted.json")));
    // QSaveFile leaves nothing but the committed file behind.
    QCOMPARE(QDir(m_root->filePath(QStringLiteral("setup"))).entryList(QDir::Files | QDir::Hidden),
        QStringList { QStringLiteral("handoff-posted.json") });
    QFile file(stateFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    const QDateTime when = QDateTime::fromString(
        root.value(QStringLiteral("posted")).toObject().value(QStringLiteral("pack")).toString(),
        Qt::ISODate);
    QVERIFY(when.isValid());
    QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void tst_PostedStateStore::twoViewers_doNotUndoEachOther()
{
    PostedStateStore first(stateFile());
    PostedStateStore second(stateFile());
    QVERIFY(!first.load().isError());
    QVERIFY(!second.load().isError());
    QVERIFY(!first.setPosted(QStringLiteral("a"), true).isError());
    QVERIFY(!second.setPosted(QStringLiteral("b"), true).isError());
    QVERIFY(second.isPosted(QStringLiteral("a"))); // picked up while writing
    QSignalSpy changed(&first, &PostedStateStore::postedChanged);
    QVERIFY(!first.load().isError());
    QVERIFY(first.isPosted(QStringLiteral("b")));
    QCOMPARE(changed.count(), 1);
}

void tst_PostedStateStore::damagedFile_isReportedAndSetAside()
{
    QVERIFY(QDir().mkpath(QFileInfo(stateFile()).absolutePath()));
    QFile damaged(stateFile());
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"posted\": {\"a\": ");
    damaged.close();

    PostedStateStore store(stateFile());
    const Error error = store.load();
    QCOMPARE(error.code(), QStringLiteral("handoff.state_damaged"));
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(store.postedCount(), 0);
    QVERIFY(!store.setPosted(QStringLiteral("b"), true).isError());
    QVERIFY(QFile::exists(stateFile() + QStringLiteral(".damaged")));
    PostedStateStore reread(stateFile());
    QVERIFY(!reread.load().isError());
    QVERIFY(reread.isPosted(QStringLiteral("b")));
}

void tst_PostedStateStore::unwritableFolder_isAnErrorAndChangesNothing()
{
    // The state folder's place is taken by a file: nothing can be written there, even as root.
    QFile blocker(m_root->filePath(QStringLiteral("setup")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    PostedStateStore store(stateFile());
    QVERIFY(!store.load().isError());
    QSignalSpy changed(&store, &PostedStateStore::postedChanged);
    const Error error = store.setPosted(QStringLiteral("a"), true);
    QCOMPARE(error.code(), QStringLiteral("handoff.state_unwritable"));
    QVERIFY(!store.isPosted(QStringLiteral("a")));
    QCOMPARE(changed.count(), 0);
}

void tst_PostedStateStore::marking_neverTouchesThePublishersFiles()
{
    const RoxyPaths paths(m_root->path());
    const QByteArray exports = QFile::encodeName(paths.exportsDir());
    QVERIFY(QDir().mkpath(paths.exportsDir()));
    for (int i = 0; i < 3; ++i)
        SkybeamTest::writePack(exports, SkybeamTest::goodPack("pack-" + QByteArray::number(i), i));
    const QMap<QString, QByteArray> before = snapshot(paths.exportsDir());

    PostedStateStore store(PostedStateStore::defaultFilePath(paths));
    QVERIFY(!store.load().isError());
    HandoffPackModel model(&store);
    model.addPacks({ PackReader::read(exports, "pack-0"), PackReader::read(exports, "pack-1") });
    QVERIFY(!model.setPosted(model.index(0), true).isError());
    QVERIFY(!model.setPosted(model.index(1), true).isError());
    QVERIFY(!model.setPosted(model.index(1), false).isError());

    QCOMPARE(snapshot(paths.exportsDir()), before);
    QVERIFY(QFile::exists(paths.stateDir() + QStringLiteral("/handoff-posted.json")));
}

QTEST_GUILESS_MAIN(tst_PostedStateStore)
#include "tst_postedstatestore.moc"
