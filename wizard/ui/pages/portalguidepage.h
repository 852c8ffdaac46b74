#pragma once

#include <QWizardPage>

class QCheckBox;
class QVBoxLayout;

namespace Skybeam {

class CopyableField;
class SetupSession;
class UrlOpener;

/// The runbook's Steps 1–4 as a checklist: links into the TikTok developer portal, the exact values to
/// enter there (each with a Copy button), and what sandbox and production mean.
class PortalGuidePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalGuidePage)

public:
    /// The pages of the TikTok developer portal the guide links to.
    static QUrl portalUrl();
    static QUrl manageAppsUrl();

    PortalGuidePage(SetupSession *session, UrlOpener *urlOpener, QWidget *parent = nullptr);

    void initializePage() override;

private:
    QCheckBox *addStep(QVBoxLayout *layout, int number, const QString &title, const QString &text);
    CopyableField *addValue(
        QVBoxLayout *layout, const QString &name, const QString &caption, const QString &value);

    SetupSession *m_session;
    UrlOpener *m_urlOpener;
    CopyableField *m_redirectUriField = nullptr;
    CopyableField *m_contentScopesField = nullptr;
};

} // namespace Skybeam
