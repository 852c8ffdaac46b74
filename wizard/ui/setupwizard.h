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
///
/// Only the start page is built with the wizard; every other page is built when the wizard is about to
/// show it (validateCurrentPage(), just before QWizard::next() moves on) or when code asks for it
/// (ensurePage() and the page accessors), which keeps them off the cold start (docs/benchmarks.md, P1).
/// Until then QWizard::page() and pageIds() do not know the page.
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
    /// Also builds the page QWizard::next() is about to show, when it is valid to go on.
    bool validateCurrentPage() override;
    void done(int result) override;

    /// The page `id` (a PageId), built and registered with QWizard first if it was not yet; null for an
    /// unknown id.
    QWizardPage *ensurePage(int id);
    WelcomePage *welcomePage();
    SignInPage *signInPage();
    ValidationPage *validationPage();
    DonePage *donePage();

private:
    /// Builds the page `id` and connects it (without registering it); null for an unknown id.
    QWizardPage *createPage(int id);

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
    // Null until built.
    WelcomePage *m_welcomePage = nullptr;
    PortalGuidePage *m_portalGuidePage = nullptr;
    CredentialsPage *m_credentialsPage = nullptr;
    SignInPage *m_signInPage = nullptr;
    SavingPage *m_savingPage = nullptr;
    ValidationPage *m_validationPage = nullptr;
    DonePage *m_donePage = nullptr;
};

} // namespace Skybeam
