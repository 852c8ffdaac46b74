#include "pages/savingpage.h"

#include "common/roxypaths.h"
#include "credentials/credentialstore.h"
#include "oauth/tokenrefresher.h"
#include "setup/setupsession.h"
#include "widgets/busyindicator.h"
#include "widgets/checklistwidget.h"
#include "widgets/inlinemessage.h"
#include "widgets/pagescrollarea.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace Skybeam {

namespace {

const QLatin1String ApprovedRow("approved");
const QLatin1String MissingScopesRow("missingScopes");
const QLatin1String OtherAccountRow("otherAccount");
const QLatin1String FirstAccountRow("firstAccount");
const QLatin1String RenewRow("renew");
const QLatin1String FileRow("file");
const QLatin1String KeychainRow("keychain");

} // namespace

SavingPage::SavingPage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Saving your TikTok access"));
    setSubTitle(tr("The credentials are saved where the SKYBEAM publisher reads them."));
    setCommitPage(true);

    auto *content = new QWidget;
    m_busyIndicator = new BusyIndicator(content);
    m_busyIndicator->setObjectName(QStringLiteral("savingBusyIndicator"));
    m_checklist = new ChecklistWidget(content);
    m_checklist->setObjectName(QStringLiteral("savingChecklistWidget"));
    m_errorMessage = new InlineMessage(QStringLiteral("savingError"), content);
    m_tryAgainButton = new QPushButton(tr("&Try again"), content);
    m_tryAgainButton->setObjectName(QStringLiteral("savingTryAgainPushButton"));
    m_tryAgainButton->setAccessibleName(tr("Try again"));
    m_reauthorizeButton = new QPushButton(tr("&Re-authorize"), content);
    m_reauthorizeButton->setObjectName(QStringLiteral("reauthorizePushButton"));
    m_reauthorizeButton->setAccessibleName(tr("Re-authorize: sign in with TikTok again"));
    m_diagnoseButton = new QPushButton(tr("&Diagnose"), content);
    m_diagnoseButton->setObjectName(QStringLiteral("savingDiagnosePushButton"));
    m_diagnoseButton->setAccessibleName(tr("Diagnose: check everything the TikTok connection depends on"));
    m_errorMessage->addButton(m_tryAgainButton);
    m_errorMessage->addButton(m_reauthorizeButton);
    m_errorMessage->addButton(m_diagnoseButton);

    auto *row = new QHBoxLayout;
    row->addWidget(m_checklist, 1);
    row->addWidget(m_busyIndicator, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(row);
    layout->addWidget(m_errorMessage);
    layout->addStretch();
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(new PageScrollArea(content, this));

    connect(m_tryAgainButton, &QPushButton::clicked, this, &SavingPage::start);
    connect(m_reauthorizeButton, &QPushButton::clicked, this, &SavingPage::reauthorizationRequested);
    connect(m_diagnoseButton, &QPushButton::clicked, this, &SavingPage::diagnoseRequested);
}

void SavingPage::initializePage()
{
    setButtonText(QWizard::CommitButton, wizard()->buttonText(QWizard::NextButton));
    start();
}

bool SavingPage::isComplete() const
{
    return m_done;
}

void SavingPage::start()
{
    if (m_working)
        return;
    m_done = false;
    m_checklist->clear();
    m_errorMessage->showMessage(InlineMessage::Kind::Error, {});
    Q_EMIT completeChanged();
    if (m_session->path() == SetupPath::Renew)
        renew();
    else
        save();
}

void SavingPage::save()
{
    setTitle(tr("Saving your TikTok access"));
    const LoginResult &login = m_session->loginResult();
    m_checklist->setItem(ApprovedRow, ChecklistWidget::Status::Pass,
        m_session->accountName().isEmpty()
            ? tr("TikTok approved access")
            : tr("TikTok approved access for %1").arg(m_session->accountName()),
        tr("Allowed: %1").arg(login.grantedScopes.join(QStringLiteral(", "))));
    if (!login.missingScopes.isEmpty()) {
        m_checklist->setItem(MissingScopesRow, ChecklistWidget::Status::Warning,
            tr("Not everything was allowed"),
            tr("Not allowed: %1. The app may not be approved for these yet, or they were unticked "
               "in the browser; the publisher may not be able to post. Re-authorize to try again.")
                .arg(login.missingScopes.join(QStringLiteral(", "))));
    }
    if (login.accountChanged) {
        m_checklist->setItem(OtherAccountRow, ChecklistWidget::Status::Warning,
            tr("This is a different TikTok account than before"),
            tr("The publisher will post to the account you just signed in with. If that is not "
               "the right one, sign out of TikTok in your browser and re-authorize."));
    }
    if (login.firstLogin) {
        const QString who = login.displayName.isEmpty() ? login.openId : login.displayName;
        //: %1 is the TikTok account's display name.
        m_checklist->setItem(FirstAccountRow, ChecklistWidget::Status::Warning,
            tr("Check the account: the publisher will post to %1").arg(who),
            tr("This is the first TikTok account connected here. If %1 is not your account, "
               "sign out of TikTok in your browser and re-authorize.")
                .arg(who));
    }
    m_checklist->setItem(FileRow, ChecklistWidget::Status::Pending, tr("Saving the credential file…"));
    m_checklist->setItem(
        KeychainRow, ChecklistWidget::Status::Pending, tr("Storing the secret in the system keychain…"));
    m_working = true;
    m_busyIndicator->setRunning(true);
    CredentialStoreJob *job = m_session->saveCredentials();
    connect(job, &CredentialStoreJob::finished, this, &SavingPage::onSaved);
}

void SavingPage::onSaved(CredentialStoreJob *job)
{
    m_working = false;
    m_busyIndicator->setRunning(false);
    if (job->fileError().isError()) {
        m_checklist->setItem(FileRow, ChecklistWidget::Status::Fail,
            tr("The credential file could not be saved"), job->fileError().message());
        m_checklist->removeItem(KeychainRow);
        fail(job->fileError().message(), false);
        return;
    }
    showSaved(job->file().path, job->keychainError());
}

void SavingPage::renew()
{
    setTitle(tr("Renewing your TikTok access"));
    if (!m_session->endpoints()) {
        fail(m_session->endpoints().error().message(), false);
        return;
    }
    m_checklist->setItem(
        RenewRow, ChecklistWidget::Status::Pending, tr("Renewing access with the saved refresh token…"));
    if (m_refresher)
        m_refresher->deleteLater();
    m_refresher = new TokenRefresher(m_session->credentialStore(), *m_session->endpoints(), this);
    m_refresher->setNetworkAccessManager(m_session->network());
    m_refresher->setNetworkPolicy(m_session->networkPolicy());
    connect(m_refresher, &TokenRefresher::finished, this, &SavingPage::onRenewed);
    m_working = true;
    m_busyIndicator->setRunning(true);
    m_refresher->start();
}

void SavingPage::onRenewed(const TokenMaintenanceResult &result)
{
    m_working = false;
    m_busyIndicator->setRunning(false);
    if (!result.isSuccess()) {
        m_checklist->setItem(RenewRow, ChecklistWidget::Status::Fail, tr("Access could not be renewed"),
            result.error.fullMessage());
        fail(result.needsReauthorization() ? tr(
                 "Renewing is no longer possible: sign in with TikTok again (Re-authorize). Your saved app "
                 "keys are used.")
                                           : result.error.fullMessage(),
            result.needsReauthorization());
        return;
    }
    m_session->setCredentials(result.credentials);
    const QDateTime expires = result.credentials.expiresAt();
    m_checklist->setItem(RenewRow, ChecklistWidget::Status::Pass, tr("Got a new access token"),
        expires.isValid() ? tr("Valid until %1. The publisher renews it by itself after that.")
                                .arg(QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat))
                          : QString());
    showSaved(m_session->paths().primaryCredentialFile(), result.keychainError);
}

void SavingPage::showSaved(const QString &filePath, const Error &keychainError)
{
    m_checklist->setItem(FileRow, ChecklistWidget::Status::Pass, tr("Saved the credential file"),
        tr("%1 — only you can read it. The publisher uses it from now on.")
            .arg(RoxyPaths::displayPath(filePath)));
    SaveOutcome outcome;
    outcome.saved = true;
    outcome.filePath = filePath;
    outcome.inKeychain = !keychainError.isError();
    outcome.keychainError = keychainError;
    if (outcome.inKeychain) {
        m_checklist->setItem(KeychainRow, ChecklistWidget::Status::Pass,
            tr("Secret stored in the system keychain"),
            tr("The client secret and refresh token are also kept in the system keychain, so "
               "re-authorizing needs no typing."));
    } else {
        m_checklist->setItem(KeychainRow, ChecklistWidget::Status::Warning,
            tr("Secret not stored in the system keychain"),
            tr("%1 The credential file was written all the same, so the publisher works.")
                .arg(keychainError.message()));
    }
    m_session->setSaveOutcome(outcome);
    m_done = true;
    Q_EMIT completeChanged();
    // Saved: on to the check by itself (what needs reading is repeated on the check and Done pages).
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

void SavingPage::fail(const QString &message, bool needsReauthorization)
{
    m_tryAgainButton->setVisible(!needsReauthorization);
    m_reauthorizeButton->setVisible(needsReauthorization);
    m_errorMessage->showMessage(InlineMessage::Kind::Error, message);
    (needsReauthorization ? m_reauthorizeButton : m_tryAgainButton)->setFocus();
}

} // namespace Skybeam
