#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Skybeam {

class HandoffPackModel;

/// Sorts and filters a HandoffPackModel for the viewer: search words (all must occur, case-insensitive,
/// in the caption, the title, the folder or the video name), a status filter, and newest, oldest or name
/// order. Compares packs directly rather than through QVariant, so 10,000 rows sort quickly. GUI-thread
/// object; does not own the source model.
class HandoffFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffFilterModel)

public:
    enum class StatusFilter { All, New, Posted, Problems };
    Q_ENUM(StatusFilter)
    enum class SortKey { Newest, Oldest, Name };
    Q_ENUM(SortKey)

    explicit HandoffFilterModel(HandoffPackModel *source, QObject *parent = nullptr);

    HandoffPackModel *packModel() const { return m_source; }

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_statusFilter; }
    void setSortKey(SortKey key);
    SortKey sortKey() const { return m_sortKey; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    HandoffPackModel *m_source;
    QString m_searchText;
    QStringList m_words;
    StatusFilter m_statusFilter = StatusFilter::All;
    SortKey m_sortKey = SortKey::Newest;
};

} // namespace Skybeam
