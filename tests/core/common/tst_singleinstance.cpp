// SingleInstance: one wizard per user. A second start finds the first, asks it to come to the front and
// learns that it answered; a crashed first instance does not block later starts; starts at the same
// moment elect exactly one; other programs cannot block or crash it through its socket.
#include "common/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <vector>

#include <QLockFile>
#include <QScopeGuard>
#include <sys/stat.h>
#include <unistd.h>

using Skybeam::SingleInstance;

namespace {

const QString Key = QStringLiteral("skybeam-test"); // the helper uses this key too

std::unique_ptr<QProcess> startHelperInstance(const QString &dir)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QStringLiteral(SKYBEAM_HARDENING_HELPER), { QStringLiteral("instance"), dir });
    return process;
}

// True once `process` has ended (QProcess::waitForFinished() is false for one that already ended while the
// event loop ran).
bool ended(QProcess *process)
{
    return process->state() == QProcess::NotRunning || process->waitForFinished(10000);
}

QByteArray firstLine(QProcess *process)
{
    if (!process->canReadLine() && !QTest::qWaitFor([process] { return process->canReadLine(); }, 30000))
        return {};
    return process->readLine().trimmed();
}

} // namespace

class tst_SingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void first_isPrimary_secondAsksItToComeToFront();
    void primaryInAnotherProcess_isAskedAndAnswers();
    void crashedPrimary_doesNotBlockNextStart();
    void simultaneousStarts_electExactlyOnePrimary();
    void hostileClients_cannotBlockActivation();
    void socketIsPrivate();
    void keyForFolder_sameFolderSameKey();
    void unsafeRuntimeFolder_isNotUsed_data();
    void unsafeRuntimeFolder_isNotUsed();
    void privateRuntimeFolder_isUsed();
};

void tst_SingleInstance::first_isPrimary_secondAsksItToComeToFront()
{
    QTemporaryDir dir;
    SingleInstance first(Key, dir.path());
    QCOMPARE(first.claim(), SingleInstance::Role::Primary);
    QSignalSpy activations(&first, &SingleInstance::activationRequested);

    auto second = startHelperInstance(dir.path());
    QCOMPARE(firstLine(second.get()), QByteArray("role: secondary acknowledged"));
    QTRY_COMPARE_WITH_TIMEOUT(activations.size(), 1, 10000);
    QVERIFY(ended(second.get()));
    QCOMPARE(second->exitCode(), 0);
}

void tst_SingleInstance::primaryInAnotherProcess_isAskedAndAnswers()
{
    QTemporaryDir dir;
    auto primary = startHelperInstance(dir.path());
    QCOMPARE(firstLine(primary.get()), QByteArray("role: primary"));

    SingleInstance second(Key, dir.path());
    QCOMPARE(second.claim(), SingleInstance::Role::Secondary);
    QVERIFY(second.activationAcknowledged());
    QCOMPARE(firstLine(primary.get()), QByteArray("activated"));

    // Once the first instance quits normally, the next start is the primary again.
    primary->closeWriteChannel();
    QVERIFY(ended(primary.get()));
    SingleInstance third(Key, dir.path());
    QCOMPARE(third.claim(), SingleInstance::Role::Primary);
}

void tst_SingleInstance::crashedPrimary_doesNotBlockNextStart()
{
    QTemporaryDir dir;
    auto primary = startHelperInstance(dir.path());
    QCOMPARE(firstLine(primary.get()), QByteArray("role: primary"));
    ::kill(pid_t(primary->processId()), SIGKILL);
    QVERIFY(ended(primary.get()));
    // Its lock file and socket file are still there.
    QVERIFY(QFile::exists(dir.filePath(Key + QStringLiteral(".lock"))));

    SingleInstance next(Key, dir.path());
    QCOMPARE(next.claim(), SingleInstance::Role::Primary);
    QSignalSpy activations(&next, &SingleInstance::activationRequested);
    auto later = startHelperInstance(dir.path());
    QCOMPARE(firstLine(later.get()), QByteArray("role: secondary acknowledged"));
    QTRY_COMPARE_WITH_TIMEOUT(activations.size(), 1, 10000);
}

void tst_SingleInstance::simultaneousStarts_electExactlyOnePrimary()
{
    QTemporaryDir dir;
    constexpr int Starts = 6;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < Starts; ++i)
        processes.push_back(startHelperInstance(dir.path()));
    int primaries = 0;
    int secondaries = 0;
    QProcess *primary = nullptr;
    for (auto &process : processes) {
        const QByteArray role = firstLine(process.get());
        if (role == "role: primary") {
            ++primaries;
            primary = process.get();
        } else if (role.startsWith("role: secondary")) {
            ++secondaries;
        } else {
            QFAIL(role.constData());
        }
    }
    QCOMPARE(primaries, 1);
    QCOMPARE(secondaries, Starts - 1);
    primary->closeWriteChannel();
    for (auto &process : processes)
        QVERIFY(ended(process.get()));
}

void tst_SingleInstance::hostileClients_cannotBlockActivation()
{
    QTemporaryDir dir;
    SingleInstance first(Key, dir.path());
    QCOMPARE(first.claim(), SingleInstance::Role::Primary);
    QSignalSpy activations(&first, &SingleInstance::activationRequested);

    // Silent clients, garbage, an oversized message, a client that hangs up half-way.
    std::vector<std::unique_ptr<QLocalSocket>> hostile;
    for (int i = 0; i < 12; ++i) {
        auto socket = std::make_unique<QLocalSocket>();
        socket->connectToServer(first.serverName());
        QVERIFY(socket->waitForConnected(5000));
        if (i % 4 == 1)
            socket->write(QByteArray(100000, 'A'));
        else if (i % 4 == 2)
            socket->write("GET / HTTP/1.1\r\n\r\n");
        else if (i % 4 == 3)
            socket->write("activ");
        socket->flush();
        hostile.push_back(std::move(socket));
    }
    hostile.back()->abort();

    auto second = startHelperInstance(dir.path());
    QCOMPARE(firstLine(second.get()), QByteArray("role: secondary acknowledged"));
    QTRY_COMPARE_WITH_TIMEOUT(activations.size(), 1, 10000);
    // Garbage never counts as an activation, and every hostile connection is dropped in time.
    for (auto &socket : hostile) {
        if (socket->state() != QLocalSocket::UnconnectedState)
            QTRY_COMPARE_WITH_TIMEOUT(
                socket->state(), QLocalSocket::UnconnectedState, SingleInstance::ConnectionTimeoutMs + 5000);
    }
    QCOMPARE(activations.size(), 1);
}

void tst_SingleInstance::socketIsPrivate()
{
    QTemporaryDir dir;
    SingleInstance first(Key, dir.path());
    QCOMPARE(first.claim(), SingleInstance::Role::Primary);
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(first.serverName()).constData(), &info), 0);
    QVERIFY(S_ISSOCK(info.st_mode));
    QCOMPARE(info.st_mode & 077, mode_t(0));
}

void tst_SingleInstance::keyForFolder_sameFolderSameKey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString roxy = dir.filePath(QStringLiteral("roxy"));
    QVERIFY(QDir().mkpath(roxy));
    const QString key = SingleInstance::keyForFolder(roxy);
    QVERIFY2(key.startsWith(QLatin1String("skybeam-setup-")) && key.size() == 30, qPrintable(key));
    QCOMPARE(SingleInstance::keyForFolder(roxy + QStringLiteral("/.")), key);
    QCOMPARE(SingleInstance::keyForFolder(dir.filePath(QStringLiteral("x/../roxy"))), key);
    QVERIFY(QFile::link(roxy, dir.filePath(QStringLiteral("link"))));
    QCOMPARE(SingleInstance::keyForFolder(dir.filePath(QStringLiteral("link"))), key);
    // Another folder, and one that does not exist yet (first run), have keys of their own, stable ones.
    const QString missing = dir.filePath(QStringLiteral("not-yet"));
    QVERIFY(SingleInstance::keyForFolder(missing) != key);
    QCOMPARE(
        SingleInstance::keyForFolder(missing), SingleInstance::keyForFolder(missing + QStringLiteral("/")));
}

namespace {

// Sets (or with a null value unsets) environment variables for one test and restores them afterwards.
class EnvironmentOverride
{
public:
    void set(const char *name, const QByteArray &value)
    {
        m_saved.append({ name, qgetenv(name), qEnvironmentVariableIsSet(name) });
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~EnvironmentOverride()
    {
        for (auto it = m_saved.crbegin(); it != m_saved.crend(); ++it) {
            if (it->wasSet)
                qputenv(it->name, it->value);
            else
                qunsetenv(it->name);
        }
    }

private:
    struct Saved
    {
        const char *name;
        QByteArray value;
        bool wasSet;
    };
    QList<Saved> m_saved;
};

// Another user squats the lock: a live lock file under the key, in `folder`.
std::unique_ptr<QLockFile> squat(const QString &folder, const QString &name)
{
    auto lock = std::make_unique<QLockFile>(QDir(folder).filePath(name));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return {};
    return lock;
}

} // namespace

void tst_SingleInstance::unsafeRuntimeFolder_isNotUsed_data()
{
    QTest::addColumn<bool>("runtimeVariableSet");
    QTest::addColumn<uint>("owner");
    QTest::addColumn<uint>("mode");
    QTest::addRow("XDG_RUNTIME_DIR owned by another user") << true << 65534u << 0700u;
    QTest::addRow("XDG_RUNTIME_DIR open to everyone") << true << uint(::geteuid()) << 0777u;
    QTest::addRow("XDG_RUNTIME_DIR open to the group") << true << uint(::geteuid()) << 0750u;
    QTest::addRow("no XDG_RUNTIME_DIR, /tmp folder owned by another user") << false << 65534u << 0700u;
    QTest::addRow("no XDG_RUNTIME_DIR, /tmp folder open to everyone") << false << uint(::geteuid()) << 0777u;
}

void tst_SingleInstance::unsafeRuntimeFolder_isNotUsed()
{
    QFETCH(bool, runtimeVariableSet);
    QFETCH(uint, owner);
    QFETCH(uint, mode);
    if (owner != ::geteuid() && ::geteuid() != 0)
        QSKIP("needs root to give a folder to another user");
    QTemporaryDir tmp;
    QTemporaryDir cache;
    QVERIFY(tmp.isValid() && cache.isValid());
    // The /tmp-style folder another user created first: Qt's own fallback name, or XDG_RUNTIME_DIR.
    const QString runtime
        = tmp.filePath(QStringLiteral("runtime-") + qEnvironmentVariable("USER", QStringLiteral("root")));
    const QString userName = QFileInfo(runtime).fileName().mid(8);
    QVERIFY(QDir().mkdir(runtime));
    QCOMPARE(::chmod(QFile::encodeName(runtime).constData(), mode_t(mode)), 0);
    // The squatter's live locks, wherever the old code looked (the folder, and the shared one with the uid).
    const QString name = Key + QStringLiteral(".lock");
    const QString sharedName = Key + QStringLiteral("-%1.lock").arg(::geteuid());
    auto squatted = squat(runtime, name);
    auto squattedShared = squat(tmp.path(), sharedName);
    QVERIFY(squatted && squattedShared);
    const auto chown = [](const QString &path, uint uid) {
        return ::lchown(QFile::encodeName(path).constData(), uid_t(uid), gid_t(uid)) == 0;
    };
    QVERIFY(chown(runtime, owner) && chown(runtime + QLatin1Char('/') + name, owner)
        && chown(tmp.filePath(sharedName), owner));
    auto giveBack = qScopeGuard([&] { chown(runtime, ::geteuid()); });

    EnvironmentOverride environment;
    environment.set("USER", userName.toUtf8());
    environment.set("TMPDIR", QFile::encodeName(tmp.path()));
    environment.set("XDG_RUNTIME_DIR", runtimeVariableSet ? QFile::encodeName(runtime) : QByteArray());
    environment.set("XDG_CACHE_HOME", QFile::encodeName(cache.path()));

    SingleInstance instance(Key);
    QCOMPARE(instance.claim(), SingleInstance::Role::Primary);
    const QString privateFolder = cache.filePath(QStringLiteral("skybeam-setup"));
    QCOMPARE(QFileInfo(instance.lockFilePath()).absolutePath(), privateFolder);
    QCOMPARE(QFileInfo(instance.serverName()).absolutePath(), privateFolder);
    struct stat info
    {
    };
    QCOMPARE(::lstat(QFile::encodeName(privateFolder).constData(), &info), 0);
    QVERIFY(S_ISDIR(info.st_mode));
    QCOMPARE(info.st_mode & 07777, mode_t(0700));
    QCOMPARE(info.st_uid, ::geteuid());
    // Nothing was written into the squatted folder, and its mode was left alone.
    QCOMPARE(QDir(runtime).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
        QStringList { name });
    QCOMPARE(::lstat(QFile::encodeName(runtime).constData(), &info), 0);
    QCOMPARE(uint(info.st_mode & 07777), mode);
}

void tst_SingleInstance::privateRuntimeFolder_isUsed()
{
    QTemporaryDir runtime;
    QTemporaryDir cache;
    QVERIFY(runtime.isValid() && cache.isValid());
    QCOMPARE(::chmod(QFile::encodeName(runtime.path()).constData(), 0700), 0);
    EnvironmentOverride environment;
    environment.set("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    environment.set("XDG_CACHE_HOME", QFile::encodeName(cache.path()));
    SingleInstance instance(Key);
    QCOMPARE(instance.claim(), SingleInstance::Role::Primary);
    QCOMPARE(QFileInfo(instance.lockFilePath()).absolutePath(), QFileInfo(runtime.path()).absoluteFilePath());
    QVERIFY(!QFileInfo::exists(cache.filePath(QStringLiteral("skybeam-setup"))));

    // A link to a private folder is not the folder: the cache is used.
    QTemporaryDir links;
    const QString link = links.filePath(QStringLiteral("runtime"));
    QVERIFY(QFile::link(runtime.path(), link));
    environment.set("XDG_RUNTIME_DIR", QFile::encodeName(link));
    SingleInstance viaLink(QStringLiteral("skybeam-test-link"));
    QCOMPARE(viaLink.claim(), SingleInstance::Role::Primary);
    QCOMPARE(
        QFileInfo(viaLink.lockFilePath()).absolutePath(), cache.filePath(QStringLiteral("skybeam-setup")));
}

QTEST_GUILESS_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
