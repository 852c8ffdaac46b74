#include "viewer/packitemdelegate.h"

#include "handoff/handoffpack.h"
#include "handoff/handoffpackmodel.h"
#include "viewer/packformat.h"
#include "viewer/thumbnailloader.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Skybeam {

namespace {

constexpr int Padding = 8;
constexpr int ListThumbnailHeight = 84;

QColor brokenColor()
{
    return QColor(0xC6, 0x28, 0x28);
}

QColor warningColor()
{
    return QColor(0xB2, 0x5F, 0x00);
}

// Draws a rounded badge with its right edge at `right` (or left edge at `left` when right < 0); returns
// its rectangle.
QRect drawBadge(QPainter *painter, const QFont &font, const QString &text, const QColor &background,
    const QColor &foreground, int left, int right, int top)
{
    QFont badgeFont = font;
    badgeFont.setBold(true);
    badgeFont.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics metrics(badgeFont);
    const int width = metrics.horizontalAdvance(text) + 12;
    const int height = metrics.height() + 4;
    const QRect rect(right >= 0 ? right - width : left, top, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(rect, height / 2.0, height / 2.0);
    painter->setFont(badgeFont);
    painter->setPen(foreground);
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
    return rect;
}

struct Badge
{
    QString text;
    QColor background;
    QColor foreground;
};

QList<Badge> badgesFor(const QModelIndex &index, const QPalette &palette)
{
    QList<Badge> badges;
    const auto health = HandoffPack::Health(index.data(HandoffPackModel::HealthRole).toInt());
    if (health == HandoffPack::Health::Broken)
        //: Badge on a pack that cannot be uploaded as it is.
        badges.append(
            { QCoreApplication::translate("Skybeam::PackItemDelegate", "Broken"), brokenColor(), Qt::white });
    else if (health == HandoffPack::Health::Warning)
        //: Badge on a pack with a problem worth a look (e.g. a caption that is too long).
        badges.append(
            { QCoreApplication::translate("Skybeam::PackItemDelegate", "Check"), warningColor(), Qt::white });
    if (index.data(HandoffPackModel::PostedRole).toBool())
        badges.append({ QCoreApplication::translate("Skybeam::PackItemDelegate", "Posted"),
            palette.color(QPalette::Mid), palette.color(QPalette::BrightText) });
    else
        //: Badge on a pack not yet marked as posted.
        badges.append({ QCoreApplication::translate("Skybeam::PackItemDelegate", "New"),
            palette.color(QPalette::Highlight), palette.color(QPalette::HighlightedText) });
    return badges;
}

// Date, duration and size for a list row; a tile has room for the day and the duration only.
QString factsLine(const QModelIndex &index, PackItemDelegate::Layout layout)
{
    const QDateTime created = index.data(HandoffPackModel::CreatedRole).toDateTime();
    const bool grid = layout == PackItemDelegate::Layout::Grid;
    QStringList parts { grid ? PackFormat::day(created) : PackFormat::date(created) };
    const qint64 duration = index.data(HandoffPackModel::DurationRole).toLongLong();
    if (duration >= 0)
        parts.append(PackFormat::duration(duration));
    if (!grid)
        parts.append(PackFormat::size(index.data(HandoffPackModel::TotalSizeRole).toLongLong()));
    return parts.join(QStringLiteral("  ·  "));
}

} // namespace

QSize PackItemDelegate::thumbnailSize()
{
    return QSize(144, 256);
}

QSize PackItemDelegate::tileSize()
{
    const QFontMetrics metrics(QApplication::font());
    return QSize(
        thumbnailSize().width() + 2 * Padding, thumbnailSize().height() + 3 * Padding + 2 * metrics.height());
}

PackItemDelegate::PackItemDelegate(ThumbnailLoader *loader, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_loader(loader)
{
}

QSize PackItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    if (m_layout == Layout::Grid)
        return tileSize();
    const int textHeight = 3 * option.fontMetrics.height() + 8;
    return QSize(320, qMax(ListThumbnailHeight, textHeight) + 2 * Padding);
}

void PackItemDelegate::paintThumbnail(QPainter *painter, const QRect &rect, const QModelIndex &index,
    const QPalette &palette, qreal devicePixelRatio) const
{
    const QByteArray path = index.data(HandoffPackModel::ThumbnailPathRole).toByteArray();
    const quint64 signature = index.data(HandoffPackModel::SignatureRole).toULongLong();
    const QPixmap pixmap = m_loader->thumbnail(path, signature, thumbnailSize() * devicePixelRatio);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath clip;
    clip.addRoundedRect(rect, 6, 6);
    painter->setClipPath(clip);
    painter->fillRect(rect, palette.color(QPalette::Mid));
    if (!pixmap.isNull()) {
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        const QSize fitted = pixmap.size().scaled(rect.size(), Qt::KeepAspectRatioByExpanding);
        QRect target(QPoint(0, 0), fitted);
        target.moveCenter(rect.center());
        painter->drawPixmap(target, pixmap);
    } else {
        // A play sign stands in while the thumbnail loads, or when the pack has none.
        const int side = qMin(rect.width(), rect.height()) / 3;
        const QPointF center = QRectF(rect).center();
        QPainterPath triangle;
        triangle.moveTo(center.x() - side / 3.0, center.y() - side / 2.0);
        triangle.lineTo(center.x() + side / 2.0, center.y());
        triangle.lineTo(center.x() - side / 3.0, center.y() + side / 2.0);
        triangle.closeSubpath();
        painter->fillPath(triangle, palette.color(QPalette::Midlight));
    }
    painter->restore();
}

void PackItemDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background(option);
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette &palette = option.palette;
    const QColor textColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondaryColor = textColor;
    secondaryColor.setAlphaF(0.7f);
    const qreal ratio = widget ? widget->devicePixelRatioF() : 1.0;
    const QRect rect = option.rect.adjusted(Padding, Padding, -Padding, -Padding);
    const QString headline = index.data(HandoffPackModel::HeadlineRole).toString();
    const QList<Badge> badges = badgesFor(index, palette);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);

    painter->save();
    if (m_layout == Layout::Grid) {
        // In icon mode the style highlights only the (empty) text and icon areas: highlight the tile.
        if (selected) {
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(palette.color(QPalette::Highlight));
            painter->drawRoundedRect(QRectF(option.rect).adjusted(2, 2, -2, -2), 8, 8);
        }
        const QRect thumbnail(rect.left() + (rect.width() - thumbnailSize().width()) / 2, rect.top(),
            thumbnailSize().width(), thumbnailSize().height());
        paintThumbnail(painter, thumbnail, index, palette, ratio);
        int left = thumbnail.left() + 6;
        for (const Badge &badge : badges)
            left = drawBadge(painter, option.font, badge.text, badge.background, badge.foreground, left, -1,
                       thumbnail.top() + 6)
                       .right()
                + 4;
        QRect text(rect.left(), thumbnail.bottom() + Padding, rect.width(), boldMetrics.height());
        painter->setFont(bold);
        painter->setPen(textColor);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
            boldMetrics.elidedText(headline, Qt::ElideRight, text.width()));
        text.translate(0, boldMetrics.height());
        painter->setFont(option.font);
        painter->setPen(secondaryColor);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(factsLine(index, m_layout), Qt::ElideRight, text.width()));
        painter->restore();
        return;
    }

    const int thumbnailWidth = ListThumbnailHeight * 9 / 16;
    const QRect thumbnail(rect.left(), rect.top() + (rect.height() - ListThumbnailHeight) / 2, thumbnailWidth,
        ListThumbnailHeight);
    paintThumbnail(painter, thumbnail, index, palette, ratio);
    int right = rect.right();
    for (qsizetype i = badges.size() - 1; i >= 0; --i) {
        const Badge &badge = badges.at(i);
        right = drawBadge(painter, option.font, badge.text, badge.background, badge.foreground, 0, right,
                    rect.top())
                    .left()
            - 4;
    }
    const int textLeft = thumbnail.right() + 1 + Padding + 4;
    QRect line(textLeft, rect.top(), right - textLeft - Padding, boldMetrics.height());
    painter->setFont(bold);
    painter->setPen(textColor);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(headline, Qt::ElideRight, line.width()));
    line = QRect(textLeft, line.bottom() + 5, rect.right() - textLeft, option.fontMetrics.height());
    painter->setFont(option.font);
    painter->setPen(secondaryColor);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
        option.fontMetrics.elidedText(factsLine(index, m_layout), Qt::ElideRight, line.width()));
    const QStringList problems = index.data(HandoffPackModel::ProblemsRole).toStringList();
    line.translate(0, option.fontMetrics.height() + 2);
    if (!problems.isEmpty()) {
        const auto health = HandoffPack::Health(index.data(HandoffPackModel::HealthRole).toInt());
        painter->setPen(
            selected ? textColor : (health == HandoffPack::Health::Broken ? brokenColor() : warningColor()));
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(problems.first(), Qt::ElideRight, line.width()));
    } else {
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(
                index.data(HandoffPackModel::NameRole).toString(), Qt::ElideMiddle, line.width()));
    }
    painter->restore();
}

} // namespace Skybeam
