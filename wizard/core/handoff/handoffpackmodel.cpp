#include "handoff/handoffpackmodel.h"

#include "handoff/handoffscanner.h"
#include "handoff/postedstatestore.h"

#include <QMimeData>
#include <QSize>
#include <QUrl>

#include <algorithm>

namespace Skybeam {

HandoffPackModel::HandoffPackModel(PostedStateStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(m_store, &PostedStateStore::postedChanged, this, &HandoffPackModel::onPostedChanged);
}

bool HandoffPackModel::isRow(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.column() == 0
        && index.row() < m_packs.size();
}

void HandoffPackModel::follow(HandoffScanner *scanner)
{
    connect(scanner, &HandoffScanner::packsAdded, this, &HandoffPackModel::addPacks);
    connect(scanner, &HandoffScanner::packsChanged, this, &HandoffPackModel::updatePacks);
    connect(scanner, &HandoffScanner::packsRemoved, this, &HandoffPackModel::removePacks);
}

int HandoffPackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_packs.size());
}

QVariant HandoffPackModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    const HandoffPack &pack = m_packs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case HeadlineRole:
        return pack.headline();
    case Qt::ToolTipRole:
        return pack.problems.isEmpty() ? pack.path() : pack.problems.join(QLatin1Char('\n'));
    case KeyRole:
        return pack.key;
    case NameRole:
        return pack.name;
    case PathRole:
        return pack.path();
    case CaptionRole:
        return pack.caption;
    case CaptionLengthRole:
        return pack.captionLength();
    case CreatedRole:
        return pack.created;
    case TotalSizeRole:
        return pack.totalSize;
    case VideoFileNameRole:
        return pack.videoFileName;
    case VideoSizeRole:
        return pack.videoSize;
    case VideoUrlRole:
        return pack.videoNativePath.isEmpty() ? QUrl() : fileUrl(pack.videoNativePath);
    case DurationRole:
        return pack.video.durationMs;
    case ResolutionRole:
        return pack.video.hasResolution() ? QSize(pack.video.width, pack.video.height) : QSize();
    case ThumbnailPathRole:
        return pack.thumbnailNativePath;
    case SignatureRole:
        return pack.signature;
    case HealthRole:
        return int(pack.health);
    case ProblemsRole:
        return pack.problems;
    case PostedRole:
        return m_store->isPosted(pack.key);
    case PostedAtRole:
        return m_store->postedAt(pack.key);
    default:
        return {};
    }
}

Qt::ItemFlags HandoffPackModel::flags(const QModelIndex &index) const
{
    if (!isRow(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_packs.at(index.row()).videoNativePath.isEmpty())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QHash<int, QByteArray> HandoffPackModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(NameRole, "name");
    names.insert(PathRole, "path");
    names.insert(HeadlineRole, "headline");
    names.insert(CaptionRole, "caption");
    names.insert(CaptionLengthRole, "captionLength");
    names.insert(CreatedRole, "created");
    names.insert(TotalSizeRole, "totalSize");
    names.insert(VideoFileNameRole, "videoFileName");
    names.insert(VideoSizeRole, "videoSize");
    names.insert(VideoUrlRole, "videoUrl");
    names.insert(DurationRole, "durationMs");
    names.insert(ResolutionRole, "resolution");
    names.insert(ThumbnailPathRole, "thumbnailPath");
    names.insert(SignatureRole, "signature");
    names.insert(HealthRole, "health");
    names.insert(ProblemsRole, "problems");
    names.insert(PostedRole, "posted");
    names.insert(PostedAtRole, "postedAt");
    return names;
}

QStringList HandoffPackModel::mimeTypes() const
{
    return { QStringLiteral("text/uri-list"), QStringLiteral("text/plain") };
}

QMimeData *HandoffPackModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (isRow(index) && !rows.contains(index.row()) && !m_packs.at(index.row()).videoNativePath.isEmpty())
            rows.append(index.row());
    }
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    QList<QUrl> urls;
    QStringList captions;
    for (int row : std::as_const(rows)) {
        const HandoffPack &pack = m_packs.at(row);
        urls.append(fileUrl(pack.videoNativePath));
        if (!pack.caption.isEmpty())
            captions.append(pack.caption);
    }
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    mime->setText(captions.join(QStringLiteral("\n\n")));
    return mime;
}

Qt::DropActions HandoffPackModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

QModelIndex HandoffPackModel::indexOf(const QString &key) const
{
    const int row = rowOf(key);
    return row < 0 ? QModelIndex() : index(row);
}

bool HandoffPackModel::isPosted(int row) const
{
    return m_store->isPosted(m_packs.at(row).key);
}

Error HandoffPackModel::setPosted(const QModelIndex &index, bool posted)
{
    if (!isRow(index))
        return Error(ErrorCode::Handoff::NoPack, tr("No pack is selected."));
    const HandoffPack &pack = m_packs.at(index.row());
    if (posted && !pack.canBeMarkedPosted())
        return Error(ErrorCode::Handoff::BrokenPack,
            tr("This pack is broken (see its problems), so it cannot have been posted; it is not marked."));
    return m_store->setPosted(pack.key, posted);
}

QUrl HandoffPackModel::fileUrl(const QByteArray &nativePath)
{
    return QUrl::fromEncoded(
        QByteArrayLiteral("file://") + nativePath.toPercentEncoding("/"), QUrl::StrictMode);
}

void HandoffPackModel::addPacks(const QList<HandoffPack> &packs)
{
    QList<HandoffPack> fresh;
    QList<HandoffPack> known;
    for (const HandoffPack &pack : packs)
        (m_rows.contains(pack.key) ? known : fresh).append(pack);
    if (!known.isEmpty())
        updatePacks(known);
    if (fresh.isEmpty())
        return;
    const int first = int(m_packs.size());
    beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
    m_packs.reserve(m_packs.size() + fresh.size());
    for (HandoffPack &pack : fresh) {
        m_rows.insert(pack.key, int(m_packs.size()));
        m_packs.append(std::move(pack));
    }
    endInsertRows();
}

void HandoffPackModel::updatePacks(const QList<HandoffPack> &packs)
{
    QList<HandoffPack> fresh;
    for (const HandoffPack &pack : packs) {
        const int row = rowOf(pack.key);
        if (row < 0) {
            fresh.append(pack);
            continue;
        }
        m_packs[row] = pack;
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed);
    }
    if (!fresh.isEmpty())
        addPacks(fresh);
}

void HandoffPackModel::removePacks(const QStringList &keys)
{
    QList<int> rows;
    for (const QString &key : keys) {
        const int row = rowOf(key);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    if (rows.size() == m_packs.size()) {
        clear();
        return;
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Remove contiguous runs from the bottom up, so earlier rows keep their numbers meanwhile.
    for (qsizetype i = 0; i < rows.size();) {
        const int last = rows.at(i);
        int first = last;
        qsizetype j = i + 1;
        while (j < rows.size() && rows.at(j) == first - 1)
            first = rows.at(j++);
        beginRemoveRows(QModelIndex(), first, last);
        m_packs.remove(first, last - first + 1);
        endRemoveRows();
        i = j;
    }
    rebuildRows();
}

void HandoffPackModel::clear()
{
    if (m_packs.isEmpty())
        return;
    beginResetModel();
    m_packs.clear();
    m_rows.clear();
    endResetModel();
}

void HandoffPackModel::rebuildRows()
{
    m_rows.clear();
    m_rows.reserve(m_packs.size());
    for (int row = 0; row < m_packs.size(); ++row)
        m_rows.insert(m_packs.at(row).key, row);
}

void HandoffPackModel::onPostedChanged(const QString &key)
{
    const QModelIndex changed = indexOf(key);
    if (changed.isValid())
        Q_EMIT dataChanged(changed, changed, { PostedRole, PostedAtRole });
}

} // namespace Skybeam
