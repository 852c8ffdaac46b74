#include "widgets/commandlinkbutton.h"

#include <QIcon>

namespace Skybeam {

namespace {

/// How many widths the heights are kept for: a layout asks at a few widths at most.
constexpr int keptHeights = 4;

} // namespace

CommandLinkButton::CommandLinkButton(const QString &text, const QString &description, QWidget *parent)
    : QCommandLinkButton(text, description, parent)
{
}

bool CommandLinkButton::Inputs::operator==(const Inputs &other) const
{
    return text == other.text && description == other.description && font == other.font
        && iconSize == other.iconSize && iconKey == other.iconKey && style == other.style
        && menu == other.menu && isDefault == other.isDefault && autoDefault == other.autoDefault
        && flat == other.flat;
}

void CommandLinkButton::forgetIfChanged() const
{
    Inputs now { text(), description(), font(), iconSize(), icon().cacheKey(), style(), menu(), isDefault(),
        autoDefault(), isFlat() };
    if (now == m_inputs)
        return;
    m_inputs = std::move(now);
    m_sizeHint = QSize();
    m_heights.clear();
}

QSize CommandLinkButton::sizeHint() const
{
    forgetIfChanged();
    if (!m_sizeHint.isValid())
        m_sizeHint = QCommandLinkButton::sizeHint();
    return m_sizeHint;
}

int CommandLinkButton::heightForWidth(int width) const
{
    forgetIfChanged();
    for (const auto &[keptWidth, height] : m_heights) {
        if (keptWidth == width)
            return height;
    }
    const int height = QCommandLinkButton::heightForWidth(width);
    if (m_heights.size() == keptHeights)
        m_heights.remove(0);
    m_heights.append({ width, height });
    return height;
}

} // namespace Skybeam
