#pragma once

#include <QUrl>

namespace Skybeam {

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
