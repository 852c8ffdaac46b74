#pragma once

#include <QColor>
#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace Skybeam {

/// Highlights a caption for review: hashtags and @mentions in the palette's link colour, and every
/// character past TikTok's limit on a warning background. GUI thread; owned by its document.
class CaptionHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptionHighlighter)

public:
    CaptionHighlighter(QTextDocument *document, int limit);

    void setColors(const QColor &tagColor, const QColor &overflowBackground);

protected:
    void highlightBlock(const QString &text) override;

private:
    int m_limit;
    QColor m_tagColor;
    QColor m_overflowBackground;
    QRegularExpression m_tags;
};

} // namespace Skybeam
