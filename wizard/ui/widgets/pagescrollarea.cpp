#include "widgets/pagescrollarea.h"

namespace Skybeam {

PageScrollArea::PageScrollArea(QWidget *content, QWidget *parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::NoFocus);
    viewport()->setBackgroundRole(QPalette::Window);
    content->setBackgroundRole(QPalette::Window);
    setWidget(content);
}

} // namespace Skybeam
