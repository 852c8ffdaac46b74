// Every OAuth and API v2 error code of the contract maps to a coded, plain-language Error.
#include "oauth/tiktokerrors.h"

#include <QTest>

using namespace Skybeam;

using Step = TikTokErrors::Step;
Q_DECLARE_METATYPE(Skybeam::TikTokErrors::Step)

class tst_TikTokErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oauth_data();
    void oauth();
    void api_data();
    void api();
    void messagesDifferPerCode();
    void reauthorization_data();
    void reauthorization();
    void fixedErrors();
};

void tst_TikTokErrors::oauth_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::addColumn<Step>("step");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("phrases");
    QTest::newRow("access_denied") << QStringLiteral("access_denied") << QString() << Step::Authorize
                                   << QStringLiteral("oauth.access_denied")
                                   << QStringList { QStringLiteral("declined") };
    QTest::newRow("invalid_client")
        << QStringLiteral("invalid_client") << QString() << Step::CodeExchange
        << QStringLiteral("oauth.invalid_client")
        << QStringList { QStringLiteral(
               "TikTok rejected this client key and client secret pair — usually the "
               "secret is wrong or was reset in the portal.") };
    QTest::newRow("invalid_client, TikTok's words")
        << QStringLiteral("invalid_client") << QStringLiteral("Client key or secret is invalid.")
        << Step::ClientCheck << QStringLiteral("oauth.invalid_client")
        << QStringList { QStringLiteral("usually the secret is wrong"),
               QStringLiteral("TikTok said: \"Client key or secret is invalid.\"") };
    QTest::newRow("invalid_grant exchange")
        << QStringLiteral("invalid_grant") << QString() << Step::CodeExchange
        << QStringLiteral("oauth.invalid_grant")
        << QStringList { QStringLiteral("already used"), QStringLiteral("redirect URI") };
    QTest::newRow("invalid_grant refresh")
        << QStringLiteral("invalid_grant") << QString() << Step::Refresh
        << QStringLiteral("oauth.invalid_grant")
        << QStringList { QStringLiteral("Token expired"), QStringLiteral("again") };
    QTest::newRow("invalid_grant revoke")
        << QStringLiteral("invalid_grant") << QString() << Step::Revoke
        << QStringLiteral("oauth.invalid_grant") << QStringList { QStringLiteral("already revoked") };
    QTest::newRow("invalid_request verifier")
        << QStringLiteral("invalid_request") << QStringLiteral("Code verifier or code challenge is invalid.")
        << Step::CodeExchange << QStringLiteral("oauth.invalid_request")
        << QStringList { QStringLiteral("Code verifier or code challenge") };
    QTest::newRow("invalid_request redirect")
        << QStringLiteral("invalid_request") << QStringLiteral("redirect_uri is wrong") << Step::CodeExchange
        << QStringLiteral("oauth.invalid_request")
        << QStringList { QStringLiteral("character for character") };
    QTest::newRow("invalid_request other")
        << QStringLiteral("invalid_request") << QStringLiteral("grant_type missing") << Step::CodeExchange
        << QStringLiteral("oauth.invalid_request") << QStringList { QStringLiteral("grant_type missing") };
    QTest::newRow("invalid_scope") << QStringLiteral("invalid_scope") << QString() << Step::Authorize
                                   << QStringLiteral("oauth.invalid_scope")
                                   << QStringList { QStringLiteral(
                                                        "Application not approved for Content Posting API"),
                                          QStringLiteral("Handoff Mode") };
    QTest::newRow("unauthorized_client") << QStringLiteral("unauthorized_client") << QString()
                                         << Step::Authorize << QStringLiteral("oauth.unauthorized_client")
                                         << QStringList { QStringLiteral("Application not approved") };
    QTest::newRow("unsupported_grant_type")
        << QStringLiteral("unsupported_grant_type") << QString() << Step::Refresh
        << QStringLiteral("oauth.unsupported_grant_type") << QStringList { QStringLiteral("report") };
    QTest::newRow("unsupported_response_type")
        << QStringLiteral("unsupported_response_type") << QString() << Step::Authorize
        << QStringLiteral("oauth.unsupported_response_type") << QStringList { QStringLiteral("report") };
    QTest::newRow("server_error") << QStringLiteral("server_error") << QString() << Step::CodeExchange
                                  << QStringLiteral("oauth.server_error")
                                  << QStringList { QStringLiteral("few minutes") };
    QTest::newRow("temporarily_unavailable")
        << QStringLiteral("temporarily_unavailable") << QString() << Step::CodeExchange
        << QStringLiteral("oauth.temporarily_unavailable") << QStringList { QStringLiteral("few minutes") };
    QTest::newRow("rate limit in OAuth shape")
        << QStringLiteral("rate_limit_exceeded") << QString() << Step::Refresh
        << QStringLiteral("api.rate_limit_exceeded") << QStringList { QStringLiteral("20 calls a day") };
    QTest::newRow("unknown") << QStringLiteral("brand_new_error") << QStringLiteral("details")
                             << Step::Refresh << QStringLiteral("oauth.brand_new_error")
                             << QStringList { QStringLiteral("brand_new_error"), QStringLiteral("details") };
}

void tst_TikTokErrors::oauth()
{
    // TikTok's words are quoted only when TikTok sent them: never words it did not send.
    QVERIFY(
        !TikTokErrors::fromOAuth(QStringLiteral("invalid_client"), QString(), QString(), Step::CodeExchange)
             .message()
             .contains(QLatin1String("Invalid client_key")));
    QFETCH(QString, error);
    QFETCH(QString, description);
    QFETCH(Step, step);
    QFETCH(QString, code);
    QFETCH(QStringList, phrases);
    const Error mapped = TikTokErrors::fromOAuth(error, description, QStringLiteral("log-123"), step);
    QCOMPARE(mapped.code(), code);
    QCOMPARE(mapped.logId(), QStringLiteral("log-123"));
    QVERIFY(mapped.fullMessage().contains(QLatin1String("log-123")));
    for (const QString &phrase : phrases)
        QVERIFY2(mapped.message().contains(phrase), qPrintable(mapped.message()));
}

void tst_TikTokErrors::api_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("phrase");
    const QList<QPair<const char *, const char *>> table {
        { "access_token_invalid", "Token expired" },
        { "scope_not_authorized", "Application not approved for Content Posting API" },
        { "scope_permission_missed", "permission" },
        { "invalid_params", "the message" },
        { "invalid_param", "the message" },
        { "invalid_file_upload", "file" },
        { "rate_limit_exceeded", "Sandbox apps get only 20 calls a day" },
        { "internal_error", "few minutes" },
        { "spam_risk_too_many_posts", "daily posting limit" },
        { "spam_risk_user_banned_from_posting", "does not allow this account" },
        { "spam_risk_too_many_pending_share", "inbox" },
        { "reached_active_user_cap", "5" },
        { "unaudited_client_can_only_post_to_private_accounts", "private" },
        { "privacy_level_option_mismatch", "privacy level" },
        { "url_ownership_unverified", "domain" },
        { "file_format_check_failed", "MP4" },
        { "duration_check_failed", "longer" },
        { "frame_rate_check_failed", "60" },
        { "picture_size_check_failed", "4096" },
        { "something_new", "something_new" },
    };
    for (const auto &[code, phrase] : table)
        QTest::newRow(code) << QString::fromLatin1(code) << QString::fromLatin1(phrase);
}

void tst_TikTokErrors::api()
{
    QFETCH(QString, code);
    QFETCH(QString, phrase);
    const Error mapped = TikTokErrors::fromApi(code, QStringLiteral("the message"), QStringLiteral("log-9"));
    QCOMPARE(mapped.code(), QStringLiteral("api.") + code);
    QCOMPARE(mapped.logId(), QStringLiteral("log-9"));
    QVERIFY2(mapped.message().contains(phrase), qPrintable(mapped.message()));
}

void tst_TikTokErrors::messagesDifferPerCode()
{
    QSet<QString> messages;
    const QStringList codes { QStringLiteral("access_denied"), QStringLiteral("invalid_client"),
        QStringLiteral("invalid_grant"), QStringLiteral("invalid_scope"), QStringLiteral("server_error") };
    for (const QString &code : codes)
        messages.insert(TikTokErrors::fromOAuth(code, QString(), QString(), Step::CodeExchange).message());
    QCOMPARE(messages.size(), codes.size());
}

void tst_TikTokErrors::reauthorization_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("needed");
    QTest::newRow("invalid_grant") << QStringLiteral("oauth.invalid_grant") << true;
    QTest::newRow("no refresh token") << QStringLiteral("oauth.no_refresh_token") << true;
    QTest::newRow("refresh expired") << QStringLiteral("oauth.refresh_token_expired") << true;
    QTest::newRow("network") << QStringLiteral("network.timeout") << false;
    QTest::newRow("invalid_client") << QStringLiteral("oauth.invalid_client") << false;
    QTest::newRow("rate limit") << QStringLiteral("api.rate_limit_exceeded") << false;
}

void tst_TikTokErrors::reauthorization()
{
    QFETCH(QString, code);
    QFETCH(bool, needed);
    QCOMPARE(TikTokErrors::needsReauthorization(Error(code, QStringLiteral("m"))), needed);
}

void tst_TikTokErrors::fixedErrors()
{
    const Error other = TikTokErrors::otherAccount(QStringLiteral("Someone Else"));
    QCOMPARE(other.code(), QStringLiteral("oauth.other_account"));
    QVERIFY(other.message().contains(QLatin1String("Someone Else")));
    QVERIFY(other.message().contains(QLatin1String("User not authorized")));
    QCOMPARE(TikTokErrors::rateLimited().code(), QStringLiteral("api.rate_limit_exceeded"));
    QVERIFY(TikTokErrors::refreshTokenExpired().message().contains(QLatin1String("Token expired")));
    QCOMPARE(
        TikTokErrors::badResponse(502, QStringLiteral("x")).code(), QStringLiteral("tiktok.bad_response"));
    QVERIFY(TikTokErrors::badResponse(502, QStringLiteral("x")).message().contains(QLatin1String("502")));
}

QTEST_GUILESS_MAIN(tst_TikTokErrors)
#include "tst_tiktokerrors.moc"
