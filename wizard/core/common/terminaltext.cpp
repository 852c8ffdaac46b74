#include "common/terminaltext.h"

#include <algorithm>

namespace Skybeam::TerminalText {

bool isUnsafe(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u'\t' || u == u'\n')
        return false;
    return u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f);
}

QString sanitized(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), isUnsafe))
        return text;
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!isUnsafe(c))
            result.append(c);
    }
    return result;
}

} // namespace Skybeam::TerminalText
