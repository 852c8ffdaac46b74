#pragma once

#include <QWizardPage>

class QFormLayout;
class QLabel;
class QPushButton;

namespace Skybeam {

class SetupSession;

/// The last page: what was set up (account, app, file, keychain), until when the publisher can renew by
/// itself, when to re-authorize next, and a way to the handoff packs.
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
    /// Shows `value` in the row of `label` (the row is hidden when `value` is empty).
    void setRow(QLabel *label, const QString &value);

    SetupSession *m_session;
    QFormLayout *m_form;
    QLabel *m_accountLabel;
    QLabel *m_appLabel;
    QLabel *m_fileLabel;
    QLabel *m_secretLabel;
    QLabel *m_renewalLabel;
    QLabel *m_reauthorizeLabel;
    QPushButton *m_browseButton;
};

} // namespace Skybeam
