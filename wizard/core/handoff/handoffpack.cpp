#include "handoff/handoffpack.h"

#include <QStringDecoder>

namespace Skybeam {

namespace {

bool isValidUtf8(const QByteArray &bytes, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

QString HandoffPack::headline() const
{
    QString line = title.isEmpty() ? name : title;
    for (QStringView candidate : QStringView(caption).split(QLatin1Char('\n'))) {
        const QStringView trimmed = candidate.trimmed();
        if (!trimmed.isEmpty()) {
            line = trimmed.toString();
            break;
        }
    }
    if (line.size() > MaxHeadlineLength)
        line = line.left(MaxHeadlineLength - 1).trimmed() + QChar(0x2026);
    return line;
}

QString HandoffPack::keyForName(const QByteArray &nativeName)
{
    QString text;
    if (isValidUtf8(nativeName, &text) && !nativeName.contains('%'))
        return text;
    return QString::fromLatin1(nativeName.toPercentEncoding());
}

QByteArray HandoffPack::nameForKey(const QString &key)
{
    if (key.contains(QLatin1Char('%')))
        return QByteArray::fromPercentEncoding(key.toLatin1());
    return key.toUtf8();
}

QString HandoffPack::displayName(const QByteArray &nativeName)
{
    QString text;
    isValidUtf8(nativeName, &text);
    return text;
}

} // namespace Skybeam
