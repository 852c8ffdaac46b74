#include "pages/portalguidepage.h"

#include "setup/setupsession.h"
#include "widgets/copyablefield.h"
#include "widgets/labels.h"
#include "widgets/pagescrollarea.h"
#include "widgets/urlopener.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Skybeam {

QUrl PortalGuidePage::portalUrl()
{
    return QUrl(QStringLiteral("https://developers.tiktok.com/"));
}

QUrl PortalGuidePage::manageAppsUrl()
{
    return QUrl(QStringLiteral("https://developers.tiktok.com/apps/"));
}

PortalGuidePage::PortalGuidePage(SetupSession *session, UrlOpener *urlOpener, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_urlOpener(urlOpener)
{
    setTitle(tr("Create your TikTok app"));
    setSubTitle(tr("Do these four steps in the TikTok developer portal, then tick them off. Already have an "
                   "app? Go straight to Next."));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    addStep(layout, 1, tr("Create a TikTok developer account"),
        tr("Open the developer portal, click Log in and sign in with your TikTok account. Accept the "
           "Developer Terms of Service and complete your developer profile."));
    auto *portalButton = Labels::button(QStringLiteral("openPortalPushButton"),
        tr("Open the developer &portal"), tr("Open the TikTok developer portal in your browser"), content);
    layout->addWidget(portalButton, 0, Qt::AlignLeft);
    addValue(layout, QStringLiteral("portalUrl"), tr("Address"), portalUrl().toString());

    addStep(layout, 2, tr("Create an app"),
        tr("Go to Manage apps and click Create app. Enter these values exactly, upload a 100×100 PNG as "
           "the app icon, then click Create."));
    auto *appsButton = Labels::button(QStringLiteral("openManageAppsPushButton"), tr("Open &Manage apps"),
        tr("Open Manage apps in your browser"), content);
    layout->addWidget(appsButton, 0, Qt::AlignLeft);
    addValue(layout, QStringLiteral("appName"), tr("App name"), QStringLiteral("SKYBEAM Publisher"));
    addValue(layout, QStringLiteral("appDescription"), tr("App description"),
        QStringLiteral("Automated short-form video publisher"));
    addValue(layout, QStringLiteral("category"), tr("Category"), QStringLiteral("Content & Publishing"));

    addStep(layout, 3, tr("Add the products"),
        tr("In your app's settings, open Add products. Enable Login Kit with this redirect URI and scope. "
           "Then enable the Content Posting API and click Apply: it needs TikTok's approval before the "
           "publisher can post (until then, use Handoff mode)."));
    m_redirectUriField = addValue(layout, QStringLiteral("guideRedirectUri"), tr("Redirect URI"), {});
    addValue(layout, QStringLiteral("loginScope"), tr("Login Kit scope"), QStringLiteral("user.info.basic"));
    m_contentScopesField = addValue(layout, QStringLiteral("guideScopes"), tr("Scopes to request"), {});

    addStep(layout, 4, tr("Find your client key and secret"),
        tr("Open your app's Overview page. Under Keys and Credentials you find the Client Key and the "
           "Client Secret: you paste them on the next page. Copy the Client Key, not the numeric App ID."));

    auto *environments = Labels::wrapped(QStringLiteral("environmentsLabel"), content,
        tr("Sandbox or production? New apps start in sandbox: videos are visible only to you, and TikTok "
           "allows about 20 API calls a day, which is enough to test the publisher. To post publicly, click "
           "Submit for review and provide a demo video, a privacy policy URL and a terms of service URL. "
           "TikTok's review can take 1–2 weeks; until the app is approved, it can only post privately."));
    layout->addSpacing(environments->fontMetrics().height() / 2);
    layout->addWidget(environments);
    layout->addStretch();

    const QList<CopyableField *> fields = content->findChildren<CopyableField *>();
    int captionWidth = 0;
    for (const CopyableField *field : fields)
        captionWidth = qMax(captionWidth, field->captionWidth());
    for (CopyableField *field : fields)
        field->setCaptionWidth(captionWidth);

    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(new PageScrollArea(content, this));

    connect(portalButton, &QPushButton::clicked, this, [this] { m_urlOpener->open(portalUrl()); });
    connect(appsButton, &QPushButton::clicked, this, [this] { m_urlOpener->open(manageAppsUrl()); });
}

void PortalGuidePage::initializePage()
{
    m_redirectUriField->setValue(m_session->appSettings().redirectUri);
    m_contentScopesField->setValue(m_session->appSettings().scopes.join(QLatin1Char(',')));
}

QCheckBox *PortalGuidePage::addStep(
    QVBoxLayout *layout, int number, const QString &title, const QString &text)
{
    QWidget *parent = layout->parentWidget();
    //: %1 is the step number (1-4), %2 its title
    auto *checkBox = new QCheckBox(tr("Step &%1: %2").arg(number).arg(title), parent);
    checkBox->setObjectName(QStringLiteral("step%1CheckBox").arg(number));
    checkBox->setAccessibleName(tr("Step %1 done: %2").arg(number).arg(title));
    QFont bold = checkBox->font();
    bold.setBold(true);
    checkBox->setFont(bold);
    if (number > 1)
        layout->addSpacing(checkBox->fontMetrics().height() / 2);
    layout->addWidget(checkBox);
    auto *label = Labels::wrapped(QStringLiteral("step%1Label").arg(number), parent, text);
    label->setIndent(checkBox->fontMetrics().height() + checkBox->fontMetrics().averageCharWidth());
    layout->addWidget(label);
    return checkBox;
}

CopyableField *PortalGuidePage::addValue(
    QVBoxLayout *layout, const QString &name, const QString &caption, const QString &value)
{
    auto *field = new CopyableField(name, caption, value, layout->parentWidget());
    field->setContentsMargins(
        field->fontMetrics().height() + field->fontMetrics().averageCharWidth(), 0, 0, 0);
    layout->addWidget(field);
    return field;
}

} // namespace Skybeam
