#include "viewer/videodraglabel.h"

#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>

namespace Skybeam {

VideoDragLabel::VideoDragLabel(QWidget *parent)
    : QLabel(parent)
{
    setCursor(Qt::OpenHandCursor);
    setFrameShape(QFrame::StyledPanel);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(8);
}

void VideoDragLabel::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressPosition = event->position().toPoint();
    QLabel::mousePressEvent(event);
}

void VideoDragLabel::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || !m_source
        || (event->position().toPoint() - m_pressPosition).manhattanLength()
            < QApplication::startDragDistance()) {
        QLabel::mouseMoveEvent(event);
        return;
    }
    QMimeData *mime = m_source();
    if (!mime)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->setPixmap(grab());
    drag->exec(Qt::CopyAction | Qt::LinkAction, Qt::CopyAction);
}

} // namespace Skybeam
