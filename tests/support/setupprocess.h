#pragma once

// Running the built skybeam-setup binary from a test (tests/cli, tests/i18n): only tests registered with
// skybeam_add_test(... RUNS_SETUP) link this (library skybeam_setupprocess), so that every other test
// builds and runs without the programs in app/.

#include "testsupport.h"

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace SkybeamTest {

/// The outcome of running skybeam-setup.
struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

/// Path of the built skybeam-setup binary.
QString setupBinary();

/// Environment for a run: the current one with ROXY_HOME set to `roxyHome` (unset when empty).
QProcessEnvironment environmentFor(const QString &roxyHome);

/// Runs skybeam-setup to completion without an event loop (for commands that need no server in the test).
ProcessResult runSetup(const QStringList &arguments, const QProcessEnvironment &environment,
    const QByteArray &input = {}, int timeoutMs = 30000);

/// Starts skybeam-setup asynchronously so the test's event loop can serve it (e.g. a fake TikTok).
/// finish() waits with QSignalSpy (the test's event loop keeps running).
class SetupProcess final
{
public:
    SetupProcess(const QStringList &arguments, const QProcessEnvironment &environment);
    ~SetupProcess();
    QProcess &process() { return m_process; }
    /// Waits until a line of stdout matches `prefix`; returns that line (empty on timeout).
    QString waitForLine(const QString &prefix, int timeoutMs = 15000);
    ProcessResult finish(int timeoutMs = 30000);

private:
    QProcess m_process;
    QByteArray m_out;
};

} // namespace SkybeamTest
