#include "fuzzsupport.h"

#include <QList>
#include <QtGlobal>

namespace SkybeamFuzz {

namespace {

void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
        std::abort();
    }
}

} // namespace

void silenceQtMessages()
{
    qInstallMessageHandler(quietHandler);
}

QList<QByteArray> splitInput(const QByteArray &input, const QByteArray &separator, int maxParts)
{
    QList<QByteArray> parts;
    qsizetype from = 0;
    while (parts.size() < maxParts - 1) {
        const qsizetype at = input.indexOf(separator, from);
        if (at < 0)
            break;
        parts.append(input.mid(from, at - from));
        from = at + separator.size();
    }
    parts.append(input.mid(from));
    return parts;
}

} // namespace SkybeamFuzz
