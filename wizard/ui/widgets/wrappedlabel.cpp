#include "widgets/wrappedlabel.h"

#include <QPixmap>

namespace Skybeam {

namespace {

/// How many widths the heights are kept for: a layout asks at a few widths at most.
constexpr int keptHeights = 4;

} // namespace

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
}

bool WrappedLabel::Inputs::operator==(const Inputs &other) const
{
    return text == other.text && font == other.font && contentsMargins == other.contentsMargins
        && minimumSize == other.minimumSize && style == other.style && buddy == other.buddy
        && pixmapKey == other.pixmapKey && textFormat == other.textFormat && alignment == other.alignment
        && interaction == other.interaction && margin == other.margin && indent == other.indent
        && frameWidth == other.frameWidth && direction == other.direction && wordWrap == other.wordWrap;
}

int WrappedLabel::heightForWidth(int width) const
{
    Inputs now { text(), font(), contentsMargins(), minimumSize(), style(), buddy(), pixmap().cacheKey(),
        int(textFormat()), int(alignment()), int(textInteractionFlags()), margin(), indent(), frameWidth(),
        int(layoutDirection()), wordWrap() };
    if (!(now == m_inputs)) {
        m_inputs = std::move(now);
        m_heights.clear();
    }
    for (const auto &[keptWidth, height] : m_heights) {
        if (keptWidth == width)
            return height;
    }
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() == keptHeights)
        m_heights.remove(0);
    m_heights.append({ width, height });
    return height;
}

} // namespace Skybeam
