// Cleaning what operators paste into the client key and secret fields, as the runbook's troubleshooting
// warns (extra whitespace, App ID instead of Client Key), and saying what was cleaned.
#include "setup/credentialinputcleaner.h"

#include <QTest>

// Tests load no translator, so plural forms read as in the source ("space(s)").

using namespace Skybeam;
using Field = CredentialInputCleaner::Field;
using Hint = CleanedInput::Hint;

Q_DECLARE_METATYPE(Skybeam::CredentialInputCleaner::Field)
Q_DECLARE_METATYPE(Skybeam::CleanedInput::Hint)

class tst_CredentialInputCleaner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clean_data();
    void clean();
    void cleanedValueIsStable_data() { clean_data(); }
    void cleanedValueIsStable();
    void hintsHaveText();
};

void tst_CredentialInputCleaner::clean_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<Hint>("hint");

    QTest::newRow("clean key") << QStringLiteral("awk1x2y3z4") << Field::ClientKey
                               << QStringLiteral("awk1x2y3z4") << QStringList() << Hint::None;
    QTest::newRow("spaces around") << QStringLiteral("  awk1x2y3z4 ") << Field::ClientKey
                                   << QStringLiteral("awk1x2y3z4")
                                   << QStringList { QStringLiteral("Removed 3 space(s).") } << Hint::None;
    QTest::newRow("one space inside")
        << QStringLiteral("awk1x2 y3z4") << Field::ClientKey << QStringLiteral("awk1x2y3z4")
        << QStringList { QStringLiteral("Removed 1 space(s).") } << Hint::None;
    QTest::newRow("tab and non-breaking space")
        << QStringLiteral("\tawk1x2y3z4\u00a0") << Field::ClientKey << QStringLiteral("awk1x2y3z4")
        << QStringList { QStringLiteral("Removed 2 space(s).") } << Hint::None;
    QTest::newRow("line breaks") << QStringLiteral("awk1x2y3z4\r\n") << Field::ClientKey
                                 << QStringLiteral("awk1x2y3z4")
                                 << QStringList { QStringLiteral("Removed 2 line break(s).") } << Hint::None;
    QTest::newRow("secret wrapped over two lines")
        << QStringLiteral("0123456789abcdef\n0123456789abcdef") << Field::ClientSecret
        << QStringLiteral("0123456789abcdef0123456789abcdef")
        << QStringList { QStringLiteral("Removed 1 line break(s).") } << Hint::None;
    QTest::newRow("double quotes") << QStringLiteral("\"awk1x2y3z4\"") << Field::ClientKey
                                   << QStringLiteral("awk1x2y3z4")
                                   << QStringList { QStringLiteral("Removed the quotes around the value.") }
                                   << Hint::None;
    QTest::newRow("single quotes and space")
        << QStringLiteral(" 'awk1x2y3z4'") << Field::ClientKey << QStringLiteral("awk1x2y3z4")
        << QStringList { QStringLiteral("Removed 1 space(s)."),
               QStringLiteral("Removed the quotes around the value.") }
        << Hint::None;
    QTest::newRow("typographic quotes")
        << QStringLiteral("\u201cawk1x2y3z4\u201d") << Field::ClientKey << QStringLiteral("awk1x2y3z4")
        << QStringList { QStringLiteral("Removed the quotes around the value.") } << Hint::None;
    QTest::newRow("zero-width space")
        << QStringLiteral("awk1x2\u200by3z4") << Field::ClientKey << QStringLiteral("awk1x2y3z4")
        << QStringList { QStringLiteral("Removed 1 invisible character(s).") } << Hint::None;
    QTest::newRow("JSON line from the credential file")
        << QStringLiteral("  \"client_key\": \"awk1x2y3z4\",") << Field::ClientKey
        << QStringLiteral("awk1x2y3z4")
        << QStringList { QStringLiteral("Removed the label \"client_key\"."),
               QStringLiteral("Removed the quotes around the value."),
               QStringLiteral("Removed a trailing comma.") }
        << Hint::None;
    QTest::newRow("label from the portal")
        << QStringLiteral("Client Secret: s3cr3tvalue0123456789abcdefghijkl") << Field::ClientSecret
        << QStringLiteral("s3cr3tvalue0123456789abcdefghijkl")
        << QStringList { QStringLiteral("Removed the label \"Client Secret\".") } << Hint::None;
    QTest::newRow("sandbox key") << QStringLiteral("sbawk1x2y3z4") << Field::ClientKey
                                 << QStringLiteral("sbawk1x2y3z4") << QStringList() << Hint::SandboxKey;
    QTest::newRow("App ID instead of client key")
        << QStringLiteral("7234567890123456789") << Field::ClientKey << QStringLiteral("7234567890123456789")
        << QStringList() << Hint::LooksLikeAppId;
    QTest::newRow("secret in the key field")
        << QStringLiteral("0123456789abcdef0123456789abcdef") << Field::ClientKey
        << QStringLiteral("0123456789abcdef0123456789abcdef") << QStringList() << Hint::LooksLikeSecret;
    QTest::newRow("key in the secret field")
        << QStringLiteral("awk1x2y3z4") << Field::ClientSecret << QStringLiteral("awk1x2y3z4")
        << QStringList() << Hint::LooksLikeClientKey;
    QTest::newRow("access token") << QStringLiteral("act.abcdef123") << Field::ClientSecret
                                  << QStringLiteral("act.abcdef123") << QStringList() << Hint::LooksLikeToken;
    QTest::newRow("web address") << QStringLiteral("https://developers.tiktok.com/apps/") << Field::ClientKey
                                 << QStringLiteral("https://developers.tiktok.com/apps/") << QStringList()
                                 << Hint::LooksLikeUrl;
    QTest::newRow("odd characters") << QStringLiteral("aw<key>") << Field::ClientKey
                                    << QStringLiteral("aw<key>") << QStringList()
                                    << Hint::UnexpectedCharacters;
    QTest::newRow("only whitespace") << QStringLiteral(" \n ") << Field::ClientKey << QString()
                                     << QStringList { QStringLiteral("Removed 2 space(s)."),
                                            QStringLiteral("Removed 1 line break(s).") }
                                     << Hint::None;
}

void tst_CredentialInputCleaner::clean()
{
    QFETCH(QString, pasted);
    QFETCH(Field, field);
    QFETCH(QString, value);
    QFETCH(QStringList, changes);
    QFETCH(Hint, hint);

    const CleanedInput cleaned = CredentialInputCleaner::clean(pasted, field);
    QCOMPARE(cleaned.value, value);
    QCOMPARE(cleaned.changes, changes);
    QCOMPARE(cleaned.wasChanged(), !changes.isEmpty());
    QCOMPARE(cleaned.hint, hint);
    QCOMPARE(cleaned.hintText.isEmpty(), hint == Hint::None);
}

void tst_CredentialInputCleaner::cleanedValueIsStable()
{
    QFETCH(QString, pasted);
    QFETCH(Field, field);
    const CleanedInput once = CredentialInputCleaner::clean(pasted, field);
    const CleanedInput twice = CredentialInputCleaner::clean(once.value, field);
    QCOMPARE(twice.value, once.value);
    QVERIFY(twice.changes.isEmpty());
}

void tst_CredentialInputCleaner::hintsHaveText()
{
    for (Hint hint : { Hint::SandboxKey, Hint::LooksLikeAppId, Hint::LooksLikeSecret,
             Hint::LooksLikeClientKey, Hint::LooksLikeToken, Hint::LooksLikeUrl, Hint::UnexpectedCharacters })
        QVERIFY(!CredentialInputCleaner::hintText(hint).isEmpty());
    QVERIFY(CredentialInputCleaner::hintText(Hint::None).isEmpty());
    QVERIFY(CredentialInputCleaner::hintText(Hint::LooksLikeAppId).contains(QLatin1String("App ID")));
}

QTEST_GUILESS_MAIN(tst_CredentialInputCleaner)
#include "tst_credentialinputcleaner.moc"
