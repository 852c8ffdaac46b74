// Diagnostic for benchmark P1 (scripts/bench, docs/benchmarks.md): how long the GUI takes to show its
// first page. Shared by skybeam-setup (--benchmark-startup) and the bare QWizard reference program, so
// that both report the same way.
#pragma once

class QWidget;

namespace Skybeam::Cli {

/// Once `page` has been painted and the frame handed to the window system (the turn of the event loop
/// after its first paint event), prints "first-paint-monotonic-ns=N" on stdout, N being
/// CLOCK_MONOTONIC (std::chrono::steady_clock) in nanoseconds, and exits with code 0.
/// The benchmark subtracts the time it started the process, measured on the same clock. The process then
/// ends at once (std::_Exit), so that instruction counts and CPU time stop at the first frame too.
void reportFirstPaintAndQuit(QWidget *page);

} // namespace Skybeam::Cli
