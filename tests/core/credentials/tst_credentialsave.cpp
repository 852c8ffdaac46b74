// Crash-safe, fault-safe and concurrent saves of the credential file: whatever happens to a save (SIGKILL at
// any moment, a full disk, a read-only folder, other processes saving and reading at the same time), the
// file afterwards parses, holds exactly the old or the new content, and is 0600.
#include "credentials/credentialfile.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <vector>

#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Skybeam;
using SkybeamTest::TempRoxy;

namespace {

QString helperBinary()
{
    return QStringLiteral(SKYBEAM_HARDENING_HELPER);
}

mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A record as CredentialFile::write stores it (its text fields are already trimmed), and its exact bytes.
QJsonObject record(int generation, int paddingLength = 200)
{
    return QJsonObject { { QStringLiteral("client_key"), QStringLiteral("awcrashsafe") },
        { QStringLiteral("client_secret"), QStringLiteral("secret-%1").arg(generation) },
        { QStringLiteral("access_token"), QStringLiteral("act.generation.%1").arg(generation) },
        { QStringLiteral("refresh_token"), QStringLiteral("rft.generation.%1").arg(generation) },
        { QStringLiteral("expires_in"), 86400 + generation },
        { QStringLiteral("token_type"), QStringLiteral("Bearer") },
        { QStringLiteral("notes"), QString(paddingLength + generation % 97, QLatin1Char('n')) } };
}

QByteArray bytesOf(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

QString writeRecordFile(const QString &dir, const QJsonObject &json)
{
    const QString path = dir + QStringLiteral("/record.json");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytesOf(json)) < 0)
        return {};
    return path;
}

struct HelperOutput
{
    int exitCode = -1;
    QMap<QByteArray, QByteArray> facts; // "key: value" lines (the last one of each key)
    QByteArray all;
};

HelperOutput runHelper(const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(helperBinary(), arguments);
    HelperOutput output;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return output;
    }
    output.exitCode = process.exitCode();
    output.all = process.readAllStandardOutput();
    for (const QByteArray &line : output.all.split('\n')) {
        const qsizetype colon = line.indexOf(": ");
        if (colon > 0)
            output.facts.insert(line.left(colon), line.mid(colon + 2));
        else if (line.endsWith(':'))
            output.facts.insert(line.chopped(1), QByteArray());
    }
    return output;
}

bool canMount()
{
    if (::geteuid() != 0)
        return false;
    // Try in a throw-away child with its own mount namespace, exactly as the helper will.
    const pid_t pid = ::fork();
    if (pid == 0) {
        const bool ok = ::unshare(CLONE_NEWNS) == 0
            && ::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0
            && ::mount("tmpfs", "/tmp", "tmpfs", 0, "size=4k") == 0;
        ::_exit(ok ? 0 : 1);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

class tst_CredentialSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sigkillAtRandomMoments_leavesOldOrNewFile();
    void diskFull_keepsOldFileAndSaysSo_data();
    void diskFull_keepsOldFileAndSaysSo();
    void readOnlyFolder_keepsOldFileAndSaysSo_data();
    void readOnlyFolder_keepsOldFileAndSaysSo();
    void concurrentWritersAndReader_neverCorrupt();
    void lockWithoutLiveHolder_neverDelaysSave_data();
    void lockWithoutLiveHolder_neverDelaysSave();
    void liveHolder_isWaitedForThenSaves();
};

void tst_CredentialSave::sigkillAtRandomMoments_leavesOldOrNewFile()
{
    // In memory (/dev/shm) when there is one: a kill tests the save's steps, not the disk, and 1,000
    // rounds on a busy virtual disk (two fsyncs per save) would take minutes.
    QTemporaryDir memory(QDir(QStringLiteral("/dev/shm")).exists()
            ? QStringLiteral("/dev/shm/skybeam-kill-XXXXXX")
            : QString());
    QVERIFY(memory.isValid());
    const RoxyPaths paths(memory.path());
    const CredentialFile file(paths);
    const QString path = paths.primaryCredentialFile();
    QJsonObject current = record(0);
    QVERIFY(!file.write(TikTokCredentials(current)).isError());
    QCOMPARE(readAll(path), bytesOf(current));

    // Where to aim the kills: a fresh saver's first save ends some hundreds of microseconds after it says
    // "ready" on an idle machine, and much later on a loaded one or under the sanitizers. Start from a
    // measured save time and let the window follow what the kills hit (see the end of the loop).
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 20; ++i)
        QVERIFY(!file.write(TikTokCredentials(current)).isError());
    constexpr qint64 MinWindowNs = 50'000;
    constexpr qint64 MaxWindowNs = 100'000'000; // bounded: 1,000 spins of at most 100 ms
    qint64 maxDelayNs = qBound(MinWindowNs, 4 * timer.nsecsElapsed() / 20, MaxWindowNs);

    QRandomGenerator random(20260108); // fixed seed: a failure can be replayed
    constexpr int Kills = 1000;
    constexpr int Round = 25;
    int sawOld = 0;
    int sawNew = 0;
    int roundOld = 0;
    int roundNew = 0;
    for (int i = 1; i <= Kills; ++i) {
        const QJsonObject next = record(i);
        const QString recordPath = writeRecordFile(memory.path(), next);
        QVERIFY(!recordPath.isEmpty());
        QProcess saver;
        saver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        saver.start(helperBinary(), { QStringLiteral("save-loop"), memory.path(), recordPath });
        QVERIFY2(saver.waitForReadyRead(30000), "the saver did not start");
        QCOMPARE(saver.readLine().trimmed(), QByteArray("ready"));
        // Kill it after a random time, from before its first save starts to after it committed. (A spin of
        // microseconds that places the kill, not a wait for something to happen.)
        const qint64 delay = qint64(random.bounded(quint64(maxDelayNs)));
        QElapsedTimer spin;
        spin.start();
        while (spin.nsecsElapsed() < delay) { }
        QCOMPARE(::kill(pid_t(saver.processId()), SIGKILL), 0);
        QVERIFY(saver.waitForFinished(30000));
        const QByteArray said = saver.readAllStandardOutput();
        QVERIFY2(saver.exitStatus() == QProcess::CrashExit,
            qPrintable(QStringLiteral("kill %1: a save failed instead of being killed: %2")
                           .arg(i)
                           .arg(QString::fromUtf8(said))));

        const QByteArray bytes = readAll(path);
        const CredentialReadResult read = CredentialFile::readFile(path);
        QVERIFY2(read.isUsable(), qPrintable(QStringLiteral("kill %1: %2").arg(i).arg(read.error.message())));
        QCOMPARE(modeOf(path), mode_t(0600));
        if (bytes == bytesOf(current)) {
            ++sawOld;
            ++roundOld;
        } else {
            QVERIFY2(bytes == bytesOf(next),
                qPrintable(QStringLiteral("kill %1 left content that is neither old nor new").arg(i)));
            ++sawNew;
            ++roundNew;
            current = next;
        }
        // Every file in the folder holds secrets: each must be private, whatever moment the kill hit.
        const QFileInfoList entries = QDir(paths.credentialsDir()).entryInfoList(QDir::Files | QDir::Hidden);
        for (const QFileInfo &entry : entries) {
            QVERIFY2(modeOf(entry.filePath()) == 0600, qPrintable(entry.fileName())); // the lock too
        }
        // Keep the random moments on the save itself: judged on the last round of kills only (a running
        // total would keep widening long after the window is right), widen the window while most kills land
        // before the new file is in place, narrow it while most land after; always within its bounds.
        if (i % Round == 0) {
            if (roundNew < Round / 4)
                maxDelayNs = qMin(MaxWindowNs, maxDelayNs * 2);
            else if (roundOld < Round / 4)
                maxDelayNs = qMax(MinWindowNs, maxDelayNs * 2 / 3);
            roundOld = 0;
            roundNew = 0;
        }
    }
    qInfo("%d kills: %d left the old file, %d the new one (window up to %lld us)", Kills, sawOld, sawNew,
        maxDelayNs / 1000);
    // The kills must really have hit both sides of the save, or the test proved nothing.
    QVERIFY(sawOld >= 50);
    QVERIFY(sawNew >= 50);
    QCOMPARE(modeOf(paths.credentialsDir()), mode_t(0700));
    // The next save clears whatever the killed ones left behind: only the file, its backup and the lock.
    const Error last = file.write(TikTokCredentials(current));
    QVERIFY2(!last.isError(), qPrintable(last.message()));
    QStringList left = QDir(paths.credentialsDir()).entryList(QDir::Files | QDir::Hidden);
    left.removeAll(QStringLiteral(".tiktok_oauth.json.lock"));
    left.sort();
    QVERIFY2(left
            == (QStringList { QStringLiteral("tiktok_oauth.json"), QStringLiteral("tiktok_oauth.json.bak") }),
        qPrintable(left.join(QLatin1Char(' '))));
    const CredentialReadResult backup = CredentialFile::readFile(paths.backupCredentialFile());
    QVERIFY(backup.isUsable());
    QCOMPARE(modeOf(paths.backupCredentialFile()), mode_t(0600));
}

void tst_CredentialSave::diskFull_keepsOldFileAndSaysSo_data()
{
    QTest::addColumn<QString>("setup");
    QTest::newRow("file size limit (ulimit -f)") << QStringLiteral("fsize=4096");
    QTest::newRow("tmpfs full to the last byte (root)") << QStringLiteral("tmpfs=65536");
    QTest::newRow("tmpfs with room for the lock and backup only (root)")
        << QStringLiteral("tmpfs=65536,free=8192");
}

void tst_CredentialSave::diskFull_keepsOldFileAndSaysSo()
{
    QFETCH(QString, setup);
    if (setup.startsWith(QLatin1String("tmpfs")) && !canMount())
        QSKIP("mounting a tmpfs needs root and mount rights; the file size limit row covers a full disk");
    TempRoxy roxy;
    const CredentialFile file(roxy.paths());
    const QJsonObject old = record(1, 100);
    QVERIFY(!file.write(TikTokCredentials(old)).isError());
    // Larger than the limit: the write must fail part-way.
    const QString recordPath = writeRecordFile(roxy.root(), record(2, 20000));

    const HelperOutput output = runHelper({ QStringLiteral("save"), roxy.root(), recordPath, setup });
    QVERIFY2(output.exitCode == 0, output.all.constData());
    QVERIFY2(output.facts.value("code").startsWith("credentials."), output.all.constData());
    const QString message = QString::fromUtf8(output.facts.value("message"));
    QVERIFY2(message.contains(QLatin1String("tiktok_oauth.json")), qPrintable(message));
    // Either the backup of the old file or the new file itself could not be written (a full disk stops
    // the backup; Qt's buffered QSaveFile used to commit that backup truncated): nothing changed either way.
    QVERIFY2(message.contains(QLatin1String("unchanged"))
            || message.contains(QLatin1String("nothing was changed")),
        qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("Another SKYBEAM Setup")), qPrintable(message));
    QCOMPARE(QByteArray::fromHex(output.facts.value("after")), bytesOf(old));
    QCOMPARE(output.facts.value("mode"), QByteArray("600"));
    if (setup.startsWith(QLatin1String("fsize"))) {
        // Seen from here too (the tmpfs vanished with the helper's mount namespace).
        QCOMPARE(readAll(roxy.paths().primaryCredentialFile()), bytesOf(old));
        QVERIFY(CredentialFile::readFile(roxy.paths().primaryCredentialFile()).isUsable());
    }
}

void tst_CredentialSave::readOnlyFolder_keepsOldFileAndSaysSo_data()
{
    QTest::addColumn<QString>("setup");
    QTest::newRow("read-only bind mount (root)") << QStringLiteral("readonly");
    QTest::newRow("chmod 0500 (not root)") << QStringLiteral("chmod");
}

void tst_CredentialSave::readOnlyFolder_keepsOldFileAndSaysSo()
{
    QFETCH(QString, setup);
    if (setup == QLatin1String("readonly") && !canMount())
        QSKIP("a read-only bind mount needs root and mount rights; the chmod row covers other users");
    if (setup == QLatin1String("chmod") && ::geteuid() == 0)
        QSKIP("root ignores folder permissions; the read-only bind mount row covers root");
    TempRoxy roxy;
    const CredentialFile file(roxy.paths());
    const QJsonObject old = record(1);
    QVERIFY(!file.write(TikTokCredentials(old)).isError());
    const QString recordPath = writeRecordFile(roxy.root(), record(2));
    const QString dir = roxy.paths().credentialsDir();

    HelperOutput output;
    if (setup == QLatin1String("chmod")) {
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        output = runHelper({ QStringLiteral("save"), roxy.root(), recordPath });
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    } else {
        output = runHelper({ QStringLiteral("save"), roxy.root(), recordPath, setup });
    }
    QVERIFY2(output.exitCode == 0, output.all.constData());
    QVERIFY2(output.facts.value("code").startsWith("credentials."), output.all.constData());
    const QString message = QString::fromUtf8(output.facts.value("message"));
    QVERIFY2(message.contains(QLatin1String("tiktok_oauth.json")), qPrintable(message));
    // Either the backup of the old file or the new file itself could not be written (a full disk stops
    // the backup; Qt's buffered QSaveFile used to commit that backup truncated): nothing changed either way.
    QVERIFY2(message.contains(QLatin1String("unchanged"))
            || message.contains(QLatin1String("nothing was changed")),
        qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("Another SKYBEAM Setup")), qPrintable(message));
    QCOMPARE(QByteArray::fromHex(output.facts.value("after")), bytesOf(old));
    QCOMPARE(readAll(roxy.paths().primaryCredentialFile()), bytesOf(old));
    QCOMPARE(modeOf(roxy.paths().primaryCredentialFile()), mode_t(0600));
}

void tst_CredentialSave::concurrentWritersAndReader_neverCorrupt()
{
    TempRoxy roxy;
    const CredentialFile file(roxy.paths());
    QVERIFY(!file.write(TikTokCredentials(record(0))).isError());

    QProcess reader;
    reader.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    reader.start(helperBinary(), { QStringLiteral("read-loop"), roxy.root() });
    QVERIFY(reader.waitForReadyRead(30000));
    QCOMPARE(reader.readLine().trimmed(), QByteArray("ready"));

    constexpr int Writers = 6;
    constexpr int SavesEach = 40;
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int w = 0; w < Writers; ++w) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(helperBinary(),
            { QStringLiteral("save-many"), roxy.root(), QStringLiteral("w%1").arg(w),
                QString::number(SavesEach) });
        writers.push_back(std::move(process));
    }
    for (auto &process : writers) {
        QVERIFY(process->waitForFinished(120000));
        const QByteArray out = process->readAllStandardOutput();
        QVERIFY2(process->exitCode() == 0, out.constData());
        QVERIFY(out.contains("errors: 0"));
    }
    reader.closeWriteChannel();
    QVERIFY(reader.waitForFinished(30000));
    const QByteArray readerOut = reader.readAllStandardOutput();
    QVERIFY2(readerOut.contains("\nbad: 0"), readerOut.constData());
    const qsizetype readsAt = readerOut.indexOf("reads: ");
    QVERIFY(readsAt >= 0);
    QVERIFY2(readerOut.mid(readsAt + 7).split('\n').first().toLongLong() > 0, readerOut.constData());

    // The last save of some writer won; the file is exactly one writer's record, not a mix.
    const CredentialReadResult result = file.read();
    QVERIFY(result.isUsable());
    const QJsonObject json = result.credentials.json();
    const QString writer = json.value(QStringLiteral("writer")).toString();
    QVERIFY(writer.startsWith(QLatin1Char('w')));
    QCOMPARE(json.value(QStringLiteral("client_secret")).toString(), QStringLiteral("secret-%1").arg(writer));
    QVERIFY(json.value(QStringLiteral("access_token"))
                .toString()
                .startsWith(QStringLiteral("act.%1.").arg(writer)));
    QCOMPARE(json.value(QStringLiteral("access_token")).toString().mid(3),
        json.value(QStringLiteral("refresh_token")).toString().mid(3));
    QCOMPARE(modeOf(roxy.paths().primaryCredentialFile()), mode_t(0600));
    QVERIFY(CredentialFile::readFile(roxy.paths().backupCredentialFile()).isUsable());
    // No temporary files left behind by the atomic saves.
    const QStringList leftovers
        = QDir(roxy.paths().credentialsDir())
              .entryList({ QStringLiteral("tiktok_oauth.json.*") }, QDir::Files | QDir::Hidden);
    QCOMPARE(leftovers, QStringList { QStringLiteral("tiktok_oauth.json.bak") });
}

void tst_CredentialSave::lockWithoutLiveHolder_neverDelaysSave_data()
{
    QTest::addColumn<QString>("leftBehind");
    // Killed between creating the lock file and writing its PID into it.
    QTest::newRow("empty lock file") << QStringLiteral("empty");
    // A lock file whose text nobody can read as a holder (a torn write, another program's format).
    QTest::newRow("unreadable lock file") << QStringLiteral("garbage");
    // The dead writer's PID now belongs to another live process (PID reuse after a crash or a reboot):
    // judged by its contents the lock looked alive, and every save failed for 30 s ("Another SKYBEAM Setup
    // is saving") although nothing was saving.
    QTest::newRow("lock naming a live process that does not hold it") << QStringLiteral("reused-pid");
    // Killed while removing a dead writer's lock (the older lock's ".rmlock"): nothing to take over now.
    QTest::newRow("dead writer's lock and an empty .rmlock") << QStringLiteral("rmlock");
    // The real thing: a writer holding the lock is SIGKILLed.
    QTest::newRow("holder killed with SIGKILL") << QStringLiteral("killed");
}

void tst_CredentialSave::lockWithoutLiveHolder_neverDelaysSave()
{
    QFETCH(QString, leftBehind);
    TempRoxy roxy;
    const CredentialFile file(roxy.paths());
    QVERIFY(!file.write(TikTokCredentials(record(1))).isError());
    const QString lockPath = roxy.paths().credentialsDir() + QStringLiteral("/.tiktok_oauth.json.lock");
    const auto leave = [&lockPath](const QByteArray &bytes, const QString &path = QString()) {
        QFile lock(path.isEmpty() ? lockPath : path);
        return lock.open(QIODevice::WriteOnly | QIODevice::Truncate) && lock.write(bytes) == bytes.size();
    };
    QProcess liveStranger; // must outlive the save
    if (leftBehind == QLatin1String("empty")) {
        QVERIFY(leave(QByteArray()));
    } else if (leftBehind == QLatin1String("garbage")) {
        QVERIFY(leave("not a lock\n\x01\x02"));
    } else if (leftBehind == QLatin1String("reused-pid")) {
        liveStranger.start(QStringLiteral("sleep"), { QStringLiteral("60") });
        QVERIFY(liveStranger.waitForStarted());
        // QLockFile's format (PID, program name, host name): all of it true of a live process.
        QVERIFY(leave(QByteArray::number(liveStranger.processId()) + "\nsleep\n"
            + QSysInfo::machineHostName().toUtf8() + "\n"));
    } else if (leftBehind == QLatin1String("rmlock")) {
        QVERIFY(leave("999999999\nskybeam-setup\n" + QSysInfo::machineHostName().toUtf8() + "\n"));
        QVERIFY(leave(QByteArray(), lockPath + QStringLiteral(".rmlock")));
    } else {
        QProcess holder;
        holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        holder.start(helperBinary(), { QStringLiteral("hold-lock"), lockPath });
        QVERIFY(holder.waitForReadyRead(30000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));
        QCOMPARE(::kill(pid_t(holder.processId()), SIGKILL), 0);
        QVERIFY(holder.waitForFinished(30000));
        QVERIFY(QFileInfo(lockPath).size() > 0); // its PID is still in the file
    }
    QElapsedTimer timer;
    timer.start();
    const Error error = file.write(TikTokCredentials(record(2)));
    const qint64 took = timer.elapsed();
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(readAll(roxy.paths().primaryCredentialFile()), bytesOf(record(2)));
    // Not delayed at all: nothing waits for a lock nobody holds (the old rules waited 0.2 s, 10 s or 30 s).
    QVERIFY2(took < 2000, qPrintable(QStringLiteral("the save took %1 ms").arg(took)));
    QCOMPARE(modeOf(lockPath), mode_t(0600));
    if (liveStranger.state() != QProcess::NotRunning) {
        liveStranger.kill();
        liveStranger.waitForFinished();
    }
}

void tst_CredentialSave::liveHolder_isWaitedForThenSaves()
{
    TempRoxy roxy;
    const CredentialFile file(roxy.paths());
    QVERIFY(!file.write(TikTokCredentials(record(1))).isError());
    const QString lockPath = roxy.paths().credentialsDir() + QStringLiteral("/.tiktok_oauth.json.lock");
    QProcess holder;
    holder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    holder.start(helperBinary(), { QStringLiteral("hold-lock"), lockPath });
    QVERIFY(holder.waitForReadyRead(30000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

    const QString recordPath = writeRecordFile(roxy.root(), record(2));
    QProcess saver;
    saver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    saver.start(helperBinary(), { QStringLiteral("save"), roxy.root(), recordPath });
    QVERIFY(saver.waitForStarted());
    // While a live process holds the lock, the save waits (it must not write under another writer).
    QVERIFY(!saver.waitForFinished(500));
    QCOMPARE(readAll(roxy.paths().primaryCredentialFile()), bytesOf(record(1)));
    holder.closeWriteChannel(); // the holder releases the lock and exits
    QVERIFY(holder.waitForFinished(30000));
    QVERIFY(saver.waitForFinished(30000));
    const QByteArray said = saver.readAllStandardOutput();
    QVERIFY2(said.startsWith("code: \n"), said.constData());
    QCOMPARE(readAll(roxy.paths().primaryCredentialFile()), bytesOf(record(2)));
}

QTEST_GUILESS_MAIN(tst_CredentialSave)
#include "tst_credentialsave.moc"
