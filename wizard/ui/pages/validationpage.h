#pragma once

#include "credentials/credentialvalidator.h"
#include "setup/livecheck.h"

#include <QPointer>
#include <QWizardPage>

#include <optional>

class QLabel;
class QPushButton;

namespace Skybeam {

class AvatarLabel;
class BusyIndicator;
class ChecklistWidget;
class InlineMessage;
class SetupSession;

/// Checks the setup: the runbook's four checks, file permissions (with Fix), expiries, scopes and
/// environment, then live with TikTok the account (name and avatar) and whether it can post. Copy report
/// puts the whole result on the clipboard; Diagnose appears when something failed. After a sign-in or renewal
/// it moves on to the Done page by itself when nothing needs the operator (SetupFlow decides).
class ValidationPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidationPage)

public:
    explicit ValidationPage(SetupSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    /// The last live result (for tests); empty while checking.
    const std::optional<LiveCheckResult> &liveResult() const { return m_live; }

Q_SIGNALS:
    /// Diagnose: the doctor's checks.
    void diagnoseRequested();

private:
    void check();
    void onLiveChecked(const LiveCheckResult &result);
    void fixPermissions();
    void copyReport();

    SetupSession *m_session;
    ChecklistWidget *m_runbookChecklist;
    ChecklistWidget *m_strictChecklist;
    ChecklistWidget *m_liveChecklist;
    AvatarLabel *m_avatarLabel;
    QLabel *m_quotaLabel;
    BusyIndicator *m_busyIndicator;
    InlineMessage *m_message;
    QPushButton *m_fixButton;
    QPushButton *m_copyButton;
    QPushButton *m_checkAgainButton;
    QPushButton *m_diagnoseButton;
    QPointer<LiveCheck> m_liveCheck;
    ValidationReport m_report;
    std::optional<LiveCheckResult> m_live;
};

} // namespace Skybeam
