#include "widgets/urlopener.h"

#include "common/browserlauncher.h"

#include <QDesktopServices>

namespace Skybeam {

UrlOpener::UrlOpener(QObject *parent)
    : QObject(parent)
{
}

void UrlOpener::setHandler(BrowserOpener handler)
{
    m_handler = std::move(handler);
}

bool UrlOpener::open(const QUrl &url)
{
    // $BROWSER wins, as for the command line (and as xdg-open itself would do); else the desktop's choice.
    const bool success = m_handler              ? m_handler(url)
        : BrowserLauncher::hasBrowserVariable() ? BrowserLauncher::openWithBrowserVariable(url)
                                                : QDesktopServices::openUrl(url);
    Q_EMIT opened(url, success);
    return success;
}

} // namespace Skybeam
