// No secret leaks: the command-line flows (authorize, validate, refresh, revoke) run against the fake
// TikTok with known secret values at the most verbose log level (--verbose and QT_LOGGING_RULES
// "*.debug=true"), with a private HOME; then every byte of stdout, stderr and of every file they could
// have written (HOME: settings, caches, logs; ROXY_HOME except the credential file and its backup, which
// are where the secrets belong) is searched for the client secret, the authorization codes, the
// access and refresh tokens and the PKCE verifiers: zero hits.
#include "core/oauth/oauthtesthelpers.h"
#include "scriptedbrowser.h"
#include "setupprocess.h"

#include "credentials/credentialfile.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Skybeam;
using namespace FakeTikTokTest;
using SkybeamTest::ProcessResult;
using SkybeamTest::SetupProcess;
using SkybeamTest::TempRoxy;

namespace {

const QString Wildcard = QStringLiteral("http://127.0.0.1:*/callback/");
// Distinctive values, so that a hit cannot be a coincidence.
const QString Secret = QStringLiteral("cs-LEAKCANARY-7f3e9b21c4d8a6");

} // namespace

class tst_SecretLeaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cliFlows_atMostVerboseLevel_neverShowSecrets();

private:
    QStringList secrets(const FakeTikTok &fake) const;
};

QStringList tst_SecretLeaks::secrets(const FakeTikTok &fake) const
{
    QStringList result { Secret };
    result += fake.issuedCodes();
    result += fake.issuedAccessTokens();
    result += fake.issuedRefreshTokens();
    for (const FakeTikTok::LoggedRequest &request : fake.requests()) {
        const QString verifier = request.formValue(QStringLiteral("code_verifier"));
        if (!verifier.isEmpty())
            result.append(verifier);
    }
    result.removeAll(QString());
    result.removeDuplicates();
    return result;
}

void tst_SecretLeaks::cliFlows_atMostVerboseLevel_neverShowSecrets()
{
    TempRoxy roxy;
    QTemporaryDir home;
    QVERIFY(roxy.isValid() && home.isValid());
    FakeTikTok fake;
    FakeApp app;
    app.clientKey = QStringLiteral("sbawleaktest%1").arg(QCoreApplication::applicationPid());
    app.clientSecret = Secret;
    app.redirectUris = { Wildcard };
    fake.addApp(app);
    QVERIFY(fake.listen());
    const QString secretFile = home.filePath(QStringLiteral("secret-input.txt"));
    {
        QFile file(secretFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Secret.toUtf8() + '\n');
    }

    QProcessEnvironment env = SkybeamTest::environmentFor(roxy.root());
    env.insert(QStringLiteral("HOME"), home.path());
    for (const char *name : { "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" })
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("SKYBEAM_TIKTOK_AUTH_URL"), fake.authorizeUrl().toString());
    env.insert(QStringLiteral("SKYBEAM_TIKTOK_API_BASE"), fake.apiBase().toString());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{category} %{type}: %{message}"));
    env.remove(QStringLiteral("BROWSER"));

    QList<QPair<QString, ProcessResult>> runs;
    // authorize: the browser (scripted) signs in; the code, verifier and tokens pass through the product.
    {
        SetupProcess process(
            { QStringLiteral("authorize"), QStringLiteral("--client-key"), app.clientKey,
                QStringLiteral("--client-secret-file"), secretFile, QStringLiteral("--redirect-uri"),
                Wildcard, QStringLiteral("--no-browser"), QStringLiteral("--timeout"), QStringLiteral("60"),
                QStringLiteral("--verbose") },
            env);
        const QString url = process.waitForLine(fake.authorizeUrl().toString());
        QVERIFY(!url.isEmpty());
        ScriptedBrowser browser;
        QSignalSpy browsed(&browser, &ScriptedBrowser::finished);
        browser.open(QUrl(url));
        runs.append({ QStringLiteral("authorize"), process.finish(60000) });
        QVERIFY(browsed.count() == 1 || browsed.wait(10000));
        // The browser's page is output too: it must not echo the code or tokens either.
        ProcessResult page;
        page.out = browser.result().body;
        runs.append({ QStringLiteral("browser page"), page });
        QVERIFY2(runs.first().second.exitCode == 0, runs.first().second.err.constData());
    }
    const QList<QStringList> commands {
        { QStringLiteral("validate"), QStringLiteral("--tiktok"), QStringLiteral("--strict"),
            QStringLiteral("--verbose") },
        { QStringLiteral("validate"), QStringLiteral("--tiktok"), QStringLiteral("--json"),
            QStringLiteral("--verbose") },
        { QStringLiteral("refresh"), QStringLiteral("--verbose") },
        { QStringLiteral("refresh"), QStringLiteral("--verbose") },
        { QStringLiteral("revoke"), QStringLiteral("--verbose") },
        // A failure path too: refreshing without tokens after the revoke.
        { QStringLiteral("refresh"), QStringLiteral("--verbose") },
    };
    for (const QStringList &arguments : commands) {
        SetupProcess process(arguments, env);
        const ProcessResult result = process.finish(60000);
        QVERIFY2(!result.crashed, qPrintable(arguments.join(QLatin1Char(' '))));
        runs.append({ arguments.join(QLatin1Char(' ')), result });
    }
    QCOMPARE(runs.at(2).second.exitCode, 0); // validate --strict passed: the flows really ran
    QCOMPARE(runs.at(4).second.exitCode, 0); // refresh renewed
    QCOMPARE(runs.at(6).second.exitCode, 0); // revoke revoked

    const QStringList known = secrets(fake);
    // At least: the secret, one code, the verifier, three access and three refresh tokens.
    QVERIFY2(known.size() >= 9, qPrintable(known.join(QLatin1Char(' '))));
    // The flows were really logged at debug level (else this test would prove nothing).
    QByteArray allErr;
    for (const auto &run : std::as_const(runs))
        allErr += run.second.err;
    QVERIFY2(allErr.contains(" debug: "), allErr.left(2000).constData());

    auto forms = [](const QString &secret) {
        return QList<QByteArray> { secret.toUtf8(), QUrl::toPercentEncoding(secret) };
    };
    for (const auto &run : std::as_const(runs)) {
        for (const QString &secret : known) {
            for (const QByteArray &form : forms(secret)) {
                QVERIFY2(
                    !run.second.out.contains(form), qPrintable(QStringLiteral("%1: stdout").arg(run.first)));
                QVERIFY2(
                    !run.second.err.contains(form), qPrintable(QStringLiteral("%1: stderr").arg(run.first)));
            }
        }
    }

    // Every file the runs could have written.
    const QStringList allowed { QFileInfo(roxy.paths().primaryCredentialFile()).canonicalFilePath(),
        QFileInfo(roxy.paths().backupCredentialFile()).canonicalFilePath(),
        QFileInfo(secretFile).canonicalFilePath() };
    int scanned = 0;
    for (const QString &root : { home.path(), roxy.root() }) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (allowed.contains(QFileInfo(path).canonicalFilePath()))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue; // sockets and the like
            const QByteArray bytes = file.readAll();
            ++scanned;
            for (const QString &secret : known) {
                for (const QByteArray &form : forms(secret))
                    QVERIFY2(
                        !bytes.contains(form), qPrintable(QStringLiteral("a secret is in %1").arg(path)));
            }
        }
    }
    qInfo("searched the output of %d runs and %d files for %d secrets", int(runs.size()), scanned,
        int(known.size()));
    // The secret is where it belongs (so the search above looked for the right bytes).
    QVERIFY(roxy.readFile(QStringLiteral("credentials/tiktok_oauth.json")).contains(Secret.toUtf8()));
}

QTEST_GUILESS_MAIN(tst_SecretLeaks)
#include "tst_secretleaks.moc"
