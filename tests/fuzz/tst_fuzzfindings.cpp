// One test per finding of the fuzzers and sanitizers (issue 8), so that none comes back. The inputs that
// crashed a fuzz target are also kept under tests/fuzz/regressions/ and replayed by fuzz_replay_*; these
// tests state the behaviour that was fixed. Under SKYBEAM_SANITIZE the conversions below abort on
// undefined behaviour if it returns.
#include "credentials/credentialfile.h"
#include "oauth/tokenclient.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Skybeam;
using SkybeamTest::TempRoxy;

namespace {

// The file name errors are reported under in these tests.
QString shown()
{
    return QStringLiteral("~/x.json");
}

// What a save makes of a read record (CredentialFile::write's serialisation), read again.
CredentialReadResult readAgainAfterSave(const CredentialReadResult &read)
{
    return CredentialFile::parse(
        QJsonDocument(read.credentials.json()).toJson(QJsonDocument::Indented), shown());
}

// An input a fuzzer found, as kept in tests/fuzz/regressions/credentialfile/ (empty when missing).
QByteArray credentialFileRegression(const QString &name)
{
    QFile input(QStringLiteral(SKYBEAM_FUZZ_REGRESSIONS "/credentialfile/") + name);
    return input.open(QIODevice::ReadOnly) ? input.readAll() : QByteArray();
}

} // namespace

class tst_FuzzFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regressionInputsAreKept();
    void credentialFile_lifetimeOutOfRange_isIgnoredWithWarning_data();
    void credentialFile_lifetimeOutOfRange_isIgnoredWithWarning();
    void credentialFile_byteOrderMarkInsideKey_savesFieldOnce();
    void credentialFile_byteOrderMarkInsideValue_readsTheSameAfterSave();
    void credentialFile_byteOrderMarksInKey_readTheSameAfterSave();
    void tokenResponse_lifetimeOutOfRange_isIgnored_data();
    void tokenResponse_lifetimeOutOfRange_isIgnored();
};

void tst_FuzzFindings::regressionInputsAreKept()
{
    // The files the fuzz_replay_* tests replay: the two credential-file findings at least.
    const QDir dir(QStringLiteral(SKYBEAM_FUZZ_REGRESSIONS "/credentialfile"));
    QVERIFY(dir.entryList(QDir::Files).size() >= 2);
}

void tst_FuzzFindings::credentialFile_lifetimeOutOfRange_isIgnoredWithWarning_data()
{
    QTest::addColumn<QByteArray>("number");
    // fuzz: credentialfile.cpp checkFields() converted these to qint64 (UBSan: float-cast-overflow).
    QTest::newRow("1.5e26 (found by the fuzzer)") << QByteArray("155520922337203685477580800");
    QTest::newRow("1e300") << QByteArray("1e300");
    QTest::newRow("-1e300") << QByteArray("-1e300");
    QTest::newRow("2^63") << QByteArray("9223372036854775808");
}

void tst_FuzzFindings::credentialFile_lifetimeOutOfRange_isIgnoredWithWarning()
{
    QFETCH(QByteArray, number);
    const QByteArray bytes
        = R"({"client_key":"awkey","client_secret":"s","expires_in":7200,"refresh_expires_in":)" + number
        + "}";
    const CredentialReadResult result = CredentialFile::parse(bytes, QStringLiteral("~/x.json"));
    QVERIFY(result.isUsable());
    QCOMPARE(result.credentials.expiresIn(), qint64(7200));
    QCOMPARE(result.credentials.refreshExpiresIn(), qint64(-1));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(result.warnings.first().contains(QLatin1String("refresh_expires_in")));
    QVERIFY(!result.credentials.json().contains(QLatin1String("refresh_expires_in")));
    // A record built from such JSON without the reader (e.g. from a token response) reads as absent too.
    const TikTokCredentials unchecked(QJsonDocument::fromJson(bytes).object());
    QCOMPARE(unchecked.refreshExpiresIn(), qint64(-1));
}

void tst_FuzzFindings::credentialFile_byteOrderMarkInsideKey_savesFieldOnce()
{
    // fuzz: Qt 6.4's JSON parser drops a U+FEFF inside a key after placing the key, so the object's keys
    // are out of order: value() missed the field and insert() added a second one, and the saved file held
    // "client_secret" twice (the old one last, so the publisher could read the old secret).
    TempRoxy roxy;
    const QString path = roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"),
        "{\"access_token\":\"act.1\",\"\xEF\xBB\xBF"
        "client_secret\":\"old-secret\","
        "\"client_key\":\"awkey\"}");
    const CredentialFile file(roxy.paths());
    CredentialReadResult read = file.read();
    QVERIFY(read.isUsable());
    QCOMPARE(read.credentials.clientSecret(), QStringLiteral("old-secret"));
    TikTokCredentials credentials = read.credentials;
    credentials.setClientSecret(QStringLiteral("new-secret"));
    QVERIFY(!file.write(credentials).isError());

    const QByteArray saved = roxy.readFile(QStringLiteral("credentials/tiktok_oauth.json"));
    QCOMPARE(saved.count("\"client_secret\""), 1);
    QVERIFY(!saved.contains("old-secret"));
    read = file.read();
    QCOMPARE(read.credentials.clientSecret(), QStringLiteral("new-secret"));
    QCOMPARE(read.credentials.accessToken(), QStringLiteral("act.1"));
    Q_UNUSED(path);
}

void tst_FuzzFindings::credentialFile_byteOrderMarkInsideValue_readsTheSameAfterSave()
{
    // fuzz (CI's 5 s run): a U+FEFF before a space at the start of client_key was kept by Qt 6.4's parser
    // in the file as found, but dropped when the saved file was read again. The value then changed from
    // "\uFEFF dat" to " dat" and gained a warning. The reader now drops U+FEFF from the runbook's fields.
    const QByteArray bytes = "{\"client_key\":\"\xEF\xBB\xBF awkey123\",\"client_secret\":\"s\xEF\xBB\xBF"
                             "3cret\"}";
    const CredentialReadResult first = CredentialFile::parse(bytes, shown());
    QVERIFY(first.isUsable());
    QCOMPARE(first.credentials.clientSecret(), QStringLiteral("s3cret"));
    QVERIFY(!first.credentials.json().value(QLatin1String("client_key")).toString().contains(QChar(0xFEFF)));
    QCOMPARE(first.warnings.size(), 1); // the space before the key
    QVERIFY(first.warnings.first().contains(QLatin1String("client_key")));

    const CredentialReadResult again = readAgainAfterSave(first);
    QCOMPARE(again.credentials.json(), first.credentials.json());
    QCOMPARE(again.warnings, first.warnings);
    QCOMPARE(again.credentials.clientKey(), QStringLiteral("awkey123"));

    // And the fuzzer's own input, byte for byte.
    const QByteArray input = credentialFileRegression(QStringLiteral("bom_before_space_in_value"));
    QVERIFY(!input.isEmpty());
    const CredentialReadResult found = CredentialFile::parse(input, shown());
    QVERIFY(found.isUsable());
    const CredentialReadResult foundAgain = readAgainAfterSave(found);
    QCOMPARE(foundAgain.credentials.json(), found.credentials.json());
    QCOMPARE(foundAgain.warnings.size(), found.warnings.size());
}

void tst_FuzzFindings::credentialFile_byteOrderMarksInKey_readTheSameAfterSave()
{
    // fuzz (long run): Qt 6.4's parser turned a key of two U+FEFF and "authorized_at" into one U+FEFF and
    // "authorized_at"; saved and read again, the last U+FEFF went too and an unknown field became a known
    // one. Keys lose every U+FEFF when read; a clean key of the same name wins over one that had them.
    const QByteArray bytes = "{\"client_key\":\"awkey\",\"\xEF\xBB\xBF\xEF\xBB\xBF"
                             "authorized_at\":\"2025-01-01T00:00:00Z\","
                             "\"\xEF\xBB\xBF"
                             "client_secret\":\"bom-secret\",\"client_secret\":\"clean-secret\"}";
    const CredentialReadResult first = CredentialFile::parse(bytes, shown());
    QVERIFY(first.isUsable());
    const QStringList keys = first.credentials.json().keys();
    for (const QString &key : keys)
        QVERIFY2(!key.contains(QChar(0xFEFF)), qPrintable(key));
    QVERIFY(first.credentials.json().contains(QLatin1String("authorized_at")));
    QCOMPARE(first.credentials.clientSecret(), QStringLiteral("clean-secret"));
    const CredentialReadResult again = readAgainAfterSave(first);
    QCOMPARE(again.credentials.json(), first.credentials.json());
    QCOMPARE(again.warnings, first.warnings);

    const QByteArray input = credentialFileRegression(QStringLiteral("two_boms_in_key"));
    QVERIFY(!input.isEmpty());
    const CredentialReadResult found = CredentialFile::parse(input, shown());
    QVERIFY(found.isUsable());
    const CredentialReadResult foundAgain = readAgainAfterSave(found);
    QCOMPARE(foundAgain.credentials.json(), found.credentials.json());
}

void tst_FuzzFindings::tokenResponse_lifetimeOutOfRange_isIgnored_data()
{
    QTest::addColumn<double>("lifetime");
    QTest::newRow("1e300") << 1e300;
    QTest::newRow("-1e300") << -1e300;
    QTest::newRow("1e19") << 1e19;
    QTest::newRow("negative") << -5.0;
}

void tst_FuzzFindings::tokenResponse_lifetimeOutOfRange_isIgnored()
{
    // Same conversion in the token path (tiktokcredentials.cpp applyTokenResponse(), tokenclient.cpp
    // TokenResponse::expiresIn()): a broken or hostile answer must not store an absurd expiry.
    QFETCH(double, lifetime);
    const QJsonObject response { { QStringLiteral("access_token"), QStringLiteral("act.x") },
        { QStringLiteral("refresh_token"), QStringLiteral("rft.x") },
        { QStringLiteral("open_id"), QStringLiteral("o") }, { QStringLiteral("expires_in"), lifetime },
        { QStringLiteral("refresh_expires_in"), lifetime } };
    QCOMPARE(TokenResponse(response).expiresIn(), qint64(-1));
    QCOMPARE(TokenResponse(response).refreshExpiresIn(), qint64(-1));

    TikTokCredentials credentials;
    credentials.applyTokenResponse(response, QDateTime::currentDateTimeUtc());
    QCOMPARE(credentials.accessToken(), QStringLiteral("act.x"));
    QVERIFY(!credentials.json().contains(QLatin1String("expires_in")));
    QVERIFY(!credentials.json().contains(QLatin1String("expires_at")));
    QVERIFY(!credentials.json().contains(QLatin1String("refresh_expires_in")));
    QCOMPARE(credentials.expiresIn(), qint64(-1));
    QVERIFY(!credentials.expiresAt().isValid());
}

QTEST_GUILESS_MAIN(tst_FuzzFindings)
#include "tst_fuzzfindings.moc"
