#include "widgets/avatarlabel.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Skybeam {

AvatarLabel::AvatarLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("avatarLabel"));
    const int side = fontMetrics().height() * 4;
    setFixedSize(side, side);
}

void AvatarLabel::setAvatar(const QByteArray &image, const QString &name)
{
    const qreal ratio = devicePixelRatioF();
    const int side = width();
    QPixmap canvas(QSize(side, side) * ratio);
    canvas.setDevicePixelRatio(ratio);
    canvas.fill(Qt::transparent);
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, side, side));
    painter.setClipPath(circle);

    QPixmap picture;
    m_hasPicture = !image.isEmpty() && picture.loadFromData(image);
    if (m_hasPicture) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawPixmap(QRect(0, 0, side, side), picture);
    } else {
        painter.fillPath(circle, palette().color(QPalette::Highlight));
        QString initials;
        for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (initials.size() < 2)
                initials.append(word.front().toUpper());
        }
        QFont font = this->font();
        font.setBold(true);
        font.setPixelSize(side * 2 / 5);
        painter.setFont(font);
        painter.setPen(palette().color(QPalette::HighlightedText));
        painter.drawText(QRect(0, 0, side, side), Qt::AlignCenter, initials);
    }
    painter.end();
    setPixmap(canvas);
    //: Accessible name of the account picture; %1 is the account's display name
    setAccessibleName(tr("Picture of %1").arg(name));
}

} // namespace Skybeam
