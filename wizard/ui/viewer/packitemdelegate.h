#pragma once

#include <QStyledItemDelegate>

namespace Skybeam {

class ThumbnailLoader;

/// Paints a handoff pack as a list row or a grid tile: thumbnail, the caption's first line, date, size
/// and duration, and badges for the status (new / posted) and for problems. Asks the ThumbnailLoader for
/// thumbnails while painting, so only rows on screen load theirs. Colours come from the palette, except
/// the problem badges. GUI thread; does not own the loader.
class PackItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackItemDelegate)

public:
    enum class Layout { List, Grid };

    /// The thumbnail size decoded for every pack (grid tiles show it as is; list rows scale it down).
    static QSize thumbnailSize();
    /// A grid tile's size, without spacing.
    static QSize tileSize();

    PackItemDelegate(ThumbnailLoader *loader, QObject *parent = nullptr);

    void setLayout(Layout layout) { m_layout = layout; }
    Layout layout() const { return m_layout; }

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintThumbnail(QPainter *painter, const QRect &rect, const QModelIndex &index,
        const QPalette &palette, qreal devicePixelRatio) const;

    ThumbnailLoader *m_loader;
    Layout m_layout = Layout::List;
};

} // namespace Skybeam
