// Reading and writing the runbook's credential file: bad input never crashes, writes are atomic and
// private, unknown fields survive.
#include "credentials/credentialfile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Skybeam;
using SkybeamTest::TempRoxy;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

const QByteArray GoodJson = R"({
  "client_key": "awkey123",
  "client_secret": "s3cret",
  "access_token": "act.abc",
  "refresh_token": "rft.def",
  "expires_in": 86400,
  "token_type": "Bearer",
  "scope": "user.info.basic,video.upload",
  "open_id": "open-1"
})";

} // namespace

class tst_CredentialFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_goodFile_hasRunbookFields();
    void read_badInput_reportsErrorNamingFile_data();
    void read_badInput_reportsErrorNamingFile();
    void read_tolerated_data();
    void read_tolerated();
    void read_directoryInPlaceOfFile_reportsIt();
    void read_unreadableFile_reportsIt();
    void read_neverModifiesFile();
    void read_fallbackUsedOnlyWhenPrimaryAbsent();
    void read_nothing_reportsPrimaryPath();
    void write_createsPrivateDirectoryAndFile();
    void write_tightensLooseDirectory();
    void write_keepsBackupOfPreviousFile();
    void write_preservesUnknownFields();
    void write_storesIntegersAndAbsoluteTimes();
    void write_refusesSymlink();
    void write_refusesForeignDirectory();
    void write_isAtomic_noTemporaryLeftBehind();
    void write_removesTemporariesOfInterruptedSaves();
    void splitScopes_data();
    void splitScopes();
};

void tst_CredentialFile::read_goodFile_hasRunbookFields()
{
    TempRoxy roxy;
    roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"), GoodJson);
    const CredentialReadResult result = CredentialFile(roxy.paths()).read();
    QVERIFY(result.isUsable());
    QCOMPARE(result.source, CredentialReadResult::Source::Primary);
    QCOMPARE(result.credentials.clientKey(), QStringLiteral("awkey123"));
    QCOMPARE(result.credentials.clientSecret(), QStringLiteral("s3cret"));
    QCOMPARE(result.credentials.accessToken(), QStringLiteral("act.abc"));
    QCOMPARE(result.credentials.refreshToken(), QStringLiteral("rft.def"));
    QCOMPARE(result.credentials.expiresIn(), 86400);
    QCOMPARE(result.credentials.openId(), QStringLiteral("open-1"));
    QCOMPARE(result.credentials.scopes(),
        (QStringList { QStringLiteral("user.info.basic"), QStringLiteral("video.upload") }));
    QVERIFY(result.warnings.isEmpty());
}

void tst_CredentialFile::read_badInput_reportsErrorNamingFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("credentials.empty");
    QTest::newRow("only whitespace") << QByteArray(" \r\n\t ") << QStringLiteral("credentials.empty");
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("credentials.empty");
    QTest::newRow("not JSON") << QByteArray("client_key=aw123") << QStringLiteral("credentials.not_json");
    QTest::newRow("truncated JSON") << GoodJson.left(GoodJson.size() / 2)
                                    << QStringLiteral("credentials.not_json");
    QTest::newRow("JSON array") << QByteArray(R"(["client_key", "aw"])")
                                << QStringLiteral("credentials.not_object");
    QTest::newRow("JSON number") << QByteArray("42") << QStringLiteral("credentials.not_json");
    QTest::newRow("binary garbage") << QByteArray("\x00\x01\xff\xfe{", 5)
                                    << QStringLiteral("credentials.not_json");
    QTest::newRow("10 MB file") << QByteArray(10 * 1024 * 1024, ' ')
                                << QStringLiteral("credentials.too_large");
}

void tst_CredentialFile::read_badInput_reportsErrorNamingFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    TempRoxy roxy;
    const QString path = roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"), content);
    const CredentialReadResult result = CredentialFile(roxy.paths()).read();
    QVERIFY(result.exists());
    QVERIFY(!result.isUsable());
    QCOMPARE(result.error.code(), code);
    QVERIFY2(
        result.error.message().contains(RoxyPaths::displayPath(path)), qPrintable(result.error.message()));
}

void tst_CredentialFile::read_tolerated_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("clientKey");
    QTest::addColumn<qint64>("expiresIn");
    QTest::addColumn<int>("warnings");
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + GoodJson << QStringLiteral("awkey123")
                               << qint64(86400) << 0;
    QTest::newRow("CRLF line ends") << QByteArray(GoodJson).replace("\n", "\r\n")
                                    << QStringLiteral("awkey123") << qint64(86400) << 0;
    QTest::newRow("surrounding whitespace")
        << QByteArray(R"({"client_key": "  awkey123\n", "client_secret": "s"})") << QStringLiteral("awkey123")
        << qint64(-1) << 1;
    QTest::newRow("expires_in as text") << QByteArray(R"({"client_key": "aw1", "expires_in": "3600"})")
                                        << QStringLiteral("aw1") << qint64(3600) << 1;
    QTest::newRow("expires_in nonsense") << QByteArray(R"({"client_key": "aw1", "expires_in": "soon"})")
                                         << QStringLiteral("aw1") << qint64(-1) << 1;
    QTest::newRow("client_key as number")
        << QByteArray(R"({"client_key": 12345, "client_secret": "s"})") << QString() << qint64(-1) << 1;
    QTest::newRow("client_key as object")
        << QByteArray(R"({"client_key": {"a": 1}})") << QString() << qint64(-1) << 1;
    QTest::newRow("null refresh token") << QByteArray(R"({"client_key": "aw1", "refresh_token": null})")
                                        << QStringLiteral("aw1") << qint64(-1) << 0;
    QTest::newRow("empty object") << QByteArray("{}") << QString() << qint64(-1) << 0;
}

void tst_CredentialFile::read_tolerated()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, clientKey);
    QFETCH(qint64, expiresIn);
    QFETCH(int, warnings);
    TempRoxy roxy;
    roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"), content);
    const CredentialReadResult result = CredentialFile(roxy.paths()).read();
    QVERIFY2(result.isUsable(), qPrintable(result.error.message()));
    QCOMPARE(result.credentials.clientKey(), clientKey);
    QCOMPARE(result.credentials.expiresIn(), expiresIn);
    QCOMPARE(result.warnings.size(), warnings);
    for (const QString &warning : result.warnings)
        QVERIFY2(warning.contains(QStringLiteral("tiktok_oauth.json")), qPrintable(warning));
}

void tst_CredentialFile::read_directoryInPlaceOfFile_reportsIt()
{
    TempRoxy roxy;
    QVERIFY(QDir().mkpath(roxy.paths().primaryCredentialFile()));
    const CredentialReadResult result = CredentialFile(roxy.paths()).read();
    QCOMPARE(result.error.code(), QStringLiteral("credentials.is_directory"));
    QVERIFY(result.error.message().contains(QStringLiteral("tiktok_oauth.json")));
}

void tst_CredentialFile::read_unreadableFile_reportsIt()
{
    TempRoxy roxy;
    const QString path = roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"), GoodJson, {});
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("Running with privileges that read files without permission (root); mode 000 does not stop "
              "reads.");
    const CredentialReadResult result = CredentialFile(roxy.paths()).read();
    QCOMPARE(result.error.code(), QStringLiteral("credentials.unreadable"));
    QVERIFY(result.error.message().contains(QStringLiteral("tiktok_oauth.json")));
}

void tst_CredentialFile::read_neverModifiesFile()
{
    TempRoxy roxy;
    const QByteArray content
        = QByteArray("\xEF\xBB\xBF") + QByteArray(R"({"client_key": " aw1 ", "expires_in": "5"})");
    const QString path = roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"), content,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    const QDateTime modified = QFileInfo(path).lastModified();
    CredentialFile(roxy.paths()).read();
    QCOMPARE(roxy.readFile(QStringLiteral("credentials/tiktok_oauth.json")), content);
    QCOMPARE(modeOf(path), mode_t(0604));
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY(!QFileInfo::exists(roxy.paths().backupCredentialFile()));
}

void tst_CredentialFile::read_fallbackUsedOnlyWhenPrimaryAbsent()
{
    TempRoxy roxy;
    roxy.writeFile(QStringLiteral("credentials/tiktok_credentials.json"), R"({"client_key": "fallback"})");
    CredentialReadResult result = CredentialFile(roxy.paths()).read();
    QCOMPARE(result.source, CredentialReadResult::Source::Fallback);
    QCOMPARE(result.path, roxy.paths().fallbackCredentialFile());
    QCOMPARE(result.credentials.clientKey(), QStringLiteral("fallback"));

    // A broken primary is reported, not silently replaced by the fallback.
    roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"), "{");
    result = CredentialFile(roxy.paths()).read();
    QCOMPARE(result.source, CredentialReadResult::Source::Primary);
    QCOMPARE(result.error.code(), QStringLiteral("credentials.not_json"));
}

void tst_CredentialFile::read_nothing_reportsPrimaryPath()
{
    TempRoxy roxy;
    const CredentialReadResult result = CredentialFile(roxy.paths()).read();
    QVERIFY(!result.exists());
    QCOMPARE(result.path, roxy.paths().primaryCredentialFile());
    QVERIFY(!result.error.isError());
}

void tst_CredentialFile::write_createsPrivateDirectoryAndFile()
{
    TempRoxy roxy;
    const mode_t previousUmask = ::umask(0); // the most permissive umask: modes must not depend on it
    TikTokCredentials credentials;
    credentials.setClientKey(QStringLiteral("awkey"));
    credentials.setClientSecret(QStringLiteral("secret"));
    const Error error = CredentialFile(roxy.paths()).write(credentials);
    ::umask(previousUmask);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(modeOf(roxy.paths().credentialsDir()), mode_t(0700));
    QCOMPARE(modeOf(roxy.paths().primaryCredentialFile()), mode_t(0600));
    QVERIFY(!QFileInfo::exists(roxy.paths().backupCredentialFile()));
}

void tst_CredentialFile::write_tightensLooseDirectory()
{
    TempRoxy roxy;
    QVERIFY(QDir().mkpath(roxy.paths().credentialsDir()));
    QVERIFY(QFile::setPermissions(roxy.paths().credentialsDir(), QFileDevice::Permissions(0x7755)));
    TikTokCredentials credentials;
    credentials.setClientKey(QStringLiteral("awkey"));
    QVERIFY(!CredentialFile(roxy.paths()).write(credentials).isError());
    QCOMPARE(modeOf(roxy.paths().credentialsDir()), mode_t(0700));
}

void tst_CredentialFile::write_keepsBackupOfPreviousFile()
{
    TempRoxy roxy;
    roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"), GoodJson,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    CredentialFile file(roxy.paths());
    TikTokCredentials credentials = file.read().credentials;
    credentials.setClientSecret(QStringLiteral("new-secret"));
    QVERIFY(!file.write(credentials).isError());
    QCOMPARE(roxy.readFile(QStringLiteral("credentials/tiktok_oauth.json.bak")), GoodJson);
    QCOMPARE(modeOf(roxy.paths().backupCredentialFile()), mode_t(0600));
    QCOMPARE(modeOf(roxy.paths().primaryCredentialFile()), mode_t(0600));
    QCOMPARE(file.read().credentials.clientSecret(), QStringLiteral("new-secret"));

    // The next save rotates the backup again: .bak always holds the file as it was before the last save.
    credentials.setClientSecret(QStringLiteral("newer-secret"));
    QVERIFY(!file.write(credentials).isError());
    QCOMPARE(CredentialFile::readFile(roxy.paths().backupCredentialFile()).credentials.clientSecret(),
        QStringLiteral("new-secret"));
}

void tst_CredentialFile::write_preservesUnknownFields()
{
    TempRoxy roxy;
    roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"),
        R"({"client_key": "aw1", "publisher_note": "keep me", "nested": {"a": [1, 2]}, "count": 3})");
    CredentialFile file(roxy.paths());
    TikTokCredentials credentials = file.read().credentials;
    credentials.setClientSecret(QStringLiteral("s"));
    QVERIFY(!file.write(credentials).isError());
    const QJsonObject written
        = QJsonDocument::fromJson(roxy.readFile(QStringLiteral("credentials/tiktok_oauth.json"))).object();
    QCOMPARE(written.value(QLatin1String("publisher_note")).toString(), QStringLiteral("keep me"));
    QCOMPARE(written.value(QLatin1String("nested")).toObject().value(QLatin1String("a")).toArray().size(), 2);
    QCOMPARE(written.value(QLatin1String("count")).toInt(), 3);
    QCOMPARE(written.value(QLatin1String("client_secret")).toString(), QStringLiteral("s"));
}

void tst_CredentialFile::write_storesIntegersAndAbsoluteTimes()
{
    TempRoxy roxy;
    TikTokCredentials credentials;
    credentials.setClientKey(QStringLiteral(" awkey \n"));
    credentials.setClientSecret(QStringLiteral("secret"));
    const QDateTime obtained(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    credentials.applyTokenResponse(
        QJsonObject { { QLatin1String("access_token"), QStringLiteral("act.1") },
            { QLatin1String("refresh_token"), QStringLiteral("rft.1") },
            { QLatin1String("expires_in"), 7200 }, { QLatin1String("refresh_expires_in"), 15552000 },
            { QLatin1String("open_id"), QStringLiteral("o1") },
            { QLatin1String("scope"), QStringLiteral("user.info.basic,video.upload") },
            { QLatin1String("token_type"), QStringLiteral("Bearer") } },
        obtained);
    credentials.setAuthorizedAt(obtained);
    QVERIFY(!CredentialFile(roxy.paths()).write(credentials).isError());
    const QJsonObject written
        = QJsonDocument::fromJson(roxy.readFile(QStringLiteral("credentials/tiktok_oauth.json"))).object();
    QVERIFY(written.value(QLatin1String("expires_in")).isDouble());
    QCOMPARE(written.value(QLatin1String("expires_in")).toInteger(), 7200);
    QCOMPARE(written.value(QLatin1String("client_key")).toString(), QStringLiteral("awkey"));
    QCOMPARE(written.value(QLatin1String("obtained_at")).toString(), QStringLiteral("2026-11-24T12:00:00Z"));
    QCOMPARE(written.value(QLatin1String("expires_at")).toString(), QStringLiteral("2026-11-24T14:00:00Z"));
    QCOMPARE(written.value(QLatin1String("refresh_expires_at")).toString(),
        QStringLiteral("2027-05-23T12:00:00Z"));
    QCOMPARE(
        written.value(QLatin1String("authorized_at")).toString(), QStringLiteral("2026-11-24T12:00:00Z"));
    QCOMPARE(written.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
}

void tst_CredentialFile::write_refusesSymlink()
{
    TempRoxy roxy;
    const QString target = roxy.writeFile(QStringLiteral("elsewhere.json"), "{}");
    QVERIFY(QDir().mkpath(roxy.paths().credentialsDir()));
    QVERIFY(QFile::link(target, roxy.paths().primaryCredentialFile()));
    TikTokCredentials credentials;
    credentials.setClientKey(QStringLiteral("awkey"));
    credentials.setClientSecret(QStringLiteral("secret"));
    const Error error = CredentialFile(roxy.paths()).write(credentials);
    QCOMPARE(error.code(), QStringLiteral("credentials.symlink"));
    QVERIFY(error.message().contains(QStringLiteral("tiktok_oauth.json")));
    QCOMPARE(roxy.readFile(QStringLiteral("elsewhere.json")), QByteArray("{}"));
    QVERIFY(QFileInfo(roxy.paths().primaryCredentialFile()).isSymLink());
}

void tst_CredentialFile::write_refusesForeignDirectory()
{
    TempRoxy roxy;
    QVERIFY(QDir().mkpath(roxy.paths().credentialsDir()));
    const QByteArray dir = QFile::encodeName(roxy.paths().credentialsDir());
    if (::chown(dir.constData(), 65534, 65534) != 0)
        QSKIP("Only root can give a folder to another user; this check needs it.");
    TikTokCredentials credentials;
    credentials.setClientKey(QStringLiteral("awkey"));
    const Error error = CredentialFile(roxy.paths()).write(credentials);
    QCOMPARE(error.code(), QStringLiteral("credentials.foreign_directory"));
    QVERIFY(!QFileInfo::exists(roxy.paths().primaryCredentialFile()));
}

void tst_CredentialFile::write_isAtomic_noTemporaryLeftBehind()
{
    TempRoxy roxy;
    CredentialFile file(roxy.paths());
    TikTokCredentials credentials;
    credentials.setClientKey(QStringLiteral("awkey"));
    for (int i = 0; i < 5; ++i) {
        credentials.setClientSecret(QStringLiteral("secret-%1").arg(i));
        QVERIFY(!file.write(credentials).isError());
    }
    QStringList entries = QDir(roxy.paths().credentialsDir()).entryList(QDir::Files | QDir::Hidden);
    entries.sort();
    // The writers' lock file stays (a lock is a flock held on it; removing the file would be a race), empty
    // once no save holds it.
    QCOMPARE(entries,
        (QStringList { QStringLiteral(".tiktok_oauth.json.lock"), QStringLiteral("tiktok_oauth.json"),
            QStringLiteral("tiktok_oauth.json.bak") }));
    QCOMPARE(QFileInfo(roxy.paths().credentialsDir() + QStringLiteral("/.tiktok_oauth.json.lock")).size(), 0);
}

void tst_CredentialFile::write_removesTemporariesOfInterruptedSaves()
{
    // What a save killed between QSaveFile's link and rename leaves behind (seen in tst_credentialsave),
    // next to files of the user's own that look alike but are not temporaries.
    TempRoxy roxy;
    CredentialFile file(roxy.paths());
    TikTokCredentials credentials;
    credentials.setClientKey(QStringLiteral("awkey"));
    credentials.setClientSecret(QStringLiteral("secret-1"));
    QVERIFY(!file.write(credentials).isError());
    const QString dir = roxy.paths().credentialsDir();
    const QStringList abandoned { QStringLiteral("tiktok_oauth.json.Mdffvt"),
        QStringLiteral("tiktok_oauth.json.yVx3Aq"), QStringLiteral("tiktok_oauth.json.bak.ZZrmzm"),
        QStringLiteral("tiktok_oauth.json.bak.yxdzei") };
    const QStringList kept { QStringLiteral("tiktok_oauth.json.backup"),
        QStringLiteral("tiktok_oauth.json.Latest"), QStringLiteral("tiktok_oauth.json.old.txt"),
        QStringLiteral("tiktok_oauth.json.Mdffvt2"), QStringLiteral("tiktok_credentials.json.Mdffvt"),
        QStringLiteral("notes.txt") };
    for (const QString &name : abandoned + kept) {
        QFile extra(dir + QLatin1Char('/') + name);
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.write(GoodJson);
    }
    credentials.setClientSecret(QStringLiteral("secret-2"));
    QVERIFY(!file.write(credentials).isError());
    for (const QString &name : abandoned)
        QVERIFY2(!QFile::exists(dir + QLatin1Char('/') + name), qPrintable(name));
    for (const QString &name : kept)
        QVERIFY2(QFile::exists(dir + QLatin1Char('/') + name), qPrintable(name));
    QCOMPARE(file.read().credentials.clientSecret(), QStringLiteral("secret-2"));
}

void tst_CredentialFile::splitScopes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("spacesSeparate");
    QTest::addColumn<QStringList>("scopes");
    const QStringList three { QStringLiteral("user.info.basic"), QStringLiteral("video.upload"),
        QStringLiteral("video.publish") };
    QTest::newRow("TikTok's commas") << QStringLiteral("user.info.basic,video.upload,video.publish") << false
                                     << three;
    QTest::newRow("trimmed, no empties, no repeats")
        << QStringLiteral(" user.info.basic ,, video.upload,user.info.basic, video.publish ,") << false
        << three;
    QTest::newRow("a space inside a name stays with commas only")
        << QStringLiteral("user.info.basic video.upload") << false
        << QStringList { QStringLiteral("user.info.basic video.upload") };
    QTest::newRow("spaces separate when tolerated")
        << QStringLiteral("user.info.basic video.upload,\tvideo.publish\n") << true << three;
    QTest::newRow("nothing") << QStringLiteral(" , ") << false << QStringList();
    QTest::newRow("nothing, tolerant") << QString() << true << QStringList();
}

void tst_CredentialFile::splitScopes()
{
    QFETCH(QString, text);
    QFETCH(bool, spacesSeparate);
    QFETCH(QStringList, scopes);
    const auto separators = spacesSeparate ? TikTokCredentials::ScopeSeparators::CommasAndSpaces
                                           : TikTokCredentials::ScopeSeparators::Commas;
    QCOMPARE(TikTokCredentials::splitScopes(text, separators), scopes);
}

QTEST_GUILESS_MAIN(tst_CredentialFile)
#include "tst_credentialfile.moc"
