#include "widgets/urlopener.h"

#include <QDesktopServices>

namespace Skybeam {

UrlOpener::UrlOpener(QObject *parent)
    : QObject(parent)
{
}

void UrlOpener::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

bool UrlOpener::open(const QUrl &url)
{
    const bool success = m_handler ? m_handler(url) : QDesktopServices::openUrl(url);
    Q_EMIT opened(url, success);
    return success;
}

} // namespace Skybeam
