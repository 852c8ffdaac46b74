#pragma once

#include "common/roxypaths.h"
#include "handoff/handoffpack.h"
#include "oauth/tiktokcall.h"
#include "oauth/tiktokendpoints.h"
#include "posting/packuploader.h"
#include "posting/postingpreparation.h"
#include "posting/postingsession.h"

#include <QDialog>

#include <memory>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Skybeam {

class BusyIndicator;
class InlineMessage;
class PostedStateStore;
class SecretStore;

/// "Send to TikTok" for one handoff pack: asks TikTok about the account (creator info) and shows its
/// nickname, offers the inbox (a draft finished in the TikTok app) or a direct post with the privacy
/// level chosen from the account's options (no default) and the comment/duet/stitch toggles (off until
/// turned on, greyed out when the account disabled them), shows the pack's caption with its count, tells
/// an unaudited or sandbox app that its posts are private, warns before a sandbox app spends its daily
/// API calls, and then shows the upload's progress with speed and time left, Cancel, and the outcome
/// inline. The pack is marked posted (through the viewer's PostedStateStore) only when TikTok confirms.
/// A pack TikTok already confirmed (the publish journal) says when and how it was sent, and is sent again
/// only after the operator ticks "Send it again". resume() continues an interrupted post instead. A view of
/// PostingSession (which owns the journal, the per-pack lock, the budgets and the history): the dialog shows
/// its phase, progress and notices, and forwards the options, Send and Cancel; no IO of its own. GUI thread;
/// does not own the PostedStateStore.
///
///     auto *dialog = new Skybeam::SendToTikTokDialog(pack, paths, postedStore, this);
///     dialog->setAttribute(Qt::WA_DeleteOnClose);
///     dialog->open();
///     dialog->prepare();
class SendToTikTokDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendToTikTokDialog)

public:
    SendToTikTokDialog(const HandoffPack &pack, const RoxyPaths &paths, PostedStateStore *postedStore,
        QWidget *parent = nullptr);
    ~SendToTikTokDialog() override;

    /// Replaces the system keychain (tests); call before prepare(). Not owned.
    void setSecretStore(SecretStore *secrets);
    /// Replaces the endpoints read from the environment (tests); call before prepare().
    void setEndpoints(const TikTokEndpoints &endpoints);
    void setNetworkPolicy(const NetworkPolicy &policy);
    void setUploadPolicy(const UploadPolicy &policy);

    /// Checks the sandbox budget and asks TikTok about the account. Call once, after showing.
    void prepare();
    /// Instead of prepare(): continues the pack's interrupted post from the publish journal at once (the
    /// viewer's Resume), with the options TikTok was given; the form stays read-only.
    void resume();

    /// The last send's upload outcome, once there is one.
    const std::optional<UploadResult> &result() const { return m_result; }
    /// The last send's whole outcome (also AlreadyConfirmed, or a refusal before any upload).
    const std::optional<PostingSessionResult> &sessionResult() const { return m_sessionResult; }

Q_SIGNALS:
    /// The account was asked about (the form is filled, or the error shown).
    void accountChecked();
    /// A send ended (also AlreadyConfirmed, or a refusal before any upload): sessionResult() holds it.
    void sendFinished();

public Q_SLOTS:
    /// While sending: cancels the upload (the dialog stays open with the outcome). Otherwise closes.
    void reject() override;

private:
    void buildUi();
    /// Creates the PostingSession; false (and the reason shown) when the pack cannot be sent.
    bool ensureSession();
    void startSession(PostingRequest request);
    void askAccount();
    void onPrepared(const PostingPreparationResult &result);
    void send();
    void onPhase(PostingSession::Phase phase);
    void onProgress(const TransferProgress &progress);
    void onFinished(const PostingSessionResult &result);
    void showConfirmed(const JournalEntry &entry);
    /// Says why the journal cannot tell whether TikTok has the pack, and offers "Send anyway".
    void showJournalProblem(const Error &problem);
    /// TikTok already confirmed the pack, or the journal cannot tell: only the operator's tick sends it.
    bool sendingNeedsTheTick() const;
    void updateState();
    void updateCaptionCount();
    void showBudget();
    /// Why Send is not possible now; empty when it is.
    QString blocker() const;
    PostOptions options() const;
    bool isDirect() const;
    bool isBusy() const;

    HandoffPack m_pack;
    RoxyPaths m_paths;
    PostedStateStore *m_postedStore;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<SecretStore> m_ownSecrets;
    std::optional<TikTokEndpoints> m_endpoints;
    NetworkPolicy m_networkPolicy;
    UploadPolicy m_uploadPolicy;
    QNetworkAccessManager *m_network;
    PostingSession *m_session = nullptr;
    std::optional<PostingPreparationResult> m_prepared;
    /// The account's settings from the last successful preparation (its turned-off toggles stay greyed out).
    CreatorInfo m_creator;
    /// The journal says TikTok already confirmed this pack's video.
    std::optional<JournalEntry> m_confirmed;
    /// Why the journal cannot tell whether TikTok has the pack; the operator may send anyway.
    Error m_journalProblem;
    std::optional<UploadResult> m_result;
    std::optional<PostingSessionResult> m_sessionResult;
    QStringList m_notices;
    bool m_budgetAcknowledged = false;

    BusyIndicator *m_busy = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLabel *m_budgetLabel = nullptr;
    QPushButton *m_continueButton = nullptr;
    QRadioButton *m_inboxRadio = nullptr;
    QRadioButton *m_directRadio = nullptr;
    QButtonGroup *m_modeGroup = nullptr;
    QLabel *m_privacyLabel = nullptr;
    QComboBox *m_privacyCombo = nullptr;
    QCheckBox *m_commentCheck = nullptr;
    QCheckBox *m_duetCheck = nullptr;
    QCheckBox *m_stitchCheck = nullptr;
    QLabel *m_privateNoticeLabel = nullptr;
    QLabel *m_captionHintLabel = nullptr;
    QLabel *m_captionCountLabel = nullptr;
    QPlainTextEdit *m_captionEdit = nullptr;
    QLabel *m_consentLabel = nullptr;
    QCheckBox *m_againCheck = nullptr;
    QLabel *m_blockerLabel = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progressLabel = nullptr;
    InlineMessage *m_message = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace Skybeam
