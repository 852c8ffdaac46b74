#pragma once

#include "common/browserlauncher.h"
#include "common/roxypaths.h"
#include "posting/postingoverview.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace Skybeam {

class HandoffFilterModel;
class HandoffPackModel;
class HandoffScanner;
class PackDetailsPane;
class PackItemDelegate;
class PostedStateStore;
class ThumbnailLoader;

/// The handoff-pack viewer: every upload pack of an exports folder in a list or grid (search, status
/// filter, sort), the selected pack's details, drag-to-upload (the video as a file URL plus the caption
/// as text), a button that opens TikTok's upload page, Mark as posted, Send to TikTok, each pack's post as
/// the publish journal knows it with Resume for an interrupted one, and the pending-inbox ledger. Esc and
/// Ctrl+W close it when it is a window of its own. Packs appear, change and go
/// away by themselves while it is open. Use it embedded in another window or on its own:
///
///     auto *viewer = new Skybeam::HandoffViewer(session.paths());
///     viewer->setAttribute(Qt::WA_DeleteOnClose);
///     viewer->show();
///
/// Reading packs and decoding thumbnails happen off the GUI thread. Posted marks are written to
/// RoxyPaths::stateDir(), never into the publisher's folders. GUI-thread widget; owns its scanner, models
/// and thumbnail loader.
class HandoffViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffViewer)

public:
    enum class ViewMode { List, Grid };
    Q_ENUM(ViewMode)

    /// Puts text on the clipboard.
    using ClipboardWriter = std::function<void(const QString &text)>;

    /// The viewer of `paths.exportsDir()`.
    explicit HandoffViewer(const RoxyPaths &paths, QWidget *parent = nullptr);
    /// The viewer of `exportsDir` (e.g. `skybeam-setup packs DIR`); posted marks still live under `paths`.
    HandoffViewer(const RoxyPaths &paths, const QString &exportsDir, QWidget *parent = nullptr);
    ~HandoffViewer() override;

    /// TikTok's web upload page.
    static QUrl uploadPageUrl();

    /// Replaces QDesktopServices::openUrl for the upload page and folders (tests, or a wizard with its own
    /// browser handling).
    void setBrowserOpener(BrowserOpener opener);
    /// Replaces QGuiApplication::clipboard()->setText().
    void setClipboardWriter(ClipboardWriter writer);

    QString exportsDir() const { return m_exportsDir; }
    void setViewMode(ViewMode mode);
    ViewMode viewMode() const { return m_viewMode; }
    /// Selects the pack with `key`; false when it is not shown.
    bool selectPack(const QString &key);
    QString currentKey() const;

    HandoffPackModel *packModel() const { return m_model; }
    HandoffFilterModel *filterModel() const { return m_filter; }
    HandoffScanner *scanner() const { return m_scanner; }
    ThumbnailLoader *thumbnailLoader() const { return m_loader; }

Q_SIGNALS:
    /// The packs present at start are all in the model (`count` of them).
    void packsLoaded(int count);

private:
    void buildUi();
    void connectUi();
    void showCurrent();
    /// After loading or filtering, selects the first pack shown when none is selected.
    void selectFirstIfNone();
    void updateEmptyState();
    void openUploadPage();
    void copyCaption();
    void markPosted(bool posted);
    void revealFolder();
    /// Opens Send to TikTok for the pack shown; `resume` continues its interrupted post at once.
    void sendToTikTok(bool resume);
    /// Re-reads the publish journal and the pending-inbox ledger, and shows them.
    void showPosting();

    RoxyPaths m_paths;
    QString m_exportsDir;
    BrowserOpener m_browserOpener;
    ClipboardWriter m_clipboardWriter;
    ViewMode m_viewMode = ViewMode::List;

    PostedStateStore *m_store;
    HandoffPackModel *m_model;
    HandoffFilterModel *m_filter;
    HandoffScanner *m_scanner;
    ThumbnailLoader *m_loader;
    PackItemDelegate *m_delegate;

    QLineEdit *m_searchEdit = nullptr;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QComboBox *m_sortCombo = nullptr;
    QToolButton *m_listButton = nullptr;
    QToolButton *m_gridButton = nullptr;
    QButtonGroup *m_viewButtons = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_uploadButton = nullptr;
    QLabel *m_uploadHintLabel = nullptr;
    QLabel *m_uploadLinkLabel = nullptr;
    QPushButton *m_copyLinkButton = nullptr;
    QLabel *m_uploadMessageLabel = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QListView *m_listView = nullptr;
    QLabel *m_emptyLabel = nullptr;
    PackDetailsPane *m_details = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLabel *m_pendingInboxLabel = nullptr;
    PostingOverview m_posting;
};

} // namespace Skybeam
