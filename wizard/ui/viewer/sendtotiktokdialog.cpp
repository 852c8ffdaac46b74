#include "viewer/sendtotiktokdialog.h"

#include "credentials/keychainsecretstore.h"
#include "handoff/postedstatestore.h"
#include "posting/postrules.h"
#include "widgets/busyindicator.h"
#include "widgets/inlinemessage.h"
#include "widgets/labels.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Skybeam {

SendToTikTokDialog::SendToTikTokDialog(
    const HandoffPack &pack, const RoxyPaths &paths, PostedStateStore *postedStore, QWidget *parent)
    : QDialog(parent)
    , m_pack(pack)
    , m_paths(paths)
    , m_postedStore(postedStore)
    , m_network(new QNetworkAccessManager(this))
{
    setObjectName(QStringLiteral("sendToTikTokDialog"));
    //: %1 is the pack's headline.
    setWindowTitle(tr("Send to TikTok - %1").arg(pack.headline()));
    buildUi();
    updateState();
}

SendToTikTokDialog::~SendToTikTokDialog() = default;

void SendToTikTokDialog::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
}

void SendToTikTokDialog::setEndpoints(const TikTokEndpoints &endpoints)
{
    m_endpoints = endpoints;
}

void SendToTikTokDialog::setNetworkPolicy(const NetworkPolicy &policy)
{
    m_networkPolicy = policy;
}

void SendToTikTokDialog::setUploadPolicy(const UploadPolicy &policy)
{
    m_uploadPolicy = policy;
}

void SendToTikTokDialog::buildUi()
{
    m_busy = new BusyIndicator(this);
    m_busy->setObjectName(QStringLiteral("accountBusyIndicator"));
    m_accountLabel = Labels::selectable(QStringLiteral("accountLabel"), this);
    // Status labels: their text is their accessible name (so changes are announced); the description says
    // what.
    m_accountLabel->setAccessibleDescription(tr("TikTok account"));
    auto *account = new QHBoxLayout;
    account->addWidget(m_busy);
    account->addWidget(m_accountLabel, 1);

    m_budgetLabel = Labels::selectable(QStringLiteral("budgetLabel"), this);
    m_budgetLabel->setAccessibleDescription(tr("Sandbox API calls"));
    m_continueButton = new QPushButton(tr("&Ask TikTok anyway"), this);
    m_continueButton->setObjectName(QStringLiteral("continueButton"));
    m_continueButton->setAccessibleName(tr("Ask TikTok about the account anyway"));
    m_continueButton->hide();

    m_inboxRadio = new QRadioButton(
        tr("Send to the TikTok &inbox as a draft (you finish the post in the TikTok app)"), this);
    m_inboxRadio->setObjectName(QStringLiteral("inboxRadioButton"));
    m_inboxRadio->setAccessibleName(tr("Send to the TikTok inbox as a draft"));
    m_directRadio = new QRadioButton(tr("&Post directly to the profile"), this);
    m_directRadio->setObjectName(QStringLiteral("directRadioButton"));
    m_directRadio->setAccessibleName(tr("Post directly to the profile"));
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->addButton(m_inboxRadio);
    m_modeGroup->addButton(m_directRadio);

    m_privacyCombo = new QComboBox(this);
    m_privacyCombo->setObjectName(QStringLiteral("privacyComboBox"));
    m_privacyCombo->setAccessibleName(tr("Who can see this post"));
    m_privacyCombo->setPlaceholderText(tr("Choose…"));
    m_privacyLabel = new QLabel(tr("&Who can see this post:"), this);
    m_privacyLabel->setObjectName(QStringLiteral("privacyLabel"));
    m_privacyLabel->setBuddy(m_privacyCombo);
    m_commentCheck = new QCheckBox(tr("Allow &comments"), this);
    m_commentCheck->setObjectName(QStringLiteral("allowCommentsCheckBox"));
    m_commentCheck->setAccessibleName(tr("Allow comments"));
    m_duetCheck = new QCheckBox(tr("Allow &duets"), this);
    m_duetCheck->setObjectName(QStringLiteral("allowDuetsCheckBox"));
    m_duetCheck->setAccessibleName(tr("Allow duets"));
    m_stitchCheck = new QCheckBox(tr("Allow s&titches"), this);
    m_stitchCheck->setObjectName(QStringLiteral("allowStitchesCheckBox"));
    m_stitchCheck->setAccessibleName(tr("Allow stitches"));
    auto *toggles = new QHBoxLayout;
    toggles->addWidget(m_commentCheck);
    toggles->addWidget(m_duetCheck);
    toggles->addWidget(m_stitchCheck);
    toggles->addStretch(1);
    auto *direct = new QFormLayout;
    direct->setContentsMargins(24, 0, 0, 0);
    direct->addRow(m_privacyLabel, m_privacyCombo);
    direct->addRow(QString(), toggles);
    m_privateNoticeLabel = Labels::selectable(QStringLiteral("privateNoticeLabel"), this);
    m_privateNoticeLabel->setAccessibleName(tr("Posts will be private"));

    auto *captionHeading = new QLabel(tr("Capti&on"), this);
    captionHeading->setObjectName(QStringLiteral("captionHeadingLabel"));
    m_captionCountLabel = new QLabel(this);
    m_captionCountLabel->setObjectName(QStringLiteral("captionCountLabel"));
    m_captionCountLabel->setAccessibleName(tr("Caption length"));
    m_captionEdit = new QPlainTextEdit(m_pack.caption, this);
    m_captionEdit->setObjectName(QStringLiteral("captionPlainTextEdit"));
    m_captionEdit->setAccessibleName(tr("Caption"));
    m_captionEdit->setTabChangesFocus(true);
    captionHeading->setBuddy(m_captionEdit);
    m_captionHintLabel = Labels::selectable(QStringLiteral("captionHintLabel"), this);
    auto *captionRow = new QHBoxLayout;
    captionRow->addWidget(captionHeading);
    captionRow->addStretch(1);
    captionRow->addWidget(m_captionCountLabel);

    m_consentLabel = Labels::selectable(QStringLiteral("musicConsentLabel"), this);
    m_consentLabel->setText(tr("By posting, you agree to TikTok's Music Usage Confirmation."));
    m_againCheck = new QCheckBox(this);
    m_againCheck->setObjectName(QStringLiteral("sendAgainCheckBox"));
    m_againCheck->setAccessibleName(tr("Send this pack to TikTok again"));
    m_againCheck->hide();
    m_blockerLabel = Labels::selectable(QStringLiteral("blockerLabel"), this);
    m_noticeLabel = Labels::selectable(QStringLiteral("noticeLabel"), this);
    m_noticeLabel->setAccessibleDescription(tr("Notes on the send"));
    m_noticeLabel->hide();

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("uploadProgressBar"));
    m_progressBar->setAccessibleName(tr("Upload progress"));
    m_progressBar->setRange(0, 1000);
    m_progressBar->setTextVisible(false);
    m_progressBar->hide();
    m_progressLabel = Labels::selectable(QStringLiteral("progressLabel"), this);
    m_progressLabel->setAccessibleDescription(tr("Upload status"));

    m_message = new InlineMessage(QStringLiteral("result"), this);
    m_message->setAccessibleName(tr("Result"));

    m_sendButton = new QPushButton(tr("&Send"), this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setAccessibleName(tr("Send to TikTok"));
    m_sendButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_sendButton);
    buttons->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(account);
    layout->addWidget(m_budgetLabel);
    layout->addWidget(m_continueButton, 0, Qt::AlignLeft);
    layout->addWidget(m_inboxRadio);
    layout->addWidget(m_directRadio);
    layout->addLayout(direct);
    layout->addWidget(m_privateNoticeLabel);
    layout->addLayout(captionRow);
    layout->addWidget(m_captionEdit, 1);
    layout->addWidget(m_captionHintLabel);
    layout->addWidget(m_consentLabel);
    layout->addWidget(m_againCheck);
    layout->addWidget(m_blockerLabel);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(560, 560);

    connect(m_continueButton, &QPushButton::clicked, this, [this] {
        m_budgetAcknowledged = true;
        m_continueButton->hide();
        askAccount();
    });
    connect(m_modeGroup, &QButtonGroup::buttonToggled, this, [this] { updateState(); });
    connect(m_privacyCombo, &QComboBox::currentIndexChanged, this, [this] { updateState(); });
    connect(m_captionEdit, &QPlainTextEdit::textChanged, this, [this] { updateState(); });
    connect(m_againCheck, &QCheckBox::toggled, this, [this] { updateState(); });
    connect(m_sendButton, &QPushButton::clicked, this, &SendToTikTokDialog::send);
    connect(m_cancelButton, &QPushButton::clicked, this, &SendToTikTokDialog::reject);
}

void SendToTikTokDialog::prepare()
{
    if (m_session || !ensureSession())
        return;
    m_confirmed = m_session->confirmedEntry(m_pack.key, QFile::decodeName(m_pack.videoNativePath));
    if (m_confirmed)
        showConfirmed(*m_confirmed);
    showJournalProblem(m_session->journalProblem(m_pack.key, QFile::decodeName(m_pack.videoNativePath)));
    const QString warning = m_session->budgetWarning();
    if (!warning.isEmpty()) {
        m_budgetLabel->setText(warning);
        m_accountLabel->setText(tr("SKYBEAM has not asked TikTok about the account yet."));
        m_continueButton->show();
        updateState();
        return;
    }
    askAccount();
}

void SendToTikTokDialog::resume()
{
    if (m_session || !ensureSession())
        return;
    m_accountLabel->setText(tr("Continuing the interrupted send of this pack…"));
    PostingRequest request;
    request.resumeOnly = true;
    // Continuing spends the calls this post needs anyway; the session says what is left.
    request.ignoreBudget = true;
    request.options.caption = m_pack.caption;
    startSession(request);
}

bool SendToTikTokDialog::ensureSession()
{
    if (m_session)
        return true;
    if (!m_pack.canBeSent()) {
        m_message->showMessage(InlineMessage::Kind::Error,
            //: %1 lists the pack's problems.
            tr("This pack cannot be sent: %1").arg(m_pack.problems.join(QLatin1Char(' '))));
        return false;
    }
    if (!m_endpoints) {
        const Expected<TikTokEndpoints> endpoints = TikTokEndpoints::fromEnvironment();
        if (!endpoints) {
            m_message->showMessage(InlineMessage::Kind::Error, endpoints.error().message());
            return false;
        }
        m_endpoints = *endpoints;
    }
    if (!m_secrets) {
        auto *keychain = new KeychainSecretStore;
        keychain->setTimeout(KeychainSecretStore::CommandTimeoutMs);
        m_ownSecrets.reset(keychain);
        m_secrets = keychain;
    }
    m_session = new PostingSession(m_paths, *m_endpoints, m_network, m_secrets, this);
    m_session->preparation().setNetworkPolicy(m_networkPolicy);
    m_session->uploader().setPolicy(m_uploadPolicy);
    // The viewer's own store: its list shows the pack as posted at once.
    if (m_postedStore)
        m_session->uploader().setPostedStateStore(m_postedStore);
    connect(m_session, &PostingSession::prepared, this, &SendToTikTokDialog::onPrepared);
    connect(m_session, &PostingSession::phaseChanged, this, &SendToTikTokDialog::onPhase);
    connect(m_session, &PostingSession::progress, this, &SendToTikTokDialog::onProgress);
    connect(m_session, &PostingSession::statusChanged, this,
        [this](const PublishStatus &status) { m_progressLabel->setText(status.text()); });
    connect(m_session, &PostingSession::notice, this, [this](const QString &text) {
        m_notices.append(text);
        m_noticeLabel->setText(m_notices.join(QLatin1Char('\n')));
        m_noticeLabel->setVisible(true);
    });
    connect(m_session, &PostingSession::finished, this, &SendToTikTokDialog::onFinished);
    return true;
}

void SendToTikTokDialog::showConfirmed(const JournalEntry &entry)
{
    const QString when = QLocale().toString(entry.confirmedAt.toLocalTime(), QLocale::ShortFormat);
    m_message->showMessage(InlineMessage::Kind::Information,
        entry.options.mode == PostMode::Direct
            //: %1 is a date and time, %2 TikTok's publish_id.
            ? tr("TikTok confirmed this pack on %1: it was published on the profile as a direct post "
                 "(publish_id %2). Sending it again makes another post.")
                  .arg(when, entry.publishId)
            //: %1 is a date and time, %2 TikTok's publish_id.
            : tr("TikTok confirmed this pack on %1: it was sent to the TikTok inbox as a draft (publish_id "
                 "%2). Sending it again makes another draft.")
                  .arg(when, entry.publishId));
    m_againCheck->setChecked(false);
}

void SendToTikTokDialog::showJournalProblem(const Error &problem)
{
    m_journalProblem = problem;
    if (!problem.isError())
        return;
    m_message->showMessage(InlineMessage::Kind::Warning, problem.message());
    m_againCheck->setChecked(false);
}

bool SendToTikTokDialog::sendingNeedsTheTick() const
{
    return m_confirmed.has_value() || m_journalProblem.isError();
}

void SendToTikTokDialog::askAccount()
{
    m_accountLabel->setText(tr("Asking TikTok about the account…"));
    m_busy->setRunning(true);
    m_session->prepare();
    updateState();
}

void SendToTikTokDialog::onPrepared(const PostingPreparationResult &result)
{
    m_busy->setRunning(false);
    m_prepared = result;
    if (!result.isSuccess()) {
        m_accountLabel->setText(tr("TikTok account: not available."));
        m_message->showMessage(InlineMessage::Kind::Error, result.error.fullMessage());
        updateState();
        Q_EMIT accountChecked();
        return;
    }
    m_accountLabel->setText(result.nickname.isEmpty()
            ? tr("TikTok account: signed in (TikTok did not tell the name).")
            //: %1 is the TikTok account's nickname.
            : tr("TikTok account: %1").arg(result.nickname));
    const CreatorInfo &creator = result.creator;
    m_creator = creator;
    for (const QString &level : creator.privacyLevelOptions)
        m_privacyCombo->addItem(PostRules::privacyLevelName(level), level);
    m_privacyCombo->setCurrentIndex(-1);
    // Off until the operator turns them on; greyed out when the account turned them off.
    m_commentCheck->setChecked(false);
    m_duetCheck->setChecked(false);
    m_stitchCheck->setChecked(false);
    if (result.hasCreatorInfo && PostRules::postsArePrivate(creator, result.sandbox))
        m_privateNoticeLabel->setText(PostRules::privateNotice(result.sandbox));
    else if (result.sandbox)
        m_privateNoticeLabel->setText(PostRules::privateNotice(true));
    if (result.canInbox)
        m_inboxRadio->setChecked(true);
    else if (result.canDirect)
        m_directRadio->setChecked(true);
    showBudget();
    updateState();
    Q_EMIT accountChecked();
}

void SendToTikTokDialog::showBudget()
{
    if (!m_prepared || !m_prepared->sandbox || !m_session)
        return;
    const QString warning = m_session->budgetWarning();
    m_budgetLabel->setText(warning.isEmpty() ? m_session->budgetSummary() : warning);
    m_budgetAcknowledged = warning.isEmpty();
}

bool SendToTikTokDialog::isDirect() const
{
    return m_directRadio->isChecked();
}

bool SendToTikTokDialog::isBusy() const
{
    return m_session && (m_session->isPreparing() || m_session->isRunning());
}

PostOptions SendToTikTokDialog::options() const
{
    PostOptions options;
    options.mode = isDirect() ? PostMode::Direct : PostMode::Inbox;
    options.caption = m_captionEdit->toPlainText().trimmed();
    options.privacyLevel
        = m_privacyCombo->currentIndex() >= 0 ? m_privacyCombo->currentData().toString() : QString();
    options.disableComment = !m_commentCheck->isChecked();
    options.disableDuet = !m_duetCheck->isChecked();
    options.disableStitch = !m_stitchCheck->isChecked();
    return options;
}

QString SendToTikTokDialog::blocker() const
{
    if (!m_prepared || !m_prepared->isSuccess())
        return {};
    if (!m_inboxRadio->isChecked() && !m_directRadio->isChecked())
        return tr("Choose where the video goes.");
    const CreatorInfo *creator = m_prepared->hasCreatorInfo ? &m_prepared->creator : nullptr;
    const Error error = PostRules::check(options(), creator, m_prepared->sandbox);
    if (error.isError())
        return error.message();
    if (m_confirmed && !m_againCheck->isChecked())
        return tr("TikTok already has this pack. To send it once more, tick \"Send it again\".");
    if (m_journalProblem.isError() && !m_againCheck->isChecked())
        return tr("If TikTok does not have this pack yet (look in the TikTok app's inbox and on the "
                  "profile), tick \"Send anyway\".");
    return {};
}

void SendToTikTokDialog::updateCaptionCount()
{
    const int length = PostRules::captionLength(m_captionEdit->toPlainText().trimmed());
    //: %1 is the caption's length, %2 TikTok's limit (2,200).
    m_captionCountLabel->setText(
        tr("%1 / %2").arg(QLocale().toString(length), QLocale().toString(PostRules::CaptionLimit)));
    m_captionCountLabel->setAccessibleDescription(m_captionCountLabel->text());
    QPalette palette = m_captionCountLabel->palette();
    palette.setColor(QPalette::WindowText,
        length > PostRules::CaptionLimit ? QColor(Qt::red) : QWidget::palette().color(QPalette::WindowText));
    m_captionCountLabel->setPalette(palette);
}

void SendToTikTokDialog::updateState()
{
    updateCaptionCount();
    const bool ready = m_prepared && m_prepared->isSuccess();
    const bool busy = isBusy();
    const bool sent = m_sessionResult && m_sessionResult->outcome == PostingSessionResult::Outcome::Confirmed;
    const bool editable = ready && !busy && !sent;
    m_inboxRadio->setEnabled(editable && m_prepared->canInbox);
    m_directRadio->setEnabled(editable && m_prepared->canDirect);
    const bool direct = isDirect();
    for (QWidget *widget : { static_cast<QWidget *>(m_privacyLabel), static_cast<QWidget *>(m_privacyCombo),
             static_cast<QWidget *>(m_commentCheck), static_cast<QWidget *>(m_duetCheck),
             static_cast<QWidget *>(m_stitchCheck), static_cast<QWidget *>(m_consentLabel) })
        widget->setVisible(direct);
    m_privacyCombo->setEnabled(editable);
    // The account's own settings (from the last successful preparation) grey a toggle out.
    const CreatorInfo &creator = m_creator;
    const std::pair<QCheckBox *, bool> toggles[] = { { m_commentCheck, creator.commentDisabled },
        { m_duetCheck, creator.duetDisabled }, { m_stitchCheck, creator.stitchDisabled } };
    for (const auto &[toggle, creatorDisabled] : toggles) {
        toggle->setEnabled(editable && !creatorDisabled);
        if (creatorDisabled) {
            toggle->setChecked(false);
            toggle->setToolTip(tr("Turned off in the account's TikTok settings."));
        }
    }
    m_captionEdit->setReadOnly(!editable || !direct);
    m_againCheck->setText(m_journalProblem.isError() && !m_confirmed
            ? tr("Send a&nyway (TikTok may already have this pack)")
            : tr("Send it a&gain (another post on TikTok)"));
    m_againCheck->setVisible(sendingNeedsTheTick() && !sent);
    m_againCheck->setEnabled(editable);
    m_captionHintLabel->setText(direct
            ? QString()
            : tr("An inbox draft carries no caption: copy it from here and paste it in the "
                 "TikTok app when you finish the post."));
    m_captionHintLabel->setVisible(!direct);
    m_privateNoticeLabel->setVisible(!m_privateNoticeLabel->text().isEmpty());
    m_budgetLabel->setVisible(!m_budgetLabel->text().isEmpty());

    const QString why = editable ? blocker() : QString();
    m_blockerLabel->setText(why);
    m_blockerLabel->setVisible(!why.isEmpty());
    m_sendButton->setEnabled(editable && why.isEmpty());
    m_sendButton->setText(
        m_budgetAcknowledged || !m_prepared || !m_prepared->sandbox ? tr("&Send") : tr("&Send anyway"));
    m_cancelButton->setText(busy ? tr("Cancel") : tr("Close"));
    m_cancelButton->setAccessibleName(busy ? tr("Cancel") : tr("Close"));
}

void SendToTikTokDialog::send()
{
    if (!m_prepared || !m_prepared->isSuccess() || isBusy())
        return;
    const QString why = blocker();
    if (!why.isEmpty()) {
        m_message->showMessage(InlineMessage::Kind::Error, why);
        return;
    }
    PostingRequest request;
    request.options = options();
    // Only the operator's tick sends a pack TikTok already confirmed, or one the journal cannot speak for.
    request.again = sendingNeedsTheTick() && m_againCheck->isChecked();
    // The budget is on screen; "Send anyway" is the operator's decision to spend the calls.
    request.ignoreBudget = true;
    m_budgetAcknowledged = true;
    startSession(request);
}

void SendToTikTokDialog::startSession(PostingRequest request)
{
    request.packKey = m_pack.key;
    request.videoPath = QFile::decodeName(m_pack.videoNativePath);
    request.videoFacts = m_pack.video;
    m_result.reset();
    m_sessionResult.reset();
    m_notices.clear();
    m_noticeLabel->clear();
    m_noticeLabel->hide();
    m_message->showMessage(InlineMessage::Kind::Information, QString());
    m_progressBar->setValue(0);
    m_progressBar->show();
    m_session->start(request);
    updateState();
}

void SendToTikTokDialog::onPhase(PostingSession::Phase phase)
{
    switch (phase) {
    case PostingSession::Phase::Preparing:
        m_progressLabel->setText(tr("Checking the publish journal and the account…"));
        break;
    case PostingSession::Phase::Initializing:
        m_progressLabel->setText(tr("Asking TikTok to start the upload…"));
        break;
    case PostingSession::Phase::WaitingForRateLimit:
        m_progressLabel->setText(tr("Waiting for TikTok's rate limit (6 uploads a minute)…"));
        break;
    case PostingSession::Phase::Uploading:
        m_progressLabel->setText(tr("Uploading…"));
        break;
    case PostingSession::Phase::Processing:
        m_progressBar->setValue(1000);
        m_progressLabel->setText(tr("Uploaded. Waiting for TikTok to process the video…"));
        break;
    case PostingSession::Phase::Renewing:
        m_progressLabel->setText(tr("The access token expired; renewing it, then asking TikTok again…"));
        break;
    case PostingSession::Phase::Idle:
        break;
    }
    updateState();
}

void SendToTikTokDialog::onProgress(const TransferProgress &progress)
{
    m_progressBar->setValue(progress.perMille());
    //: %1 and %2 count the video's parts, %3 is the progress with speed and time left.
    m_progressLabel->setText(
        tr("Part %1 of %2 · %3").arg(progress.chunkIndex + 1).arg(progress.chunkCount).arg(progress.text()));
}

void SendToTikTokDialog::onFinished(const PostingSessionResult &session)
{
    m_sessionResult = session;
    m_result = session.upload;
    if (!m_prepared && !session.nickname.isEmpty())
        m_accountLabel->setText(tr("TikTok account: %1").arg(session.nickname));
    const UploadResult &result = session.upload;
    const QString nickname
        = session.nickname.isEmpty() && m_prepared ? m_prepared->nickname : session.nickname;
    switch (session.outcome) {
    case PostingSessionResult::Outcome::Confirmed: {
        QString text = result.text(nickname);
        if (result.markedPosted)
            text += QLatin1Char(' ') + tr("The pack is marked as posted.");
        else if (result.markError.isError())
            //: %1 explains why the mark could not be saved.
            text += QLatin1Char(' ')
                + tr("The pack could not be marked as posted (%1).").arg(result.markError.message());
        m_message->showMessage(InlineMessage::Kind::Success, text);
        m_confirmed.reset();
        break;
    }
    case PostingSessionResult::Outcome::AlreadyConfirmed:
        // Confirmed meanwhile (another sender): nothing was sent.
        m_confirmed = session.entry;
        if (m_confirmed)
            showConfirmed(*m_confirmed);
        break;
    case PostingSessionResult::Outcome::Cancelled:
    case PostingSessionResult::Outcome::Unconfirmed:
        m_message->showMessage(InlineMessage::Kind::Warning, session.error.fullMessage());
        break;
    case PostingSessionResult::Outcome::Failed:
        m_message->showMessage(InlineMessage::Kind::Error, session.error.fullMessage());
        break;
    }
    // A send anyway started a new journal; a failed one may have left this pack unknown in it.
    m_journalProblem = m_session->journalProblem(m_pack.key, QFile::decodeName(m_pack.videoNativePath));
    if (session.outcome != PostingSessionResult::Outcome::Unconfirmed
        && session.outcome != PostingSessionResult::Outcome::Confirmed)
        m_progressBar->hide();
    m_progressLabel->setText(
        session.outcome == PostingSessionResult::Outcome::Confirmed ? result.status.text() : QString());
    showBudget();
    updateState();
    Q_EMIT sendFinished();
}

void SendToTikTokDialog::reject()
{
    if (m_session && m_session->isRunning()) {
        m_session->cancel();
        return;
    }
    if (m_session)
        m_session->abortPrepare();
    QDialog::reject();
}

} // namespace Skybeam
