// The commands that run unattended start without the desktop stack (issue 18): run as a timer or a script
// would, with no DISPLAY or WAYLAND_DISPLAY, no Qt Gui, Qt Widgets, X or Wayland client library is ever
// loaded into their process, the keychain (QtKeychain) only into the commands that ask it, QtDBus only
// when used, and no QtNetwork into validate, status and remind. What a
// process loaded is read from the dynamic loader's own record (LD_DEBUG=files, one file per process id),
// so libraries opened later (the modules) count too. The wizard, by contrast, is the same process becoming
// skybeam-setup-gui, which does load Widgets: that proves the record is read right.
#include "core/oauth/oauthtesthelpers.h"
#include "setupprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace FakeTikTokTest;
using namespace OAuthTest;
using SkybeamTest::TempRoxy;

namespace {

// Libraries of the desktop stack, as file name prefixes.
const QStringList DesktopLibraries = { QStringLiteral("libQt6Gui"), QStringLiteral("libQt6Widgets"),
    QStringLiteral("libX11"), QStringLiteral("libxcb"), QStringLiteral("libwayland"),
    QStringLiteral("libQt6XcbQpa"), QStringLiteral("libQt6WaylandClient"), QStringLiteral("libEGL"),
    QStringLiteral("libGLX"), QStringLiteral("libxkbcommon") };
const QString KeychainLibrary = QStringLiteral("libqt6keychain");
const QString DBusLibrary = QStringLiteral("libQt6DBus");
const QString NetworkLibrary = QStringLiteral("libQt6Network");

enum class Keychain { No, Yes, Any };

QByteArray credentialFile(const QString &clientKey)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QJsonDocument(QJsonObject { { QStringLiteral("client_key"), clientKey },
                             { QStringLiteral("client_secret"), QStringLiteral("secret") },
                             { QStringLiteral("access_token"), QStringLiteral("act.1") },
                             { QStringLiteral("refresh_token"), QStringLiteral("rft.1") },
                             { QStringLiteral("open_id"), QStringLiteral("open-123") },
                             { QStringLiteral("expires_at"), now.addDays(1).toString(Qt::ISODate) },
                             { QStringLiteral("refresh_expires_at"), now.addDays(300).toString(Qt::ISODate) },
                             { QStringLiteral("authorized_at"), now.addDays(-3).toString(Qt::ISODate) } })
        .toJson();
}

// One run of skybeam-setup with the loader's record of the files it loaded.
class RecordedRun
{
public:
    RecordedRun(const QStringList &arguments, QProcessEnvironment environment)
    {
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        environment.insert(QStringLiteral("LD_DEBUG_OUTPUT"), m_record.path() + QStringLiteral("/ld"));
        m_process.setProcessEnvironment(environment);
        m_process.start(SkybeamTest::setupBinary(), arguments);
        m_process.waitForStarted();
        m_pid = m_process.processId();
    }
    ~RecordedRun()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    QProcess &process() { return m_process; }
    bool finish()
    {
        return m_process.waitForFinished(60000) && m_process.exitStatus() == QProcess::NormalExit;
    }

    // The file names (no folder) the loader loaded into the process, and its lines about them ("NAME
    // needed by PROGRAM", "NAME generating link map"), for each program the process started.
    QSet<QString> loaded() const { return parse().first; }
    QStringList loaders() const { return parse().second; }

private:
    QPair<QSet<QString>, QStringList> parse() const
    {
        QFile file(m_record.path() + QStringLiteral("/ld.") + QString::number(m_pid));
        QSet<QString> files;
        QStringList by;
        if (!file.open(QIODevice::ReadOnly))
            return { files, by };
        static const QRegularExpression line(QStringLiteral("\\bfile=(\\S+)\\s+\\[\\d+\\];\\s+(.*)$"));
        for (const QByteArray &bytes : file.readAll().split('\n')) {
            const QRegularExpressionMatch match = line.match(QString::fromLocal8Bit(bytes));
            if (match.hasMatch()) {
                const QString name = match.captured(1).section(QLatin1Char('/'), -1);
                files.insert(name);
                by << name + QLatin1Char(' ') + match.captured(2);
            }
        }
        return { files, by };
    }

    QTemporaryDir m_record;
    QProcess m_process;
    qint64 m_pid = 0;
};

QStringList matching(const QSet<QString> &files, const QStringList &prefixes)
{
    QStringList found;
    for (const QString &file : files) {
        for (const QString &prefix : prefixes) {
            if (file.startsWith(prefix))
                found << file;
        }
    }
    found.sort();
    return found;
}

} // namespace

class tst_HeadlessCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void commandsLoadNoDesktopStack_data();
    void commandsLoadNoDesktopStack();
    void authorizeNoBrowserLoadsNoDesktopStack();
    void wizardIsTheSameProcessBecomingTheGui();

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = SkybeamTest::environmentFor(m_roxy->root());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_roxy->root() + QStringLiteral("/config"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return env;
    }
    void verifyLoaded(const RecordedRun &run, Keychain keychain, bool dbus, bool network = true);

    std::unique_ptr<TempRoxy> m_roxy;
};

void tst_HeadlessCommands::init()
{
    m_roxy = std::make_unique<TempRoxy>();
    QVERIFY(m_roxy->isValid());
}

void tst_HeadlessCommands::cleanup()
{
    m_roxy.reset();
}

void tst_HeadlessCommands::verifyLoaded(const RecordedRun &run, Keychain keychain, bool dbus, bool network)
{
    const QSet<QString> loaded = run.loaded();
    // The record is there and complete enough to judge: QtCore is always loaded.
    QVERIFY2(!matching(loaded, { QStringLiteral("libQt6Core") }).isEmpty(), "no loader record");
    const QStringList desktop = matching(loaded, DesktopLibraries);
    QVERIFY2(desktop.isEmpty(), qPrintable(QStringLiteral("loaded: ") + desktop.join(QStringLiteral(", "))));
    const bool hasKeychain = !matching(loaded, { KeychainLibrary }).isEmpty();
    if (keychain == Keychain::No)
        QVERIFY2(!hasKeychain, "loaded the keychain without asking it");
    if (keychain == Keychain::Yes)
        QVERIFY2(hasKeychain, "asked the keychain without loading it: the record is not read right");
    if (!dbus)
        QVERIFY2(matching(loaded, { DBusLibrary }).isEmpty(), "loaded QtDBus without using it");
    // validate, status and remind talk to no server: skybeam-setup-local, QtCore alone.
    if (!network)
        QVERIFY2(matching(loaded, { NetworkLibrary }).isEmpty(), "loaded QtNetwork without using it");
}

void tst_HeadlessCommands::commandsLoadNoDesktopStack_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withCredentials");
    QTest::addColumn<int>("keychain");
    QTest::addColumn<bool>("dbus");
    QTest::addColumn<bool>("network");
    const bool sessionBus = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
    const auto row
        = [](const char *name, const QStringList &arguments, bool credentials, Keychain keychain, bool dbus) {
              const QString command = arguments.constFirst();
              const bool local = command == QLatin1String("validate") || command == QLatin1String("status")
                  || command == QLatin1String("remind");
              QTest::newRow(name) << arguments << credentials << int(keychain) << dbus << !local;
          };
    row("help", { QStringLiteral("--help") }, false, Keychain::No, false);
    row("version", { QStringLiteral("--version") }, false, Keychain::No, false);
    row("validate, nothing set up", { QStringLiteral("validate"), QStringLiteral("--tiktok") }, false,
        Keychain::No, false);
    row("validate, connected", { QStringLiteral("validate"), QStringLiteral("--tiktok") }, true, Keychain::No,
        false);
    row("status, nothing set up", { QStringLiteral("status") }, false, Keychain::No, false);
    row("status --json, connected (asks the keychain)",
        { QStringLiteral("status"), QStringLiteral("--json") }, true, Keychain::Yes, true);
    row("remind, nothing due", { QStringLiteral("remind") }, true, Keychain::No, false);
    row("remind --status", { QStringLiteral("remind"), QStringLiteral("--status") }, false, Keychain::No,
        false);
    row("refresh, nothing set up", { QStringLiteral("refresh") }, false, Keychain::Any, true);
    row("revoke, nothing set up", { QStringLiteral("revoke") }, false, Keychain::Any, true);
    row("upload, no such pack", { QStringLiteral("upload"), QStringLiteral("/nonexistent-pack") }, true,
        Keychain::Any, true);
    row("doctor", { QStringLiteral("doctor") }, true, sessionBus ? Keychain::Yes : Keychain::Any, true);
    row("doctor --help", { QStringLiteral("doctor"), QStringLiteral("--help") }, false, Keychain::No, false);
}

void tst_HeadlessCommands::commandsLoadNoDesktopStack()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withCredentials);
    QFETCH(int, keychain);
    QFETCH(bool, dbus);
    QFETCH(bool, network);
    if (withCredentials) {
        const QString key
            = QStringLiteral("sbawheadless%1").arg(QRandomGenerator::system()->generate64(), 0, 16);
        m_roxy->writeFile(QStringLiteral("credentials/tiktok_oauth.json"), credentialFile(key));
    }
    RecordedRun run(arguments, environment());
    QVERIFY2(run.finish(), qPrintable(run.process().errorString()));
    // A command that ran to its end: its own exit codes, never a crash or "cannot start the wizard".
    QVERIFY2(run.process().exitCode() <= 2, run.process().readAllStandardError().constData());
    verifyLoaded(run, Keychain(keychain), dbus, network);
}

// authorize --no-browser waits for the sign-in: checked while it waits, after it printed the address.
void tst_HeadlessCommands::authorizeNoBrowserLoadsNoDesktopStack()
{
    FakeTikTok fake;
    const QString clientKey
        = QStringLiteral("sbawheadless%1").arg(QRandomGenerator::system()->generate64(), 0, 16);
    FakeApp app;
    app.clientKey = clientKey;
    app.clientSecret = ClientSecret;
    app.redirectUris = { QStringLiteral("http://127.0.0.1:*/callback/") };
    fake.addApp(app);
    QVERIFY(fake.listen());
    const QString secretFile = m_roxy->writeFile(QStringLiteral("secret.txt"), ClientSecret.toUtf8() + '\n');
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("SKYBEAM_TIKTOK_AUTH_URL"), fake.authorizeUrl().toString());
    env.insert(QStringLiteral("SKYBEAM_TIKTOK_API_BASE"), fake.apiBase().toString());
    env.remove(QStringLiteral("BROWSER"));
    RecordedRun run({ QStringLiteral("authorize"), QStringLiteral("--client-key"), clientKey,
                        QStringLiteral("--client-secret-file"), secretFile, QStringLiteral("--redirect-uri"),
                        QStringLiteral("http://127.0.0.1:*/callback/"), QStringLiteral("--no-browser"),
                        QStringLiteral("--timeout"), QStringLiteral("30") },
        env);
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += run.process().readAllStandardOutput()).contains(fake.authorizeUrl().toString().toUtf8()),
        20000);
    verifyLoaded(run, Keychain::Any, true);
}

// No command: the wizard. The same process (the loader's record of its id) becomes skybeam-setup-gui and
// loads Widgets: the record would show a desktop library loaded by a headless command.
void tst_HeadlessCommands::wizardIsTheSameProcessBecomingTheGui()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    RecordedRun run({ QStringLiteral("--benchmark-startup") }, env);
    QVERIFY(run.finish());
    QCOMPARE(run.process().exitCode(), 0);
    QVERIFY(run.process().readAllStandardOutput().startsWith("first-paint-monotonic-ns="));
    QVERIFY(run.loaded().contains(QStringLiteral("libQt6Widgets.so.6")));
    // One Qt program started in the process (the launcher loads no Qt, skybeam-setup-cli was not started).
    QCOMPARE(run.loaders().filter(QStringLiteral("libQt6Core.so.6 needed by")).size(), 1);
}

QTEST_GUILESS_MAIN(tst_HeadlessCommands)
#include "tst_headlesscommands.moc"
