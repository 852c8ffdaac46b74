#pragma once

#include "oauth/loginflow.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace Skybeam {

class BusyIndicator;
class InlineMessage;
class PastedAddressPanel;
class SetupSession;
class UrlOpener;

/// "Sign in with TikTok": starts the sign-in as soon as it is shown (TikTok first checks the key and
/// secret), opens the browser, and waits with a countdown; the link can be opened again or copied (the
/// browser may not open), Cancel frees the port at once. Errors show inline with the way forward as the
/// default button (Fix keys, Use a free port instead, or Try again) and Diagnose. Moves on by itself once
/// TikTok's tokens arrived. When the browser runs on another computer, the address it ended on can be
/// pasted instead (LoginFlow checks it).
class SignInPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInPage)

public:
    SignInPage(SetupSession *session, UrlOpener *urlOpener, QWidget *parent = nullptr);
    ~SignInPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /// Ends a running sign-in at once (the port is closed when this returns).
    void cancel();
    /// The sign-in of the moment (for tests); null before the page was shown.
    LoginFlow *loginFlow() const { return m_flow; }

Q_SIGNALS:
    /// Fix keys: TikTok rejected the key and secret; the operator wants to correct them.
    void fixKeysRequested();
    /// Diagnose: the doctor's checks.
    void diagnoseRequested();

private:
    void start();
    void onStateChanged(LoginFlow::State state);
    void onBrowserOpened(bool opened);
    void onFinished(const LoginResult &result);
    void updateCountdown();
    void openAgain();
    void copyLink();
    void useFreePort();
    void copyRedirectUri();
    void copyTikTokAddress();
    void usePastedAddress(const QString &address);

    SetupSession *m_session;
    UrlOpener *m_urlOpener;
    QPointer<LoginFlow> m_flow;
    QLabel *m_statusLabel;
    BusyIndicator *m_busyIndicator;
    QLabel *m_countdownLabel;
    QWidget *m_waitingPanel;
    QLabel *m_instructionsLabel;
    InlineMessage *m_browserMessage;
    QLineEdit *m_linkLineEdit;
    QPushButton *m_openAgainButton;
    QPushButton *m_copyLinkButton;
    /// "Signing in on another computer?": the address that computer's browser ended on.
    PastedAddressPanel *m_pastePanel;
    QPushButton *m_cancelButton;
    InlineMessage *m_errorMessage;
    QPushButton *m_tryAgainButton;
    QPushButton *m_fixKeysButton;
    QPushButton *m_freePortButton;
    QPushButton *m_diagnoseButton;
    QWidget *m_freePortPanel;
    QLineEdit *m_redirectLineEdit;
    QPushButton *m_copyRedirectButton;
    QTimer *m_countdownTimer;
    bool m_succeeded = false;
};

} // namespace Skybeam
