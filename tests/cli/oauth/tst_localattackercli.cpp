// Issue 15, point 6, as the commands show it: a credential file owned by another user is refused by
// `refresh` (before any call to TikTok) and fails `validate --tiktok --strict`. The library side (the file,
// the validator, the store) is tests/core/credentials/tst_localattacker.cpp.
#include "setupprocess.h"

#include "credentials/credentialfile.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

#include <unistd.h>

using namespace Skybeam;
using SkybeamTest::TempRoxy;

namespace {

constexpr uid_t Nobody = 65534;

TikTokCredentials planted()
{
    TikTokCredentials credentials;
    credentials.setClientKey(QStringLiteral("sbawlocalattacker"));
    credentials.setClientSecret(QStringLiteral("planted-secret"));
    credentials.applyTokenResponse(
        QJsonObject { { QStringLiteral("access_token"), QStringLiteral("act.planted") },
            { QStringLiteral("refresh_token"), QStringLiteral("rft.planted") },
            { QStringLiteral("expires_in"), 86400 }, { QStringLiteral("refresh_expires_in"), 31536000 },
            { QStringLiteral("open_id"), QStringLiteral("someone-else") },
            { QStringLiteral("scope"), QStringLiteral("user.info.basic,video.upload") },
            { QStringLiteral("token_type"), QStringLiteral("Bearer") } },
        QDateTime::currentDateTimeUtc());
    return credentials;
}

} // namespace

class tst_LocalAttackerCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foreignOwnedCredentialsRefusedByRefresh();
};

void tst_LocalAttackerCli::foreignOwnedCredentialsRefusedByRefresh()
{
    if (::geteuid() != 0)
        QSKIP("needs root to give a file to another user");
    TempRoxy roxy;
    QVERIFY(!CredentialFile(roxy.paths()).write(planted()).isError());
    QVERIFY(::chown(QFile::encodeName(roxy.paths().primaryCredentialFile()).constData(), Nobody, Nobody) == 0);
    QProcessEnvironment env = SkybeamTest::environmentFor(roxy.root());
    // Never reaches TikTok: an unreachable API base would fail differently.
    env.insert(QStringLiteral("SKYBEAM_TIKTOK_API_BASE"), QStringLiteral("http://127.0.0.1:9"));
    const SkybeamTest::ProcessResult result = SkybeamTest::runSetup({ QStringLiteral("refresh") }, env);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("belongs to another user"), result.err.constData());
    const SkybeamTest::ProcessResult strict
        = SkybeamTest::runSetup({ QStringLiteral("validate"), QStringLiteral("--tiktok"), QStringLiteral("--strict") }, env);
    QCOMPARE(strict.exitCode, 1);
    QVERIFY2(strict.out.contains("File owned by you: No"), strict.out.constData());
}

QTEST_GUILESS_MAIN(tst_LocalAttackerCli)
#include "tst_localattackercli.moc"
