#pragma once

#include <QPointer>
#include <QStringList>
#include <QWizard>

#include <functional>

namespace Skybeam {

class CredentialsPage;
class DoctorDialog;
class DonePage;
class HandoffViewer;
class PortalGuidePage;
class RoxyPaths;
class SavingPage;
class SecretStore;
class SetupSession;
class SignInPage;
class UrlOpener;
class ValidationPage;
class WelcomePage;

/// The setup wizard `skybeam-setup` opens: Welcome, then, by the path chosen there, the developer
/// portal guide, app credentials, sign-in, saving, validation and done. Owns the SetupSession every page
/// shares; branching lives in nextId(). Closing it during a sign-in cancels the sign-in.
class SetupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWizard)

public:
    enum PageId {
        WelcomePageId,
        PortalGuidePageId,
        CredentialsPageId,
        SignInPageId,
        SavingPageId,
        ValidationPageId,
        DonePageId
    };
    using HandoffViewerOpener = std::function<void()>;

    /// `secrets` (not owned) may be null: the wizard then works without a keychain.
    SetupWizard(const RoxyPaths &paths, SecretStore *secrets, QWidget *parent = nullptr);
    ~SetupWizard() override;

    SetupSession *session() const { return m_session; }
    /// How web addresses are opened (replaceable for tests).
    UrlOpener *urlOpener() const { return m_urlOpener; }
    /// What Browse handoff packs does; by default the handoff-pack viewer opens in its own window.
    void setHandoffViewerOpener(HandoffViewerOpener opener);

    /// The names --page accepts, in page order: welcome, guide, credentials, signin, saving, validation,
    /// done.
    static QStringList pageNames();
    /// Opens on the page `name` with the session prepared from the stored credentials (for screenshots and
    /// support); false for an unknown name. Call before show().
    bool startAt(const QString &name);

    int nextId() const override;
    void done(int result) override;

    WelcomePage *welcomePage() const { return m_welcomePage; }
    SignInPage *signInPage() const { return m_signInPage; }
    ValidationPage *validationPage() const { return m_validationPage; }
    DonePage *donePage() const { return m_donePage; }

private:
    void openHandoffViewer();
    /// Diagnose a problem: the doctor's checks in their own window.
    void openDoctor();
    void reauthorize();
    /// Fix keys: back to the keys page, the secret selected, whichever way the sign-in was reached.
    void fixKeys();

    SetupSession *m_session;
    UrlOpener *m_urlOpener;
    HandoffViewerOpener m_viewerOpener;
    QPointer<HandoffViewer> m_viewer;
    QPointer<DoctorDialog> m_doctor;
    WelcomePage *m_welcomePage;
    PortalGuidePage *m_portalGuidePage;
    CredentialsPage *m_credentialsPage;
    SignInPage *m_signInPage;
    SavingPage *m_savingPage;
    ValidationPage *m_validationPage;
    DonePage *m_donePage;
};

} // namespace Skybeam
