// Issue 15, point 6, as the commands show it: a credential file owned by another user is refused by
// `refresh` (before any call to TikTok) and fails `validate --tiktok --strict`. The library side (the file,
// the validator, the store) is tests/core/credentials/tst_localattacker.cpp.
#include "plantedcredentials.h"
#include "setupprocess.h"

#include "credentials/credentialfile.h"

#include <QFile>
#include <QTest>

#include <unistd.h>

using namespace Skybeam;
using SkybeamTest::TempRoxy;

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
    QVERIFY(!CredentialFile(roxy.paths()).write(SkybeamTest::plantedCredentials()).isError());
    QVERIFY(::chown(QFile::encodeName(roxy.paths().primaryCredentialFile()).constData(), SkybeamTest::Nobody,
                SkybeamTest::Nobody)
        == 0);
    QProcessEnvironment env = SkybeamTest::environmentFor(roxy.root());
    // Never reaches TikTok: an unreachable API base would fail differently.
    env.insert(QStringLiteral("SKYBEAM_TIKTOK_API_BASE"), QStringLiteral("http://127.0.0.1:9"));
    const SkybeamTest::ProcessResult result = SkybeamTest::runSetup({ QStringLiteral("refresh") }, env);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("belongs to another user"), result.err.constData());
    const SkybeamTest::ProcessResult strict = SkybeamTest::runSetup(
        { QStringLiteral("validate"), QStringLiteral("--tiktok"), QStringLiteral("--strict") }, env);
    QCOMPARE(strict.exitCode, 1);
    QVERIFY2(strict.out.contains("File owned by you: No"), strict.out.constData());
}

QTEST_GUILESS_MAIN(tst_LocalAttackerCli)
#include "tst_localattackercli.moc"
