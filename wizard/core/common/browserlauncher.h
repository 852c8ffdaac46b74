#pragma once

#include <QUrl>

#include <functional>

namespace Skybeam {

/// Opens `url` in the operator's browser; returns false when no browser could be started. The one way
/// an address is opened everywhere: the core cannot use QDesktopServices, so the GUI passes one that
/// calls it (UrlOpener), the CLI BrowserLauncher::open ($BROWSER or xdg-open), tests a scripted browser.
using BrowserOpener = std::function<bool(const QUrl &url)>;

/// Starts the operator's browser the way command-line tools do: $BROWSER (a colon-separated list of
/// commands, `%s` standing for the address), else xdg-open. Used by `authorize` and, when $BROWSER is
/// set, by the wizard. Starting can succeed while the browser then fails, so callers show the link too.
/// Thread-safe.
class BrowserLauncher final
{
public:
    /// True when $BROWSER names at least one command.
    static bool hasBrowserVariable();
    /// Tries each $BROWSER command; true when one was started.
    static bool openWithBrowserVariable(const QUrl &url);
    /// $BROWSER, else xdg-open; true when a program was started.
    static bool open(const QUrl &url);
};

} // namespace Skybeam
