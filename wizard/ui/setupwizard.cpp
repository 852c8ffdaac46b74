#include "setupwizard.h"

#include "doctor/doctordialog.h"

#include "common/roxypaths.h"
#include "pages/credentialspage.h"
#include "pages/donepage.h"
#include "pages/portalguidepage.h"
#include "pages/savingpage.h"
#include "pages/signinpage.h"
#include "pages/validationpage.h"
#include "pages/welcomepage.h"
#include "setup/setupsession.h"
#include "viewer/handoffviewer.h"
#include "widgets/urlopener.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUrl>
#include <QWindow>

namespace Skybeam {

namespace {

/// Asks the keychain once the wizard's first frame is on the screen, not before: loading the keychain
/// library and connecting to the Secret Service took a tenth of the time to the first paint
/// (docs/benchmarks.md, P1). A second after showing at the latest, should the window never be exposed.
class KeychainCheckAfterFirstFrame final : public QObject
{
public:
    KeychainCheckAfterFirstFrame(QWidget *wizard, SetupSession *session)
        : QObject(wizard)
        , m_wizard(wizard)
        , m_session(session)
    {
        wizard->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_wizard && event->type() == QEvent::Show) {
            m_wizard->removeEventFilter(this);
            if (QWindow *window = m_wizard->windowHandle())
                window->installEventFilter(this);
            QTimer::singleShot(1000, this, &KeychainCheckAfterFirstFrame::check);
        } else if (event->type() == QEvent::Expose && watched->isWindowType()
            && static_cast<QWindow *>(watched)->isExposed()) {
            // The expose paints the frame before it returns: ask on the next turn of the event loop.
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, &KeychainCheckAfterFirstFrame::check);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void check() { m_session->checkKeychain(); }

    QWidget *m_wizard;
    SetupSession *m_session;
};

} // namespace

SetupWizard::SetupWizard(const RoxyPaths &paths, SecretStore *secrets, QWidget *parent)
    : QWizard(parent)
    , m_session(new SetupSession(paths, secrets, this))
    , m_urlOpener(new UrlOpener(this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("SKYBEAM TikTok Setup"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setButtonText(QWizard::CancelButton, tr("&Quit"));
    ensurePage(WelcomePageId);
    setStartId(WelcomePageId);
    // Roomy enough for every page without scrolling at normal font sizes; pages scroll when it is not.
    resize(fontMetrics().averageCharWidth() * 125, fontMetrics().lineSpacing() * 46);
    m_session->detect(SetupSession::KeychainCheck::Later);
    new KeychainCheckAfterFirstFrame(this, m_session);
}

SetupWizard::~SetupWizard()
{
    if (m_signInPage)
        m_signInPage->cancel();
    delete m_viewer;
}

QWizardPage *SetupWizard::ensurePage(int id)
{
    if (QWizardPage *built = page(id))
        return built;
    QWizardPage *created = createPage(id);
    if (created)
        setPage(id, created);
    return created;
}

QWizardPage *SetupWizard::createPage(int id)
{
    switch (id) {
    case WelcomePageId:
        m_welcomePage = new WelcomePage(m_session, this);
        connect(m_welcomePage, &WelcomePage::handoffPacksRequested, this, &SetupWizard::openHandoffViewer);
        connect(m_welcomePage, &WelcomePage::diagnoseRequested, this, &SetupWizard::openDoctor);
        return m_welcomePage;
    case PortalGuidePageId:
        m_portalGuidePage = new PortalGuidePage(m_session, m_urlOpener, this);
        return m_portalGuidePage;
    case CredentialsPageId:
        m_credentialsPage = new CredentialsPage(m_session, this);
        return m_credentialsPage;
    case SignInPageId:
        m_signInPage = new SignInPage(m_session, m_urlOpener, this);
        connect(m_signInPage, &SignInPage::fixKeysRequested, this, &SetupWizard::fixKeys);
        // Every error page offers Diagnose.
        connect(m_signInPage, &SignInPage::diagnoseRequested, this, &SetupWizard::openDoctor);
        return m_signInPage;
    case SavingPageId:
        m_savingPage = new SavingPage(m_session, this);
        connect(m_savingPage, &SavingPage::reauthorizationRequested, this, &SetupWizard::reauthorize);
        connect(m_savingPage, &SavingPage::diagnoseRequested, this, &SetupWizard::openDoctor);
        return m_savingPage;
    case ValidationPageId:
        m_validationPage = new ValidationPage(m_session, this);
        connect(m_validationPage, &ValidationPage::diagnoseRequested, this, &SetupWizard::openDoctor);
        return m_validationPage;
    case DonePageId:
        m_donePage = new DonePage(m_session, this);
        connect(m_donePage, &DonePage::handoffPacksRequested, this, &SetupWizard::openHandoffViewer);
        m_donePage->setReminderBinary(QCoreApplication::applicationFilePath());
        return m_donePage;
    default:
        return nullptr;
    }
}

WelcomePage *SetupWizard::welcomePage()
{
    ensurePage(WelcomePageId);
    return m_welcomePage;
}

SignInPage *SetupWizard::signInPage()
{
    ensurePage(SignInPageId);
    return m_signInPage;
}

ValidationPage *SetupWizard::validationPage()
{
    ensurePage(ValidationPageId);
    return m_validationPage;
}

DonePage *SetupWizard::donePage()
{
    ensurePage(DonePageId);
    return m_donePage;
}

void SetupWizard::setHandoffViewerOpener(HandoffViewerOpener opener)
{
    m_viewerOpener = std::move(opener);
}

QStringList SetupWizard::pageNames()
{
    return { QStringLiteral("welcome"), QStringLiteral("guide"), QStringLiteral("credentials"),
        QStringLiteral("signin"), QStringLiteral("saving"), QStringLiteral("validation"),
        QStringLiteral("done") };
}

bool SetupWizard::startAt(const QString &name)
{
    const int id = int(pageNames().indexOf(name.toLower()));
    if (id < 0)
        return false;
    switch (id) {
    case SignInPageId:
        m_session->setPath(SetupPath::Reauthorize);
        break;
    case SavingPageId:
        m_session->setPath(SetupPath::Renew);
        break;
    case ValidationPageId:
    case DonePageId:
        m_session->setPath(SetupPath::Check);
        break;
    default:
        m_session->setPath(SetupPath::FirstTime);
        break;
    }
    ensurePage(id);
    setStartId(id);
    restart();
    return true;
}

int SetupWizard::nextId() const
{
    const SetupPath path = m_session->path();
    switch (currentId()) {
    case WelcomePageId:
        switch (path) {
        case SetupPath::FirstTime:
            return PortalGuidePageId;
        case SetupPath::Reauthorize:
            return m_session->appSettings().isComplete() && !m_session->isFixingKeys() ? SignInPageId
                                                                                       : CredentialsPageId;
        case SetupPath::Renew:
            return SavingPageId;
        case SetupPath::Check:
            return ValidationPageId;
        }
        return -1;
    case PortalGuidePageId:
        return CredentialsPageId;
    case CredentialsPageId:
        return SignInPageId;
    case SignInPageId:
        return SavingPageId;
    case SavingPageId:
        return ValidationPageId;
    case ValidationPageId:
        return DonePageId;
    default:
        return -1;
    }
}

bool SetupWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    // QWizard::next() shows nextId() right after this; the page is built now, just before it is needed.
    ensurePage(nextId());
    return true;
}

void SetupWizard::done(int result)
{
    if (m_signInPage)
        m_signInPage->cancel();
    QWizard::done(result);
}

void SetupWizard::openDoctor()
{
    if (!m_doctor) {
        m_doctor
            = new DoctorDialog(DoctorContext::system(m_session->paths()), m_session->secretStore(), this);
        m_doctor->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_doctor->show();
    m_doctor->raise();
    m_doctor->run(Doctor::Mode::Local);
}

void SetupWizard::openHandoffViewer()
{
    if (m_viewerOpener) {
        m_viewerOpener();
        return;
    }
    if (!m_viewer) {
        m_viewer = new HandoffViewer(m_session->paths());
        m_viewer->setAttribute(Qt::WA_DeleteOnClose);
        m_viewer->setBrowserOpener([opener = QPointer<UrlOpener>(m_urlOpener)](
                                       const QUrl &url) { return opener && opener->open(url); });
    }
    m_viewer->show();
    m_viewer->raise();
    m_viewer->activateWindow();
}

void SetupWizard::fixKeys()
{
    m_session->requestKeyFix();
    if (visitedIds().contains(CredentialsPageId)) {
        while (currentId() != CredentialsPageId)
            back();
    } else if (visitedIds().contains(WelcomePageId)) {
        // Re-authorizing went past the keys page: through the Welcome page's choice to it.
        while (currentId() != WelcomePageId)
            back();
        next();
    } else {
        // Opened straight at the sign-in (a reminder's Re-authorize now): the keys page starts anew.
        ensurePage(CredentialsPageId);
        setStartId(CredentialsPageId);
        restart();
    }
    ensurePage(CredentialsPageId);
    m_credentialsPage->selectSecret();
}

void SetupWizard::reauthorize()
{
    restart();
    m_welcomePage->choose(SetupPath::Reauthorize);
}

} // namespace Skybeam
