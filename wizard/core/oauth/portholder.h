#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Skybeam {

/// Names the process listening on a local TCP port, so a "port in use" error can say what to stop. Reads
/// /proc on Linux (only processes the user may inspect); elsewhere, or when unreadable, knows nothing.
/// Synchronous and quick; thread-safe.
class PortHolder final
{
public:
    /// "python3 (PID 4242)", or an empty string when the holder cannot be determined.
    static QString describe(quint16 port);
    /// The program's name alone ("python3"), for the operator; empty when unknown.
    static QString programName(quint16 port);

    /// Socket inodes in LISTEN state on `port` in a /proc/net/tcp or /proc/net/tcp6 table. Pure.
    static QList<quint64> listeningInodes(const QByteArray &table, quint16 port);

private:
    /// The holder's program name and PID; empty when unknown.
    static QPair<QString, QString> find(quint16 port);
};

} // namespace Skybeam
