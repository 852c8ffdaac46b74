#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace Skybeam {

class SetupSession;

/// The last page: what was set up (account, file, keychain, environment), until when the publisher can
/// renew by itself, when to re-authorize next, and a way to the handoff packs.
class DonePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DonePage)

public:
    explicit DonePage(SetupSession *session, QWidget *parent = nullptr);

    void initializePage() override;

Q_SIGNALS:
    void handoffPacksRequested();

private:
    SetupSession *m_session;
    QLabel *m_summaryLabel;
    QLabel *m_reauthorizeLabel;
    QPushButton *m_browseButton;
};

} // namespace Skybeam
