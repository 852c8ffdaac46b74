#pragma once

#include <QWizardPage>

class QCheckBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace Skybeam {

class InlineMessage;
class SetupSession;

/// The last page: what was set up (account, app, file, keychain), which account to confirm, until when the
/// publisher can renew by itself, when to re-authorize next, "Remind me when it is time to re-authorize"
/// (applied on Finish), and a way to the handoff packs. Enter finishes.
class DonePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DonePage)

public:
    explicit DonePage(SetupSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    /// Finish: applies the reminders choice (SetupFlow::applyReminderChoice).
    bool validatePage() override;
    /// The program the reminders run (`BINARY remind`): skybeam-setup itself.
    void setReminderBinary(const QString &binary) { m_reminderBinary = binary; }

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
    InlineMessage *m_accountMessage;
    QCheckBox *m_remindCheckBox;
    InlineMessage *m_remindMessage;
    QString m_reminderBinary;
};

} // namespace Skybeam
