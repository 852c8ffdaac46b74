#include "oauth/callbackpage.h"

#include "common/error.h"

#include <QLocale>

namespace Skybeam {

QString CallbackPage::render(Tone tone, const QString &title, const QStringList &paragraphs)
{
    const char *toneClass = tone == Tone::Success ? "ok" : tone == Tone::Failure ? "bad" : "info";
    QString body;
    for (const QString &paragraph : paragraphs)
        body += QStringLiteral("<p>%1</p>\n").arg(paragraph.toHtmlEscaped());
    //: Browser tab title of the sign-in pages; %1 is the page's heading.
    const QString pageTitle = tr("%1 - SKYBEAM Setup").arg(title);
    return QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>%2</title>\n<style>\n"
        "body{font-family:system-ui,-apple-system,\"Segoe UI\",sans-serif;max-width:38em;margin:4em auto;"
        "padding:0 1.2em;line-height:1.5;color:#1c1c1c;background:#f7f7f7}\n"
        "h1{font-size:1.5em;margin-bottom:.6em}\n.ok h1{color:#176b2c}\n.bad h1{color:#a31515}\n"
        ".info h1{color:#1c4f8a}\n"
        "</style>\n</head>\n<body class=\"%3\">\n<h1>%4</h1>\n%5</body>\n</html>\n")
        .arg(QLocale().bcp47Name().toHtmlEscaped(), pageTitle.toHtmlEscaped(), QLatin1String(toneClass),
            title.toHtmlEscaped(), body);
}

QString CallbackPage::success(const QString &displayName, const QStringList &missingScopes)
{
    QStringList paragraphs;
    if (displayName.isEmpty()) {
        paragraphs << tr("Connected to TikTok. You can close this tab and go back to SKYBEAM Setup.");
    } else {
        //: %1 is the TikTok account's display name.
        paragraphs
            << tr("Connected as %1. You can close this tab and go back to SKYBEAM Setup.").arg(displayName);
    }
    if (!missingScopes.isEmpty()) {
        //: %1 is a comma-separated list of TikTok permission names such as video.publish.
        paragraphs << tr("You did not allow every permission (missing: %1). SKYBEAM Setup will tell you what "
                         "this means for publishing.")
                          .arg(missingScopes.join(QStringLiteral(", ")));
    }
    return render(Tone::Success, tr("Connected to TikTok"), paragraphs);
}

QString CallbackPage::failure(const Error &error)
{
    QStringList paragraphs { error.message() };
    if (!error.logId().isEmpty()) {
        //: %1 is an identifier TikTok support can look up.
        paragraphs << tr("TikTok log ID for support: %1").arg(error.logId());
    }
    paragraphs << tr("You can close this tab and go back to SKYBEAM Setup to try again.");
    return render(Tone::Failure, tr("Not connected"), paragraphs);
}

QString CallbackPage::stateMismatch()
{
    return render(Tone::Failure, tr("Link not from this sign-in"),
        { tr("This address does not belong to the sign-in SKYBEAM Setup is waiting for, so it was "
             "ignored. It may be an old browser tab or a link from someone else."),
            tr("Go back to SKYBEAM Setup and open the sign-in link it shows.") });
}

QString CallbackPage::incompleteCallback()
{
    return render(Tone::Failure, tr("Incomplete answer from TikTok"),
        { tr("This address carries neither a sign-in code nor an error, so it was ignored."),
            tr("Go back to SKYBEAM Setup and open the sign-in link it shows.") });
}

QString CallbackPage::alreadyHandled()
{
    return render(Tone::Neutral, tr("Sign-in already received"),
        { tr("SKYBEAM Setup has already received this sign-in. Look at the first tab or at SKYBEAM Setup "
             "for the result. You can close this tab.") });
}

QString CallbackPage::stillWorking()
{
    return render(Tone::Neutral, tr("Still connecting"),
        { tr("TikTok's answer was received and SKYBEAM Setup is still finishing the connection. You can "
             "close this tab; SKYBEAM Setup shows the result.") });
}

QString CallbackPage::cancelled()
{
    return render(Tone::Neutral, tr("Sign-in cancelled"),
        { tr("The sign-in was cancelled in SKYBEAM Setup. You can close this tab.") });
}

QString CallbackPage::forStatus(int status)
{
    switch (status) {
    case 404:
        return render(Tone::Neutral, tr("Not found"),
            { tr("SKYBEAM Setup is waiting for TikTok's answer at another address on this computer.") });
    case 405:
        return render(Tone::Neutral, tr("Not allowed"),
            { tr("SKYBEAM Setup only answers the browser's normal page requests here.") });
    case 421:
        return render(Tone::Failure, tr("Wrong address"),
            { tr("SKYBEAM Setup only answers requests for 127.0.0.1, [::1] or localhost. Go back to "
                 "SKYBEAM Setup and open the sign-in link it shows.") });
    case 431:
        return render(Tone::Failure, tr("Request too large"),
            { tr("The browser sent more data than SKYBEAM Setup accepts. Go back to SKYBEAM Setup and "
                 "open the sign-in link again.") });
    default:
        return render(Tone::Failure, tr("Bad request"),
            { tr("SKYBEAM Setup could not read this request. Go back to SKYBEAM Setup and open the "
                 "sign-in link again.") });
    }
}

QByteArray CallbackPage::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 302:
        return QByteArrayLiteral("Found");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 421:
        return QByteArrayLiteral("Misdirected Request");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Error");
    }
}

} // namespace Skybeam
