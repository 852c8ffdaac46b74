// skybeam-setup authorize / refresh / revoke as scripts call them, against the fake TikTok served by this
// test's event loop; the test acts as the browser.
#include "core/oauth/oauthtesthelpers.h"
#include "scriptedbrowser.h"
#include "setupprocess.h"

#include "credentials/credentialfile.h"
#include "setup/accountrecord.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

using namespace Skybeam;
using namespace FakeTikTokTest;
using namespace OAuthTest;
using SkybeamTest::ProcessResult;
using SkybeamTest::SetupProcess;
using SkybeamTest::TempRoxy;

namespace {

const QString Wildcard = QStringLiteral("http://127.0.0.1:*/callback/");

QString firstLine(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes.left(bytes.indexOf('\n')));
}

// The one stderr line that starts with `prefix` (the command's one-line reason); empty unless exactly one.
QByteArray reasonLine(const QByteArray &err, const QByteArray &prefix)
{
    QByteArray found;
    int count = 0;
    for (const QByteArray &line : err.split('\n')) {
        if (line.startsWith(prefix)) {
            found = line;
            ++count;
        }
    }
    return count == 1 ? found : QByteArray();
}

// The first control character (C0 but tab and newline, DEL, C1 as UTF-8) in `bytes`, or -1.
int firstControlCharacter(const QByteArray &bytes)
{
    for (int i = 0; i < bytes.size(); ++i) {
        const auto c = uchar(bytes.at(i));
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            return i;
        if (c == 0xc2 && i + 1 < bytes.size() && uchar(bytes.at(i + 1)) >= 0x80
            && uchar(bytes.at(i + 1)) <= 0x9f)
            return i;
    }
    return -1;
}

// What the process wrote on stderr so far, left for SetupProcess::finish().
QByteArray peekErr(SetupProcess &process)
{
    QProcess &child = process.process();
    child.setReadChannel(QProcess::StandardError);
    const QByteArray text = child.peek(1 << 20);
    child.setReadChannel(QProcess::StandardOutput);
    return text;
}

} // namespace

class tst_OAuthCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void authorizeNoBrowser();
    void authorizeOpensBrowserVariable();
    void authorizeStartCannotBeReadByAnotherProcess();
    void outsideTextIsPrintedWithoutControlCharacters();
    void authorizeDenied();
    void authorizeWrongSecretSaysSoBeforeTheBrowser();
    void authorizeTimeout();
    void authorizePortBusy();
    void authorizeUsageErrors_data();
    void authorizeUsageErrors();
    void authorizeRefusesInsecureEndpoint();
    void endpointOverridesOnlyForTikTokOrLoopback();
    void authorizeWithoutAnySecret();
    void authorizeUsesStoredSecret();
    void authorizeUsesKeychainSecret();
    void refreshRenewsExpiredToken();
    void refreshRejectedAsksForReauthorization();
    void refreshWithoutCredentials();
    void revokeRemovesTokens();
    void authorizeWithPastedAddress();
    void authorizeRefusesWrongPastedAddresses();
    void authorizeRefusesReplayedAddress();
    void authorizePastedDenial();
    void authorizeWithClosedStdinKeepsWaiting();
    void authorizeOnTerminalSecretThenAddress();
    void authorizeStartedWithoutStdinReadsNoDescriptorZero();

private:
    QProcessEnvironment environment() const;
    QStringList authorizeArguments(const QStringList &extra = {}) const;
    /// environment() with $BROWSER set to a script that writes the address it is given to `record`.
    QProcessEnvironment recordingBrowserEnvironment(const QString &record) const;
    /// Waits until the recording browser was given an address, and reads it.
    static bool waitForOpenedUrl(const QString &record, QUrl *opened);
    /// Runs authorize --no-browser, browses the printed URL, returns the finished process result.
    ProcessResult authorizeAndBrowse(const QStringList &extra = {});
    /// Starts authorize --no-browser --verbose, consents at the fake for it as a browser on another
    /// computer would, and returns the address that browser ends on (never requested: the receiver is not
    /// reached). Empty when the URL was not printed.
    QUrl startAndConsentElsewhere(SetupProcess &process);
    /// Signs in through the fake directly and writes the credential file as authorize would.
    TikTokCredentials storeSignedIn(qint64 obtainedAgo = 0);
    ProcessResult runWithFake(const QStringList &arguments);
    /// Every secret the run could have leaked: client secret, codes, tokens, verifiers.
    QStringList secrets() const;
    void verifyNoSecrets(const ProcessResult &result) const;

    std::unique_ptr<TempRoxy> m_roxy;
    std::unique_ptr<FakeTikTok> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_clientKey;
    QString m_secretFile;
};

void tst_OAuthCli::init()
{
    m_roxy = std::make_unique<TempRoxy>();
    m_fake = std::make_unique<FakeTikTok>();
    // A client key of its own per test: a real keychain (scripts/test) keeps entries between tests.
    m_clientKey = QStringLiteral("sbawcli%1").arg(QRandomGenerator::system()->generate64(), 0, 16);
    FakeApp app;
    app.clientKey = m_clientKey;
    app.clientSecret = ClientSecret;
    app.redirectUris = { Wildcard };
    m_fake->addApp(app);
    FakeApp helper = app;
    helper.clientKey = ClientKey;
    m_fake->addApp(helper);
    QVERIFY(m_fake->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    m_secretFile = m_roxy->writeFile(QStringLiteral("secret.txt"), ClientSecret.toUtf8() + '\n');
}

void tst_OAuthCli::cleanup()
{
    m_network.reset();
    m_fake.reset();
    m_roxy.reset();
}

QProcessEnvironment tst_OAuthCli::environment() const
{
    QProcessEnvironment env = SkybeamTest::environmentFor(m_roxy->root());
    env.insert(QStringLiteral("SKYBEAM_TIKTOK_AUTH_URL"), m_fake->authorizeUrl().toString());
    env.insert(QStringLiteral("SKYBEAM_TIKTOK_API_BASE"), m_fake->apiBase().toString());
    env.remove(QStringLiteral("BROWSER"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("skybeam.*.debug=true"));
    return env;
}

QStringList tst_OAuthCli::authorizeArguments(const QStringList &extra) const
{
    return QStringList { QStringLiteral("authorize"), QStringLiteral("--client-key"), m_clientKey,
        QStringLiteral("--client-secret-file"), m_secretFile, QStringLiteral("--redirect-uri"), Wildcard,
        QStringLiteral("--no-browser"), QStringLiteral("--timeout"), QStringLiteral("30") }
    + extra;
}

ProcessResult tst_OAuthCli::authorizeAndBrowse(const QStringList &extra)
{
    SetupProcess process(authorizeArguments(extra), environment());
    const QString url = process.waitForLine(m_fake->authorizeUrl().toString());
    if (url.isEmpty())
        return process.finish();
    ScriptedBrowser browser;
    QSignalSpy browsed(&browser, &ScriptedBrowser::finished);
    browser.open(QUrl(url));
    const ProcessResult result = process.finish();
    if (browsed.count() == 0)
        browsed.wait(5000);
    return result;
}

TikTokCredentials tst_OAuthCli::storeSignedIn(qint64 obtainedAgo)
{
    const QJsonObject response = obtainTokens(*m_fake, m_network.get());
    TikTokCredentials credentials;
    credentials.setClientKey(ClientKey);
    credentials.setClientSecret(ClientSecret);
    credentials.applyTokenResponse(response, QDateTime::currentDateTimeUtc().addSecs(-obtainedAgo));
    if (CredentialFile(m_roxy->paths()).write(credentials).isError())
        qFatal("cannot write credentials");
    return credentials;
}

ProcessResult tst_OAuthCli::runWithFake(const QStringList &arguments)
{
    SetupProcess process(arguments, environment());
    return process.finish();
}

QStringList tst_OAuthCli::secrets() const
{
    QStringList result { ClientSecret };
    result += m_fake->issuedCodes();
    result += m_fake->issuedAccessTokens();
    result += m_fake->issuedRefreshTokens();
    for (const FakeTikTok::LoggedRequest &request : m_fake->requests()) {
        const QString verifier = request.formValue(QStringLiteral("code_verifier"));
        if (!verifier.isEmpty())
            result.append(verifier);
    }
    return result;
}

void tst_OAuthCli::verifyNoSecrets(const ProcessResult &result) const
{
    for (const QString &secret : secrets()) {
        for (const QByteArray &form : { secret.toUtf8(), QUrl::toPercentEncoding(secret) }) {
            QVERIFY2(!result.out.contains(form), "a secret, token or code appears on stdout");
            QVERIFY2(!result.err.contains(form), "a secret, token or code appears on stderr");
        }
    }
}

void tst_OAuthCli::authorizeNoBrowser()
{
    const ProcessResult result = authorizeAndBrowse({ QStringLiteral("--verbose") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(!result.crashed);
    // The URL alone on the first stdout line.
    const QString url = firstLine(result.out);
    QVERIFY(url.startsWith(m_fake->authorizeUrl().toString() + QLatin1Char('?')));
    QVERIFY(!url.contains(QLatin1Char(' ')));
    QVERIFY(result.out.contains("Connected to TikTok as Skybeam Tester"));
    QVERIFY(result.out.contains("Granted scopes: user.info.basic,video.upload,video.publish"));
    QVERIFY(result.out.contains("tiktok_oauth.json"));

    const CredentialReadResult stored = CredentialFile(m_roxy->paths()).read();
    QVERIFY(stored.isUsable());
    QCOMPARE(stored.credentials.clientKey(), m_clientKey);
    QCOMPARE(stored.credentials.clientSecret(), ClientSecret);
    QCOMPARE(stored.credentials.accessToken(), m_fake->issuedAccessTokens().last());
    QCOMPARE(stored.credentials.refreshToken(), m_fake->issuedRefreshTokens().last());
    QCOMPARE(stored.credentials.openId(), m_fake->user().openId);
    QVERIFY(m_fake->isAccessTokenValid(stored.credentials.accessToken()));
    QVERIFY(stored.credentials.expiresAt().isValid());
    QVERIFY(secrets().size() >= 5);
    verifyNoSecrets(result);

    // The account TikTok named at sign-in is remembered (no token in it), so `status` can name it.
    const AccountRecord account = AccountRecord::read(m_roxy->paths());
    QCOMPARE(account.displayName, QStringLiteral("Skybeam Tester"));
    QCOMPARE(account.openId, m_fake->user().openId);
    const ProcessResult status = runWithFake({ QStringLiteral("status") });
    QVERIFY2(status.out.contains(
                 "TikTok account: Skybeam Tester (open_id " + m_fake->user().openId.toUtf8() + ")"),
        status.out.constData());
}

QProcessEnvironment tst_OAuthCli::recordingBrowserEnvironment(const QString &record) const
{
    const QString script = m_roxy->writeFile(QStringLiteral("browser.sh"),
        "#!/bin/sh\nprintf '%s' \"$1\" > \"$0.tmp\" && mv \"$0.tmp\" '" + record.toUtf8() + "'\n",
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("BROWSER"), script);
    return env;
}

bool tst_OAuthCli::waitForOpenedUrl(const QString &record, QUrl *opened)
{
    if (!QTest::qWaitFor([&record] { return QFile::exists(record); }, 10000))
        return false;
    QFile file(record);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *opened = QUrl::fromEncoded(file.readAll());
    return true;
}

void tst_OAuthCli::authorizeOpensBrowserVariable()
{
    const QString record = m_roxy->root() + QStringLiteral("/opened-url.txt");
    QStringList arguments = authorizeArguments();
    arguments.removeAll(QStringLiteral("--no-browser"));
    SetupProcess process(arguments, recordingBrowserEnvironment(record));
    QVERIFY(!process.waitForLine(m_fake->authorizeUrl().toString()).isEmpty());
    QUrl opened;
    QVERIFY(waitForOpenedUrl(record, &opened));
    // The browser gets the short local address, which forwards to TikTok.
    QCOMPARE(opened.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(opened.path().startsWith(QLatin1String("/start/")));
    ScriptedBrowser browser;
    QSignalSpy browsed(&browser, &ScriptedBrowser::finished);
    browser.open(opened);
    const ProcessResult result = process.finish();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(browsed.count() == 1 || browsed.wait(5000));
    QVERIFY(browser.result().body.contains("Connected as Skybeam Tester"));
    verifyNoSecrets(result);
}

// Issue 15, point 1: another local process (any user) asked the receiver's /start for the authorize URL,
// consented at TikTok with its own account using the operator's challenge and state, and delivered that
// code first: authorize saved the other account. /start now needs a one-time token only the browser gets.
void tst_OAuthCli::authorizeStartCannotBeReadByAnotherProcess()
{
    const QString record = m_roxy->root() + QStringLiteral("/opened-url.txt");
    QStringList arguments = authorizeArguments();
    arguments.removeAll(QStringLiteral("--no-browser"));
    SetupProcess process(arguments, recordingBrowserEnvironment(record));
    QVERIFY(!process.waitForLine(m_fake->authorizeUrl().toString()).isEmpty());
    QUrl opened;
    QVERIFY(waitForOpenedUrl(record, &opened));
    const auto port = quint16(opened.port());

    // The intruder is signed in to TikTok with another account and knows the receiver's port.
    const FakeUser operatorAccount = m_fake->user();
    FakeUser intruder;
    intruder.openId = QStringLiteral("fake-open-id-intruder");
    intruder.displayName = QStringLiteral("Intruder Account");
    m_fake->setUser(intruder);
    for (const QByteArray &target : { QByteArray("/start"), QByteArray("/start/"),
             QByteArray("/skybeam-start"), QByteArray("/start/") + QByteArray(22, 'A') }) {
        const QByteArray answer = rawGet(QHostAddress(QHostAddress::LocalHost), port, target);
        QVERIFY2(answer.mid(9, 3) == "404", answer.left(300).constData());
        QVERIFY(!answer.contains("code_challenge"));
        QVERIFY(!answer.contains("state="));
    }
    ScriptedBrowser intruderBrowser;
    QSignalSpy intruderDone(&intruderBrowser, &ScriptedBrowser::finished);
    intruderBrowser.open(QUrl(QStringLiteral("http://127.0.0.1:%1/start").arg(port)));
    QVERIFY(intruderDone.wait(10000));
    QVERIFY(m_fake->issuedCodes().isEmpty());

    // The operator's browser, signed in to the operator's account, completes the sign-in.
    m_fake->setUser(operatorAccount);
    ScriptedBrowser browser;
    QSignalSpy browsed(&browser, &ScriptedBrowser::finished);
    browser.open(opened);
    const ProcessResult result = process.finish();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(browsed.count() == 1 || browsed.wait(5000));
    const CredentialReadResult stored = CredentialFile(m_roxy->paths()).read();
    QVERIFY(stored.isUsable());
    QCOMPARE(stored.credentials.openId(), operatorAccount.openId);
    // A first sign-in names the connected account prominently.
    QVERIFY(result.out.contains("Connected to TikTok as Skybeam Tester"));
    QVERIFY2(result.err.contains("Check the account: the SKYBEAM publisher will post to Skybeam Tester."),
        result.err.constData());
    QVERIFY(!result.out.contains("Intruder") && !result.err.contains("Intruder"));
}

// Issue 15, point 4: a display name and the callback's error/error_description reach the terminal without
// control characters (no escape sequences, carriage returns or C1 controls).
void tst_OAuthCli::outsideTextIsPrintedWithoutControlCharacters()
{
    m_fake->user().displayName = QStringLiteral("Evil\x1b]0;owned\x07\x1b[2J\r\u009b31mName\x7f");
    const ProcessResult signedIn = authorizeAndBrowse();
    QVERIFY2(signedIn.exitCode == 0, signedIn.err.constData());
    QCOMPARE(firstControlCharacter(signedIn.out), -1);
    QCOMPARE(firstControlCharacter(signedIn.err), -1);
    QVERIFY2(
        signedIn.out.contains("Connected to TikTok as Evil]0;owned[2J31mName"), signedIn.out.constData());

    // An error "from TikTok" delivered by the browser with the right state.
    QFile::remove(m_roxy->paths().primaryCredentialFile());
    SetupProcess process(authorizeArguments(), environment());
    const QUrl url(process.waitForLine(m_fake->authorizeUrl().toString()));
    const QUrlQuery query(url);
    const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    const QByteArray state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8();
    QVERIFY(!state.isEmpty());
    const QByteArray answer = rawGet(QHostAddress(QHostAddress::LocalHost), quint16(redirect.port()),
        redirect.path().toUtf8()
            + "?error=access_denied%1B%5B31m&error_description=Bad%1B%5D0%3Bx%07%0D%C2%9B2Jthing"
            + "&state=" + QUrl::toPercentEncoding(QString::fromUtf8(state)));
    QVERIFY2(answer.mid(9, 3) == "200", answer.left(300).constData());
    const ProcessResult failed = process.finish();
    QCOMPARE(failed.exitCode, 1);
    QCOMPARE(firstControlCharacter(failed.out), -1);
    QVERIFY2(firstControlCharacter(failed.err) == -1, failed.err.constData());
}

void tst_OAuthCli::authorizeDenied()
{
    m_fake->setConsentMode(FakeTikTok::ConsentMode::AutoDeny);
    const ProcessResult result = authorizeAndBrowse();
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(reasonLine(result.err, "skybeam-setup authorize: ")
                 .startsWith("skybeam-setup authorize: You declined"),
        result.err.constData());
    QCOMPARE(result.out.trimmed().split('\n').size(), 1); // only the URL
    QVERIFY(!CredentialFile(m_roxy->paths()).read().exists());
}

void tst_OAuthCli::authorizeWrongSecretSaysSoBeforeTheBrowser()
{
    const QString wrongSecret
        = m_roxy->writeFile(QStringLiteral("wrong.txt"), QByteArrayLiteral("not-the-secret\n"));
    QStringList arguments = authorizeArguments();
    arguments.replace(arguments.indexOf(m_secretFile), wrongSecret);
    const ProcessResult result = runWithFake(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(
        reasonLine(result.err, "skybeam-setup authorize: ")
            .startsWith("skybeam-setup authorize: TikTok rejected this client key and client secret pair"),
        result.err.constData());
    QVERIFY2(
        result.out.isEmpty(), result.out.constData()); // no URL: nobody signs in with a pair that cannot work
    QVERIFY(m_fake->issuedCodes().isEmpty());
    QVERIFY(!CredentialFile(m_roxy->paths()).read().exists());
    QVERIFY(!result.err.contains("not-the-secret"));

    // The right pair passes the check (TikTok issued a client token) and the sign-in goes on as before.
    const ProcessResult signedIn = authorizeAndBrowse();
    QCOMPARE(signedIn.exitCode, 0);
    QCOMPARE(m_fake->issuedClientTokens().size(), 1);
}

void tst_OAuthCli::authorizeTimeout()
{
    QStringList arguments = authorizeArguments();
    arguments.replace(arguments.indexOf(QStringLiteral("30")), QStringLiteral("1"));
    const ProcessResult result = runWithFake(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(reasonLine(result.err, "skybeam-setup authorize: ")
                 .startsWith("skybeam-setup authorize: No answer came back"),
        result.err.constData());
}

void tst_OAuthCli::authorizePortBusy()
{
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const QString port = QString::number(holder.serverPort());
    m_fake->app(m_clientKey)->redirectUris.append(QStringLiteral("http://localhost:%1/callback").arg(port));
    QStringList arguments = authorizeArguments();
    arguments.replace(arguments.indexOf(Wildcard), QStringLiteral("http://localhost:%1/callback").arg(port));
    const ProcessResult result = runWithFake(arguments);
    QCOMPARE(result.exitCode, 1);
    const QByteArray reason = reasonLine(result.err, "skybeam-setup authorize: ");
    QVERIFY2(reason.startsWith("skybeam-setup authorize: Another program"), result.err.constData());
    QVERIFY2(reason.contains("(port " + port.toUtf8()), result.err.constData());
    QVERIFY2(reason.contains("http://127.0.0.1:*/callback/"), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void tst_OAuthCli::authorizeUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("no client key") << QStringList { QStringLiteral("authorize") }
                                   << QByteArray("--client-key");
    QTest::newRow("bad timeout") << QStringList { QStringLiteral("authorize"), QStringLiteral("--client-key"),
        QStringLiteral("k"), QStringLiteral("--timeout"), QStringLiteral("soon") }
                                 << QByteArray("--timeout");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("authorize"),
        QStringLiteral("--client-key"), QStringLiteral("k"), QStringLiteral("--frobnicate") }
                                    << QByteArray("frobnicate");
    QTest::newRow("refresh takes no argument")
        << QStringList { QStringLiteral("refresh"), QStringLiteral("now") } << QByteArray("now");
    QTest::newRow("revoke takes no argument")
        << QStringList { QStringLiteral("revoke"), QStringLiteral("all") } << QByteArray("all");
}

void tst_OAuthCli::authorizeUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, mentions);
    const ProcessResult result = SkybeamTest::runSetup(arguments, environment());
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(mentions));
}

void tst_OAuthCli::authorizeRefusesInsecureEndpoint()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("SKYBEAM_TIKTOK_API_BASE"), QStringLiteral("http://open.tiktokapis.com"));
    for (const QString &command :
        { QStringLiteral("authorize"), QStringLiteral("refresh"), QStringLiteral("revoke") }) {
        QStringList arguments { command };
        if (command == QLatin1String("authorize"))
            arguments = authorizeArguments();
        const ProcessResult result = SkybeamTest::runSetup(arguments, env);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("must use https"), result.err.constData());
    }
}

// Issue 15, point 8: an override sent the client secret and refresh token to any https host.
void tst_OAuthCli::endpointOverridesOnlyForTikTokOrLoopback()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("SKYBEAM_TIKTOK_API_BASE"), QStringLiteral("https://collector.example.net"));
    for (const QString &command : { QStringLiteral("refresh"), QStringLiteral("revoke") }) {
        const ProcessResult refused = SkybeamTest::runSetup({ command }, env);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("neither TikTok nor this computer"), refused.err.constData());
        QVERIFY(
            refused.err.contains("Warning: SKYBEAM_TIKTOK_API_BASE=https://collector.example.net is set"));
    }
    const ProcessResult refusedLogin = SkybeamTest::runSetup(authorizeArguments(), env);
    QCOMPARE(refusedLogin.exitCode, 1);
    QVERIFY2(refusedLogin.err.contains("--allow-custom-endpoints"), refusedLogin.err.constData());
    // Deliberately allowed, the address is used (here: no credentials yet, so refresh stops before it).
    const ProcessResult allowed = SkybeamTest::runSetup(
        { QStringLiteral("refresh"), QStringLiteral("--allow-custom-endpoints") }, env);
    QCOMPARE(allowed.exitCode, 1);
    QVERIFY2(!allowed.err.contains("neither TikTok nor this computer"), allowed.err.constData());
    QVERIFY(allowed.err.contains("Warning: SKYBEAM_TIKTOK_API_BASE="));
    // TikTok's own hosts are accepted; the loopback fake too, and every command warns about it.
    env.insert(
        QStringLiteral("SKYBEAM_TIKTOK_API_BASE"), QStringLiteral("https://open-sandbox.tiktokapis.com"));
    QVERIFY(!SkybeamTest::runSetup({ QStringLiteral("refresh") }, env).err.contains("neither TikTok"));
    const ProcessResult validate
        = SkybeamTest::runSetup({ QStringLiteral("validate"), QStringLiteral("--tiktok") }, environment());
    QVERIFY2(validate.err.contains("Warning: SKYBEAM_TIKTOK_AUTH_URL=" + m_fake->authorizeUrl().toEncoded()),
        validate.err.constData());
    QVERIFY(validate.out.startsWith("TikTok Credentials: "));
}

void tst_OAuthCli::authorizeWithoutAnySecret()
{
    QStringList arguments = authorizeArguments();
    const qsizetype at = arguments.indexOf(QStringLiteral("--client-secret-file"));
    arguments.remove(at, 2);
    const ProcessResult result = runWithFake(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("no client secret"), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void tst_OAuthCli::authorizeUsesStoredSecret()
{
    TikTokCredentials stored;
    stored.setClientKey(m_clientKey);
    stored.setClientSecret(ClientSecret);
    QVERIFY(!CredentialFile(m_roxy->paths()).write(stored).isError());
    QStringList arguments = authorizeArguments();
    arguments.remove(arguments.indexOf(QStringLiteral("--client-secret-file")), 2);
    SetupProcess process(arguments, environment());
    const QString url = process.waitForLine(m_fake->authorizeUrl().toString());
    QVERIFY(!url.isEmpty());
    ScriptedBrowser browser;
    browser.open(QUrl(url));
    const ProcessResult result = process.finish();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(CredentialFile(m_roxy->paths()).read().credentials.hasAccessToken());
    verifyNoSecrets(result);
}

void tst_OAuthCli::authorizeUsesKeychainSecret()
{
    if (!qEnvironmentVariableIsSet("SKYBEAM_TEST_KEYRING"))
        QSKIP("needs the test keyring (run inside dbus-run-session scripts/with-keyring)");
    const ProcessResult first = authorizeAndBrowse();
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY2(first.out.contains("and the system keychain"), first.out.constData());
    // Only the keychain knows the secret now.
    QJsonObject json = CredentialFile(m_roxy->paths()).read().credentials.json();
    json.remove(TikTokCredentials::ClientSecret);
    QVERIFY(!CredentialFile(m_roxy->paths()).write(TikTokCredentials(json)).isError());
    QStringList arguments = authorizeArguments();
    arguments.remove(arguments.indexOf(QStringLiteral("--client-secret-file")), 2);
    SetupProcess process(arguments, environment());
    const QString url = process.waitForLine(m_fake->authorizeUrl().toString());
    QVERIFY(!url.isEmpty());
    ScriptedBrowser browser;
    browser.open(QUrl(url));
    const ProcessResult second = process.finish();
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(m_fake->requests().last().path, QStringLiteral("/v2/user/info/"));
    verifyNoSecrets(second);
}

void tst_OAuthCli::refreshRenewsExpiredToken()
{
    const TikTokCredentials before = storeSignedIn(2 * 86400);
    m_fake->advanceClock(86401);
    const ProcessResult result = runWithFake({ QStringLiteral("refresh") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.startsWith("Access token renewed; valid until "));
    const TikTokCredentials after = CredentialFile(m_roxy->paths()).read().credentials;
    QVERIFY(after.accessToken() != before.accessToken());
    QVERIFY(m_fake->isAccessTokenValid(after.accessToken()));
    QVERIFY(m_fake->isRefreshTokenValid(after.refreshToken()));
    QVERIFY(!m_fake->isRefreshTokenValid(before.refreshToken()));
    verifyNoSecrets(result);
}

void tst_OAuthCli::refreshRejectedAsksForReauthorization()
{
    storeSignedIn();
    m_fake->revokeEverything();
    const ProcessResult result = runWithFake({ QStringLiteral("refresh") });
    QCOMPARE(result.exitCode, 1);
    const QByteArray reason = reasonLine(result.err, "skybeam-setup refresh: ");
    QVERIFY2(!reason.isEmpty(), result.err.constData());
    QVERIFY2(reason.contains("Re-authorization needed: run 'skybeam-setup authorize --client-key "
                 + ClientKey.toUtf8() + "'"),
        reason.constData());
    QVERIFY(result.out.isEmpty());
    verifyNoSecrets(result);
}

void tst_OAuthCli::refreshWithoutCredentials()
{
    const ProcessResult result = runWithFake({ QStringLiteral("refresh") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("No TikTok credentials are stored yet"));
}

void tst_OAuthCli::revokeRemovesTokens()
{
    const TikTokCredentials before = storeSignedIn();
    const ProcessResult result = runWithFake({ QStringLiteral("revoke") });
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.startsWith("Revoked the access token at TikTok"));
    QVERIFY(!m_fake->isAccessTokenValid(before.accessToken()));
    const TikTokCredentials after = CredentialFile(m_roxy->paths()).read().credentials;
    QCOMPARE(after.clientKey(), ClientKey);
    QCOMPARE(after.clientSecret(), ClientSecret);
    QVERIFY(!after.hasAccessToken());
    QVERIFY(!after.hasRefreshToken());
    verifyNoSecrets(result);

    const ProcessResult again = runWithFake({ QStringLiteral("revoke") });
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.startsWith("No tokens are stored"));
}

QUrl tst_OAuthCli::startAndConsentElsewhere(SetupProcess &process)
{
    const QString url = process.waitForLine(m_fake->authorizeUrl().toString());
    if (url.isEmpty())
        return {};
    return consentLocation(m_network.get(), QUrl(url));
}

// Issue 18, point 2: the browser ran on another computer; the address it ended on is piped to stdin.
void tst_OAuthCli::authorizeWithPastedAddress()
{
    SetupProcess process(authorizeArguments({ QStringLiteral("--verbose") }), environment());
    const QUrl location = startAndConsentElsewhere(process);
    QVERIFY(location.isValid());
    QCOMPARE(location.host(), QStringLiteral("127.0.0.1"));
    const QByteArray pasted = location.toEncoded();
    QVERIFY(pasted.contains("code="));
    // The same line twice in one write: the second is a replay.
    process.process().write(pasted + '\n' + pasted + '\n');
    const ProcessResult result = process.finish();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("Connected to TikTok as Skybeam Tester"));
    QVERIFY2(result.err.contains("Received TikTok's answer as a pasted address with a code"),
        result.err.constData());
    QVERIFY(result.err.contains("Address accepted"));
    QVERIFY2(result.err.contains(
                 "Address not accepted: TikTok's answer to this sign-in has already been received"),
        result.err.constData());
    // The instructions: paste the address, or forward the port.
    const QByteArray port = QByteArray::number(location.port());
    QVERIFY(result.err.contains("paste it here and press Enter"));
    QVERIFY(result.err.contains("ssh -L " + port + ":127.0.0.1:" + port + ' '));
    QCOMPARE(m_fake->tokenRequests(QStringLiteral("authorization_code")), 1);
    const CredentialReadResult stored = CredentialFile(m_roxy->paths()).read();
    QVERIFY(stored.isUsable());
    QCOMPARE(stored.credentials.accessToken(), m_fake->issuedAccessTokens().last());
    // The pasted line is never repeated (its code is among the secrets).
    QVERIFY(!result.out.contains(pasted) && !result.err.contains(pasted));
    QVERIFY(!m_fake->issuedCodes().isEmpty());
    verifyNoSecrets(result);
}

void tst_OAuthCli::authorizeRefusesWrongPastedAddresses()
{
    SetupProcess process(authorizeArguments({ QStringLiteral("--verbose") }), environment());
    const QUrl location = startAndConsentElsewhere(process);
    QVERIFY(location.isValid());
    QUrlQuery forgedQuery(location);
    forgedQuery.removeAllQueryItems(QStringLiteral("state"));
    forgedQuery.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state-4711"));
    QUrl forged = location;
    forged.setQuery(forgedQuery);
    QUrl elsewhere = location;
    elsewhere.setHost(QStringLiteral("collector.example.net"));
    process.process().write(forged.toEncoded() + '\n' + elsewhere.toEncoded() + '\n');
    // Refused, and still waiting: the right address afterwards signs in.
    QTRY_VERIFY_WITH_TIMEOUT(peekErr(process).contains("does not lead to the computer's own address"), 10000);
    QCOMPARE(process.process().state(), QProcess::Running);
    process.process().write(location.toEncoded() + '\n');
    const ProcessResult result = process.finish();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.contains("Address not accepted: This address belongs to another sign-in attempt"),
        result.err.constData());
    QVERIFY(result.err.contains(
        "Address not accepted: This address does not lead to the computer's own address"));
    QVERIFY(result.err.contains("Refused a pasted address: \"oauth.paste_wrong_state\""));
    QCOMPARE(m_fake->tokenRequests(QStringLiteral("authorization_code")), 1);
    for (const QByteArray &pastedPart :
        { QByteArray("forged-state-4711"), QByteArray("collector.example.net") }) {
        QVERIFY(!result.out.contains(pastedPart));
        QVERIFY2(!result.err.contains(pastedPart), "a pasted line was repeated");
    }
    verifyNoSecrets(result);
}

void tst_OAuthCli::authorizeRefusesReplayedAddress()
{
    SetupProcess first(authorizeArguments(), environment());
    const QUrl used = startAndConsentElsewhere(first);
    QVERIFY(used.isValid());
    first.process().write(used.toEncoded() + '\n');
    const ProcessResult signedIn = first.finish();
    QVERIFY2(signedIn.exitCode == 0, signedIn.err.constData());

    // A later sign-in on the same port refuses the old address and keeps waiting for its own.
    const QString fixed = QStringLiteral("http://127.0.0.1:%1/callback/").arg(used.port());
    m_fake->app(m_clientKey)->redirectUris.append(fixed);
    QStringList arguments = authorizeArguments({ QStringLiteral("--verbose") });
    arguments.replace(arguments.indexOf(Wildcard), fixed);
    SetupProcess second(arguments, environment());
    const QUrl fresh = startAndConsentElsewhere(second);
    QVERIFY(fresh.isValid());
    QCOMPARE(fresh.port(), used.port());
    second.process().write(used.toEncoded() + '\n' + fresh.toEncoded() + '\n');
    const ProcessResult result = second.finish();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.contains("Address not accepted: This address belongs to another sign-in attempt"),
        result.err.constData());
    QCOMPARE(m_fake->tokenRequests(QStringLiteral("authorization_code")), 2);
    verifyNoSecrets(result);
}

void tst_OAuthCli::authorizePastedDenial()
{
    m_fake->setConsentMode(FakeTikTok::ConsentMode::AutoDeny);
    SetupProcess process(authorizeArguments(), environment());
    const QUrl location = startAndConsentElsewhere(process);
    QVERIFY(QUrlQuery(location).hasQueryItem(QStringLiteral("error")));
    process.process().write(location.toEncoded() + '\n');
    const ProcessResult result = process.finish();
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(reasonLine(result.err, "skybeam-setup authorize: ")
                 .startsWith("skybeam-setup authorize: You declined"),
        result.err.constData());
    QCOMPARE(m_fake->tokenRequests(QStringLiteral("authorization_code")), 0);
    QVERIFY(!CredentialFile(m_roxy->paths()).read().exists());
}

void tst_OAuthCli::authorizeWithClosedStdinKeepsWaiting()
{
    SetupProcess process(authorizeArguments(), environment());
    const QString url = process.waitForLine(m_fake->authorizeUrl().toString());
    QVERIFY(!url.isEmpty());
    // End of input, a last line without a newline: refused; the receiver still waits for the browser.
    process.process().write("not an address");
    process.process().closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(peekErr(process).contains("Address not accepted"), 10000);
    ScriptedBrowser browser;
    QSignalSpy browsed(&browser, &ScriptedBrowser::finished);
    browser.open(QUrl(url));
    const ProcessResult result = process.finish();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(browsed.count() == 1 || browsed.wait(5000));
    QVERIFY(browser.result().body.contains("Connected as Skybeam Tester"));
    QVERIFY2(result.err.contains("Address not accepted: This is not the address the browser ended on."),
        result.err.constData());
}

// On a terminal: the secret is asked for first (hidden), then the address line is read (not shown either);
// the terminal's settings are back afterwards.
void tst_OAuthCli::authorizeOnTerminalSecretThenAddress()
{
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0)
        QSKIP("no pseudo-terminal available here");
    QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
    const int slave = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
    QVERIFY(slave >= 0);
    const auto closeBoth = qScopeGuard([master, slave] {
        ::close(slave);
        ::close(master);
    });
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    const auto readTerminal = [master] {
        QByteArray all;
        char chunk[4096];
        ssize_t count = 0;
        while ((count = ::read(master, chunk, sizeof(chunk))) > 0)
            all.append(chunk, qsizetype(count));
        return all;
    };

    QStringList arguments = authorizeArguments({ QStringLiteral("--verbose") });
    arguments.remove(arguments.indexOf(QStringLiteral("--client-secret-file")), 2);
    QProcess process;
    process.setProcessEnvironment(environment());
    // The terminal is the child's standard input and controlling terminal (stdout and stderr stay pipes).
    process.setChildProcessModifier([slave] {
        ::setsid();
        ::ioctl(slave, TIOCSCTTY, 0);
        ::dup2(slave, STDIN_FILENO);
    });
    process.start(SkybeamTest::setupBinary(), arguments);
    QVERIFY(process.waitForStarted());
    const auto waitForErr = [&process](const QByteArray &text) {
        return QTest::qWaitFor(
            [&] {
                process.setReadChannel(QProcess::StandardError);
                const bool seen = process.peek(1 << 20).contains(text);
                process.setReadChannel(QProcess::StandardOutput);
                return seen || process.state() == QProcess::NotRunning;
            },
            15000);
    };
    QVERIFY(waitForErr("typing is hidden"));
    QVERIFY(::write(master, ClientSecret.toUtf8().constData(), size_t(ClientSecret.size())) > 0);
    QVERIFY(::write(master, "\n", 1) == 1);
    QVERIFY(waitForErr("(What you paste is not shown.)"));
    QVERIFY2(process.state() == QProcess::Running, process.readAllStandardError().constData());
    const QByteArray url = process.readAllStandardOutput().split('\n').value(0).trimmed();
    QVERIFY(url.startsWith(m_fake->authorizeUrl().toEncoded()));
    const QUrl location = consentLocation(m_network.get(), QUrl::fromEncoded(url));
    QVERIFY(location.isValid());
    const QByteArray pasted = location.toEncoded();
    QVERIFY(::write(master, pasted.constData(), size_t(pasted.size())) == pasted.size());
    QVERIFY(::write(master, "\n", 1) == 1);
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(process.state() == QProcess::NotRunning || finished.wait(20000));
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.constData());
    QVERIFY(err.contains("Address accepted"));
    QVERIFY(err.contains("Received TikTok's answer as a pasted address with a code"));
    // Neither the secret nor the address came back through the terminal (only line breaks did).
    const QByteArray shown = readTerminal();
    QVERIFY2(!shown.contains(ClientSecret.toUtf8()), shown.constData());
    QVERIFY2(!shown.contains("code="), shown.constData());
    termios after {};
    QVERIFY(::tcgetattr(slave, &after) == 0);
    QVERIFY(after.c_lflag & ECHO);
    QVERIFY(!err.contains(pasted));
}

// Started with standard input closed: descriptor 0 may later belong to the event loop or a socket, so it
// is not read (and no paste is offered); the browser's way still works.
void tst_OAuthCli::authorizeStartedWithoutStdinReadsNoDescriptorZero()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setChildProcessModifier([] { ::close(STDIN_FILENO); });
    process.start(SkybeamTest::setupBinary(), authorizeArguments({ QStringLiteral("--verbose") }));
    QVERIFY(process.waitForStarted());
    QVERIFY(QTest::qWaitFor(
        [&process] { return process.canReadLine() || process.state() != QProcess::Running; }, 15000));
    const QByteArray url = process.readLine().trimmed();
    QVERIFY2(url.startsWith(m_fake->authorizeUrl().toEncoded()), url.constData());
    ScriptedBrowser browser;
    QSignalSpy browsed(&browser, &ScriptedBrowser::finished);
    browser.open(QUrl::fromEncoded(url));
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(process.state() == QProcess::NotRunning || finished.wait(20000));
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.constData());
    QVERIFY(browsed.count() == 1 || browsed.wait(5000));
    QVERIFY2(!err.contains("paste it here"), err.constData());
    QVERIFY(!err.contains("Address not accepted"));
    QVERIFY(err.contains("ssh -L "));
}

QTEST_GUILESS_MAIN(tst_OAuthCli)
#include "tst_oauthcli.moc"
