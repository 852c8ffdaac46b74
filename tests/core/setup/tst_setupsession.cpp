// SetupSession without a display: what detect() finds (credential file, keychain through the
// CredentialStore, or only a probe when no key is stored), the remembered redirect URI and scopes
// (wizard.json) across sessions, and a damaged wizard.json.
#include "credentials/credentialfile.h"
#include "credentials/credentialstore.h"
#include "credentials/memorysecretstore.h"
#include "setup/rememberedsettings.h"
#include "setup/setupsession.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Skybeam;
using SkybeamTest::TempRoxy;
using KeychainState = KeychainStatus::State;

namespace {

const QString CredentialPath = QStringLiteral("credentials/tiktok_oauth.json");
const QString SettingsPath = QStringLiteral("setup/wizard.json");

QString iso(qint64 secondsFromNow)
{
    return QDateTime::currentDateTimeUtc().addSecs(secondsFromNow).toString(Qt::ISODate);
}

// A file whose access token expired a day ago, authorized three days ago, without secret or refresh token.
QByteArray fileWithoutSecrets(const QJsonObject &extra = {})
{
    QJsonObject json { { QStringLiteral("client_key"), QStringLiteral("aw1") },
        { QStringLiteral("access_token"), QStringLiteral("act.1") },
        { QStringLiteral("open_id"), QStringLiteral("open.1") },
        { QStringLiteral("expires_at"), iso(-86400) },
        { QStringLiteral("refresh_expires_at"), iso(300 * 86400) },
        { QStringLiteral("authorized_at"), iso(-3 * 86400) } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    return QJsonDocument(json).toJson();
}

bool writeSecrets(MemorySecretStore &secrets, const QString &key, const StoredSecrets &stored)
{
    SecretJob *job = secrets.write(key, stored);
    QSignalSpy spy(job, &SecretJob::finished);
    return spy.wait() && !job->error().isError();
}

} // namespace

class tst_SetupSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noFile_probesKeychain();
    void noKeychain_isReportedAtOnce();
    void keychainRefuses_isUnavailable();
    void laterCheck_waitsForCheckKeychain();
    void keychainFillsSecretAndRefreshToken();
    void fileWinsOverKeychain();
    void keychainWithoutEntry_isAvailableWithoutSecret();
    void rememberedSettings_roundTrip();
    void rememberedSettings_damagedFileGivesDefaults_data();
    void rememberedSettings_damagedFileGivesDefaults();
};

void tst_SetupSession::noFile_probesKeychain()
{
    TempRoxy roxy;
    MemorySecretStore secrets;
    SetupSession session(roxy.paths(), &secrets);
    QSignalSpy status(&session, &SetupSession::statusChanged);
    QSignalSpy keychain(&session, &SetupSession::keychainChanged);
    session.detect();
    QCOMPARE(status.count(), 1);
    QCOMPARE(keychain.count(), 1);
    QCOMPARE(session.status().state(), CredentialStatus::State::NotSetUp);
    QCOMPARE(session.keychain().state(), KeychainState::Checking);
    QVERIFY(keychain.wait());
    QCOMPARE(session.keychain().state(), KeychainState::Available);
    QVERIFY(!session.keychain().holdsSecret());
    QVERIFY(!session.storedCredentials().hasClientKey());
    // Probing stores nothing.
    QVERIFY(secrets.entries().isEmpty());
}

void tst_SetupSession::noKeychain_isReportedAtOnce()
{
    TempRoxy roxy;
    roxy.writeFile(CredentialPath, fileWithoutSecrets());
    SetupSession session(roxy.paths(), nullptr);
    QSignalSpy keychain(&session, &SetupSession::keychainChanged);
    session.detect();
    QCOMPARE(keychain.count(), 1);
    QCOMPARE(session.keychain().state(), KeychainState::Unavailable);
    QCOMPARE(session.keychain().error().code(), QStringLiteral("keychain.unavailable"));
    QCOMPARE(session.storedCredentials().clientKey(), QStringLiteral("aw1"));
    QVERIFY(!session.storedCredentials().hasClientSecret());
    session.checkKeychain();
    QCOMPARE(keychain.count(), 1);
}

void tst_SetupSession::keychainRefuses_isUnavailable()
{
    for (const bool withFile : { false, true }) {
        TempRoxy roxy;
        if (withFile)
            roxy.writeFile(CredentialPath, fileWithoutSecrets());
        MemorySecretStore secrets;
        secrets.setAvailable(false);
        SetupSession session(roxy.paths(), &secrets);
        QSignalSpy keychain(&session, &SetupSession::keychainChanged);
        session.detect();
        QVERIFY(keychain.wait());
        QCOMPARE(session.keychain().state(), KeychainState::Unavailable);
        QCOMPARE(session.keychain().error().code(), QStringLiteral("keychain.unavailable"));
        QVERIFY(!session.storedCredentials().hasClientSecret());
    }
}

void tst_SetupSession::laterCheck_waitsForCheckKeychain()
{
    TempRoxy roxy;
    roxy.writeFile(CredentialPath, fileWithoutSecrets());
    MemorySecretStore secrets;
    QVERIFY(writeSecrets(secrets, QStringLiteral("aw1"), { QStringLiteral("kc-secret"), QString() }));
    SetupSession session(roxy.paths(), &secrets);
    QSignalSpy keychain(&session, &SetupSession::keychainChanged);
    session.detect(SetupSession::KeychainCheck::Later);
    QCOMPARE(keychain.count(), 1);
    // The memory store answers on the next event-loop turn: nothing was asked, so nothing answers.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(keychain.count(), 1);
    QCOMPARE(session.keychain().state(), KeychainState::Checking);
    session.checkKeychain();
    QVERIFY(keychain.wait());
    QCOMPARE(session.keychain().state(), KeychainState::Available);
    QVERIFY(session.keychain().holdsSecret());
    // A second call asks nothing more.
    session.checkKeychain();
    QCoreApplication::processEvents();
    QCOMPARE(keychain.count(), 2);
}

void tst_SetupSession::keychainFillsSecretAndRefreshToken()
{
    TempRoxy roxy;
    roxy.writeFile(CredentialPath, fileWithoutSecrets());
    MemorySecretStore secrets;
    QVERIFY(writeSecrets(
        secrets, QStringLiteral("aw1"), { QStringLiteral("kc-secret"), QStringLiteral("rft.keychain") }));
    SetupSession session(roxy.paths(), &secrets);
    session.setPath(SetupPath::Renew);
    QSignalSpy status(&session, &SetupSession::statusChanged);
    QSignalSpy keychain(&session, &SetupSession::keychainChanged);
    session.detect();
    // The file alone: the access token expired and no refresh token is known yet.
    QCOMPARE(session.status().state(), CredentialStatus::State::ReauthorizeNeeded);
    QVERIFY(!session.storedCredentials().hasClientSecret());
    QVERIFY(keychain.wait());
    QVERIFY(session.keychain().holdsSecret());
    const TikTokCredentials stored = session.storedCredentials();
    QCOMPARE(stored.clientKey(), QStringLiteral("aw1"));
    QCOMPARE(stored.clientSecret(), QStringLiteral("kc-secret"));
    QCOMPARE(stored.refreshToken(), QStringLiteral("rft.keychain"));
    // The file's other fields are kept.
    QCOMPARE(stored.openId(), QStringLiteral("open.1"));
    // The keychain's refresh token makes renewing possible: the status follows.
    QCOMPARE(status.count(), 2);
    QCOMPARE(session.status().state(), CredentialStatus::State::Renewable);
    // The Renew path takes the merged credentials and app settings once the keychain answered.
    QCOMPARE(session.appSettings().clientSecret, QStringLiteral("kc-secret"));
    QCOMPARE(session.credentials().refreshToken(), QStringLiteral("rft.keychain"));
}

void tst_SetupSession::fileWinsOverKeychain()
{
    TempRoxy roxy;
    roxy.writeFile(CredentialPath,
        fileWithoutSecrets({ { QStringLiteral("client_secret"), QStringLiteral("file-secret") },
            { QStringLiteral("refresh_token"), QStringLiteral("rft.file") } }));
    MemorySecretStore secrets;
    QVERIFY(writeSecrets(
        secrets, QStringLiteral("aw1"), { QStringLiteral("kc-secret"), QStringLiteral("rft.keychain") }));
    SetupSession session(roxy.paths(), &secrets);
    QSignalSpy status(&session, &SetupSession::statusChanged);
    QSignalSpy keychain(&session, &SetupSession::keychainChanged);
    session.detect();
    QVERIFY(keychain.wait());
    QCOMPARE(session.keychain().state(), KeychainState::Available);
    QVERIFY(session.keychain().holdsSecret());
    QCOMPARE(session.storedCredentials().clientSecret(), QStringLiteral("file-secret"));
    QCOMPARE(session.storedCredentials().refreshToken(), QStringLiteral("rft.file"));
    QCOMPARE(status.count(), 1);
}

void tst_SetupSession::keychainWithoutEntry_isAvailableWithoutSecret()
{
    TempRoxy roxy;
    roxy.writeFile(CredentialPath, fileWithoutSecrets());
    MemorySecretStore secrets;
    SetupSession session(roxy.paths(), &secrets);
    QSignalSpy keychain(&session, &SetupSession::keychainChanged);
    session.detect();
    QVERIFY(keychain.wait());
    QCOMPARE(session.keychain().state(), KeychainState::Available);
    QVERIFY(!session.keychain().holdsSecret());
    QVERIFY(!session.storedCredentials().hasClientSecret());
    QCOMPARE(session.status().state(), CredentialStatus::State::ReauthorizeNeeded);
}

void tst_SetupSession::rememberedSettings_roundTrip()
{
    TempRoxy roxy;
    MemorySecretStore secrets;
    const QString redirect = QStringLiteral("http://127.0.0.1:*/callback/");
    const QStringList scopes { QStringLiteral("user.info.basic"), QStringLiteral("video.upload") };
    {
        SetupSession session(roxy.paths(), &secrets);
        session.detect();
        QCOMPARE(session.appSettings().redirectUri, SetupSession::defaultRedirectUri());
        QCOMPARE(session.appSettings().scopes, SetupSession::defaultScopes());
        AppSettings settings = session.appSettings();
        settings.clientKey = QStringLiteral("aw1");
        settings.clientSecret = QStringLiteral("secret-1");
        settings.redirectUri = redirect;
        settings.scopes = scopes;
        session.setAppSettings(settings);
        TikTokCredentials credentials;
        credentials.setClientKey(settings.clientKey);
        credentials.setClientSecret(settings.clientSecret);
        credentials.setRefreshToken(QStringLiteral("rft.1"));
        session.setCredentials(credentials);
        CredentialStoreJob *job = session.saveCredentials();
        QSignalSpy saved(job, &CredentialStoreJob::finished);
        QVERIFY(saved.wait());
        QVERIFY(job->isSuccess());
    }
    const QString file = RememberedSettings::filePath(roxy.paths());
    QCOMPARE(file, roxy.root() + QLatin1Char('/') + SettingsPath);
    QCOMPARE(
        QFile::permissions(file), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    const QByteArray content = roxy.readFile(SettingsPath);
    QVERIFY(!content.contains("secret-1"));
    QVERIFY(!content.contains("rft.1"));
    const RememberedSettings remembered = RememberedSettings::read(roxy.paths());
    QCOMPARE(remembered.redirectUri, redirect);
    QCOMPARE(remembered.scopes, scopes);

    SetupSession next(roxy.paths(), &secrets);
    next.detect();
    QCOMPARE(next.appSettings().redirectUri, redirect);
    QCOMPARE(next.appSettings().scopes, scopes);
}

void tst_SetupSession::rememberedSettings_damagedFileGivesDefaults_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<QStringList>("scopes");
    const QString defaultUri = SetupSession::defaultRedirectUri();
    const QStringList defaultScopes = SetupSession::defaultScopes();
    QTest::newRow("not JSON") << QByteArray("{\"redirect_uri\": \"http://127.0.0.1:9/x/\"") << defaultUri
                              << defaultScopes;
    QTest::newRow("an array") << QByteArray("[\"http://127.0.0.1:9/x/\"]") << defaultUri << defaultScopes;
    QTest::newRow("wrong types") << QByteArray(R"({"redirect_uri": 7, "scopes": "video.upload"})")
                                 << defaultUri << defaultScopes;
    QTest::newRow("empty and odd scopes")
        << QByteArray(R"({"redirect_uri": "http://127.0.0.1:9/x/", "scopes": ["", 3, "video.upload"]})")
        << QStringLiteral("http://127.0.0.1:9/x/") << QStringList { QStringLiteral("video.upload") };
    QTest::newRow("no usable scope") << QByteArray(R"({"scopes": ["", null]})") << defaultUri
                                     << defaultScopes;
}

void tst_SetupSession::rememberedSettings_damagedFileGivesDefaults()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, redirectUri);
    QFETCH(QStringList, scopes);
    TempRoxy roxy;
    roxy.writeFile(SettingsPath, content);
    SetupSession session(roxy.paths(), nullptr);
    session.detect();
    QCOMPARE(session.appSettings().redirectUri, redirectUri);
    QCOMPARE(session.appSettings().scopes, scopes);
}

QTEST_GUILESS_MAIN(tst_SetupSession)
#include "tst_setupsession.moc"
