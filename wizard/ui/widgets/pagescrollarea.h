#pragma once

#include <QScrollArea>

namespace Skybeam {

/// Holds a wizard page's content so that it stays usable when it does not fit (large fonts, 200%
/// scaling, small screens): frameless, resizing its content, scrolling only when needed.
class PageScrollArea final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageScrollArea)

public:
    /// Takes ownership of `content`.
    explicit PageScrollArea(QWidget *content, QWidget *parent = nullptr);
};

} // namespace Skybeam
