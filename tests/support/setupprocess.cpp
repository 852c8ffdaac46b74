#include "setupprocess.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace SkybeamTest {

QString setupBinary()
{
    return QStringLiteral(SKYBEAM_SETUP_BINARY);
}

QProcessEnvironment environmentFor(const QString &roxyHome)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (roxyHome.isEmpty())
        environment.remove(QStringLiteral("ROXY_HOME"));
    else
        environment.insert(QStringLiteral("ROXY_HOME"), roxyHome);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

ProcessResult runSetup(const QStringList &arguments, const QProcessEnvironment &environment,
    const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(setupBinary(), arguments);
    ProcessResult result;
    if (!process.waitForStarted(timeoutMs))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

SetupProcess::SetupProcess(const QStringList &arguments, const QProcessEnvironment &environment)
{
    m_process.setProcessEnvironment(environment);
    m_process.start(setupBinary(), arguments);
    m_process.waitForStarted();
}

SetupProcess::~SetupProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

QString SetupProcess::waitForLine(const QString &prefix, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        m_out += m_process.readAllStandardOutput();
        const QList<QByteArray> lines = m_out.split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith(prefix.toUtf8()))
                return QString::fromUtf8(line).trimmed();
        }
        if (m_process.state() == QProcess::NotRunning)
            return {};
        QSignalSpy spy(&m_process, &QProcess::readyReadStandardOutput);
        spy.wait(200);
    }
    return {};
}

ProcessResult SetupProcess::finish(int timeoutMs)
{
    ProcessResult result;
    if (m_process.state() != QProcess::NotRunning) {
        QSignalSpy finished(&m_process, &QProcess::finished);
        if (!finished.wait(timeoutMs)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    result.crashed = m_process.exitStatus() == QProcess::CrashExit;
    result.exitCode = m_process.exitCode();
    result.out = m_out + m_process.readAllStandardOutput();
    result.err = m_process.readAllStandardError();
    return result;
}

} // namespace SkybeamTest
