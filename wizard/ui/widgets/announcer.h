#pragma once

class QWidget;

namespace Skybeam {

/// Makes status changes heard, not only seen or coloured: tells assistive technology (screen readers) that
/// a widget now shows another status. Its accessible name carries the status (a label's name is its text),
/// so a NameChanged event lets the screen reader read it again; errors and warnings also raise an Alert.
/// Nothing is sent while no assistive technology is active. GUI thread.
class Announcer final
{
public:
    /// Waiting, progress, success: `widget`'s new status is read when the screen reader has a moment.
    static void status(QWidget *widget);
    /// Errors and warnings: `widget`'s new status is read at once, also while the operator is elsewhere.
    static void alert(QWidget *widget);
};

} // namespace Skybeam
