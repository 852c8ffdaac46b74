// Issue 15, points 5 to 7: what another local user can plant in or around the SKYBEAM folder. A symlinked
// credentials folder (or a symlinked default ~/.roxy) is refused, a credential file owned by another user
// is not trusted, and the product's own state files are private (0700/0600) whoever creates them, even
// under a permissive umask (a command run from cron). What the commands say about a foreign-owned file:
// tests/cli/oauth/tst_localattackercli.cpp.
#include "plantedcredentials.h"
#include "testsupport.h"

#include "common/roxypaths.h"
#include "credentials/credentialfile.h"
#include "credentials/credentialstore.h"
#include "credentials/credentialvalidator.h"
#include "handoff/postedstatestore.h"
#include "posting/pendingshareledger.h"
#include "posting/postinghistory.h"
#include "posting/publishjournal.h"
#include "posting/sandboxbudget.h"
#include "setup/statefile.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Skybeam;
using SkybeamTest::TempRoxy;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat status
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return status.st_mode & 07777;
}

} // namespace

class tst_LocalAttacker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void symlinkedCredentialsFolderIsRefused();
    void symlinkedDefaultRootIsRefusedUnlessNamed();
    void foreignOwnedCredentialsAreNotTrusted();
    void stateFilesArePrivateUnderPermissiveUmask();
};

void tst_LocalAttacker::symlinkedCredentialsFolderIsRefused()
{
    TempRoxy roxy;
    QTemporaryDir elsewhere;
    QVERIFY(QFile::setPermissions(elsewhere.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
            | QFileDevice::ExeOther));
    const mode_t before = modeOf(elsewhere.path());
    QVERIFY(QFile::link(elsewhere.path(), roxy.paths().credentialsDir()));
    const Error error = CredentialFile(roxy.paths()).write(SkybeamTest::plantedCredentials());
    QCOMPARE(error.code(), QStringLiteral("credentials.symlinked_directory"));
    QVERIFY2(error.message().contains(QLatin1String("symbolic link")), qPrintable(error.message()));
    // Nothing was written through the link and the target's mode was not changed.
    QVERIFY(
        QDir(elsewhere.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    QCOMPARE(modeOf(elsewhere.path()), before);
}

void tst_LocalAttacker::symlinkedDefaultRootIsRefusedUnlessNamed()
{
    QTemporaryDir home;
    QTemporaryDir target;
    QVERIFY(QFile::link(target.path(), home.path() + QStringLiteral("/.roxy")));
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldRoxy = qgetenv("ROXY_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qunsetenv("ROXY_HOME");
    const auto restore = qScopeGuard([&] {
        qputenv("HOME", oldHome);
        if (!oldRoxy.isNull())
            qputenv("ROXY_HOME", oldRoxy);
    });
    const RoxyPaths defaults = RoxyPaths::resolve();
    QVERIFY(defaults.isDefaultRoot());
    const Error refused = CredentialFile(defaults).write(SkybeamTest::plantedCredentials());
    QCOMPARE(refused.code(), QStringLiteral("credentials.symlinked_root"));
    QVERIFY2(refused.message().contains(QLatin1String("--roxy-home")), qPrintable(refused.message()));
    QVERIFY(!QFile::exists(target.path() + QStringLiteral("/credentials")));
    // Named deliberately (--roxy-home, ROXY_HOME), the same link is used.
    const RoxyPaths named = RoxyPaths::resolve(home.path() + QStringLiteral("/.roxy"));
    QVERIFY(!named.isDefaultRoot());
    QVERIFY(!CredentialFile(named).write(SkybeamTest::plantedCredentials()).isError());
    QVERIFY(QFile::exists(target.path() + QStringLiteral("/credentials/tiktok_oauth.json")));
}

void tst_LocalAttacker::foreignOwnedCredentialsAreNotTrusted()
{
    if (::geteuid() != 0)
        QSKIP("needs root to give a file to another user");
    TempRoxy roxy;
    QVERIFY(!CredentialFile(roxy.paths()).write(SkybeamTest::plantedCredentials()).isError());
    const QString file = roxy.paths().primaryCredentialFile();
    QVERIFY(::chown(QFile::encodeName(file).constData(), SkybeamTest::Nobody, SkybeamTest::Nobody) == 0);
    QVERIFY(QFile::setPermissions(file,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));

    const CredentialReadResult read = CredentialFile(roxy.paths()).read();
    QVERIFY(read.isUsable());
    QVERIFY(read.foreignOwner);
    // Plain validate stays the runbook's drop-in; --strict fails on the owner.
    QVERIFY(CredentialValidator::validate(roxy.paths(), CredentialValidator::Mode::Runbook).passed);
    const ValidationReport strict
        = CredentialValidator::validate(roxy.paths(), CredentialValidator::Mode::Strict);
    QVERIFY(!strict.passed);
    QVERIFY2(strict.toText().contains(QLatin1String("File owned by you: No")), qPrintable(strict.toText()));
    // Nothing that uses the tokens gets them.
    CredentialStore store(roxy.paths(), nullptr);
    CredentialStoreJob *job = store.load();
    QSignalSpy finished(job, &CredentialStoreJob::finished);
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(job->fileError().code(), QStringLiteral("credentials.foreign_owner"));
    QVERIFY(!job->credentials().hasAccessToken());
}

void tst_LocalAttacker::stateFilesArePrivateUnderPermissiveUmask()
{
    TempRoxy roxy;
    const mode_t oldMask = ::umask(022);
    const auto restore = qScopeGuard([oldMask] { ::umask(oldMask); });
    const RoxyPaths paths = roxy.paths();
    PostedStateStore posted(PostedStateStore::defaultFilePath(paths));
    QVERIFY(!posted.setPosted(QStringLiteral("pack-1"), true).isError());
    QCOMPARE(modeOf(paths.stateDir()), mode_t(0700));
    QCOMPARE(modeOf(PostedStateStore::defaultFilePath(paths)), mode_t(0600));
    PostingRecord record;
    record.status = QStringLiteral("SEND_TO_USER_INBOX");
    record.publishId = QStringLiteral("p1");
    record.confirmedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(!PostingHistory(PostingHistory::defaultFilePath(paths))
                 .add(QStringLiteral("pack-1"), record)
                 .isError());
    QCOMPARE(modeOf(PostingHistory::defaultFilePath(paths)), mode_t(0600));
    QVERIFY(!SandboxBudget(SandboxBudget::defaultFilePath(paths)).record(QStringLiteral("k"), 2).isError());
    QCOMPARE(modeOf(SandboxBudget::defaultFilePath(paths)), mode_t(0600));
    // The publish journal (it holds TikTok's upload URL), the pending-inbox ledger and the small state files.
    QVERIFY(!PublishJournal(PublishJournal::defaultFilePath(paths))
                 .put(QStringLiteral("pack-1"), JournalEntry())
                 .isError());
    QCOMPARE(modeOf(PublishJournal::defaultFilePath(paths)), mode_t(0600));
    QVERIFY(!PendingShareLedger(PendingShareLedger::defaultFilePath(paths))
                 .record(QStringLiteral("open-1"))
                 .isError());
    QCOMPARE(modeOf(PendingShareLedger::defaultFilePath(paths)), mode_t(0600));
    const QString stateFile = paths.stateDir() + QStringLiteral("/state-test.json");
    QVERIFY(StateFile::write(paths, stateFile, QJsonObject { { QStringLiteral("a"), 1 } }));
    QCOMPARE(modeOf(stateFile), mode_t(0600));
    // A folder left 0755 by an older version is restricted on the next write.
    QVERIFY(QFile::setPermissions(paths.stateDir(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
            | QFileDevice::ExeOther));
    QVERIFY(!posted.setPosted(QStringLiteral("pack-2"), true).isError());
    QCOMPARE(modeOf(paths.stateDir()), mode_t(0700));
    // A symlinked state folder is not followed.
    TempRoxy other;
    QTemporaryDir target;
    QVERIFY(QFile::link(target.path(), other.paths().stateDir()));
    PostedStateStore linked(PostedStateStore::defaultFilePath(other.paths()));
    QVERIFY(linked.setPosted(QStringLiteral("pack-1"), true).isError());
    QVERIFY(QDir(target.path()).isEmpty());
}

QTEST_GUILESS_MAIN(tst_LocalAttacker)
#include "tst_localattacker.moc"
