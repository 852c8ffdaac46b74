#include "pages/validationpage.h"

#include "setup/setupchecks.h"
#include "setup/setupflow.h"
#include "setup/setupsession.h"
#include "widgets/avatarlabel.h"
#include "widgets/busyindicator.h"
#include "widgets/checklistwidget.h"
#include "widgets/inlinemessage.h"
#include "widgets/labels.h"
#include "widgets/pagescrollarea.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>

namespace Skybeam {

namespace {

ChecklistWidget *checklist(const QString &name, QWidget *parent)
{
    auto *widget = new ChecklistWidget(parent);
    widget->setObjectName(name);
    return widget;
}

} // namespace

ValidationPage::ValidationPage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Check your setup"));
    setSubTitle(tr("The runbook's checks on the credential file, then a live check with TikTok."));

    auto *content = new QWidget;
    m_runbookChecklist = checklist(QStringLiteral("runbookChecklistWidget"), content);
    m_strictChecklist = checklist(QStringLiteral("strictChecklistWidget"), content);
    m_liveChecklist = checklist(QStringLiteral("liveChecklistWidget"), content);
    m_avatarLabel = new AvatarLabel(content);
    m_avatarLabel->hide();
    m_quotaLabel = new QLabel(content);
    m_quotaLabel->setObjectName(QStringLiteral("quotaLabel"));
    m_quotaLabel->setWordWrap(true);
    m_busyIndicator = new BusyIndicator(content);
    m_busyIndicator->setObjectName(QStringLiteral("validationBusyIndicator"));
    m_message = new InlineMessage(QStringLiteral("validation"), content);
    m_fixButton = Labels::button(QStringLiteral("fixPermissionsPushButton"), tr("&Fix permissions"),
        tr("Fix the credential file's permissions so only you can read it"), content);
    m_copyButton = Labels::button(QStringLiteral("copyReportPushButton"), tr("Copy &report"),
        tr("Copy the report to the clipboard"), content);
    m_checkAgainButton = Labels::button(
        QStringLiteral("checkAgainPushButton"), tr("Check a&gain"), tr("Check again"), content);
    m_diagnoseButton = Labels::button(QStringLiteral("validationDiagnosePushButton"), tr("&Diagnose"),
        tr("Diagnose: check everything the TikTok connection depends on"), content);
    m_diagnoseButton->hide();

    auto *liveRow = new QHBoxLayout;
    liveRow->addWidget(m_avatarLabel, 0, Qt::AlignTop);
    liveRow->addWidget(m_liveChecklist, 1);
    liveRow->addWidget(m_busyIndicator, 0, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_checkAgainButton);
    buttons->addWidget(m_diagnoseButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(content);
    // What matters most first: does TikTok accept it, then the file's checks in detail.
    layout->addWidget(Labels::heading(tr("Live check with TikTok"), content));
    layout->addLayout(liveRow);
    layout->addWidget(m_quotaLabel);
    const int sectionGap = m_quotaLabel->fontMetrics().height() / 2;
    layout->addSpacing(sectionGap);
    layout->addWidget(Labels::heading(tr("Credential file (the runbook's checks)"), content));
    layout->addWidget(m_runbookChecklist);
    layout->addSpacing(sectionGap);
    layout->addWidget(Labels::heading(tr("Security and expiry"), content));
    layout->addWidget(m_strictChecklist);
    layout->addWidget(m_fixButton, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addStretch();
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(new PageScrollArea(content, this));

    connect(m_fixButton, &QPushButton::clicked, this, &ValidationPage::fixPermissions);
    connect(m_copyButton, &QPushButton::clicked, this, &ValidationPage::copyReport);
    connect(m_checkAgainButton, &QPushButton::clicked, this, &ValidationPage::check);
    connect(m_diagnoseButton, &QPushButton::clicked, this, &ValidationPage::diagnoseRequested);
}

void ValidationPage::initializePage()
{
    m_message->showMessage(InlineMessage::Kind::Information, {});
    check();
}

void ValidationPage::cleanupPage()
{
    if (m_liveCheck)
        m_liveCheck->abort();
}

void ValidationPage::check()
{
    m_report = m_session->validateFile();
    m_runbookChecklist->setItems(SetupChecks::runbookItems(m_report));
    m_strictChecklist->setItems(SetupChecks::strictItems(m_report));
    m_fixButton->setVisible(SetupChecks::canFixPermissions(m_report));
    m_live.reset();
    m_avatarLabel->hide();
    m_liveChecklist->setItems(SetupChecks::pendingLiveItems());
    const TikTokCredentials credentials = m_report.read.credentials;
    m_quotaLabel->setText(credentials.isSandbox()
            ? tr("Sandbox apps get about 20 API calls a day; this check uses 2 of them.")
            : QString());
    m_quotaLabel->setVisible(credentials.isSandbox());
    if (!m_session->endpoints()) {
        LiveCheckResult failed;
        failed.userError = m_session->endpoints().error();
        onLiveChecked(failed);
        return;
    }
    if (!m_liveCheck) {
        m_liveCheck = new LiveCheck(*m_session->endpoints(), m_session->network(), this);
        m_liveCheck->setNetworkPolicy(m_session->networkPolicy());
        connect(m_liveCheck, &LiveCheck::finished, this, &ValidationPage::onLiveChecked);
    }
    m_liveCheck->abort();
    m_busyIndicator->setRunning(true);
    m_checkAgainButton->setEnabled(false);
    m_liveCheck->start(credentials);
}

void ValidationPage::onLiveChecked(const LiveCheckResult &result)
{
    m_live = result;
    m_busyIndicator->setRunning(false);
    m_checkAgainButton->setEnabled(true);
    const QList<CheckItem> liveItems = SetupChecks::liveItems(result);
    m_liveChecklist->setItems(liveItems);
    if (result.hasUser()) {
        m_session->rememberAccount(result.user.displayName, result.user.openId);
        m_avatarLabel->setAvatar(result.avatar, result.user.displayName);
        m_avatarLabel->show();
    }
    if (m_report.read.credentials.isSandbox()) {
        m_quotaLabel->setText(tr("Sandbox apps get about 20 API calls a day; this check used %n of them.",
            nullptr, result.apiCalls));
    }
    const QList<CheckItem> items
        = SetupChecks::runbookItems(m_report) + SetupChecks::strictItems(m_report) + liveItems;
    const bool failed = std::any_of(items.cbegin(), items.cend(),
        [](const CheckItem &item) { return item.status == CheckItem::Status::Fail; });
    m_diagnoseButton->setVisible(failed);
    if (SetupFlow::advancesAfterCheck(m_session->path(), items) && wizard()
        && wizard()->currentPage() == this)
        wizard()->next();
}

void ValidationPage::fixPermissions()
{
    const Error error = m_session->fixPermissions();
    if (error.isError()) {
        m_message->showMessage(InlineMessage::Kind::Error, error.message());
        return;
    }
    m_message->showMessage(
        InlineMessage::Kind::Success, tr("Fixed: only you can read the credential file now."));
    check();
}

void ValidationPage::copyReport()
{
    QGuiApplication::clipboard()->setText(SetupChecks::reportText(m_report, m_live ? &*m_live : nullptr));
    m_copyButton->setText(tr("Copied"));
    QTimer::singleShot(2000, this, [this] { m_copyButton->setText(tr("Copy &report")); });
}

} // namespace Skybeam
