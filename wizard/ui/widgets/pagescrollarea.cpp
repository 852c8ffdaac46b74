#include "widgets/pagescrollarea.h"

namespace Skybeam {

PageScrollArea::PageScrollArea(QWidget *content, QWidget *parent)
    : QScrollArea(parent)
    , m_pendingContent(content)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::NoFocus);
    viewport()->setBackgroundRole(QPalette::Window);
    content->setBackgroundRole(QPalette::Window);
    // Owned and found (findChild) from now on; QScrollArea::setWidget() lays it out, so that waits for
    // the first show. Hidden explicitly until then, so that showing this area does not show it early.
    content->setParent(viewport());
    content->hide();
}

void PageScrollArea::showEvent(QShowEvent *event)
{
    if (m_pendingContent) {
        setWidget(m_pendingContent); // shows it
        m_pendingContent.clear();
    }
    QScrollArea::showEvent(event);
}

} // namespace Skybeam
