// PKCE and state generation, and the authorize URL built from them (TikTok's hex challenge, not base64url).
#include "oauth/authorizationrequest.h"
#include "oauth/httprequestparser.h"
#include "oauth/pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Skybeam;

class tst_Pkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void challenge_data();
    void challenge();
    void verifierShape_data();
    void verifierShape();
    void verifiersAreFreshAndSpreadOverTheAlphabet();
    void stateIsFreshAndLongEnough();
    void validVerifier_data();
    void validVerifier();
    void authorizeUrlCarriesEveryParameter();
    void authorizeUrlScopesAreCommaSeparated();
    void eachRequestHasNewStateAndVerifier();
};

void tst_Pkce::challenge_data()
{
    QTest::addColumn<QString>("verifier");
    QTest::addColumn<QString>("challenge");
    // The spec's test vector: hex, not RFC 7636's base64url "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM".
    QTest::newRow("spec vector") << QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
                                 << QStringLiteral(
                                        "13d31e961a1ad8ec2f16b10c4c982e0876a878ad6df144566ee1894acb70f9c3");
    QTest::newRow("43 a") << QString(43, QLatin1Char('a'))
                          << QStringLiteral(
                                 "66d34fba71f8f450f7e45598853e53bfc23bbd129027cbb131a2f4ffd7878cd0");
}

void tst_Pkce::challenge()
{
    QFETCH(QString, verifier);
    QFETCH(QString, challenge);
    const QString computed = Pkce::challengeFor(verifier);
    QCOMPARE(computed, challenge);
    QCOMPARE(computed.size(), 64);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(computed).hasMatch());
}

void tst_Pkce::verifierShape_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("expected");
    QTest::newRow("default") << 64 << 64;
    QTest::newRow("minimum") << 43 << 43;
    QTest::newRow("maximum") << 128 << 128;
    QTest::newRow("too short is clamped") << 10 << 43;
    QTest::newRow("too long is clamped") << 500 << 128;
}

void tst_Pkce::verifierShape()
{
    QFETCH(int, requested);
    QFETCH(int, expected);
    const QString verifier = Pkce::generateVerifier(requested);
    QCOMPARE(verifier.size(), expected);
    QVERIFY(Pkce::isValidVerifier(verifier));
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9._~-]+$")).match(verifier).hasMatch());
}

void tst_Pkce::verifiersAreFreshAndSpreadOverTheAlphabet()
{
    QSet<QString> seen;
    QSet<QChar> characters;
    for (int i = 0; i < 200; ++i) {
        const QString verifier = Pkce::generateVerifier();
        QVERIFY(!seen.contains(verifier));
        seen.insert(verifier);
        for (QChar c : verifier)
            characters.insert(c);
    }
    // 12800 draws from 66 characters: every one shows up.
    QCOMPARE(characters.size(), 66);
}

void tst_Pkce::stateIsFreshAndLongEnough()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString state = Pkce::generateState();
        QCOMPARE(state.size(), 43); // 32 bytes, base64url without padding: 256 bits
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(state).hasMatch());
        QVERIFY(!seen.contains(state));
        seen.insert(state);
    }
}

void tst_Pkce::validVerifier_data()
{
    QTest::addColumn<QString>("verifier");
    QTest::addColumn<bool>("valid");
    QTest::newRow("42 chars") << QString(42, QLatin1Char('a')) << false;
    QTest::newRow("43 chars") << QString(43, QLatin1Char('a')) << true;
    QTest::newRow("128 chars") << QString(128, QLatin1Char('~')) << true;
    QTest::newRow("129 chars") << QString(129, QLatin1Char('a')) << false;
    QTest::newRow("plus sign") << QString(42, QLatin1Char('a')) + QLatin1Char('+') << false;
    QTest::newRow("slash") << QString(42, QLatin1Char('a')) + QLatin1Char('/') << false;
    QTest::newRow("space") << QString(42, QLatin1Char('a')) + QLatin1Char(' ') << false;
    QTest::newRow("unreserved mix") << QStringLiteral("AZaz09-._~AZaz09-._~AZaz09-._~AZaz09-._~AZaz") << true;
}

void tst_Pkce::validVerifier()
{
    QFETCH(QString, verifier);
    QFETCH(bool, valid);
    QCOMPARE(Pkce::isValidVerifier(verifier), valid);
}

void tst_Pkce::authorizeUrlCarriesEveryParameter()
{
    const AuthorizationRequest request = AuthorizationRequest::create(QStringLiteral("awkey"),
        AuthorizationRequest::defaultScopes(), QStringLiteral("http://localhost:8080/callback"));
    const QUrl url = request.url(QUrl(QStringLiteral("https://www.tiktok.com/v2/auth/authorize/")));
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.host(), QStringLiteral("www.tiktok.com"));
    QCOMPARE(url.path(), QStringLiteral("/v2/auth/authorize/"));

    QList<QPair<QString, QString>> query;
    QVERIFY(HttpRequestParser::parseFormEncoded(url.query(QUrl::FullyEncoded).toUtf8(), &query));
    QMap<QString, QString> values;
    for (const auto &pair : query) {
        QVERIFY2(!values.contains(pair.first), qPrintable(pair.first));
        values.insert(pair.first, pair.second);
    }
    QCOMPARE(values.size(), 7);
    QCOMPARE(values.value(QStringLiteral("client_key")), QStringLiteral("awkey"));
    QCOMPARE(
        values.value(QStringLiteral("scope")), QStringLiteral("user.info.basic,video.upload,video.publish"));
    QCOMPARE(values.value(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(values.value(QStringLiteral("redirect_uri")), QStringLiteral("http://localhost:8080/callback"));
    QCOMPARE(values.value(QStringLiteral("state")), request.state());
    QCOMPARE(values.value(QStringLiteral("code_challenge")), Pkce::challengeFor(request.codeVerifier()));
    QCOMPARE(values.value(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    // The verifier itself never travels in the authorize URL (the Node sample's typo).
    QVERIFY(!url.toString(QUrl::FullyDecoded).contains(request.codeVerifier()));
}

void tst_Pkce::authorizeUrlScopesAreCommaSeparated()
{
    const AuthorizationRequest request = AuthorizationRequest::create(QStringLiteral("awkey"),
        { QStringLiteral("user.info.basic"), QStringLiteral("video.upload") },
        QStringLiteral("http://127.0.0.1:5123/callback/"));
    const QString decoded = QUrlQuery(request.url(QUrl(QStringLiteral("https://x.test/a/"))))
                                .queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    QCOMPARE(decoded, QStringLiteral("user.info.basic,video.upload"));
    QVERIFY(!decoded.contains(QLatin1Char(' ')));
}

void tst_Pkce::eachRequestHasNewStateAndVerifier()
{
    const QString redirect = QStringLiteral("http://localhost:8080/callback");
    const AuthorizationRequest first = AuthorizationRequest::create(QStringLiteral("k"), {}, redirect);
    const AuthorizationRequest second = AuthorizationRequest::create(QStringLiteral("k"), {}, redirect);
    QVERIFY(first.state() != second.state());
    QVERIFY(first.codeVerifier() != second.codeVerifier());
    QVERIFY(Pkce::isValidVerifier(first.codeVerifier()));
}

QTEST_GUILESS_MAIN(tst_Pkce)
#include "tst_pkce.moc"
