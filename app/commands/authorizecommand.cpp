// skybeam-setup authorize: signs in with TikTok in the browser (Login Kit for Desktop, PKCE) and stores the
// tokens for the SKYBEAM publisher, headless. Prints the authorization URL alone on its own stdout line.
#include "commandline.h"
#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "common/browserlauncher.h"
#include "common/linereader.h"
#include "credentials/credentialstore.h"
#include "credentials/keychainsecretstore.h"
#include "credentials/tiktokcredentials.h"
#include "oauth/loginflow.h"
#include "oauth/tiktokendpoints.h"
#include "setup/accountrecord.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QSysInfo>
#include <QTimer>

#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace Skybeam::Cli {

namespace {

constexpr qint64 MaxSecretFileBytes = 4096;

#ifdef Q_OS_UNIX
// Whether standard input was open when the process started. Read before main(): when it was closed, the
// event loop, D-Bus or a socket may have been given descriptor 0 since, and must not be read as input.
const bool StdinOpenAtStart = ::fcntl(STDIN_FILENO, F_GETFD) != -1;
#endif

// Reads the client secret from FILE: the first line, without surrounding whitespace.
Expected<QString> readSecretFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1 is a file path, %2 the system's reason.
        return Error(ErrorCode::Cli::SecretFile,
            QCoreApplication::translate("authorize", "cannot read the client secret file %1 (%2)")
                .arg(path, file.errorString()));
    if (file.size() > MaxSecretFileBytes)
        return Error(ErrorCode::Cli::SecretFile,
            QCoreApplication::translate(
                "authorize", "the client secret file %1 is too large to hold a client secret")
                .arg(path));
    const QString secret
        = QString::fromUtf8(file.read(MaxSecretFileBytes)).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (secret.isEmpty())
        return Error(ErrorCode::Cli::SecretFile,
            QCoreApplication::translate("authorize", "the client secret file %1 is empty").arg(path));
    const QFileInfo info(path);
    if (info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        printErr(QCoreApplication::translate(
            "authorize", "Warning: %1 can be read by other users; restrict it with chmod 600.")
                     .arg(path));
    return secret;
}

// Asks for the client secret on the terminal without echoing it; empty when stdin is not a terminal.
QString promptSecret(const QString &clientKey)
{
#ifdef Q_OS_UNIX
    if (!::isatty(STDIN_FILENO))
        return {};
    //: %1 is the client key.
    std::fputs(
        qPrintable(QCoreApplication::translate("authorize", "Client secret for %1 (typing is hidden): ")
                       .arg(clientKey)),
        stderr);
    std::fflush(stderr);
    termios saved {};
    const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    char buffer[1024] = {};
    const bool read = std::fgets(buffer, sizeof(buffer), stdin) != nullptr;
    if (haveTerminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputc('\n', stderr);
    const QString secret = read ? QString::fromUtf8(buffer).trimmed() : QString();
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    return secret;
#else
    Q_UNUSED(clientKey);
    return {};
#endif
}

#ifdef Q_OS_UNIX
// While the pasted address is awaited on a terminal, the terminal does not show what is typed or pasted
// (only the line break). The settings are put back when reading ends, when the run ends, and when the
// process is ended by a signal (Ctrl-C, Ctrl-\, kill, a closed terminal): tcsetattr is async-signal-safe.
termios g_shownTerminal {};
volatile std::sig_atomic_t g_terminalHidden = 0;

extern "C" void restoreTerminalAndDie(int signal)
{
    if (g_terminalHidden)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &g_shownTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void showTerminalInput()
{
    if (!g_terminalHidden)
        return;
    ::tcsetattr(STDIN_FILENO, TCSANOW, &g_shownTerminal);
    g_terminalHidden = 0;
}

// True when input is now hidden (stdin is this process's foreground terminal).
bool hideTerminalInput()
{
    if (g_terminalHidden)
        return true;
    if (!::isatty(STDIN_FILENO) || ::tcgetpgrp(STDIN_FILENO) != ::getpgrp()
        || ::tcgetattr(STDIN_FILENO, &g_shownTerminal) != 0)
        return false;
    for (int signal : { SIGINT, SIGTERM, SIGHUP, SIGQUIT }) {
        struct sigaction current
        {
        };
        // A signal this process was started ignoring (nohup, a background job) stays ignored.
        if (::sigaction(signal, nullptr, &current) == 0 && current.sa_handler != SIG_IGN)
            std::signal(signal, restoreTerminalAndDie);
    }
    termios hidden = g_shownTerminal;
    hidden.c_lflag &= ~tcflag_t(ECHO);
    hidden.c_lflag |= tcflag_t(ECHONL);
    g_terminalHidden = 1;
    if (::tcsetattr(STDIN_FILENO, TCSANOW, &hidden) != 0) {
        g_terminalHidden = 0;
        return false;
    }
    return true;
}
#else
void showTerminalInput()
{
}
bool hideTerminalInput()
{
    return false;
}
#endif

QString utcTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QCoreApplication::translate("authorize", "unknown");
}

// One authorize run: secret lookup, sign-in, saving, summary. Ends the event loop with the exit code.
class AuthorizeRun final : public QObject
{
public:
    AuthorizeRun(const RoxyPaths &paths, LoginConfig config, bool openBrowser)
        : m_openBrowser(openBrowser)
        , m_paths(paths)
        , m_config(std::move(config))
        , m_keychain(new KeychainSecretStore(this))
        , m_store(new CredentialStore(paths, m_keychain, this))
        , m_flow(new LoginFlow(openBrowser ? BrowserOpener(&BrowserLauncher::open) : BrowserOpener(), this))
    {
        m_keychain->setTimeout(KeychainSecretStore::CommandTimeoutMs);
        const CredentialReadResult stored = CredentialFile(paths).read();
        if (stored.isUsable()) {
            m_stored = stored.credentials;
            if (m_stored.clientKey() == m_config.clientKey)
                m_config.previousOpenId = m_stored.openId();
        }
        connect(m_flow, &LoginFlow::authorizationUrlReady, this, [this](const QUrl &url) {
            printOut(url.toString(QUrl::FullyEncoded));
            const int minutes = (m_config.timeoutSeconds + 59) / 60;
            printErr(QCoreApplication::translate("authorize",
                "Open the address above in your browser, sign in with TikTok and "
                "click Authorize. Waiting up to %n minute(s); Ctrl-C cancels.",
                nullptr, minutes));
            if (!m_openBrowser)
                readPastedAddress();
        });
        connect(m_flow, &LoginFlow::browserOpened, this, [](bool opened) {
            if (!opened)
                printErr(QCoreApplication::translate(
                    "authorize", "No browser could be opened; open the address above yourself."));
        });
        connect(m_flow, &LoginFlow::finished, this, &AuthorizeRun::onSignedIn);
    }

    ~AuthorizeRun() override { showTerminalInput(); }

    /// Starts with the secret already known, or looks it up (keychain, stored file, prompt) first.
    void start()
    {
        if (!m_config.clientSecret.isEmpty()) {
            m_flow->start(m_config);
            return;
        }
        SecretJob *job = m_keychain->read(m_config.clientKey);
        connect(job, &SecretJob::finished, this, [this](SecretJob *done) {
            m_config.clientSecret = done->secrets().clientSecret;
            if (m_config.clientSecret.isEmpty() && m_stored.clientKey() == m_config.clientKey)
                m_config.clientSecret = m_stored.clientSecret();
            if (m_config.clientSecret.isEmpty())
                m_config.clientSecret = promptSecret(m_config.clientKey);
            if (m_config.clientSecret.isEmpty()) {
                fail(QCoreApplication::translate("authorize",
                    "no client secret: give --client-secret-file FILE (neither the keychain nor the "
                    "credential file has one for this client key, and there is no terminal to ask on)"));
                return;
            }
            m_flow->start(m_config);
        });
    }

private:
    // --no-browser: the browser may run on another computer, where the redirect to this computer's
    // loopback address cannot load. The operator pastes the address it ended on (one line on stdin),
    // while the receiver keeps waiting too; whichever comes first wins. The line is never printed.
    void readPastedAddress()
    {
        const QString redirect = m_flow->redirectUri();
        const QString port = QString::number(QUrl(redirect).port(80));
#ifdef Q_OS_UNIX
        const bool canRead = StdinOpenAtStart;
#else
        const bool canRead = false;
#endif
        if (canRead) {
            //: %1 is the redirect URI with its port, e.g. http://127.0.0.1:40123/callback/
            printErr(QCoreApplication::translate("authorize",
                "Browser on another computer? After you click Authorize, its page will not load (it goes to "
                "%1, an address on that computer). Copy the whole address from its address bar, paste it "
                "here and press Enter.")
                         .arg(redirect));
        }
        //: %1 is a port number, %2 this computer's name. "ssh -L %1:127.0.0.1:%1 %2" is a command line.
        printErr(QCoreApplication::translate("authorize",
            "Or, before clicking Authorize, forward the port from that computer, and its browser comes back "
            "here by itself: ssh -L %1:127.0.0.1:%1 %2 (with a fixed port in the redirect URI, such as the "
            "default http://localhost:8080/callback, one tunnel serves every sign-in).")
                     .arg(port, QSysInfo::machineHostName()));
        if (!canRead)
            return;
#ifdef Q_OS_UNIX
        // Started in the background of a terminal: a read would stop the process (SIGTTIN); ignored, the
        // read fails instead and only the receiver waits.
        std::signal(SIGTTIN, SIG_IGN);
#endif
        m_stdin = new LineReader(this);
        connect(m_stdin, &LineReader::lineRead, this, &AuthorizeRun::onPastedLine);
        connect(m_stdin, &LineReader::lineTooLong, this, [this] { onPastedLine(QString()); });
        connect(m_stdin, &LineReader::finished, this, [] { showTerminalInput(); });
        if (m_stdin->start(STDIN_FILENO) && hideTerminalInput())
            printErr(QCoreApplication::translate("authorize", "(What you paste is not shown.)"));
    }

    void onPastedLine(const QString &line)
    {
        if (line.trimmed().isEmpty() && !line.isNull())
            return; // an empty Enter
        const Error refused = m_flow->submitCallbackAddress(line);
        if (refused.isError()) {
            if (m_flow->state() == LoginFlow::State::WaitingForBrowser)
                //: %1 says why the pasted address was refused.
                printErr(QCoreApplication::translate("authorize", "Address not accepted: %1 Still waiting.")
                             .arg(refused.message()));
            else
                //: %1 says why the pasted address was refused.
                printErr(QCoreApplication::translate("authorize", "Address not accepted: %1")
                             .arg(refused.message()));
            return;
        }
        showTerminalInput();
        if (m_flow->isRunning())
            printErr(QCoreApplication::translate(
                "authorize", "Address accepted; getting the access from TikTok…"));
    }

    void onSignedIn(const LoginResult &result)
    {
        showTerminalInput();
        if (!result.isSuccess()) {
            fail(result.error.fullMessage());
            return;
        }
        m_result = result;
        CredentialStoreJob *job = m_store->save(result.credentials(m_stored));
        connect(job, &CredentialStoreJob::finished, this, [this](CredentialStoreJob *saved) {
            if (saved->fileError().isError()) {
                fail(saved->fileError().message());
                return;
            }
            // The sign-in asked TikTok who this is: `status` and the wizard name the account from now on.
            if (!m_result.displayName.isEmpty())
                AccountRecord::write(m_paths,
                    AccountRecord { m_result.displayName, m_result.openId, QDateTime::currentDateTimeUtc() });
            printSummary(saved);
            exitAfterBrowserAnswered(ExitOk);
        });
    }

    void printSummary(CredentialStoreJob *saved)
    {
        const TikTokCredentials &credentials = saved->credentials();
        const QString who = m_result.displayName.isEmpty() ? m_result.openId : m_result.displayName;
        //: %1 is the TikTok display name, %2 the account's open_id.
        printOut(QCoreApplication::translate("authorize", "Connected to TikTok as %1 (open_id %2).")
                     .arg(who, m_result.openId));
        //: %1 is a comma-separated list of permissions.
        printOut(QCoreApplication::translate("authorize", "Granted scopes: %1")
                     .arg(m_result.grantedScopes.join(QLatin1Char(','))));
        //: %1 and %2 are dates and times.
        printOut(
            QCoreApplication::translate("authorize", "Access token valid until %1; refresh token until %2.")
                .arg(utcTime(credentials.expiresAt()), utcTime(credentials.refreshExpiresAt())));
        const QString file = RoxyPaths::displayPath(m_paths.primaryCredentialFile());
        if (saved->usedKeychain()) {
            printOut(
                QCoreApplication::translate("authorize", "Saved to %1 and the system keychain.").arg(file));
        } else {
            printOut(QCoreApplication::translate("authorize", "Saved to %1.").arg(file));
            //: %1 is the keychain's own explanation.
            printErr(QCoreApplication::translate("authorize", "Note: the system keychain was not used: %1")
                         .arg(saved->keychainError().message()));
        }
        if (!m_result.missingScopes.isEmpty())
            printErr(QCoreApplication::translate("authorize",
                "Warning: not granted: %1. Publishing needs them; run authorize again and allow every "
                "permission.")
                         .arg(m_result.missingScopes.join(QLatin1Char(','))));
        if (m_result.firstLogin)
            //: %1 is the TikTok display name.
            printErr(QCoreApplication::translate("authorize",
                "Check the account: the SKYBEAM publisher will post to %1. This is the first TikTok account "
                "connected here; if it is not yours, run 'skybeam-setup revoke' and authorize again.")
                         .arg(who));
        if (m_result.accountChanged)
            printErr(QCoreApplication::translate("authorize",
                "Warning: this is a different TikTok account than the one stored before. The SKYBEAM "
                "publisher will now post to %1.")
                         .arg(who));
    }

    void fail(const QString &reason)
    {
        printErr(QStringLiteral("skybeam-setup authorize: %1").arg(reason));
        exitAfterBrowserAnswered(ExitFailure);
    }

    // Exiting while the receiver still writes its page would leave the browser with a reset connection
    // (it then retries against a closed port): wait until the page is delivered, at most 3 seconds.
    void exitAfterBrowserAnswered(int code)
    {
        if (!m_flow || !m_flow->isAnsweringBrowser()) {
            QCoreApplication::exit(code);
            return;
        }
        connect(m_flow, &LoginFlow::browserAnswered, this, [code] { QCoreApplication::exit(code); });
        QTimer::singleShot(3000, this, [code] { QCoreApplication::exit(code); });
    }

    bool m_openBrowser;
    LineReader *m_stdin = nullptr;
    RoxyPaths m_paths;
    LoginConfig m_config;
    KeychainSecretStore *m_keychain;
    CredentialStore *m_store;
    LoginFlow *m_flow;
    TikTokCredentials m_stored;
    LoginResult m_result;
};

/// The authorize command's own options.
struct AuthorizeOptions
{
    const QCommandLineOption clientKey { QStringLiteral("client-key"),
        QCoreApplication::translate(
            "authorize", "The app's Client Key from the TikTok Developer Portal (required)."),
        QCoreApplication::translate("authorize", "KEY") };
    const QCommandLineOption secretFile { QStringLiteral("client-secret-file"),
        QCoreApplication::translate("authorize",
            "Read the Client Secret from FILE (first line). Without it: the keychain, "
            "the stored credential file, or a hidden prompt."),
        QCoreApplication::translate("authorize", "FILE") };
    const QCommandLineOption redirect { QStringLiteral("redirect-uri"),
        QCoreApplication::translate("authorize",
            "A redirect URI registered for the app (default %1; a wildcard port such as "
            "http://127.0.0.1:*/callback/ picks a free port).")
            .arg(RedirectUri::defaultUri()),
        QCoreApplication::translate("authorize", "URI"), RedirectUri::defaultUri() };
    const QCommandLineOption scopes { QStringLiteral("scopes"),
        QCoreApplication::translate("authorize", "Comma-separated permissions (default %1).")
            .arg(AuthorizationRequest::defaultScopes().join(QLatin1Char(','))),
        QCoreApplication::translate("authorize", "LIST"),
        AuthorizationRequest::defaultScopes().join(QLatin1Char(',')) };
    const QCommandLineOption noBrowser { QStringLiteral("no-browser"),
        QCoreApplication::translate("authorize",
            "Do not open a browser; open the printed address yourself, here or on another "
            "computer (then paste the address its browser ends on, as one line on stdin).") };
    const QCommandLineOption timeout { QStringLiteral("timeout"),
        QCoreApplication::translate(
            "authorize", "Give up after SECONDS without an answer from the browser (default 300)."),
        QCoreApplication::translate("authorize", "SECONDS"), QStringLiteral("300") };
};

/// The sign-in's settings from the command line; says why on stderr and returns nothing when TikTok's
/// endpoints are set wrongly or the secret file cannot be read.
std::optional<LoginConfig> loginConfig(
    const QCommandLineParser &parser, const AuthorizeOptions &o, int timeoutSeconds)
{
    const std::optional<TikTokEndpoints> endpoints = endpointsFor(QStringLiteral("authorize"));
    if (!endpoints)
        return std::nullopt;
    LoginConfig config;
    config.clientKey = parser.value(o.clientKey);
    config.redirectUri = parser.value(o.redirect);
    config.scopes
        = TikTokCredentials::splitScopes(parser.value(o.scopes), TikTokCredentials::ScopeSeparators::Commas);
    config.timeoutSeconds = timeoutSeconds;
    config.endpoints = *endpoints;
    // A wrong key or secret is said before the URL is printed or a browser opens (client-credentials check).
    config.checkKeysFirst = true;
    if (parser.isSet(o.secretFile)) {
        const Expected<QString> secret = readSecretFile(parser.value(o.secretFile));
        if (!secret) {
            printErr(QStringLiteral("skybeam-setup authorize: %1").arg(secret.error().message()));
            return std::nullopt;
        }
        config.clientSecret = *secret;
    }
    return config;
}

} // namespace

int runAuthorize(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("authorize"),
        QCoreApplication::translate("authorize",
            "Signs in with TikTok in the browser and saves the tokens for the SKYBEAM publisher (file and "
            "keychain).\nPrints the authorization URL on its own line on stdout, then a short summary.\nExit "
            "code: 0 "
            "connected, 1 not connected (denied, timeout, port busy, TikTok error), 2 usage "
            "error.\nEnvironment: "
            "SKYBEAM_TIKTOK_AUTH_URL, SKYBEAM_TIKTOK_API_BASE (a test server), BROWSER."));
    QCommandLineParser &parser = commandLine.parser();
    const AuthorizeOptions o;
    parser.addOptions({ o.clientKey, o.secretFile, o.redirect, o.scopes, o.noBrowser, o.timeout });
    if (const int parsed = commandLine.parse(arguments); parsed >= 0)
        return parsed;
    if (parser.value(o.clientKey).isEmpty())
        return commandLine.usageError(
            QCoreApplication::translate("authorize", "--client-key KEY is required"));
    bool timeoutOk = false;
    const int timeoutSeconds = parser.value(o.timeout).toInt(&timeoutOk);
    if (!timeoutOk || timeoutSeconds <= 0)
        return commandLine.usageError(
            QCoreApplication::translate("authorize", "--timeout needs a positive number of seconds"));
    const GlobalOptions options = commandLine.applyGlobalOptions();

    const std::optional<LoginConfig> config = loginConfig(parser, o, timeoutSeconds);
    if (!config)
        return ExitFailure;

    AuthorizeRun run(options.paths(), *config, !parser.isSet(o.noBrowser));
    run.start();
    return QCoreApplication::exec();
}

} // namespace Skybeam::Cli
