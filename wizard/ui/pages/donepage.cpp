#include "pages/donepage.h"

#include "common/roxypaths.h"
#include "setup/credentialstatus.h"
#include "setup/setupflow.h"
#include "setup/setupsession.h"
#include "widgets/inlinemessage.h"
#include "widgets/labels.h"
#include "widgets/pagescrollarea.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Skybeam {

namespace {

QString longDate(const QDateTime &time)
{
    return CredentialStatus::dateText(time);
}

} // namespace

DonePage::DonePage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setFinalPage(true);
    auto *content = new QWidget;
    m_accountLabel = Labels::wrapped(QStringLiteral("accountLabel"), content);
    m_appLabel = Labels::wrapped(QStringLiteral("appLabel"), content);
    m_fileLabel = Labels::wrapped(QStringLiteral("fileLabel"), content);
    m_secretLabel = Labels::wrapped(QStringLiteral("secretLabel"), content);
    m_renewalLabel = Labels::wrapped(QStringLiteral("renewalLabel"), content);
    m_reauthorizeLabel = Labels::wrapped(QStringLiteral("reauthorizeLabel"), content);
    QFont bold = m_reauthorizeLabel->font();
    bold.setBold(true);
    m_reauthorizeLabel->setFont(bold);
    m_browseButton = new QPushButton(tr("Browse handoff &packs"), content);
    m_browseButton->setObjectName(QStringLiteral("browsePacksPushButton"));
    m_browseButton->setAccessibleName(tr("Browse handoff packs"));
    // Enter finishes the wizard; it never opens the viewer.
    m_browseButton->setAutoDefault(false);
    m_accountMessage = new InlineMessage(QStringLiteral("doneAccount"), content);
    m_remindCheckBox = new QCheckBox(tr("Re&mind me when it is time to re-authorize"), content);
    m_remindCheckBox->setObjectName(QStringLiteral("remindCheckBox"));
    m_remindCheckBox->setAccessibleName(tr("Remind me when it is time to re-authorize"));
    m_remindCheckBox->setAccessibleDescription(
        tr("A daily check shows a desktop notification from 5 days before the 30-day date."));
    m_remindMessage = new InlineMessage(QStringLiteral("remind"), content);
    setTabOrder(m_remindCheckBox, m_browseButton);

    m_form = new QFormLayout;
    m_form->addRow(tr("TikTok account:"), m_accountLabel);
    m_form->addRow(tr("App:"), m_appLabel);
    m_form->addRow(tr("Credential file:"), m_fileLabel);
    m_form->addRow(tr("Client secret:"), m_secretLabel);
    m_form->addRow(tr("Renews by itself until:"), m_renewalLabel);
    auto *handoff
        = new QLabel(tr("Posting by hand meanwhile, or as a fallback? The publisher's upload packs are one "
                        "click away:"),
            content);
    handoff->setWordWrap(true);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(m_form);
    layout->addWidget(m_accountMessage);
    layout->addSpacing(m_accountLabel->fontMetrics().height());
    layout->addWidget(m_reauthorizeLabel);
    layout->addWidget(m_remindCheckBox);
    layout->addWidget(m_remindMessage);
    layout->addSpacing(m_accountLabel->fontMetrics().height());
    layout->addWidget(handoff);
    layout->addWidget(m_browseButton, 0, Qt::AlignLeft);
    layout->addStretch();
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(new PageScrollArea(content, this));
    connect(m_browseButton, &QPushButton::clicked, this, &DonePage::handoffPacksRequested);
}

void DonePage::setRow(QLabel *label, const QString &value)
{
    label->setText(value);
    m_form->setRowVisible(label, !value.isEmpty());
}

void DonePage::initializePage()
{
    const TikTokCredentials &credentials = m_session->credentials();
    const SaveOutcome &saved = m_session->saveOutcome();
    const bool connected = credentials.hasAccessToken();
    setTitle(connected ? tr("TikTok is set up") : tr("TikTok is not set up yet"));
    setSubTitle(connected
            ? tr("The SKYBEAM publisher can post to TikTok.")
            : tr("Until it is, the publisher keeps preparing handoff packs for posting by hand."));

    setRow(m_accountLabel, m_session->accountName());
    setRow(m_appLabel,
        credentials.hasClientKey() ? tr("%1 (%2)").arg(credentials.clientKey(),
            credentials.isSandbox() ? tr("sandbox: posts visible only to you") : tr("production"))
                                   : QString());
    setRow(m_fileLabel,
        RoxyPaths::displayPath(saved.saved ? saved.filePath : m_session->paths().primaryCredentialFile()));
    // What this run saved, or else what the keychain said when the wizard started.
    const KeychainStatus &keychain = m_session->keychain();
    const bool inKeychain = saved.saved ? saved.inKeychain : keychain.holdsSecret();
    const bool noKeychain = saved.saved ? saved.keychainError.isError() : !keychain.isAvailable();
    setRow(m_secretLabel,
        !credentials.hasClientKey() ? QString()
            : inKeychain            ? tr("also kept in the system keychain")
            : noKeychain            ? tr("only in the credential file (no system keychain)")
                                    : tr("only in the credential file"));
    const QDateTime renewalEnd = credentials.refreshExpiresAt();
    setRow(m_renewalLabel, connected && renewalEnd.isValid() ? longDate(renewalEnd) : QString());

    // The one rule decides: a past date is never shown as a deadline ("overdue since …").
    m_reauthorizeLabel->setText(
        connected ? CredentialStatus::ofCredentials(credentials).reauthorizeText() : QString());
    m_reauthorizeLabel->setVisible(!m_reauthorizeLabel->text().isEmpty());

    const QString notice = SetupFlow::accountNotice(m_session->loginResult());
    m_accountMessage->showMessage(InlineMessage::Kind::Warning, notice);
    m_remindCheckBox->setVisible(connected);
    m_remindCheckBox->setChecked(SetupFlow::remindByDefault(ReminderSchedule::detect()));
    m_remindMessage->showMessage(InlineMessage::Kind::Warning, {});
}

bool DonePage::validatePage()
{
    if (m_remindCheckBox->isHidden() || !m_remindMessage->isHidden())
        return true;
    const QString error = SetupFlow::applyReminderChoice(m_remindCheckBox->isChecked(), m_reminderBinary);
    if (error.isEmpty())
        return true;
    // Said once; Finish again closes all the same.
    m_remindMessage->showMessage(InlineMessage::Kind::Warning,
        tr("The reminders could not be changed: %1 Run \"skybeam-setup remind --enable\" "
           "later, or choose Finish to close without them.")
            .arg(error));
    return false;
}

} // namespace Skybeam
