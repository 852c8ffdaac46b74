#include "widgets/busyindicator.h"

#include <QPainter>
#include <QTimer>

namespace Skybeam {

namespace {

constexpr int Spokes = 12;

} // namespace

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("busyIndicator"));
    setAccessibleName(tr("Working"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Takes no room while nothing is under way.
    hide();
    m_timer->setInterval(80);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_step = (m_step + 1) % Spokes;
        update();
    });
}

void BusyIndicator::setRunning(bool running)
{
    m_running = running;
    setVisible(running);
    updateTimer();
    update();
}

QSize BusyIndicator::sizeHint() const
{
    const int side = fontMetrics().height() * 2;
    return { side, side };
}

void BusyIndicator::paintEvent(QPaintEvent *)
{
    if (!m_running)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(width(), height());
    painter.translate(width() / 2.0, height() / 2.0);
    QColor color = palette().color(QPalette::Highlight);
    QPen pen(color, side / 10.0, Qt::SolidLine, Qt::RoundCap);
    for (int i = 0; i < Spokes; ++i) {
        const int age = (m_step - i + Spokes) % Spokes;
        color.setAlphaF(1.0 - 0.8 * age / Spokes);
        pen.setColor(color);
        painter.setPen(pen);
        painter.save();
        painter.rotate(360.0 * i / Spokes);
        painter.drawLine(QPointF(0, side * 0.22), QPointF(0, side * 0.42));
        painter.restore();
    }
}

void BusyIndicator::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateTimer();
}

void BusyIndicator::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateTimer();
}

void BusyIndicator::updateTimer()
{
    if (m_running && isVisible())
        m_timer->start();
    else
        m_timer->stop();
}

} // namespace Skybeam
