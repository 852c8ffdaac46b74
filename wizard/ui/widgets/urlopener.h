#pragma once

#include "common/browserlauncher.h"

#include <QObject>
#include <QUrl>

namespace Skybeam {

/// Opens web addresses in the operator's browser: QDesktopServices by default, replaceable (tests use a
/// scripted browser). Opening can fail silently (no xdg-open), so callers always show the link too.
class UrlOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UrlOpener)

public:
    explicit UrlOpener(QObject *parent = nullptr);

    /// Replaces how addresses are opened; an empty handler restores QDesktopServices.
    void setHandler(BrowserOpener handler);
    /// True when the browser was (as far as can be known) asked to open `url`.
    bool open(const QUrl &url);

Q_SIGNALS:
    void opened(const QUrl &url, bool success);

private:
    BrowserOpener m_handler;
};

} // namespace Skybeam
