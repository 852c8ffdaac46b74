#include "handoff/handofffiltermodel.h"

#include "handoff/handoffpackmodel.h"

namespace Skybeam {

HandoffFilterModel::HandoffFilterModel(HandoffPackModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

void HandoffFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void HandoffFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_statusFilter)
        return;
    m_statusFilter = filter;
    invalidateFilter();
}

void HandoffFilterModel::setSortKey(SortKey key)
{
    if (key == m_sortKey)
        return;
    m_sortKey = key;
    invalidate();
    sort(0, Qt::AscendingOrder);
}

bool HandoffFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const HandoffPack &pack = m_source->packAt(sourceRow);
    switch (m_statusFilter) {
    case StatusFilter::All:
        break;
    case StatusFilter::New:
        if (m_source->isPosted(sourceRow))
            return false;
        break;
    case StatusFilter::Posted:
        if (!m_source->isPosted(sourceRow))
            return false;
        break;
    case StatusFilter::Problems:
        if (pack.health == HandoffPack::Health::Ok)
            return false;
        break;
    }
    for (const QString &word : m_words) {
        const bool found = pack.caption.contains(word, Qt::CaseInsensitive)
            || pack.name.contains(word, Qt::CaseInsensitive) || pack.title.contains(word, Qt::CaseInsensitive)
            || pack.videoFileName.contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

bool HandoffFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const HandoffPack &a = m_source->packAt(left.row());
    const HandoffPack &b = m_source->packAt(right.row());
    if (m_sortKey != SortKey::Name && a.created != b.created)
        return m_sortKey == SortKey::Newest ? a.created > b.created : a.created < b.created;
    const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    return a.key < b.key;
}

} // namespace Skybeam
