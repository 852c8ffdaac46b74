#include "viewer/captionhighlighter.h"

#include <QTextDocument>

namespace Skybeam {

CaptionHighlighter::CaptionHighlighter(QTextDocument *document, int limit)
    : QSyntaxHighlighter(document)
    , m_limit(limit)
    , m_tagColor(Qt::blue)
    , m_overflowBackground(QColor(0xFF, 0xCD, 0xD2))
    , m_tags(
          QStringLiteral("(?<![\\w#@])[#@][\\w\\x{00B7}]+"), QRegularExpression::UseUnicodePropertiesOption)
{
}

void CaptionHighlighter::setColors(const QColor &tagColor, const QColor &overflowBackground)
{
    m_tagColor = tagColor;
    m_overflowBackground = overflowBackground;
    rehighlight();
}

void CaptionHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat tag;
    tag.setForeground(m_tagColor);
    tag.setFontWeight(QFont::Bold);
    for (auto it = m_tags.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), tag);
    }
    // Document positions count UTF-16 units and one per line break, as TikTok counts the caption.
    const int blockStart = currentBlock().position();
    if (blockStart + text.size() > m_limit) {
        const int from = qMax(0, m_limit - blockStart);
        for (int i = from; i < text.size(); ++i) {
            QTextCharFormat overflow = format(i);
            overflow.setBackground(m_overflowBackground);
            setFormat(i, 1, overflow);
        }
    }
}

} // namespace Skybeam
