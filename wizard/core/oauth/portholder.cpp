#include "oauth/portholder.h"

#include <QDir>
#include <QFile>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace Skybeam {

QList<quint64> PortHolder::listeningInodes(const QByteArray &table, quint16 port)
{
    constexpr int ListenState = 0x0A;
    QList<quint64> inodes;
    const QList<QByteArray> lines = table.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
        if (fields.size() < 10)
            continue;
        const QByteArray &local = fields.at(1);
        const qsizetype colon = local.lastIndexOf(':');
        if (colon < 0)
            continue;
        bool portOk = false;
        bool stateOk = false;
        bool inodeOk = false;
        const uint localPort = local.mid(colon + 1).toUInt(&portOk, 16);
        const int state = fields.at(3).toInt(&stateOk, 16);
        const quint64 inode = fields.at(9).toULongLong(&inodeOk);
        if (portOk && stateOk && inodeOk && localPort == port && state == ListenState && inode != 0)
            inodes.append(inode);
    }
    return inodes;
}

QString PortHolder::describe(quint16 port)
{
    const QPair<QString, QString> holder = find(port);
    return holder.first.isEmpty() ? QString()
                                  : QStringLiteral("%1 (PID %2)").arg(holder.first, holder.second);
}

QString PortHolder::programName(quint16 port)
{
    return find(port).first;
}

QPair<QString, QString> PortHolder::find(quint16 port)
{
#ifdef Q_OS_LINUX
    QList<quint64> inodes;
    for (const char *tablePath : { "/proc/net/tcp", "/proc/net/tcp6" }) {
        QFile table(QString::fromLatin1(tablePath));
        if (table.open(QIODevice::ReadOnly))
            inodes += listeningInodes(table.readAll(), port);
    }
    if (inodes.isEmpty())
        return {};
    QList<QByteArray> wanted;
    for (quint64 inode : inodes)
        wanted.append("socket:[" + QByteArray::number(inode) + ']');

    const QDir proc(QStringLiteral("/proc"));
    const QStringList pids = proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool isPid = false;
        pid.toUInt(&isPid);
        if (!isPid)
            continue;
        const QDir fdDir(QStringLiteral("/proc/%1/fd").arg(pid));
        const QStringList fds = fdDir.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &fd : fds) {
            const QByteArray link = QFile::encodeName(fdDir.filePath(fd));
            char target[64] = {};
            const ssize_t length = ::readlink(link.constData(), target, sizeof(target) - 1);
            if (length <= 0 || !wanted.contains(QByteArray(target, length)))
                continue;
            QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
            QString name;
            if (comm.open(QIODevice::ReadOnly))
                name = QString::fromLocal8Bit(comm.readAll()).trimmed();
            if (name.isEmpty())
                name = QStringLiteral("?");
            return { name, pid };
        }
    }
    return {};
#else
    Q_UNUSED(port);
    return {};
#endif
}

} // namespace Skybeam
