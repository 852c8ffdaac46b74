// The doctor's local checks, each against the real thing broken: a file 0644, a folder owned by another
// user, a linked folder, a missing scope, a sandbox key, a port a running program holds, a `localhost`
// that leads elsewhere, an empty or missing export folder.
#include "doctor/doctor.h"
#include "doctor/localchecks.h"
#include "setup/rememberedsettings.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <unistd.h>

using namespace Skybeam;
using SkybeamTest::TempRoxy;
using Status = DoctorResult::Status;

namespace {

const QString CredentialPath = QStringLiteral("credentials/tiktok_oauth.json");

QByteArray credentials(const QString &clientKey, const QString &scope, const QDateTime &now)
{
    return QJsonDocument(QJsonObject {
                             { QStringLiteral("client_key"), clientKey },
                             { QStringLiteral("client_secret"), QStringLiteral("s3cr3t-client-secret") },
                             { QStringLiteral("access_token"), QStringLiteral("act.secret-access-token") },
                             { QStringLiteral("refresh_token"), QStringLiteral("rft.secret-refresh-token") },
                             { QStringLiteral("scope"), scope },
                             { QStringLiteral("expires_at"), now.addSecs(20 * 3600).toString(Qt::ISODate) },
                             { QStringLiteral("refresh_expires_at"), now.addDays(300).toString(Qt::ISODate) },
                             { QStringLiteral("authorized_at"), now.addDays(-2).toString(Qt::ISODate) },
                         })
        .toJson();
}

const QString AllScopes = QStringLiteral("user.info.basic,video.upload,video.publish");

DoctorContext contextFor(const TempRoxy &roxy)
{
    DoctorContext context = DoctorContext::system(roxy.paths());
    return context;
}

void writeGoodFile(
    TempRoxy &roxy, const QString &key = QStringLiteral("awprodkey123"), const QString &scope = AllScopes)
{
    roxy.writeFile(CredentialPath, credentials(key, scope, QDateTime::currentDateTimeUtc()));
    QFile::setPermissions(roxy.root() + QStringLiteral("/credentials"),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

bool canBind(quint16 port)
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, port);
}

} // namespace

class tst_DoctorLocal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthyFileIsOk();
    void missingFileIsAProblem();
    void worldReadableFileIsFixed();
    void openFolderIsAProblem();
    void linkedFolderIsAProblem();
    void folderOwnedByAnotherUser();
    void missingScopeNamesThePortalStep();
    void sandboxKeyIsNamed();
    void portHeldByAProgramIsNamed();
    void wildcardFixIsRemembered();
    void localhostResolver_data();
    void localhostResolver();
    void browserVariable();
    void exportFolder();
};

void tst_DoctorLocal::healthyFileIsOk()
{
    TempRoxy roxy;
    writeGoodFile(roxy);
    const DoctorResult file = LocalChecks::credentialFile(contextFor(roxy));
    QCOMPARE(file.status, Status::Ok);
    QCOMPARE(file.id, QStringLiteral("credential-file"));
    const DoctorResult tokens = LocalChecks::tokens(contextFor(roxy));
    QCOMPARE(tokens.status, Status::Ok);
    QVERIFY2(tokens.detail.contains(QLatin1String("All needed permissions")), qPrintable(tokens.detail));
    QCOMPARE(LocalChecks::appKind(contextFor(roxy)).status, Status::Ok);
}

void tst_DoctorLocal::missingFileIsAProblem()
{
    TempRoxy roxy;
    const DoctorResult file = LocalChecks::credentialFile(contextFor(roxy));
    QCOMPARE(file.status, Status::Problem);
    QVERIFY(file.detail.contains(QLatin1String("tiktok_credentials.json")));
    QCOMPARE(LocalChecks::tokens(contextFor(roxy)).status, Status::Skipped);
    QCOMPARE(LocalChecks::appKind(contextFor(roxy)).status, Status::Skipped);
}

void tst_DoctorLocal::worldReadableFileIsFixed()
{
    TempRoxy roxy;
    writeGoodFile(roxy);
    QFile::setPermissions(roxy.root() + QLatin1Char('/') + CredentialPath,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const DoctorContext context = contextFor(roxy);
    const DoctorResult file = LocalChecks::credentialFile(context);
    QCOMPARE(file.status, Status::Problem);
    QVERIFY2(file.detail.contains(QLatin1String("0644")), qPrintable(file.detail));
    QCOMPARE(file.fixAction, DoctorResult::FixAction::FixPermissions);
    QVERIFY(!Doctor::applyFix(context, file).isError());
    QCOMPARE(LocalChecks::credentialFile(context).status, Status::Ok);
}

void tst_DoctorLocal::openFolderIsAProblem()
{
    TempRoxy roxy;
    writeGoodFile(roxy);
    QFile::setPermissions(roxy.root() + QStringLiteral("/credentials"),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
            | QFileDevice::ExeOther);
    const DoctorResult file = LocalChecks::credentialFile(contextFor(roxy));
    QCOMPARE(file.status, Status::Problem);
    QVERIFY2(file.detail.contains(QLatin1String("0705")), qPrintable(file.detail));
    QCOMPARE(file.fixAction, DoctorResult::FixAction::FixPermissions);
}

void tst_DoctorLocal::linkedFolderIsAProblem()
{
    TempRoxy roxy;
    TempRoxy elsewhere;
    writeGoodFile(elsewhere);
    QVERIFY(QFile::link(
        elsewhere.root() + QStringLiteral("/credentials"), roxy.root() + QStringLiteral("/credentials")));
    const DoctorResult file = LocalChecks::credentialFile(contextFor(roxy));
    QCOMPARE(file.status, Status::Problem);
    QVERIFY2(file.detail.contains(QLatin1String("is a link")), qPrintable(file.detail));
}

void tst_DoctorLocal::folderOwnedByAnotherUser()
{
    if (::getuid() != 0)
        QSKIP("Giving a folder to another user needs root (the test suite runs as root in CI).");
    TempRoxy roxy;
    writeGoodFile(roxy);
    const QByteArray folder = QFile::encodeName(roxy.root() + QStringLiteral("/credentials"));
    QCOMPARE(::chown(folder.constData(), 65534, 65534), 0);
    const DoctorResult file = LocalChecks::credentialFile(contextFor(roxy));
    QCOMPARE(file.status, Status::Problem);
    QVERIFY2(file.detail.contains(QLatin1String("another user (user ID 65534)")), qPrintable(file.detail));
    QVERIFY(file.fix.contains(QLatin1String("chown")));
}

void tst_DoctorLocal::missingScopeNamesThePortalStep()
{
    TempRoxy roxy;
    writeGoodFile(roxy, QStringLiteral("awprodkey123"), QStringLiteral("user.info.basic,video.publish"));
    const DoctorResult tokens = LocalChecks::tokens(contextFor(roxy));
    QCOMPARE(tokens.status, Status::Problem);
    QVERIFY2(tokens.detail.contains(QLatin1String("did not grant the permissions video.upload")),
        qPrintable(tokens.detail));
    QVERIFY(tokens.fix.contains(QLatin1String("Content Posting API")));
}

void tst_DoctorLocal::sandboxKeyIsNamed()
{
    TempRoxy roxy;
    writeGoodFile(roxy, QStringLiteral("sbawsandboxkey"));
    const DoctorResult kind = LocalChecks::appKind(contextFor(roxy));
    QCOMPARE(kind.status, Status::Warning);
    QVERIFY(kind.detail.contains(QLatin1String("sandbox")));
}

void tst_DoctorLocal::portHeldByAProgramIsNamed()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    TempRoxy roxy;
    roxy.writeFile(QStringLiteral("setup/wizard.json"),
        QStringLiteral("{\"redirect_uri\": \"http://127.0.0.1:%1/callback/\"}").arg(port).toUtf8());
    QCOMPARE(LocalChecks::redirect(contextFor(roxy)).status, Status::Ok);

    QProcess holder;
    holder.start(QStringLiteral(FAKE_TIKTOK_BINARY), { QStringLiteral("--port"), QString::number(port) });
    QVERIFY(holder.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(!canBind(port), 10000);
    const qint64 pid = holder.processId();
    const DoctorResult redirect = LocalChecks::redirect(contextFor(roxy));
    holder.kill();
    holder.waitForFinished();
    QCOMPARE(redirect.status, Status::Problem);
    QVERIFY2(redirect.detail.contains(QStringLiteral("fake-tiktok (PID %1)").arg(pid)),
        qPrintable(redirect.detail));
    QCOMPARE(redirect.fixAction, DoctorResult::FixAction::UseWildcardRedirect);
    QCOMPARE(redirect.copyText, QStringLiteral("http://127.0.0.1:*/callback/"));
}

void tst_DoctorLocal::wildcardFixIsRemembered()
{
    TempRoxy roxy;
    const DoctorContext context = contextFor(roxy);
    QCOMPARE(LocalChecks::redirectUriInUse(roxy.paths()), QStringLiteral("http://localhost:8080/callback"));
    DoctorResult result;
    result.fixAction = DoctorResult::FixAction::UseWildcardRedirect;
    QVERIFY(!Doctor::applyFix(context, result).isError());
    QCOMPARE(LocalChecks::redirectUriInUse(roxy.paths()), QStringLiteral("http://127.0.0.1:*/callback/"));
    // Where the wizard keeps it, as the wizard writes it: 0600, with the scopes to ask for.
    QCOMPARE(
        RememberedSettings::read(roxy.paths()).redirectUri, QStringLiteral("http://127.0.0.1:*/callback/"));
    QCOMPARE(RememberedSettings::read(roxy.paths()).scopes, LocalChecks::neededScopes());
    QCOMPARE(QFileInfo(RememberedSettings::filePath(roxy.paths())).permissions(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    const DoctorResult redirect = LocalChecks::redirect(context);
    QCOMPARE(redirect.status, Status::Ok);
    QVERIFY(redirect.detail.contains(QLatin1String("free port")));
}

void tst_DoctorLocal::localhostResolver_data()
{
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<Status>("status");
    QTest::newRow("both loopback") << QStringList { QStringLiteral("127.0.0.1"), QStringLiteral("::1") }
                                   << Status::Ok;
    QTest::newRow("IPv6 only") << QStringList { QStringLiteral("::1") } << Status::Ok;
    QTest::newRow("unresolved") << QStringList {} << Status::Problem;
    QTest::newRow("elsewhere") << QStringList { QStringLiteral("127.0.0.1"), QStringLiteral("10.1.2.3") }
                               << Status::Problem;
}

void tst_DoctorLocal::localhostResolver()
{
    QFETCH(QStringList, addresses);
    QFETCH(Status, status);
    TempRoxy roxy;
    DoctorContext context = contextFor(roxy);
    QString asked;
    context.resolver = [&](const QString &host) {
        asked = host;
        QList<QHostAddress> result;
        for (const QString &address : addresses)
            result.append(QHostAddress(address));
        return result;
    };
    const DoctorResult localhost = LocalChecks::localhost(context);
    QCOMPARE(asked, QStringLiteral("localhost"));
    QCOMPARE(localhost.status, status);
    if (addresses.contains(QLatin1String("10.1.2.3")))
        QVERIFY(localhost.detail.contains(QLatin1String("10.1.2.3")));
    // And the real resolver of this machine leads to loopback.
    QCOMPARE(LocalChecks::localhost(contextFor(roxy)).status, Status::Ok);
}

void tst_DoctorLocal::browserVariable()
{
    TempRoxy roxy;
    DoctorContext context = contextFor(roxy);
    context.environment.insert(QStringLiteral("BROWSER"), QStringLiteral("no-such-browser-here"));
    DoctorResult browser = LocalChecks::browser(context);
    QCOMPARE(browser.status, Status::Problem);
    QVERIFY(browser.detail.contains(QLatin1String("no-such-browser-here")));
    context.environment.insert(QStringLiteral("BROWSER"), QStringLiteral("true"));
    QCOMPARE(LocalChecks::browser(context).status, Status::Ok);
    context.environment.remove(QStringLiteral("BROWSER"));
    context.environment.insert(QStringLiteral("PATH"), roxy.root());
    browser = LocalChecks::browser(context);
    QCOMPARE(browser.status, Status::Problem);
    QVERIFY(browser.detail.contains(QLatin1String("xdg-open")));
}

void tst_DoctorLocal::exportFolder()
{
    TempRoxy roxy;
    const DoctorContext context = contextFor(roxy);
    DoctorResult exports = LocalChecks::exports(context);
    QCOMPARE(exports.status, Status::Warning);
    QVERIFY2(exports.detail.contains(QLatin1String("does not exist")), qPrintable(exports.detail));
    QVERIFY(QDir().mkpath(roxy.paths().exportsDir()));
    exports = LocalChecks::exports(context);
    QCOMPARE(exports.status, Status::Ok);
    QVERIFY2(exports.detail.contains(QLatin1String("is empty")), qPrintable(exports.detail));
    QVERIFY(QDir().mkpath(roxy.paths().exportsDir() + QStringLiteral("/2026-12-01-broken")));
    exports = LocalChecks::exports(context);
    QCOMPARE(exports.status, Status::Warning);
    QVERIFY2(exports.detail.contains(QLatin1String("2026-12-01-broken")), qPrintable(exports.detail));
}

QTEST_GUILESS_MAIN(tst_DoctorLocal)
#include "tst_doctorlocal.moc"
