#pragma once

#include <QPointer>
#include <QWizardPage>

class QPushButton;

namespace Skybeam {

class BusyIndicator;
class ChecklistWidget;
class CredentialStoreJob;
class Error;
class InlineMessage;
class SetupSession;
class TokenRefresher;
struct TokenMaintenanceResult;

/// Saves what the sign-in produced (or renews access with the refresh token, no browser) and shows each
/// step: where the file was written and whether the secret is in the system keychain, then moves on to the
/// check by itself. Errors show inline with Try again, or Re-authorize when only signing in again helps,
/// and Diagnose.
class SavingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavingPage)

public:
    explicit SavingPage(SetupSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    /// Renewing is not possible any more; the operator chose to sign in again.
    void reauthorizationRequested();
    /// Diagnose: the doctor's checks.
    void diagnoseRequested();

private:
    void start();
    void save();
    void onSaved(CredentialStoreJob *job);
    void renew();
    void onRenewed(const TokenMaintenanceResult &result);
    void showSaved(const QString &filePath, const Error &keychainError);
    void fail(const QString &message, bool needsReauthorization);

    SetupSession *m_session;
    BusyIndicator *m_busyIndicator;
    ChecklistWidget *m_checklist;
    InlineMessage *m_errorMessage;
    QPushButton *m_tryAgainButton;
    QPushButton *m_reauthorizeButton;
    QPushButton *m_diagnoseButton;
    QPointer<TokenRefresher> m_refresher;
    bool m_done = false;
    bool m_working = false;
};

} // namespace Skybeam
