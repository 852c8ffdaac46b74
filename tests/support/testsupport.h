#pragma once

#include "common/roxypaths.h"

#include <QByteArray>
#include <QFileDevice>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace SkybeamTest {

/// A throw-away ROXY_HOME. Files written through it are created with their parent directories.
class TempRoxy final
{
public:
    TempRoxy();
    bool isValid() const { return m_dir.isValid(); }
    QString root() const { return m_dir.path(); }
    Skybeam::RoxyPaths paths() const { return Skybeam::RoxyPaths(m_dir.path()); }
    /// Writes `content` to `relativePath` under the root; returns the absolute path.
    QString writeFile(const QString &relativePath, const QByteArray &content,
                      QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray readFile(const QString &relativePath) const;

private:
    QTemporaryDir m_dir;
};

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
