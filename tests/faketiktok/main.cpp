// fake-tiktok: the tests' strict fake TikTok as a standalone server, for trying skybeam-setup from a shell:
//
//     fake-tiktok --port 9555 --consent approve &
//     export SKYBEAM_TIKTOK_AUTH_URL=http://127.0.0.1:9555/v2/auth/authorize/
//     export SKYBEAM_TIKTOK_API_BASE=http://127.0.0.1:9555
//     skybeam-setup authorize --client-key sbawfakeclientkey --client-secret-file secret.txt
//
// It serves the Content Posting API too (inbox and direct post, chunk upload, status), so that `upload` and
// the viewer's Send to TikTok can be tried. It prints the two variables on stdout, describes the app on
// stderr, and runs until killed.
#include "fakecontentposting.h"
#include "faketiktok.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace FakeTikTokTest;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fake-tiktok"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A strict fake of TikTok's Login Kit, API v2 and Content Posting API on 127.0.0.1."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("Port to listen on (default: a free one)."), QStringLiteral("PORT"),
        QStringLiteral("0"));
    const QCommandLineOption clientKey(QStringLiteral("client-key"),
        QStringLiteral("The registered app's client key."), QStringLiteral("KEY"),
        QStringLiteral("sbawfakeclientkey"));
    const QCommandLineOption clientSecret(QStringLiteral("client-secret"),
        QStringLiteral("The registered app's client secret."), QStringLiteral("SECRET"),
        QStringLiteral("fake-client-secret"));
    const QCommandLineOption redirect(QStringLiteral("redirect-uri"),
        QStringLiteral("A registered redirect URI (repeatable; default "
                       "http://localhost:8080/callback and http://127.0.0.1:*/callback/)."),
        QStringLiteral("URI"));
    const QCommandLineOption consent(QStringLiteral("consent"),
        QStringLiteral("interactive (a page with Authorize and Deny), approve or deny."),
        QStringLiteral("MODE"), QStringLiteral("interactive"));
    const QCommandLineOption production(QStringLiteral("production"),
        QStringLiteral("Register a production app (no 20-calls-a-day sandbox quota)."));
    const QCommandLineOption unaudited(
        QStringLiteral("unaudited"), QStringLiteral("The app is not reviewed yet."));
    const QCommandLineOption displayName(QStringLiteral("display-name"),
        QStringLiteral("The signed-in user's name."), QStringLiteral("NAME"),
        QStringLiteral("Skybeam Tester"));
    const QCommandLineOption accessLifetime(QStringLiteral("access-token-lifetime"),
        QStringLiteral("Access token lifetime in seconds (default 86400)."), QStringLiteral("SECONDS"),
        QStringLiteral("86400"));
    const QCommandLineOption dateSkew(QStringLiteral("date-skew"),
        QStringLiteral("Seconds the Date header of every response is off (default 0)."),
        QStringLiteral("SECONDS"), QStringLiteral("0"));
    parser.addOptions({ port, clientKey, clientSecret, redirect, consent, production, unaudited, displayName,
        accessLifetime, dateSkew });
    parser.process(app);

    FakeTikTok fake;
    FakeApp registered;
    registered.clientKey = parser.value(clientKey);
    registered.clientSecret = parser.value(clientSecret);
    registered.redirectUris = parser.values(redirect);
    if (registered.redirectUris.isEmpty())
        registered.redirectUris = { QStringLiteral("http://localhost:8080/callback"),
            QStringLiteral("http://127.0.0.1:*/callback/") };
    registered.sandbox = !parser.isSet(production);
    registered.unaudited = parser.isSet(unaudited);
    fake.addApp(registered);
    fake.user().displayName = parser.value(displayName);
    fake.setAccessTokenLifetime(parser.value(accessLifetime).toInt());
    fake.setDateSkew(parser.value(dateSkew).toLongLong());
    FakeContentPosting posting(&fake);

    const QString mode = parser.value(consent);
    if (mode == QLatin1String("approve")) {
        fake.setConsentMode(FakeTikTok::ConsentMode::AutoApprove);
    } else if (mode == QLatin1String("deny")) {
        fake.setConsentMode(FakeTikTok::ConsentMode::AutoDeny);
    } else if (mode == QLatin1String("interactive")) {
        fake.setConsentMode(FakeTikTok::ConsentMode::Interactive);
    } else {
        std::fprintf(stderr, "fake-tiktok: --consent must be interactive, approve or deny\n");
        return 2;
    }
    if (!fake.listen(quint16(parser.value(port).toUInt()))) {
        std::fprintf(stderr, "fake-tiktok: cannot listen on 127.0.0.1:%s\n", qPrintable(parser.value(port)));
        return 1;
    }

    QTextStream out(stdout);
    out << "SKYBEAM_TIKTOK_AUTH_URL=" << fake.authorizeUrl().toString() << Qt::endl;
    out << "SKYBEAM_TIKTOK_API_BASE=" << fake.apiBase().toString() << Qt::endl;
    QTextStream err(stderr);
    err << "fake-tiktok: app " << registered.clientKey
        << (registered.sandbox ? " (sandbox)" : " (production)") << ", redirect URIs "
        << registered.redirectUris.join(QStringLiteral(", ")) << ", consent " << mode << "; stop with Ctrl-C"
        << Qt::endl;
    return app.exec();
}
