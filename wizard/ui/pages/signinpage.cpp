#include "pages/signinpage.h"

#include "setup/setupflow.h"
#include "setup/setupsession.h"
#include "widgets/busyindicator.h"
#include "widgets/inlinemessage.h"
#include "widgets/labels.h"
#include "widgets/pagescrollarea.h"
#include "widgets/pastedaddresspanel.h"
#include "widgets/urlopener.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace Skybeam {

SignInPage::SignInPage(SetupSession *session, UrlOpener *urlOpener, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_urlOpener(urlOpener)
    , m_countdownTimer(new QTimer(this))
{
    setTitle(tr("Sign in with TikTok"));
    setSubTitle(tr("Approve SKYBEAM Publisher in your browser, with the TikTok account the publisher should "
                   "post to."));

    auto *content = new QWidget;
    m_statusLabel = new QLabel(content);
    m_statusLabel->setObjectName(QStringLiteral("signInStatusLabel"));
    m_statusLabel->setWordWrap(true);
    QFont bold = m_statusLabel->font();
    bold.setBold(true);
    m_statusLabel->setFont(bold);
    m_busyIndicator = new BusyIndicator(content);
    m_busyIndicator->setObjectName(QStringLiteral("signInBusyIndicator"));
    m_countdownLabel = new QLabel(content);
    m_countdownLabel->setObjectName(QStringLiteral("countdownLabel"));
    m_cancelButton = Labels::button(
        QStringLiteral("cancelSignInPushButton"), tr("&Cancel sign-in"), tr("Cancel the sign-in"), content);
    m_errorMessage = new InlineMessage(QStringLiteral("error"), content);
    m_tryAgainButton = Labels::button(
        QStringLiteral("tryAgainPushButton"), tr("&Try again"), tr("Try signing in again"), content);
    m_fixKeysButton = Labels::button(QStringLiteral("fixKeysPushButton"), tr("Fix &keys"),
        tr("Fix keys: back to the client key and client secret"), content);
    m_freePortButton = Labels::button(QStringLiteral("freePortPushButton"), tr("&Use a free port instead"),
        tr("Use a free port instead of the one another program is using"), content);
    m_diagnoseButton = Labels::button(QStringLiteral("signInDiagnosePushButton"), tr("&Diagnose"),
        tr("Diagnose: check everything the TikTok connection depends on"), content);
    // The way forward first: it is also the default button (Enter).
    m_errorMessage->addButton(m_fixKeysButton);
    m_errorMessage->addButton(m_freePortButton);
    m_errorMessage->addButton(m_tryAgainButton);
    m_errorMessage->addButton(m_diagnoseButton);

    // After "Use a free port instead": the exact redirect URI to register, with Copy.
    m_freePortPanel = new QWidget(content);
    m_freePortPanel->setObjectName(QStringLiteral("freePortWidget"));
    auto *freePortLabel = new QLabel(
        tr("Add this redirect URI to your app in the TikTok developer portal (Login Kit, Redirect URI), "
           "exactly as shown, then choose Try again:"),
        m_freePortPanel);
    freePortLabel->setWordWrap(true);
    m_redirectLineEdit = new QLineEdit(m_freePortPanel);
    m_redirectLineEdit->setObjectName(QStringLiteral("freePortRedirectLineEdit"));
    m_redirectLineEdit->setReadOnly(true);
    m_redirectLineEdit->setAccessibleName(tr("Redirect URI to register"));
    m_copyRedirectButton = Labels::button(QStringLiteral("copyRedirectPushButton"), tr("Co&py"),
        tr("Copy the redirect URI to the clipboard"), m_freePortPanel);
    auto *freePortRow = new QHBoxLayout;
    freePortRow->addWidget(m_redirectLineEdit, 1);
    freePortRow->addWidget(m_copyRedirectButton);
    auto *freePortLayout = new QVBoxLayout(m_freePortPanel);
    freePortLayout->setContentsMargins(0, 0, 0, 0);
    freePortLayout->addWidget(freePortLabel);
    freePortLayout->addLayout(freePortRow);
    m_freePortPanel->hide();

    // What is shown while TikTok's answer is awaited: how to go on, and the link for when no browser opened.
    m_waitingPanel = new QWidget(content);
    m_instructionsLabel = new QLabel(tr("Your browser shows TikTok's page: sign in there and click "
                                        "Authorize. When TikTok says you can close "
                                        "the tab, come back here: the wizard continues by itself."),
        m_waitingPanel);
    m_instructionsLabel->setWordWrap(true);
    m_browserMessage = new InlineMessage(QStringLiteral("browser"), m_waitingPanel);
    m_linkLineEdit = new QLineEdit(m_waitingPanel);
    m_linkLineEdit->setObjectName(QStringLiteral("linkLineEdit"));
    m_linkLineEdit->setReadOnly(true);
    m_linkLineEdit->setAccessibleName(tr("Sign-in link"));
    m_linkLineEdit->setAccessibleDescription(tr("The address of TikTok's sign-in page. Open it in your "
                                                "browser if the browser did not open by itself."));
    auto *linkLabel = new QLabel(tr("&Link:"), m_waitingPanel);
    linkLabel->setBuddy(m_linkLineEdit);
    m_openAgainButton = Labels::button(QStringLiteral("openAgainPushButton"), tr("&Open again"),
        tr("Open the sign-in link in the browser again"), m_waitingPanel);
    m_copyLinkButton = Labels::button(QStringLiteral("copyLinkPushButton"), tr("Cop&y link"),
        tr("Copy the sign-in link to the clipboard"), m_waitingPanel);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(linkLabel);
    linkRow->addWidget(m_linkLineEdit, 1);
    linkRow->addWidget(m_openAgainButton);
    linkRow->addWidget(m_copyLinkButton);
    m_pastePanel = new PastedAddressPanel(m_waitingPanel);
    auto *waitingLayout = new QVBoxLayout(m_waitingPanel);
    waitingLayout->setContentsMargins(0, 0, 0, 0);
    waitingLayout->addWidget(m_instructionsLabel);
    waitingLayout->addWidget(m_browserMessage);
    waitingLayout->addLayout(linkRow);
    waitingLayout->addSpacing(fontMetrics().height());
    waitingLayout->addWidget(m_pastePanel);
    m_waitingPanel->hide();

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busyIndicator);
    auto *statusColumn = new QVBoxLayout;
    statusColumn->addWidget(m_statusLabel);
    statusColumn->addWidget(m_countdownLabel);
    statusRow->addLayout(statusColumn, 1);
    statusRow->addWidget(m_cancelButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(statusRow);
    layout->addWidget(m_errorMessage);
    layout->addWidget(m_freePortPanel);
    layout->addWidget(m_waitingPanel);
    layout->addStretch();
    setTabOrder(m_cancelButton, m_linkLineEdit);
    setTabOrder(m_linkLineEdit, m_openAgainButton);
    setTabOrder(m_openAgainButton, m_copyLinkButton);
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(new PageScrollArea(content, this));

    m_countdownTimer->setInterval(1000);
    connect(m_countdownTimer, &QTimer::timeout, this, &SignInPage::updateCountdown);
    connect(m_openAgainButton, &QPushButton::clicked, this, &SignInPage::openAgain);
    connect(m_copyLinkButton, &QPushButton::clicked, this, &SignInPage::copyLink);
    connect(
        m_pastePanel, &PastedAddressPanel::copyTikTokAddressRequested, this, &SignInPage::copyTikTokAddress);
    connect(m_pastePanel, &PastedAddressPanel::addressSubmitted, this, &SignInPage::usePastedAddress);
    connect(m_cancelButton, &QPushButton::clicked, this, &SignInPage::cancel);
    connect(m_tryAgainButton, &QPushButton::clicked, this, &SignInPage::start);
    connect(m_fixKeysButton, &QPushButton::clicked, this, &SignInPage::fixKeysRequested);
    connect(m_freePortButton, &QPushButton::clicked, this, &SignInPage::useFreePort);
    connect(m_diagnoseButton, &QPushButton::clicked, this, &SignInPage::diagnoseRequested);
    connect(m_copyRedirectButton, &QPushButton::clicked, this, &SignInPage::copyRedirectUri);
}

SignInPage::~SignInPage()
{
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->cancel();
    }
}

void SignInPage::initializePage()
{
    m_freePortPanel->hide();
    start();
}

void SignInPage::cleanupPage()
{
    cancel();
}

bool SignInPage::isComplete() const
{
    return m_succeeded;
}

void SignInPage::start()
{
    cancel();
    if (m_flow)
        m_flow->deleteLater();
    m_succeeded = false;
    m_errorMessage->showMessage(InlineMessage::Kind::Error, {});
    m_browserMessage->showMessage(InlineMessage::Kind::Warning, {});
    m_linkLineEdit->clear();
    m_freePortPanel->hide();
    m_pastePanel->clear();
    m_statusLabel->setText(tr("Getting ready to sign in…"));
    m_busyIndicator->setRunning(true);
    m_countdownLabel->clear();
    if (!m_session->endpoints()) {
        LoginResult failed;
        failed.error = m_session->endpoints().error();
        onFinished(failed);
        return;
    }
    m_flow = new LoginFlow([opener = m_urlOpener](const QUrl &url) { return opener->open(url); }, this);
    m_flow->setNetworkAccessManager(m_session->network());
    m_flow->setNetworkPolicy(m_session->networkPolicy());
    connect(m_flow, &LoginFlow::stateChanged, this, &SignInPage::onStateChanged);
    connect(m_flow, &LoginFlow::browserOpened, this, &SignInPage::onBrowserOpened);
    connect(m_flow, &LoginFlow::finished, this, &SignInPage::onFinished);
    m_flow->start(m_session->loginConfig());
    onStateChanged(m_flow->state());
    Q_EMIT completeChanged();
}

void SignInPage::cancel()
{
    if (m_flow && m_flow->isRunning())
        m_flow->cancel();
}

void SignInPage::onStateChanged(LoginFlow::State state)
{
    const bool waiting = state == LoginFlow::State::WaitingForBrowser;
    const bool running = m_flow && m_flow->isRunning();
    m_waitingPanel->setVisible(waiting);
    m_cancelButton->setVisible(running);
    m_busyIndicator->setRunning(running);
    if (waiting) {
        m_linkLineEdit->setText(m_flow->localStartUrl().toString());
        m_linkLineEdit->setCursorPosition(0);
        m_statusLabel->setText(tr("Waiting for you to approve in your browser…"));
        m_countdownTimer->start();
        updateCountdown();
    } else {
        m_countdownTimer->stop();
        m_countdownLabel->clear();
    }
    if (state == LoginFlow::State::CheckingKeys)
        m_statusLabel->setText(tr("Asking TikTok whether it accepts your app's keys…"));
    if (state == LoginFlow::State::Exchanging)
        m_statusLabel->setText(tr("TikTok approved. Getting your access from TikTok…"));
}

void SignInPage::onBrowserOpened(bool opened)
{
    m_browserMessage->showMessage(InlineMessage::Kind::Warning,
        opened ? QString()
               : tr("Your browser did not open. Copy the link below and paste it into "
                    "your browser's address bar, or click Open again."));
}

void SignInPage::onFinished(const LoginResult &result)
{
    // The flow's last state change already stopped the countdown; an attempt that never started has none.
    m_busyIndicator->setRunning(false);
    m_cancelButton->hide();
    m_waitingPanel->hide();
    m_session->noteSignInAttempt(result);
    if (!result.isSuccess()) {
        const SetupFlow::SignInProblem problem
            = SetupFlow::signInProblem(result.error, m_session->appSettings().redirectUri);
        m_statusLabel->setText(
            problem.cancelled ? tr("Sign-in cancelled.") : tr("The sign-in did not work."));
        m_fixKeysButton->setVisible(problem.recovery == SetupFlow::Recovery::FixKeys);
        m_freePortButton->setVisible(problem.recovery == SetupFlow::Recovery::UseFreePort);
        m_diagnoseButton->setVisible(!problem.cancelled);
        m_errorMessage->showMessage(
            problem.cancelled ? InlineMessage::Kind::Information : InlineMessage::Kind::Error, problem.text);
        // The way forward has the focus, so it is the default button: Enter takes it (not Back).
        QPushButton *forward = problem.recovery == SetupFlow::Recovery::FixKeys ? m_fixKeysButton
            : problem.recovery == SetupFlow::Recovery::UseFreePort              ? m_freePortButton
                                                                                : m_tryAgainButton;
        forward->setFocus();
        return;
    }
    m_statusLabel->setText(
        result.displayName.isEmpty() ? tr("Signed in.") : tr("Signed in as %1.").arg(result.displayName));
    m_session->setLoginResult(result);
    m_succeeded = true;
    Q_EMIT completeChanged();
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

void SignInPage::updateCountdown()
{
    if (!m_flow)
        return;
    const qint64 seconds = (m_flow->remainingTimeMs() + 999) / 1000;
    //: Time left to approve in the browser, as minutes:seconds
    m_countdownLabel->setText(
        tr("Time left: %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

void SignInPage::openAgain()
{
    if (m_flow && m_flow->state() == LoginFlow::State::WaitingForBrowser)
        onBrowserOpened(m_urlOpener->open(m_flow->localStartUrl()));
}

void SignInPage::useFreePort()
{
    m_session->useFreePortRedirect();
    m_redirectLineEdit->setText(m_session->appSettings().redirectUri);
    m_redirectLineEdit->setCursorPosition(0);
    m_freePortPanel->show();
    m_freePortButton->hide();
    m_errorMessage->showMessage(InlineMessage::Kind::Information,
        tr("SKYBEAM now uses a free port for the sign-in. The developer portal is opening: "
           "add the redirect URI below to your app, then choose Try again."));
    m_tryAgainButton->setFocus();
    m_urlOpener->open(SetupFlow::portalAppsUrl());
}

void SignInPage::copyRedirectUri()
{
    QGuiApplication::clipboard()->setText(m_redirectLineEdit->text());
    m_copyRedirectButton->setText(tr("Copied"));
    QTimer::singleShot(2000, this, [this] { m_copyRedirectButton->setText(tr("Co&py")); });
}

void SignInPage::copyTikTokAddress()
{
    if (!m_flow || m_flow->authorizationUrl().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_flow->authorizationUrl().toString(QUrl::FullyEncoded));
    m_pastePanel->showCopied();
}

void SignInPage::usePastedAddress(const QString &address)
{
    if (!m_flow)
        return;
    // LoginFlow decides (the loopback receiver's rule); an accepted address moves the page on by itself.
    const Error refused = m_flow->submitCallbackAddress(address);
    if (refused.isError())
        m_pastePanel->showRefusal(refused.message());
    else
        m_pastePanel->clear();
}

void SignInPage::copyLink()
{
    QGuiApplication::clipboard()->setText(m_linkLineEdit->text());
    m_copyLinkButton->setText(tr("Copied"));
    QTimer::singleShot(2000, this, [this] { m_copyLinkButton->setText(tr("Cop&y link")); });
}

} // namespace Skybeam
