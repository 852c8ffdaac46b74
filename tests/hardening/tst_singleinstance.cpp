// SingleInstance: one wizard per user. A second start finds the first, asks it to come to the front and
// learns that it answered; a crashed first instance does not block later starts; starts at the same
// moment elect exactly one; other programs cannot block or crash it through its socket.
#include "common/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <vector>

#include <sys/stat.h>

using Skybeam::SingleInstance;

namespace {

const QString Key = QStringLiteral("skybeam-test"); // the helper uses this key too

std::unique_ptr<QProcess> startHelperInstance(const QString &dir)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QStringLiteral(SKYBEAM_HARDENING_HELPER), {QStringLiteral("instance"), dir});
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
            QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QLocalSocket::UnconnectedState,
                                      SingleInstance::ConnectionTimeoutMs + 5000);
    }
    QCOMPARE(activations.size(), 1);
}

void tst_SingleInstance::socketIsPrivate()
{
    QTemporaryDir dir;
    SingleInstance first(Key, dir.path());
    QCOMPARE(first.claim(), SingleInstance::Role::Primary);
    struct stat info {};
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
    QCOMPARE(SingleInstance::keyForFolder(missing), SingleInstance::keyForFolder(missing + QStringLiteral("/")));
}

QTEST_GUILESS_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
