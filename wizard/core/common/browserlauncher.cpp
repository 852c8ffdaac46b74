#include "common/browserlauncher.h"

#include <QProcess>

namespace Skybeam {

namespace {

QStringList browserCommands()
{
    return qEnvironmentVariable("BROWSER").split(QLatin1Char(':'), Qt::SkipEmptyParts);
}

} // namespace

bool BrowserLauncher::hasBrowserVariable()
{
    return !browserCommands().isEmpty();
}

bool BrowserLauncher::openWithBrowserVariable(const QUrl &url)
{
    const QString text = url.toString(QUrl::FullyEncoded);
    for (const QString &browser : browserCommands()) {
        QStringList parts = QProcess::splitCommand(browser);
        if (parts.isEmpty())
            continue;
        const QString program = parts.takeFirst();
        bool substituted = false;
        for (QString &part : parts) {
            if (part.contains(QLatin1String("%s"))) {
                part.replace(QLatin1String("%s"), text);
                substituted = true;
            }
        }
        if (!substituted)
            parts.append(text);
        if (QProcess::startDetached(program, parts))
            return true;
    }
    return false;
}

bool BrowserLauncher::open(const QUrl &url)
{
    return openWithBrowserVariable(url)
        || QProcess::startDetached(QStringLiteral("xdg-open"), { url.toString(QUrl::FullyEncoded) });
}

} // namespace Skybeam
