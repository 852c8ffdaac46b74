#include "viewer/handoffviewer.h"

#include "common/logging.h"
#include "handoff/handofffiltermodel.h"
#include "handoff/handoffpackmodel.h"
#include "handoff/handoffscanner.h"
#include "handoff/postedstatestore.h"
#include "viewer/packdetailspane.h"
#include "viewer/packitemdelegate.h"
#include "viewer/sendtotiktokdialog.h"
#include "viewer/thumbnailloader.h"
#include "widgets/announcer.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Skybeam {

HandoffViewer::HandoffViewer(const RoxyPaths &paths, QWidget *parent)
    : HandoffViewer(paths, paths.exportsDir(), parent)
{
}

HandoffViewer::HandoffViewer(const RoxyPaths &paths, const QString &exportsDir, QWidget *parent)
    : QWidget(parent)
    , m_paths(paths)
    , m_exportsDir(QDir::cleanPath(QDir(exportsDir).absolutePath()))
    , m_browserOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_clipboardWriter([](const QString &text) { QGuiApplication::clipboard()->setText(text); })
    , m_store(new PostedStateStore(PostedStateStore::defaultFilePath(paths), this))
    , m_model(new HandoffPackModel(m_store, this))
    , m_filter(new HandoffFilterModel(m_model, this))
    , m_scanner(new HandoffScanner(this))
    , m_loader(new ThumbnailLoader(this))
    , m_delegate(new PackItemDelegate(m_loader, this))
    , m_posting(paths)
{
    setObjectName(QStringLiteral("handoffViewer"));
    setWindowTitle(tr("Handoff packs - SKYBEAM TikTok Setup"));
    resize(1180, 760);
    buildUi();
    connectUi();
    const Error stateError = m_store->load();
    if (stateError.isError()) {
        m_uploadMessageLabel->setText(stateError.message());
        Announcer::alert(m_uploadMessageLabel);
    }
    m_model->follow(m_scanner);
    m_scanner->start(m_exportsDir);
    updateEmptyState();
    showPosting();
}

HandoffViewer::~HandoffViewer()
{
    // Stop the worker before the models it feeds go away.
    delete m_scanner;
    m_scanner = nullptr;
    m_listView->setModel(nullptr);
}

QUrl HandoffViewer::uploadPageUrl()
{
    return QUrl(QStringLiteral("https://www.tiktok.com/tiktokstudio/upload"));
}

void HandoffViewer::setBrowserOpener(BrowserOpener opener)
{
    m_browserOpener = std::move(opener);
}

void HandoffViewer::setClipboardWriter(ClipboardWriter writer)
{
    m_clipboardWriter = std::move(writer);
}

void HandoffViewer::buildUi()
{
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search captions, hashtags and names"));
    m_searchEdit->setAccessibleName(tr("Search packs"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);

    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    m_statusCombo->setAccessibleName(tr("Show packs"));
    m_statusCombo->addItem(tr("All packs"), int(HandoffFilterModel::StatusFilter::All));
    m_statusCombo->addItem(tr("New"), int(HandoffFilterModel::StatusFilter::New));
    m_statusCombo->addItem(tr("Posted"), int(HandoffFilterModel::StatusFilter::Posted));
    m_statusCombo->addItem(tr("With problems"), int(HandoffFilterModel::StatusFilter::Problems));

    m_sortCombo = new QComboBox(this);
    m_sortCombo->setObjectName(QStringLiteral("sortComboBox"));
    m_sortCombo->setAccessibleName(tr("Sort packs"));
    m_sortCombo->addItem(tr("Newest first"), int(HandoffFilterModel::SortKey::Newest));
    m_sortCombo->addItem(tr("Oldest first"), int(HandoffFilterModel::SortKey::Oldest));
    m_sortCombo->addItem(tr("By name"), int(HandoffFilterModel::SortKey::Name));

    m_listButton = new QToolButton(this);
    m_listButton->setObjectName(QStringLiteral("listViewToolButton"));
    m_listButton->setText(tr("List"));
    m_listButton->setAccessibleName(tr("Show as list"));
    m_listButton->setToolTip(tr("Show as list (Ctrl+1)"));
    m_listButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_gridButton = new QToolButton(this);
    m_gridButton->setObjectName(QStringLiteral("gridViewToolButton"));
    m_gridButton->setText(tr("Grid"));
    m_gridButton->setAccessibleName(tr("Show as grid"));
    m_gridButton->setToolTip(tr("Show as grid (Ctrl+2)"));
    m_gridButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_viewButtons = new QButtonGroup(this);
    for (QToolButton *button : { m_listButton, m_gridButton }) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus);
        m_viewButtons->addButton(button);
    }
    m_listButton->setChecked(true);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_searchEdit, 1);
    filters->addWidget(m_statusCombo);
    filters->addWidget(m_sortCombo);
    filters->addWidget(m_listButton);
    filters->addWidget(m_gridButton);
    filters->addWidget(m_countLabel);

    m_uploadButton = new QPushButton(tr("&Open TikTok upload page"), this);
    m_uploadButton->setObjectName(QStringLiteral("openUploadPageButton"));
    m_uploadButton->setAccessibleName(tr("Open TikTok upload page"));
    m_uploadButton->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_uploadHintLabel = new QLabel(
        tr("Then drag a pack from this list onto the upload page, and paste its caption."), this);
    m_uploadHintLabel->setObjectName(QStringLiteral("uploadHintLabel"));
    m_uploadHintLabel->setWordWrap(true);
    m_uploadLinkLabel = new QLabel(uploadPageUrl().toString(), this);
    m_uploadLinkLabel->setObjectName(QStringLiteral("uploadLinkLabel"));
    m_uploadLinkLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_uploadLinkLabel->setAccessibleName(tr("Upload page address"));
    m_uploadLinkLabel->setAccessibleDescription(m_uploadLinkLabel->text());
    m_copyLinkButton = new QPushButton(tr("Copy &link"), this);
    m_copyLinkButton->setObjectName(QStringLiteral("copyLinkButton"));
    m_copyLinkButton->setAccessibleName(tr("Copy the upload page address"));
    m_uploadMessageLabel = new QLabel(this);
    m_uploadMessageLabel->setObjectName(QStringLiteral("uploadMessageLabel"));
    m_uploadMessageLabel->setWordWrap(true);

    auto *upload = new QGridLayout;
    upload->addWidget(m_uploadButton, 0, 0);
    upload->addWidget(m_uploadHintLabel, 0, 1, 1, 3);
    upload->addWidget(m_uploadLinkLabel, 1, 1);
    upload->addWidget(m_copyLinkButton, 1, 2);
    upload->addWidget(m_uploadMessageLabel, 1, 3);
    upload->setColumnStretch(3, 1);

    m_listView = new QListView(this);
    m_listView->setObjectName(QStringLiteral("packListView"));
    m_listView->setAccessibleName(tr("Handoff packs"));
    m_listView->setModel(m_filter);
    m_listView->setItemDelegate(m_delegate);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_listStack = new QStackedWidget(this);
    m_listStack->setObjectName(QStringLiteral("listStackedWidget"));
    m_listStack->addWidget(m_listView);
    m_listStack->addWidget(m_emptyLabel);

    m_details = new PackDetailsPane(m_loader, this);
    m_details->showNothing(tr("Select a pack to see its caption, video and files."));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailsScrollArea"));
    scroll->setAccessibleName(tr("Details of the selected pack"));
    // Not a Tab stop of its own (it would come after its content): Tab walks through the details, which
    // scroll into view as they get the focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(380);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("viewerSplitter"));
    splitter->addWidget(m_listStack);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_folderLabel = new QLabel(this);
    m_folderLabel->setObjectName(QStringLiteral("folderLabel"));
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderLabel->setText(tr("Packs in %1").arg(RoxyPaths::displayPath(m_exportsDir)));
    m_pendingInboxLabel = new QLabel(this);
    m_pendingInboxLabel->setObjectName(QStringLiteral("pendingInboxLabel"));
    m_pendingInboxLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pendingInboxLabel->setWordWrap(true);
    m_pendingInboxLabel->setAccessibleName(tr("TikTok inbox uploads"));
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_folderLabel);
    footer->addWidget(m_pendingInboxLabel, 1, Qt::AlignRight);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(upload);
    layout->addWidget(splitter, 1);
    layout->addLayout(footer);

    setTabOrder(m_searchEdit, m_statusCombo);
    setTabOrder(m_statusCombo, m_sortCombo);
    setTabOrder(m_sortCombo, m_listButton);
    setTabOrder(m_listButton, m_gridButton);
    setTabOrder(m_gridButton, m_uploadButton);
    setTabOrder(m_uploadButton, m_copyLinkButton);
    setTabOrder(m_copyLinkButton, m_listView);
    setViewMode(ViewMode::List);
}

void HandoffViewer::connectUi()
{
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        m_filter->setSearchText(m_searchEdit->text().trimmed());
        selectFirstIfNone();
        updateEmptyState();
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusFilter(HandoffFilterModel::StatusFilter(m_statusCombo->currentData().toInt()));
        selectFirstIfNone();
        updateEmptyState();
    });
    connect(m_sortCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setSortKey(HandoffFilterModel::SortKey(m_sortCombo->currentData().toInt()));
        if (m_listView->currentIndex().isValid())
            m_listView->scrollTo(m_listView->currentIndex());
    });
    connect(m_listButton, &QToolButton::clicked, this, [this] { setViewMode(ViewMode::List); });
    connect(m_gridButton, &QToolButton::clicked, this, [this] { setViewMode(ViewMode::Grid); });

    connect(m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            showCurrent();
            if (current.isValid())
                m_scanner->refresh(current.data(HandoffPackModel::KeyRole).toString());
        });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            const int row = m_model->rowOf(m_details->currentKey());
            if (row >= topLeft.row() && row <= bottomRight.row())
                showCurrent();
        });
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_filter, signal, this, &HandoffViewer::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &HandoffViewer::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &HandoffViewer::updateEmptyState);
    connect(m_scanner, &HandoffScanner::initialScanFinished, this, [this](int count) {
        updateEmptyState();
        selectFirstIfNone();
        Q_EMIT packsLoaded(count);
    });
    connect(m_scanner, &HandoffScanner::folderStateChanged, this, &HandoffViewer::updateEmptyState);
    connect(m_scanner, &HandoffScanner::packRead, this,
        [this](const HandoffPack &pack) { m_details->showMetadata(pack.key, pack.metadata); });
    connect(
        m_loader, &ThumbnailLoader::thumbnailReady, m_listView->viewport(), qOverload<>(&QWidget::update));

    connect(m_uploadButton, &QPushButton::clicked, this, &HandoffViewer::openUploadPage);
    connect(m_copyLinkButton, &QPushButton::clicked, this, [this] {
        m_clipboardWriter(uploadPageUrl().toString());
        m_uploadMessageLabel->setText(tr("Link copied."));
        Announcer::status(m_uploadMessageLabel);
    });
    connect(m_details, &PackDetailsPane::copyCaptionRequested, this, &HandoffViewer::copyCaption);
    connect(m_details, &PackDetailsPane::markPostedRequested, this, &HandoffViewer::markPosted);
    connect(m_details, &PackDetailsPane::revealRequested, this, &HandoffViewer::revealFolder);
    connect(m_details, &PackDetailsPane::sendToTikTokRequested, this, [this] { sendToTikTok(false); });
    connect(m_details, &PackDetailsPane::resumeRequested, this, [this] { sendToTikTok(true); });
    // A window of its own closes with Esc and Ctrl+W (a dialog it opened takes its own keys first).
    for (const QKeySequence &keys : { QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W) }) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (isWindow())
                close();
        });
    }
    m_details->setMimeSource([this]() -> QMimeData * {
        const QModelIndex current = m_listView->currentIndex();
        return current.isValid() ? m_filter->mimeData({ current }) : nullptr;
    });
}

void HandoffViewer::setViewMode(ViewMode mode)
{
    m_viewMode = mode;
    const bool grid = mode == ViewMode::Grid;
    m_delegate->setLayout(grid ? PackItemDelegate::Layout::Grid : PackItemDelegate::Layout::List);
    // setViewMode() resets movement, flow and wrapping, so they are set after it.
    m_listView->setViewMode(grid ? QListView::IconMode : QListView::ListMode);
    m_listView->setFlow(grid ? QListView::LeftToRight : QListView::TopToBottom);
    m_listView->setWrapping(grid);
    m_listView->setResizeMode(QListView::Adjust);
    m_listView->setGridSize(grid ? PackItemDelegate::tileSize() + QSize(12, 12) : QSize());
    m_listView->setMovement(QListView::Static);
    m_listView->setUniformItemSizes(true);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setDragEnabled(true);
    m_listView->setDragDropMode(QAbstractItemView::DragOnly);
    m_listView->setDefaultDropAction(Qt::CopyAction);
    m_listView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    (grid ? m_gridButton : m_listButton)->setChecked(true);
    m_listView->doItemsLayout();
    if (m_listView->currentIndex().isValid())
        m_listView->scrollTo(m_listView->currentIndex());
}

bool HandoffViewer::selectPack(const QString &key)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(key));
    if (!index.isValid())
        return false;
    m_listView->setCurrentIndex(index);
    m_listView->scrollTo(index);
    return true;
}

QString HandoffViewer::currentKey() const
{
    return m_listView->currentIndex().data(HandoffPackModel::KeyRole).toString();
}

void HandoffViewer::showCurrent()
{
    const QModelIndex current = m_filter->mapToSource(m_listView->currentIndex());
    if (!current.isValid()) {
        const QString shown = m_details->currentKey();
        m_details->showNothing(!shown.isEmpty() && m_model->rowOf(shown) < 0
                ? tr("This pack was removed from the folder.")
                : tr("Select a pack to see its caption, video and files."));
        return;
    }
    m_details->showPack(m_model->packAt(current.row()), m_model->isPosted(current.row()),
        current.data(HandoffPackModel::PostedAtRole).toDateTime());
    showPosting();
}

void HandoffViewer::showPosting()
{
    m_posting.reload();
    m_pendingInboxLabel->setText(m_posting.pendingInboxText());
    m_pendingInboxLabel->setAccessibleDescription(m_pendingInboxLabel->text());
    if (!m_details->currentKey().isEmpty())
        m_details->showPostingState(
            m_posting.stateOf(m_details->currentKey(), m_details->currentVideoPath()));
}

void HandoffViewer::selectFirstIfNone()
{
    if (!m_listView->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_listView->setCurrentIndex(m_filter->index(0, 0));
}

void HandoffViewer::updateEmptyState()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_countLabel->setText(shown == total ? tr("%n pack(s)", nullptr, total)
                                         //: %1 packs shown of %n in the folder.
                                         : tr("%1 of %n pack(s)", nullptr, total).arg(shown));
    if (shown > 0) {
        m_listStack->setCurrentWidget(m_listView);
        return;
    }
    const QString folder = RoxyPaths::displayPath(m_exportsDir);
    QString message;
    switch (m_scanner->folderState()) {
    case HandoffScanner::FolderState::Missing:
        message
            = tr("No packs yet. The folder %1 does not exist; the publisher creates it when it writes its "
                 "first pack in Handoff mode. Packs will appear here by themselves.")
                  .arg(folder);
        break;
    case HandoffScanner::FolderState::Unreadable:
        message = tr("The folder %1 cannot be read. Check its permissions.").arg(folder);
        break;
    case HandoffScanner::FolderState::Unknown:
        message = tr("Reading packs…");
        break;
    case HandoffScanner::FolderState::Ready:
        if (!m_scanner->isInitialScanFinished())
            message = tr("Reading packs…");
        else if (total == 0)
            message = tr("No packs in %1 yet. New packs appear here by themselves.").arg(folder);
        else
            message = tr("No pack matches the search or the filter.");
        break;
    }
    m_emptyLabel->setText(message);
    m_listStack->setCurrentWidget(m_emptyLabel);
}

void HandoffViewer::openUploadPage()
{
    if (m_browserOpener(uploadPageUrl())) {
        m_uploadMessageLabel->setText(tr("The upload page is opening in your browser."));
        Announcer::status(m_uploadMessageLabel);
    } else {
        m_uploadMessageLabel->setText(
            tr("No browser could be opened. Copy the link and open it in your browser."));
        Announcer::alert(m_uploadMessageLabel);
    }
}

void HandoffViewer::copyCaption()
{
    const int row = m_model->rowOf(m_details->currentKey());
    if (row < 0)
        return;
    m_clipboardWriter(m_model->packAt(row).caption);
    m_details->showMessage(tr("Caption copied. Paste it into the caption box on the upload page."),
        PackDetailsPane::MessageKind::Info);
}

void HandoffViewer::markPosted(bool posted)
{
    const QModelIndex index = m_model->indexOf(m_details->currentKey());
    const QString key = m_details->currentKey();
    const Error error = m_model->setPosted(index, posted);
    if (error.isError()) {
        m_details->showMessage(error.message(), PackDetailsPane::MessageKind::Error);
        return;
    }
    qCInfo(lcHandoff) << "pack" << key << (posted ? "marked posted" : "marked not posted");
    if (m_details->currentKey() == key)
        m_details->showMessage(posted ? tr("Marked as posted.") : tr("Marked as not posted."),
            PackDetailsPane::MessageKind::Info);
}

void HandoffViewer::revealFolder()
{
    const int row = m_model->rowOf(m_details->currentKey());
    if (row < 0)
        return;
    const HandoffPack &pack = m_model->packAt(row);
    if (!m_browserOpener(HandoffPackModel::fileUrl(pack.nativePath)))
        m_details->showMessage(tr("No file manager could be opened. The folder is %1").arg(pack.path()),
            PackDetailsPane::MessageKind::Error);
}

void HandoffViewer::sendToTikTok(bool resume)
{
    const int row = m_model->rowOf(m_details->currentKey());
    if (row < 0)
        return;
    // The dialog marks the pack posted through m_store when TikTok confirms; the model follows the store.
    auto *dialog = new SendToTikTokDialog(m_model->packAt(row), m_paths, m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SendToTikTokDialog::sendFinished, this, &HandoffViewer::showPosting);
    connect(dialog, &QDialog::finished, this, &HandoffViewer::showPosting);
    dialog->open();
    if (resume)
        dialog->resume();
    else
        dialog->prepare();
}

} // namespace Skybeam
