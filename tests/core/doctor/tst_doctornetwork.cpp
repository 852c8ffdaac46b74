// The doctor's live checks against real servers broken on purpose: the project's fake TikTok answering
// with a Date header 10 minutes off, an HTTPS server with a self-signed certificate standing in for TLS
// interception (its issuer named), a proxy variable pointing at a closed port, and the account check
// with a token from the fake (unaudited: "Only me"), plus the keychain without a D-Bus session.
#include "../oauth/oauthtesthelpers.h"
#include "credentials/credentialfile.h"
#include "doctor/accountcheck.h"
#include "doctor/keychaincheck.h"
#include "doctor/networkcheck.h"
#include "faketiktok.h"
#include "testsupport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Skybeam;
using namespace FakeTikTokTest;
using namespace OAuthTest;
using SkybeamTest::TempRoxy;
using Status = DoctorResult::Status;

Q_DECLARE_METATYPE(Skybeam::DoctorResult)

namespace {

/// An HTTPS server on 127.0.0.1 presenting a self-signed certificate: what a proxy or antivirus that
/// intercepts TLS looks like to a client that verifies certificates.
class InterceptingServer final : public QTcpServer
{
public:
    QSslCertificate certificate;
    QSslKey key;
    int handshakes = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        ++handshakes;
        socket->setLocalCertificate(certificate);
        socket->setPrivateKey(key);
        socket->startServerEncryption();
    }
};

template<class Check> DoctorResult run(Check *check)
{
    QSignalSpy finished(check, &Check::finished);
    check->start();
    if (!finished.isEmpty())
        qFatal("the check finished inside start()");
    if (!finished.wait(15000))
        qFatal("the check did not finish");
    if (finished.count() != 1)
        qFatal("the check finished more than once");
    return finished.constFirst().constFirst().value<DoctorResult>();
}

} // namespace

class tst_DoctorNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clockAgrees();
    void clockTenMinutesOff();
    void interceptedTlsNamesTheIssuer();
    void proxyOnAClosedPort();
    void proxyPasswordIsNotShown();
    void accountOnlyMeIsExplained();
    void accountWithoutTokenIsSkipped();
    void keychainWithoutDBus();

private:
    DoctorContext contextFor(const TempRoxy &roxy, const TikTokEndpoints &endpoints) const;
    QNetworkAccessManager m_network;
};

void tst_DoctorNetwork::initTestCase()
{
    qRegisterMetaType<Skybeam::DoctorResult>();
    m_network.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
}

DoctorContext tst_DoctorNetwork::contextFor(const TempRoxy &roxy, const TikTokEndpoints &endpoints) const
{
    DoctorContext context = DoctorContext::system(roxy.paths());
    context.endpoints = endpoints;
    context.networkTimeoutMs = 5000;
    for (const char *name :
        { "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY" })
        context.environment.remove(QString::fromLatin1(name));
    return context;
}

void tst_DoctorNetwork::clockAgrees()
{
    FakeTikTok fake;
    QVERIFY(startFake(fake, { QStringLiteral("http://127.0.0.1:*/callback/") }));
    TempRoxy roxy;
    NetworkCheck check(contextFor(roxy, endpointsOf(fake)), &m_network);
    const DoctorResult result = run(&check);
    QCOMPARE(result.id, QStringLiteral("network"));
    QCOMPARE(result.status, Status::Ok);
    QVERIFY2(result.detail.contains(QLatin1String("clock agrees")), qPrintable(result.detail));
    QCOMPARE(fake.requestCount(QStringLiteral("/v2/user/info/")), 1);
}

void tst_DoctorNetwork::clockTenMinutesOff()
{
    FakeTikTok fake;
    QVERIFY(startFake(fake, { QStringLiteral("http://127.0.0.1:*/callback/") }));
    fake.setDateSkew(-600);
    TempRoxy roxy;
    NetworkCheck check(contextFor(roxy, endpointsOf(fake)), &m_network);
    const DoctorResult result = run(&check);
    QCOMPARE(result.status, Status::Problem);
    QVERIFY2(result.detail.contains(QLatin1String("is 10 minute")), qPrintable(result.detail));
    QVERIFY(result.detail.contains(QLatin1String("ahead of TikTok")));
    QVERIFY(result.fix.contains(QLatin1String("timedatectl")));
}

void tst_DoctorNetwork::interceptedTlsNamesTheIssuer()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/O=Acme Inspection Gateway/CN=Acme Inspect Root"), QStringLiteral("-keyout"),
            dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
            dir.filePath(QStringLiteral("cert.pem")) });
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    InterceptingServer server;
    server.certificate = QSslCertificate(&certFile, QSsl::Pem);
    server.key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
    QVERIFY(!server.certificate.isNull() && !server.key.isNull());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    const QUrl base(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
    const Expected<TikTokEndpoints> endpoints = TikTokEndpoints::create(base, base);
    QVERIFY(endpoints);
    TempRoxy roxy;
    NetworkCheck check(contextFor(roxy, endpoints.value()), &m_network);
    const DoctorResult result = run(&check);
    QCOMPARE(result.status, Status::Problem);
    QVERIFY2(result.detail.contains(QLatin1String("Acme Inspection Gateway")), qPrintable(result.detail));
    QVERIFY(result.detail.contains(QLatin1String("intercepting")));
    QVERIFY(result.fix.contains(QLatin1String("HTTPS inspection")));
    QCOMPARE(server.handshakes, 1);
}

void tst_DoctorNetwork::proxyOnAClosedPort()
{
    FakeTikTok fake;
    QVERIFY(startFake(fake, { QStringLiteral("http://127.0.0.1:*/callback/") }));
    const quint16 closed = freePort();
    TempRoxy roxy;
    DoctorContext context = contextFor(roxy, endpointsOf(fake));
    context.environment.insert(
        QStringLiteral("http_proxy"), QStringLiteral("http://127.0.0.1:%1").arg(closed));
    NetworkCheck check(context, &m_network);
    const DoctorResult result = run(&check);
    QCOMPARE(result.status, Status::Problem);
    QVERIFY2(result.detail.contains(QStringLiteral("127.0.0.1:%1").arg(closed)), qPrintable(result.detail));
    QVERIFY(result.detail.contains(QLatin1String("does not answer")));
    QVERIFY(result.fix.contains(QLatin1String("http_proxy")));
    QCOMPARE(fake.requests().size(), 0);
}

void tst_DoctorNetwork::proxyPasswordIsNotShown()
{
    QProcessEnvironment environment;
    environment.insert(
        QStringLiteral("https_proxy"), QStringLiteral("http://alice:pr0xy-passw0rd@proxy.example:3128"));
    const auto proxy
        = NetworkCheck::proxyFor(QUrl(QStringLiteral("https://open.tiktokapis.com/")), environment);
    QCOMPARE(proxy.first, QStringLiteral("https_proxy"));
    QCOMPARE(proxy.second, QStringLiteral("http://proxy.example:3128"));
}

void tst_DoctorNetwork::accountOnlyMeIsExplained()
{
    FakeTikTok fake;
    QVERIFY(startFake(fake, { QStringLiteral("http://127.0.0.1:*/callback/") }, true));
    fake.app(ClientKey)->unaudited = true;
    TikTokCredentials credentials;
    credentials.setClientKey(ClientKey);
    credentials.setClientSecret(ClientSecret);
    credentials.applyTokenResponse(obtainTokens(fake, &m_network), QDateTime::currentDateTimeUtc());
    TempRoxy roxy;
    QVERIFY(!CredentialFile(roxy.paths()).write(credentials).isError());
    AccountCheck check(contextFor(roxy, endpointsOf(fake)), &m_network);
    const DoctorResult result = run(&check);
    QCOMPARE(result.id, QStringLiteral("account"));
    QCOMPARE(result.status, Status::Warning);
    QVERIFY2(result.detail.contains(QStringLiteral("Signed in as %1.").arg(fake.user().displayName)),
        qPrintable(result.detail));
    QVERIFY(result.detail.contains(QLatin1String("not been audited")));
    QVERIFY(result.detail.contains(QLatin1String("asked TikTok 2 time")));
    QVERIFY(!result.detail.contains(credentials.accessToken()));
}

void tst_DoctorNetwork::accountWithoutTokenIsSkipped()
{
    FakeTikTok fake;
    QVERIFY(startFake(fake, { QStringLiteral("http://127.0.0.1:*/callback/") }));
    TempRoxy roxy;
    AccountCheck check(contextFor(roxy, endpointsOf(fake)), &m_network);
    QCOMPARE(run(&check).status, Status::Skipped);
    QCOMPARE(fake.requests().size(), 0);
}

void tst_DoctorNetwork::keychainWithoutDBus()
{
    TempRoxy roxy;
    DoctorContext context = DoctorContext::system(roxy.paths());
    context.environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    KeychainCheck check(context, nullptr);
    const DoctorResult result = run(&check);
    QCOMPARE(result.status, Status::Warning);
    QVERIFY(result.detail.contains(QLatin1String("no desktop session bus")));
}

QTEST_GUILESS_MAIN(tst_DoctorNetwork)
#include "tst_doctornetwork.moc"
