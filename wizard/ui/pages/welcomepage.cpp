#include "pages/welcomepage.h"

#include "setup/reminderschedule.h"

#include "common/roxypaths.h"
#include "setup/setupsession.h"
#include "widgets/commandlinkbutton.h"
#include "widgets/labels.h"
#include "widgets/pagescrollarea.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace Skybeam {

namespace {

QCommandLinkButton *commandButton(
    const QString &name, const QString &text, const QString &description, QWidget *parent)
{
    auto *button = new CommandLinkButton(text, description, parent);
    button->setObjectName(name);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    button->setAccessibleDescription(description);
    return button;
}

} // namespace

WelcomePage::WelcomePage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Welcome to SKYBEAM TikTok Setup"));
    setSubTitle(tr("Connects the SKYBEAM publisher to your TikTok account, step by step."));

    auto *content = new QWidget;
    m_headlineLabel = Labels::wrapped(QStringLiteral("statusHeadlineLabel"), content);
    QFont bold = m_headlineLabel->font();
    bold.setBold(true);
    m_headlineLabel->setFont(bold);
    m_detailsLabel = Labels::wrapped(QStringLiteral("statusDetailsLabel"), content);
    m_fileLabel = Labels::wrapped(QStringLiteral("credentialFileLabel"), content);
    m_keychainLabel = Labels::wrapped(QStringLiteral("keychainLabel"), content);
    m_remindersLabel = Labels::wrapped(QStringLiteral("remindersLabel"), content);

    m_setUpButton
        = commandButton(QStringLiteral("setUpCommandLinkButton"), tr("&Set up TikTok"), {}, content);
    m_reauthorizeButton
        = commandButton(QStringLiteral("reauthorizeCommandLinkButton"), tr("&Re-authorize"), {}, content);
    m_renewButton = commandButton(QStringLiteral("renewCommandLinkButton"), tr("Rene&w now"), {}, content);
    m_checkButton
        = commandButton(QStringLiteral("checkCommandLinkButton"), tr("&Check my setup"), {}, content);
    m_browseButton
        = commandButton(QStringLiteral("browsePacksCommandLinkButton"), tr("Browse handoff &packs"),
            tr("See the upload packs the publisher prepared for posting by hand."), content);
    m_noApiButton
        = commandButton(QStringLiteral("noApiAccessCommandLinkButton"), tr("I &don't have API access yet"),
            tr("Learn how SKYBEAM works without TikTok's API, and see its handoff packs."), content);
    m_diagnoseButton = commandButton(QStringLiteral("diagnoseCommandLinkButton"), tr("Dia&gnose a problem"),
        tr("Check everything the TikTok connection depends on, with a fix for each "
           "problem."),
        content);
    m_handoffLabel = Labels::wrapped(QStringLiteral("handoffModeLabel"), content);
    m_handoffLabel->hide();

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_headlineLabel);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_keychainLabel);
    layout->addWidget(m_remindersLabel);
    layout->addSpacing(m_headlineLabel->fontMetrics().height() / 2);
    for (QCommandLinkButton *button : { m_setUpButton, m_reauthorizeButton, m_renewButton, m_checkButton,
             m_browseButton, m_noApiButton, m_diagnoseButton })
        layout->addWidget(button);
    layout->addWidget(m_handoffLabel);
    layout->addStretch();

    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(new PageScrollArea(content, this));

    connect(m_setUpButton, &QCommandLinkButton::clicked, this, [this] { choose(SetupPath::FirstTime); });
    connect(
        m_reauthorizeButton, &QCommandLinkButton::clicked, this, [this] { choose(SetupPath::Reauthorize); });
    connect(m_renewButton, &QCommandLinkButton::clicked, this, [this] { choose(SetupPath::Renew); });
    connect(m_checkButton, &QCommandLinkButton::clicked, this, [this] { choose(SetupPath::Check); });
    connect(m_browseButton, &QCommandLinkButton::clicked, this, &WelcomePage::handoffPacksRequested);
    connect(m_noApiButton, &QCommandLinkButton::clicked, this, &WelcomePage::explainHandoffMode);
    connect(m_diagnoseButton, &QCommandLinkButton::clicked, this, &WelcomePage::diagnoseRequested);
    connect(m_session, &SetupSession::statusChanged, this, &WelcomePage::showState);
    connect(m_session, &SetupSession::keychainChanged, this, &WelcomePage::showState);
}

void WelcomePage::initializePage()
{
    m_chosen.reset();
    showState();
    // QWizard focuses the page's first control after this returns; the recommended way should have it.
    QTimer::singleShot(0, this, [this] {
        QCommandLinkButton *button = buttonFor(recommendedPath());
        if (button->isVisible() && button->isEnabled())
            button->setFocus();
    });
}

bool WelcomePage::isSecretKnown() const
{
    return m_session->status().credentials().hasClientSecret() || m_session->keychain().holdsSecret();
}

bool WelcomePage::isWaitingForKeychain() const
{
    return m_session->keychain().state() == KeychainStatus::State::Checking
        && !m_session->status().credentials().hasClientSecret();
}

SetupPath WelcomePage::recommendedPath() const
{
    const SetupPath recommended = m_session->status().recommendedPath();
    // Renewing needs the client secret; without it, signing in again (which asks for it) is the way.
    if (recommended == SetupPath::Renew && !isWaitingForKeychain() && !isSecretKnown())
        return SetupPath::Reauthorize;
    return recommended;
}

void WelcomePage::showState()
{
    const CredentialStatus &status = m_session->status();
    m_headlineLabel->setText(status.headline());
    m_detailsLabel->setText(status.details());
    m_fileLabel->setText(tr("Credential file: %1").arg(status.displayPath()));
    m_keychainLabel->setText(m_session->keychain().text());
    m_remindersLabel->setText(ReminderSchedule::text(ReminderSchedule::detect()));
    m_reauthorizeButton->setVisible(status.canReauthorize());
    m_renewButton->setVisible(status.canRenew());
    m_checkButton->setVisible(status.canCheck());
    // Without the secret in the file, Re-authorize and Renew wait for the keychain's answer.
    m_reauthorizeButton->setEnabled(!isWaitingForKeychain());
    m_renewButton->setEnabled(!isWaitingForKeychain() && isSecretKnown());

    const SetupPath recommended = recommendedPath();
    for (SetupPath path :
        { SetupPath::FirstTime, SetupPath::Reauthorize, SetupPath::Renew, SetupPath::Check }) {
        QCommandLinkButton *button = buttonFor(path);
        const QString description = descriptionFor(path);
        button->setDescription(path == recommended ? tr("Recommended. %1").arg(description) : description);
        button->setAccessibleDescription(button->description());
    }
}

QString WelcomePage::descriptionFor(SetupPath path) const
{
    switch (path) {
    case SetupPath::FirstTime:
        return m_session->status().state() == CredentialStatus::State::NotSetUp
            ? tr(
                "Create your TikTok app, enter its keys and sign in. The guide walks you through every step.")
            : tr("Start again with a new or changed TikTok app.");
    case SetupPath::Reauthorize:
        return tr("Sign in with TikTok again using your saved app keys.");
    case SetupPath::Renew:
        if (!isWaitingForKeychain() && !isSecretKnown())
            return tr("Not possible: the client secret is neither in the credential file nor in the system "
                      "keychain. Re-authorize instead.");
        return tr("Get a new access token with the saved refresh token. No browser needed.");
    case SetupPath::Check:
        return tr("Check the saved credentials and ask TikTok whether they work.");
    }
    return {};
}

QCommandLinkButton *WelcomePage::buttonFor(SetupPath path) const
{
    switch (path) {
    case SetupPath::FirstTime:
        return m_setUpButton;
    case SetupPath::Reauthorize:
        return m_reauthorizeButton;
    case SetupPath::Renew:
        return m_renewButton;
    case SetupPath::Check:
        return m_checkButton;
    }
    return m_setUpButton;
}

void WelcomePage::choose(SetupPath path)
{
    m_chosen = path;
    wizard()->next();
}

bool WelcomePage::validatePage()
{
    const SetupPath path = m_chosen.value_or(recommendedPath());
    if (!buttonFor(path)->isEnabled())
        return false;
    m_session->setPath(path);
    return true;
}

void WelcomePage::explainHandoffMode()
{
    m_handoffLabel->setText(tr(
        "Without TikTok API access, SKYBEAM works in Handoff mode: for each video the publisher prepares an "
        "upload pack in %1 with the video, its caption, metadata and a thumbnail, and you post it yourself "
        "in the TikTok app or on tiktok.com. Handoff mode needs no setup: it is used automatically while no "
        "credentials are saved. Meanwhile you can apply for the Content Posting API in the TikTok developer "
        "portal (Set up TikTok shows how) and come back when it is approved.")
                                .arg(RoxyPaths::displayPath(m_session->paths().exportsDir())));
    m_handoffLabel->show();
    Q_EMIT handoffPacksRequested();
}

} // namespace Skybeam
