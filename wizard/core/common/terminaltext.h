#pragma once

#include <QString>

namespace Skybeam {

/// Text that came from outside (TikTok, the browser, a handoff pack) made safe to print on a terminal:
/// control characters are removed so that a display name, an error description or a caption cannot move
/// the cursor, retitle the window, rewrite earlier lines or send escape sequences to the terminal.
/// Removed: C0 controls except tab and newline (so ESC and CR too), DEL, and C1 controls (U+0080–U+009F,
/// which some terminals read as CSI, OSC…). Everything else, including non-Latin letters and emoji, stays.
/// Thread-safe; a pure function.
namespace TerminalText {

bool isUnsafe(QChar c);
/// `text` without the characters isUnsafe() names.
QString sanitized(const QString &text);

} // namespace TerminalText

} // namespace Skybeam
