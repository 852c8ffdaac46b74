#pragma once

#include "handoff/handoffpack.h"
#include "posting/postingoverview.h"
#include "viewer/videodraglabel.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Skybeam {

class CaptionHighlighter;
class ThumbnailLoader;

/// The viewer's right-hand side: everything about one pack. The full caption with hashtags highlighted
/// and its length against TikTok's limit, Copy caption, Mark as posted (not for a broken pack), Send to
/// TikTok, the pack's post as the publish journal knows it with Resume for an interrupted one, a drag handle
/// for the video, the video's facts, the metadata as a table, the files and the path with Reveal in folder.
/// It shows state and forwards the operator's intent through signals; it does no IO of its own (thumbnails
/// come from the ThumbnailLoader). GUI thread; does not own the loader.
class PackDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackDetailsPane)

public:
    enum class MessageKind { Info, Error };

    explicit PackDetailsPane(ThumbnailLoader *loader, QWidget *parent = nullptr);

    void showPack(const HandoffPack &pack, bool posted, const QDateTime &postedAt);
    /// The pack's post to TikTok as the publish journal knows it, and Resume when it is interrupted.
    void showPostingState(const PackPostingState &state);
    /// Fills the metadata table for `key` (ignored when another pack is shown). showPack() shows the rows
    /// the pack carries; packs read for a list usually carry none, so they arrive here separately.
    void showMetadata(const QString &key, const QList<MetadataEntry> &metadata);
    /// Shows `message` instead of a pack (nothing selected, the pack went away).
    void showNothing(const QString &message);
    /// The key of the pack shown, or empty.
    QString currentKey() const { return m_key; }
    /// The shown pack's video file (empty when it has none).
    QString currentVideoPath() const { return m_videoPath; }
    /// A one-line feedback under the buttons ("Caption copied.", or why marking failed).
    void showMessage(const QString &text, MessageKind kind);
    void setMimeSource(VideoDragLabel::MimeSource source);

Q_SIGNALS:
    void copyCaptionRequested();
    void markPostedRequested(bool posted);
    /// Send to TikTok through the Content Posting API (issue 9).
    void sendToTikTokRequested();
    /// Continue the pack's interrupted post (issue 14).
    void resumeRequested();
    void revealRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updatePreview();
    void applyPalette();

    ThumbnailLoader *m_loader;
    QString m_key;
    QString m_videoPath;
    QByteArray m_thumbnailPath;
    quint64 m_signature = 0;
    bool m_posted = false;
    bool m_sendable = false;
    /// The shown pack is broken (its problems in red, not amber).
    bool m_broken = false;
    /// The shown caption is over TikTok's limit (its count in red).
    bool m_captionTooLong = false;
    /// The last showMessage() was an error (in red).
    bool m_messageIsError = false;

    QStackedWidget *m_stack;
    QLabel *m_placeholderLabel;
    QLabel *m_previewLabel;
    QLabel *m_titleLabel;
    QLabel *m_statusLabel;
    QLabel *m_durationLabel;
    QLabel *m_resolutionLabel;
    QLabel *m_videoSizeLabel;
    QLabel *m_createdLabel;
    VideoDragLabel *m_dragLabel;
    QLabel *m_problemsLabel;
    QLabel *m_captionCountLabel;
    QPlainTextEdit *m_captionEdit;
    CaptionHighlighter *m_highlighter;
    QPushButton *m_copyCaptionButton;
    QPushButton *m_markPostedButton;
    QPushButton *m_sendToTikTokButton;
    QPushButton *m_resumeButton;
    QLabel *m_postingLabel;
    QLabel *m_messageLabel;
    QLabel *m_metadataHeading;
    QTableWidget *m_metadataTable;
    QLabel *m_filesLabel;
    QLabel *m_pathLabel;
    QPushButton *m_revealButton;
};

} // namespace Skybeam
