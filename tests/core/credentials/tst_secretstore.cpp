// The keychain side of the credential store: a real Secret Service round trip (gnome-keyring, started by
// scripts/test), the unavailable path, the in-memory store's queued answers, and CredentialStore merging.
#include "credentials/credentialstore.h"
#include "credentials/keychainsecretstore.h"
#include "credentials/memorysecretstore.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using namespace Skybeam;
using SkybeamTest::TempRoxy;

namespace {

// Runs one job to completion and returns its error code and secrets.
struct Outcome
{
    QString code;
    StoredSecrets secrets;
};

Outcome await(SecretJob *job)
{
    Outcome outcome;
    bool done = false;
    QObject::connect(job, &SecretJob::finished, [&](SecretJob *finished) {
        outcome.code = finished->error().code();
        outcome.secrets = finished->secrets();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        outcome.code = QStringLiteral("test.timeout");
    return outcome;
}

QString uniqueKey()
{
    return QStringLiteral("awtest%1").arg(QRandomGenerator::system()->generate64(), 0, 16);
}

// Child-process mode: one keychain read in an environment without any D-Bus session.
int probeMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    KeychainSecretStore store;
    store.setTimeout(10000);
    const Outcome outcome = await(store.read(QStringLiteral("awprobe")));
    std::printf("%s\n", qPrintable(outcome.code));
    return 0;
}

} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memory_answersQueued();
    void memory_roundTrip();
    void memory_unavailable();
    void keychain_realRoundTrip();
    void keychain_withoutDBus_isUnavailable();
    void store_saveWritesFileAndKeychain();
    void store_loadFillsSecretFromKeychain();
    void store_keychainUnavailable_fileStillWritten();
};

void tst_SecretStore::memory_answersQueued()
{
    MemorySecretStore store;
    SecretJob *job = store.write(QStringLiteral("aw1"), { QStringLiteral("s"), QStringLiteral("r") });
    QSignalSpy spy(job, &SecretJob::finished);
    // Nothing happens before the event loop runs: callers can always connect after creating the job.
    QCOMPARE(spy.count(), 0);
    QVERIFY(store.entries().isEmpty());
    QVERIFY(spy.wait());
    QCOMPARE(store.entries().value(QStringLiteral("aw1")).clientSecret, QStringLiteral("s"));
}

void tst_SecretStore::memory_roundTrip()
{
    MemorySecretStore store;
    store.setDelay(20);
    QCOMPARE(await(store.read(QStringLiteral("aw1"))).code, QStringLiteral("keychain.not_found"));
    QCOMPARE(await(store.write(QStringLiteral("aw1"), { QStringLiteral("s"), QStringLiteral("r") })).code,
        QString());
    const Outcome read = await(store.read(QStringLiteral("aw1")));
    QCOMPARE(read.secrets.clientSecret, QStringLiteral("s"));
    QCOMPARE(read.secrets.refreshToken, QStringLiteral("r"));
    QCOMPARE(await(store.remove(QStringLiteral("aw1"))).code, QString());
    QCOMPARE(await(store.read(QStringLiteral("aw1"))).code, QStringLiteral("keychain.not_found"));
}

void tst_SecretStore::memory_unavailable()
{
    MemorySecretStore store;
    store.setAvailable(false);
    QCOMPARE(await(store.read(QStringLiteral("aw1"))).code, QStringLiteral("keychain.unavailable"));
}

void tst_SecretStore::keychain_realRoundTrip()
{
    if (qEnvironmentVariableIsEmpty("SKYBEAM_TEST_KEYRING"))
        QSKIP("Needs the test keyring: run through scripts/test (dbus-run-session + gnome-keyring).");
    KeychainSecretStore store;
    const QString key = uniqueKey();
    QCOMPARE(await(store.read(key)).code, QStringLiteral("keychain.not_found"));
    QCOMPARE(
        await(store.write(key, { QStringLiteral("secret-1"), QStringLiteral("rft.1") })).code, QString());
    Outcome read = await(store.read(key));
    QCOMPARE(read.code, QString());
    QCOMPARE(read.secrets.clientSecret, QStringLiteral("secret-1"));
    QCOMPARE(read.secrets.refreshToken, QStringLiteral("rft.1"));
    // Overwrite: the rotated refresh token replaces the old one.
    QCOMPARE(
        await(store.write(key, { QStringLiteral("secret-1"), QStringLiteral("rft.2") })).code, QString());
    read = await(store.read(key));
    QCOMPARE(read.secrets.refreshToken, QStringLiteral("rft.2"));
    QCOMPARE(await(store.remove(key)).code, QString());
    QCOMPARE(await(store.read(key)).code, QStringLiteral("keychain.not_found"));
}

void tst_SecretStore::keychain_withoutDBus_isUnavailable()
{
    QProcess probe;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SKYBEAM_KEYCHAIN_PROBE"), QStringLiteral("1"));
    environment.insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    probe.setProcessEnvironment(environment);
    probe.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(probe.waitForFinished(30000));
    QCOMPARE(
        QString::fromUtf8(probe.readAllStandardOutput()).trimmed(), QStringLiteral("keychain.unavailable"));
}

void tst_SecretStore::store_saveWritesFileAndKeychain()
{
    TempRoxy roxy;
    MemorySecretStore secrets;
    CredentialStore store(roxy.paths(), &secrets);
    TikTokCredentials credentials;
    credentials.setClientKey(QStringLiteral("aw1"));
    credentials.setClientSecret(QStringLiteral("s"));
    credentials.applyTokenResponse(
        { { QLatin1String("refresh_token"), QStringLiteral("rft.9") } }, QDateTime::currentDateTimeUtc());
    CredentialStoreJob *job = store.save(credentials);
    QSignalSpy spy(job, &CredentialStoreJob::finished);
    QVERIFY(spy.wait());
    QVERIFY(job->isSuccess());
    QVERIFY(job->usedKeychain());
    QCOMPARE(secrets.entries().value(QStringLiteral("aw1")).refreshToken, QStringLiteral("rft.9"));
    QCOMPARE(CredentialFile(roxy.paths()).read().credentials.clientSecret(), QStringLiteral("s"));
}

void tst_SecretStore::store_loadFillsSecretFromKeychain()
{
    TempRoxy roxy;
    roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"),
        R"({"client_key":"aw1","refresh_token":"rft.file"})");
    MemorySecretStore secrets;
    QVERIFY(await(
        secrets.write(QStringLiteral("aw1"), { QStringLiteral("kc-secret"), QStringLiteral("rft.keychain") }))
                .code.isEmpty());
    CredentialStore store(roxy.paths(), &secrets);
    CredentialStoreJob *job = store.load();
    QSignalSpy spy(job, &CredentialStoreJob::finished);
    QVERIFY(spy.wait());
    QVERIFY(job->usedKeychain());
    QCOMPARE(job->credentials().clientSecret(), QStringLiteral("kc-secret"));
    // The file's refresh token wins: the publisher may have rotated it.
    QCOMPARE(job->credentials().refreshToken(), QStringLiteral("rft.file"));
}

void tst_SecretStore::store_keychainUnavailable_fileStillWritten()
{
    TempRoxy roxy;
    MemorySecretStore secrets;
    secrets.setAvailable(false);
    CredentialStore store(roxy.paths(), &secrets);
    TikTokCredentials credentials;
    credentials.setClientKey(QStringLiteral("aw1"));
    credentials.setClientSecret(QStringLiteral("s"));
    CredentialStoreJob *job = store.save(credentials);
    QSignalSpy spy(job, &CredentialStoreJob::finished);
    QVERIFY(spy.wait());
    QVERIFY(job->isSuccess());
    QVERIFY(!job->usedKeychain());
    QCOMPARE(job->keychainError().code(), QStringLiteral("keychain.unavailable"));
    QVERIFY(CredentialFile(roxy.paths()).read().isUsable());
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("SKYBEAM_KEYCHAIN_PROBE"))
        return probeMain(argc, argv);
    QCoreApplication app(argc, argv);
    tst_SecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
