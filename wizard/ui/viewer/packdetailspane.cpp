#include "viewer/packdetailspane.h"

#include "posting/postrules.h"
#include "viewer/captionhighlighter.h"
#include "viewer/packformat.h"
#include "viewer/packitemdelegate.h"
#include "viewer/thumbnailloader.h"
#include "widgets/announcer.h"
#include "widgets/labels.h"

#include <QEvent>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Skybeam {

namespace {

constexpr QSize PreviewSize(108, 192);
const Qt::TextInteractionFlags SelectableText = Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard;

} // namespace

PackDetailsPane::PackDetailsPane(ThumbnailLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_stack(new QStackedWidget(this))
    , m_placeholderLabel(new QLabel(this))
    , m_previewLabel(new QLabel(this))
    , m_titleLabel(Labels::selectable(QStringLiteral("titleLabel"), this, SelectableText))
    , m_statusLabel(Labels::selectable(QStringLiteral("statusLabel"), this, SelectableText))
    , m_durationLabel(Labels::selectable(QStringLiteral("durationLabel"), this, SelectableText))
    , m_resolutionLabel(Labels::selectable(QStringLiteral("resolutionLabel"), this, SelectableText))
    , m_videoSizeLabel(Labels::selectable(QStringLiteral("videoSizeLabel"), this, SelectableText))
    , m_createdLabel(Labels::selectable(QStringLiteral("createdLabel"), this, SelectableText))
    , m_dragLabel(new VideoDragLabel(this))
    , m_problemsLabel(Labels::selectable(QStringLiteral("problemsLabel"), this, SelectableText))
    , m_captionCountLabel(new QLabel(this))
    , m_captionEdit(new QPlainTextEdit(this))
    , m_highlighter(new CaptionHighlighter(m_captionEdit->document(), PostRules::CaptionLimit))
    , m_copyCaptionButton(new QPushButton(tr("&Copy caption"), this))
    , m_markPostedButton(new QPushButton(tr("&Mark as posted"), this))
    , m_sendToTikTokButton(new QPushButton(tr("Send to &TikTok…"), this))
    , m_resumeButton(new QPushButton(tr("Res&ume"), this))
    , m_postingLabel(Labels::selectable(QStringLiteral("postingStateLabel"), this, SelectableText))
    , m_messageLabel(new QLabel(this))
    , m_metadataHeading(Labels::heading(tr("Metadata"), this))
    , m_metadataTable(new QTableWidget(0, 2, this))
    , m_filesLabel(Labels::selectable(QStringLiteral("filesLabel"), this, SelectableText))
    , m_pathLabel(Labels::selectable(QStringLiteral("pathLabel"), this, SelectableText))
    , m_revealButton(new QPushButton(tr("&Reveal in folder"), this))
{
    setObjectName(QStringLiteral("packDetailsPane"));
    m_stack->setObjectName(QStringLiteral("detailsStackedWidget"));
    m_placeholderLabel->setObjectName(QStringLiteral("detailsPlaceholderLabel"));
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setText(tr("Select a pack to see its caption, video and files."));

    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setFixedSize(PreviewSize);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    m_previewLabel->setAccessibleName(tr("Thumbnail"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setAccessibleName(tr("Pack"));

    m_dragLabel->setObjectName(QStringLiteral("videoDragLabel"));
    m_dragLabel->setText(tr("Drag this video onto the TikTok upload page"));
    m_dragLabel->setAccessibleName(tr("Video drag handle"));
    m_dragLabel->setAccessibleDescription(m_dragLabel->text());
    m_dragLabel->setToolTip(tr("Drag to the upload page in your browser, or to a file manager."));

    m_problemsLabel->setFrameShape(QFrame::StyledPanel);
    m_problemsLabel->setMargin(6);
    m_problemsLabel->setAccessibleName(tr("Problems"));

    m_captionCountLabel->setObjectName(QStringLiteral("captionCountLabel"));
    m_captionCountLabel->setAccessibleName(tr("Caption length"));
    m_captionEdit->setObjectName(QStringLiteral("captionPlainTextEdit"));
    m_captionEdit->setReadOnly(true);
    m_captionEdit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_captionEdit->setAccessibleName(tr("Caption"));
    m_captionEdit->setMinimumHeight(110);
    m_captionEdit->setMaximumHeight(180);
    m_captionEdit->setTabChangesFocus(true);

    m_copyCaptionButton->setObjectName(QStringLiteral("copyCaptionButton"));
    m_copyCaptionButton->setAccessibleName(tr("Copy caption"));
    m_markPostedButton->setObjectName(QStringLiteral("markPostedButton"));
    m_markPostedButton->setAccessibleName(tr("Mark as posted"));
    m_sendToTikTokButton->setObjectName(QStringLiteral("sendToTikTokButton"));
    m_sendToTikTokButton->setAccessibleName(tr("Send to TikTok"));
    m_resumeButton->setObjectName(QStringLiteral("resumeButton"));
    m_resumeButton->setAccessibleName(tr("Resume the interrupted send to TikTok"));
    m_resumeButton->hide();
    m_postingLabel->setAccessibleName(tr("TikTok"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);

    m_metadataTable->setObjectName(QStringLiteral("metadataTableWidget"));
    m_metadataTable->setAccessibleName(tr("Metadata"));
    m_metadataTable->setHorizontalHeaderLabels({ tr("Field"), tr("Value") });
    m_metadataTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metadataTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_metadataTable->setWordWrap(false);
    m_metadataTable->verticalHeader()->hide();
    m_metadataTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_metadataTable->horizontalHeader()->setStretchLastSection(true);
    m_metadataTable->setMinimumHeight(150);
    m_metadataTable->setTabKeyNavigation(false);

    m_filesLabel->setAccessibleName(tr("Files"));
    m_pathLabel->setAccessibleName(tr("Folder"));
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_revealButton->setAccessibleName(tr("Reveal in folder"));

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    facts->addRow(tr("Status:"), m_statusLabel);
    facts->addRow(tr("Duration:"), m_durationLabel);
    facts->addRow(tr("Resolution:"), m_resolutionLabel);
    facts->addRow(tr("Video size:"), m_videoSizeLabel);
    facts->addRow(tr("Created:"), m_createdLabel);
    //: The pack's post to TikTok (sending, processing at TikTok, in the inbox, posted, failed).
    facts->addRow(tr("TikTok:"), m_postingLabel);
    auto *side = new QVBoxLayout;
    side->addWidget(m_titleLabel);
    side->addLayout(facts);
    side->addWidget(m_dragLabel);
    side->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_previewLabel, 0, Qt::AlignTop);
    top->addLayout(side, 1);

    auto *captionHeader = new QHBoxLayout;
    captionHeader->addWidget(Labels::heading(tr("Caption"), this));
    captionHeader->addStretch();
    captionHeader->addWidget(m_captionCountLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyCaptionButton);
    buttons->addWidget(m_markPostedButton);
    buttons->addWidget(m_sendToTikTokButton);
    buttons->addWidget(m_resumeButton);
    buttons->addStretch();
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathLabel, 1);
    pathRow->addWidget(m_revealButton, 0, Qt::AlignTop);

    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("detailsContentWidget"));
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addWidget(m_problemsLabel);
    layout->addLayout(captionHeader);
    layout->addWidget(m_captionEdit);
    layout->addLayout(buttons);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_metadataHeading);
    layout->addWidget(m_metadataTable, 1);
    layout->addWidget(Labels::heading(tr("Files"), this));
    layout->addWidget(m_filesLabel);
    layout->addLayout(pathRow);

    m_stack->addWidget(m_placeholderLabel);
    m_stack->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_copyCaptionButton, &QPushButton::clicked, this, &PackDetailsPane::copyCaptionRequested);
    connect(
        m_markPostedButton, &QPushButton::clicked, this, [this] { Q_EMIT markPostedRequested(!m_posted); });
    connect(m_revealButton, &QPushButton::clicked, this, &PackDetailsPane::revealRequested);
    connect(m_sendToTikTokButton, &QPushButton::clicked, this, &PackDetailsPane::sendToTikTokRequested);
    connect(m_resumeButton, &QPushButton::clicked, this, &PackDetailsPane::resumeRequested);
    connect(m_loader, &ThumbnailLoader::thumbnailReady, this, [this](const QByteArray &path) {
        if (path == m_thumbnailPath)
            updatePreview();
    });
    applyPalette();
}

void PackDetailsPane::showPack(const HandoffPack &pack, bool posted, const QDateTime &postedAt)
{
    const bool keyChanged = pack.key != m_key;
    if (keyChanged)
        m_messageLabel->clear();
    m_key = pack.key;
    m_videoPath = QFile::decodeName(pack.videoNativePath);
    m_posted = posted;
    m_thumbnailPath = pack.thumbnailNativePath;
    m_signature = pack.signature;
    m_stack->setCurrentIndex(1);

    m_titleLabel->setText(pack.headline());
    m_statusLabel->setText(
        posted ? tr("Posted (marked %1)").arg(PackFormat::date(postedAt)) : tr("New (not posted yet)"));
    m_durationLabel->setText(PackFormat::duration(pack.video.durationMs));
    m_resolutionLabel->setText(PackFormat::resolution(
        pack.video.hasResolution() ? QSize(pack.video.width, pack.video.height) : QSize()));
    m_videoSizeLabel->setText(
        pack.videoFileName.isEmpty() ? tr("No video") : PackFormat::size(pack.videoSize));
    m_createdLabel->setText(PackFormat::date(pack.created));
    m_dragLabel->setEnabled(!pack.videoNativePath.isEmpty());
    m_sendable = pack.canBeSent();
    m_sendToTikTokButton->setEnabled(m_sendable);
    // Nothing of a broken pack can be posted; a mark it already has can still be taken back.
    m_markPostedButton->setEnabled(posted || pack.canBeMarkedPosted());
    m_markPostedButton->setToolTip(m_markPostedButton->isEnabled()
            ? QString()
            : tr("This pack is broken (see its problems): it cannot have been posted."));

    QStringList problems;
    for (const QString &problem : pack.problems)
        problems.append(QStringLiteral("\u2022 ") + problem);
    m_problemsLabel->setText(problems.join(QLatin1Char('\n')));
    m_problemsLabel->setVisible(!problems.isEmpty());
    m_broken = pack.health == HandoffPack::Health::Broken;

    if (m_captionEdit->toPlainText() != pack.caption)
        m_captionEdit->setPlainText(pack.caption);
    const int length = pack.captionLength();
    const bool tooLong = length > PostRules::CaptionLimit;
    m_captionCountLabel->setText(tooLong
            ? tr("%1 — too long for TikTok").arg(PackFormat::captionCount(length, PostRules::CaptionLimit))
            : PackFormat::captionCount(length, PostRules::CaptionLimit));
    m_captionTooLong = tooLong;
    m_copyCaptionButton->setEnabled(!pack.caption.isEmpty());
    m_markPostedButton->setText(posted ? tr("&Mark as not posted") : tr("&Mark as posted"));
    m_markPostedButton->setAccessibleName(posted ? tr("Mark as not posted") : tr("Mark as posted"));

    if (keyChanged || !pack.metadata.isEmpty())
        showMetadata(pack.key, pack.metadata);

    QStringList files;
    if (!pack.videoFileName.isEmpty())
        files.append(tr("Video: %1").arg(pack.videoFileName));
    if (!pack.metadataFileName.isEmpty())
        files.append(tr("Metadata: %1").arg(pack.metadataFileName));
    if (pack.captionSource == HandoffPack::CaptionSource::CaptionFile)
        files.append(tr("Caption: caption.txt"));
    else if (pack.captionSource == HandoffPack::CaptionSource::Metadata)
        files.append(tr("Caption: from the metadata"));
    if (!pack.thumbnailFileName.isEmpty())
        files.append(tr("Thumbnail: %1").arg(pack.thumbnailFileName));
    if (!pack.extraFiles.isEmpty())
        files.append(tr("Other files: %1").arg(pack.extraFiles.join(QStringLiteral(", "))));
    files.append(tr("Total: %1").arg(PackFormat::size(pack.totalSize)));
    m_filesLabel->setText(files.join(QLatin1Char('\n')));
    m_pathLabel->setText(pack.path());
    // These labels are named for what they show ("Files"); their text is what a screen reader reads next.
    for (QLabel *label : { m_titleLabel, m_problemsLabel, m_captionCountLabel, m_filesLabel, m_pathLabel })
        label->setAccessibleDescription(label->text());
    applyPalette();
    updatePreview();
}

void PackDetailsPane::showMetadata(const QString &key, const QList<MetadataEntry> &metadata)
{
    if (key != m_key)
        return;
    m_metadataTable->setRowCount(int(metadata.size()));
    for (int row = 0; row < metadata.size(); ++row) {
        m_metadataTable->setItem(row, 0, new QTableWidgetItem(metadata.at(row).key));
        auto *value = new QTableWidgetItem(metadata.at(row).value);
        value->setToolTip(metadata.at(row).value);
        m_metadataTable->setItem(row, 1, value);
    }
    m_metadataTable->setVisible(!metadata.isEmpty());
    m_metadataHeading->setVisible(!metadata.isEmpty());
}

void PackDetailsPane::showPostingState(const PackPostingState &state)
{
    m_postingLabel->setText(
        state.kind == PackPostingState::Kind::NotSent ? tr("Not sent from here") : state.text);
    m_postingLabel->setAccessibleDescription(m_postingLabel->text());
    m_resumeButton->setVisible(state.canResume);
    m_resumeButton->setEnabled(state.canResume && m_sendable);
    // Send to TikTok would only say that a send is interrupted: Resume is the way on.
    m_sendToTikTokButton->setEnabled(m_sendable && !state.canResume);
}

void PackDetailsPane::showNothing(const QString &message)
{
    m_key.clear();
    m_videoPath.clear();
    m_thumbnailPath.clear();
    m_placeholderLabel->setText(message);
    m_stack->setCurrentIndex(0);
}

void PackDetailsPane::showMessage(const QString &text, MessageKind kind)
{
    m_messageLabel->setText(text);
    m_messageIsError = kind == MessageKind::Error;
    applyPalette();
    if (kind == MessageKind::Error)
        Announcer::alert(m_messageLabel);
    else
        Announcer::status(m_messageLabel);
}

void PackDetailsPane::setMimeSource(VideoDragLabel::MimeSource source)
{
    m_dragLabel->setMimeSource(std::move(source));
}

void PackDetailsPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void PackDetailsPane::updatePreview()
{
    const qreal ratio = devicePixelRatioF();
    const QPixmap pixmap
        = m_loader->thumbnail(m_thumbnailPath, m_signature, PackItemDelegate::thumbnailSize() * ratio);
    if (pixmap.isNull()) {
        m_previewLabel->setPixmap(QPixmap());
        m_previewLabel->setText(m_thumbnailPath.isEmpty()
                    || m_loader->hasFailed(
                        m_thumbnailPath, m_signature, PackItemDelegate::thumbnailSize() * ratio)
                ? tr("No thumbnail")
                : tr("Loading…"));
        m_previewLabel->setAccessibleDescription(m_previewLabel->text());
        return;
    }
    QPixmap scaled = pixmap.scaled(PreviewSize * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    scaled.setDevicePixelRatio(ratio);
    m_previewLabel->setPixmap(scaled);
    m_previewLabel->setAccessibleDescription(QString());
}

void PackDetailsPane::applyPalette()
{
    // Problem and error colours stand out on light and dark palettes alike; the rest follows the system.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor red = dark ? QColor(0xEF, 0x9A, 0x9A) : QColor(0xB7, 0x1C, 0x1C);
    const QColor amber = dark ? QColor(0xFF, 0xCC, 0x80) : QColor(0x8A, 0x4B, 0x00);
    const auto colorize = [](QWidget *widget, const QColor &color) {
        QPalette palette = widget->palette();
        palette.setColor(QPalette::WindowText, color);
        widget->setPalette(palette);
    };
    colorize(m_problemsLabel, m_broken ? red : amber);
    colorize(m_captionCountLabel, m_captionTooLong ? red : palette().color(QPalette::WindowText));
    colorize(m_messageLabel, m_messageIsError ? red : palette().color(QPalette::WindowText));
    m_highlighter->setColors(
        palette().color(QPalette::Link), dark ? QColor(0x8E, 0x24, 0x24) : QColor(0xFF, 0xCD, 0xD2));
}

} // namespace Skybeam
