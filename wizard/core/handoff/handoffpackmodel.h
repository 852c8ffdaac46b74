#pragma once

#include "common/error.h"
#include "handoff/handoffpack.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QStringList>

class QUrl;

namespace Skybeam {

class HandoffScanner;
class PostedStateStore;

/// The handoff packs as a list model, one row per pack, in the order the scanner delivered them (a
/// HandoffFilterModel sorts and filters). Rows carry everything a view shows through the roles below;
/// dragging rows out gives the video as a file URL (`text/uri-list`) and the caption as `text/plain`.
/// Posted marks come from a PostedStateStore it does not own. GUI-thread object; QtCore only, so it is
/// testable without a display.
class HandoffPackModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffPackModel)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        PathRole,
        HeadlineRole,
        CaptionRole,
        CaptionLengthRole,
        CreatedRole,
        TotalSizeRole,
        VideoFileNameRole,
        VideoSizeRole,
        VideoUrlRole,
        DurationRole,
        ResolutionRole,
        ThumbnailPathRole,
        SignatureRole,
        HealthRole,
        ProblemsRole,
        PostedRole,
        PostedAtRole,
    };
    Q_ENUM(Role)

    /// `store` must outlive the model; it is not loaded here.
    explicit HandoffPackModel(PostedStateStore *store, QObject *parent = nullptr);

    /// Applies what `scanner` reports (added, changed and removed packs) from now on.
    void follow(HandoffScanner *scanner);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    /// The pack in `row` (0 <= row < rowCount()).
    const HandoffPack &packAt(int row) const { return m_packs.at(row); }
    /// The row of `key`, or -1.
    int rowOf(const QString &key) const { return m_rows.value(key, -1); }
    QModelIndex indexOf(const QString &key) const;
    bool isPosted(int row) const;

    /// Marks the pack at `index` posted or not posted (written at once; see PostedStateStore).
    Error setPosted(const QModelIndex &index, bool posted);

    /// A `file:` URL for a native path, exact even for names that are not valid UTF-8.
    static QUrl fileUrl(const QByteArray &nativePath);

    void addPacks(const QList<Skybeam::HandoffPack> &packs);
    void updatePacks(const QList<Skybeam::HandoffPack> &packs);
    void removePacks(const QStringList &keys);
    void clear();

private:
    /// Whether `index` is a valid row of this model (quietly, unlike checkIndex()).
    bool isRow(const QModelIndex &index) const;
    void rebuildRows();
    void onPostedChanged(const QString &key);

    PostedStateStore *m_store;
    QList<HandoffPack> m_packs;
    QHash<QString, int> m_rows;
};

} // namespace Skybeam
