// The wizard as an operator starts it: a second start for the same SKYBEAM folder brings the running
// wizard to the front and ends; a start for another folder is not turned away; a crashed wizard does not
// block the next one. Real processes (offscreen), a private runtime folder for the lock and socket.
#include "common/singleinstance.h"
#include "setupprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>
#include <unistd.h>

using namespace SkybeamTest;
using namespace Qt::Literals::StringLiterals;

namespace {

// A running wizard whose standard error is collected as it comes.
class Wizard
{
public:
    // --verbose: the tests wait for the informational line that says the wizard took its folder.
    Wizard(
        const QString &roxyHome, const QString &runtimeDir, const QStringList &arguments = { u"--verbose"_s })
        : Wizard(arguments, environmentIn(roxyHome, runtimeDir))
    {
    }
    Wizard(const QStringList &arguments, const QProcessEnvironment &environment)
        : m_process(arguments, environment)
    {
    }
    QProcess &process() { return m_process.process(); }
    const QByteArray &err()
    {
        m_err += m_process.process().readAllStandardError();
        return m_err;
    }
    bool said(const QByteArray &text) { return err().contains(text); }

    static QProcessEnvironment environmentIn(const QString &roxyHome, const QString &runtimeDir)
    {
        QProcessEnvironment environment = environmentFor(roxyHome);
        environment.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir);
        return environment;
    }

private:
    SetupProcess m_process;
    QByteArray m_err;
};

constexpr int StartTimeoutMs = 20000;
const QByteArray OnlyOne = "This is the only SKYBEAM Setup wizard running";

} // namespace

class tst_GuiInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void secondStart_bringsFirstToFrontAndEnds();
    void otherFolder_isNotTurnedAway();
    void crashedWizard_doesNotBlockTheNext();
    void squattedRuntimeFolder_isNotUsed();
    void withoutVerbose_noInformationalLines();

private:
    std::unique_ptr<QTemporaryDir> m_runtime;
};

void tst_GuiInstance::init()
{
    m_runtime = std::make_unique<QTemporaryDir>();
    QVERIFY(m_runtime->isValid());
    QVERIFY(QFile::setPermissions(
        m_runtime->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
}

void tst_GuiInstance::secondStart_bringsFirstToFrontAndEnds()
{
    TempRoxy roxy;
    Wizard first(roxy.root(), m_runtime->path());
    QTRY_VERIFY2_WITH_TIMEOUT(first.said(OnlyOne), first.err().constData(), StartTimeoutMs);

    // The same folder spelled differently (a trailing "/.") is the same wizard.
    const ProcessResult second
        = runSetup({}, Wizard::environmentIn(roxy.root() + u"/."_s, m_runtime->path()), {}, StartTimeoutMs);
    QVERIFY(!second.crashed);
    QCOMPARE(second.exitCode, 0);
    const QString said = QString::fromUtf8(second.err);
    QVERIFY2(said.contains(u"SKYBEAM Setup is already running for"_s), second.err.constData());
    QVERIFY2(said.contains(u"brought to the front"_s), second.err.constData());
    QVERIFY2(!second.err.contains(OnlyOne), second.err.constData());

    // The first one was asked to come to the front, and is still there.
    QTRY_VERIFY2_WITH_TIMEOUT(first.said("Another start asked this wizard to come to the front"),
        first.err().constData(), StartTimeoutMs);
    QCOMPARE(first.process().state(), QProcess::Running);
    // Only its lock and socket, in the runtime folder.
    const QString key = Skybeam::SingleInstance::keyForFolder(roxy.root());
    QVERIFY(QFile::exists(m_runtime->filePath(key + u".lock"_s)));
    QVERIFY(QFile::exists(m_runtime->filePath(key + u".socket"_s)));
}

void tst_GuiInstance::otherFolder_isNotTurnedAway()
{
    TempRoxy roxy;
    TempRoxy other;
    Wizard first(roxy.root(), m_runtime->path());
    QTRY_VERIFY2_WITH_TIMEOUT(first.said(OnlyOne), first.err().constData(), StartTimeoutMs);
    Wizard second(other.root(), m_runtime->path());
    QTRY_VERIFY2_WITH_TIMEOUT(second.said(OnlyOne), second.err().constData(), StartTimeoutMs);
    QCOMPARE(first.process().state(), QProcess::Running);
    QCOMPARE(second.process().state(), QProcess::Running);
    QVERIFY(!first.said("Another start asked"));
}

void tst_GuiInstance::crashedWizard_doesNotBlockTheNext()
{
    TempRoxy roxy;
    {
        Wizard crashed(roxy.root(), m_runtime->path());
        QTRY_VERIFY2_WITH_TIMEOUT(crashed.said(OnlyOne), crashed.err().constData(), StartTimeoutMs);
        crashed.process().kill(); // SIGKILL: its lock and socket stay behind
        QVERIFY(crashed.process().waitForFinished(StartTimeoutMs));
    }
    const QString key = Skybeam::SingleInstance::keyForFolder(roxy.root());
    QVERIFY(QFile::exists(m_runtime->filePath(key + u".lock"_s)));
    Wizard next(roxy.root(), m_runtime->path());
    QTRY_VERIFY2_WITH_TIMEOUT(next.said(OnlyOne), next.err().constData(), StartTimeoutMs);
    QCOMPARE(next.process().state(), QProcess::Running);
}

void tst_GuiInstance::withoutVerbose_noInformationalLines()
{
    TempRoxy roxy;
    // The operator's environment: without the tests' QT_LOGGING_RULES, which turns skybeam's debug lines on
    // whatever the command line says (the environment's rules override the program's own).
    QProcessEnvironment environment = Wizard::environmentIn(roxy.root(), m_runtime->path());
    environment.remove(u"QT_LOGGING_RULES"_s);
    Wizard first({}, environment);
    // The first holds the folder once its socket is there; the second start is then turned away.
    const QString key = Skybeam::SingleInstance::keyForFolder(roxy.root());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_runtime->filePath(key + u".socket"_s)), StartTimeoutMs);
    const ProcessResult second = runSetup({}, environment, {}, StartTimeoutMs);
    QVERIFY2(second.err.contains("brought to the front"), second.err.constData());
    QCOMPARE(first.process().state(), QProcess::Running);
    // Neither start said anything informational: no "only wizard running", no "asked to come to the front".
    QVERIFY2(!first.err().contains("skybeam."), first.err().constData());
    QVERIFY2(!first.err().contains(OnlyOne), first.err().constData());
    QVERIFY2(!second.err.contains("skybeam."), second.err.constData());
}

void tst_GuiInstance::squattedRuntimeFolder_isNotUsed()
{
    if (::geteuid() != 0)
        QSKIP("needs root to give a folder to another user");
    // Another user (65534) created the runtime folder first, open to everyone, and holds the wizard's lock in
    // it.
    TempRoxy roxy;
    QTemporaryDir cache;
    QVERIFY(cache.isValid());
    const QString key = Skybeam::SingleInstance::keyForFolder(roxy.root());
    QLockFile squatted(m_runtime->filePath(key + u".lock"_s));
    squatted.setStaleLockTime(0);
    QVERIFY(squatted.tryLock(0));
    QCOMPARE(::chmod(QFile::encodeName(m_runtime->path()).constData(), 0777), 0);
    QCOMPARE(::chown(QFile::encodeName(m_runtime->path()).constData(), 65534, 65534), 0);
    QCOMPARE(::chown(QFile::encodeName(m_runtime->filePath(key + u".lock"_s)).constData(), 65534, 65534), 0);

    QProcessEnvironment environment = Wizard::environmentIn(roxy.root(), m_runtime->path());
    environment.insert(u"XDG_CACHE_HOME"_s, cache.path());
    SetupProcess wizard(QStringList { u"--verbose"_s }, environment);
    QByteArray err;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (err += wizard.process().readAllStandardError()).contains(OnlyOne), err.constData(), StartTimeoutMs);
    QCOMPARE(wizard.process().state(), QProcess::Running);
    // Its lock and socket are in a private folder of the user's cache; nothing was added to the squatted one.
    const QString privateFolder = cache.filePath(u"skybeam-setup"_s);
    QVERIFY(QFile::exists(privateFolder + u'/' + key + u".lock"_s));
    QVERIFY(QFile::exists(privateFolder + u'/' + key + u".socket"_s));
    struct stat info
    {
    };
    QCOMPARE(::lstat(QFile::encodeName(privateFolder).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0700));
    QCOMPARE(QDir(m_runtime->path())
                 .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
        QStringList { key + u".lock"_s });
    QCOMPARE(::chown(QFile::encodeName(m_runtime->path()).constData(), 0, 0), 0);
}

QTEST_GUILESS_MAIN(tst_GuiInstance)
#include "tst_guiinstance.moc"
