#include "pages/donepage.h"

#include "common/roxypaths.h"
#include "credentials/credentialvalidator.h"
#include "setup/setupsession.h"
#include "widgets/pagescrollarea.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Skybeam {

namespace {

QLabel *textLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString longDate(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::LongFormat);
}

} // namespace

DonePage::DonePage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setFinalPage(true);
    auto *content = new QWidget;
    m_summaryLabel = textLabel(QStringLiteral("summaryLabel"), content);
    m_reauthorizeLabel = textLabel(QStringLiteral("reauthorizeLabel"), content);
    QFont bold = m_reauthorizeLabel->font();
    bold.setBold(true);
    m_reauthorizeLabel->setFont(bold);
    m_browseButton = new QPushButton(tr("Browse handoff &packs"), content);
    m_browseButton->setObjectName(QStringLiteral("browsePacksPushButton"));
    m_browseButton->setAccessibleName(tr("Browse handoff packs"));
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_reauthorizeLabel);
    layout->addSpacing(m_summaryLabel->fontMetrics().height());
    layout->addWidget(new QLabel(tr("Posting by hand meanwhile, or as a fallback? The publisher's upload packs "
                                    "are one click away:"),
                                 content));
    layout->addWidget(m_browseButton, 0, Qt::AlignLeft);
    layout->addStretch();
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(new PageScrollArea(content, this));
    connect(m_browseButton, &QPushButton::clicked, this, &DonePage::handoffPacksRequested);
}

void DonePage::initializePage()
{
    const TikTokCredentials &credentials = m_session->credentials();
    const SaveOutcome &saved = m_session->saveOutcome();
    const bool connected = credentials.hasAccessToken();
    setTitle(connected ? tr("TikTok is set up") : tr("TikTok is not set up yet"));
    setSubTitle(connected ? tr("The SKYBEAM publisher can post to TikTok.")
                          : tr("Until it is, the publisher keeps preparing handoff packs for posting by hand."));

    QStringList lines;
    if (!m_session->accountName().isEmpty())
        lines.append(tr("TikTok account: %1").arg(m_session->accountName()));
    if (credentials.hasClientKey()) {
        lines.append(tr("App: %1 (%2)").arg(credentials.clientKey(),
                                            credentials.isSandbox() ? tr("sandbox: posts visible only to you")
                                                                    : tr("production")));
    }
    const QString file = saved.saved ? saved.filePath : m_session->paths().primaryCredentialFile();
    lines.append(tr("Credential file: %1").arg(RoxyPaths::displayPath(file)));
    if (saved.saved) {
        lines.append(saved.inKeychain ? tr("Client secret: also kept in the system keychain.")
                                      : tr("Client secret: only in the credential file (no system keychain)."));
    }
    const QDateTime renewalEnd = credentials.refreshExpiresAt();
    if (connected && renewalEnd.isValid()) {
        lines.append(tr("The publisher renews the access by itself until %1.").arg(longDate(renewalEnd)));
    }
    m_summaryLabel->setText(lines.join(QLatin1Char('\n')));

    const QDateTime authorized = credentials.authorizedAt();
    if (connected && authorized.isValid()) {
        const QDateTime next = authorized.addDays(CredentialValidator::ReauthorizeAfterDays);
        m_reauthorizeLabel->setText(
            tr("Re-authorize by %1 (every 30 days, as the runbook asks): start SKYBEAM Setup and choose "
               "Re-authorize.")
                .arg(longDate(next)));
    } else {
        m_reauthorizeLabel->clear();
    }
    m_reauthorizeLabel->setVisible(!m_reauthorizeLabel->text().isEmpty());
}

} // namespace Skybeam
