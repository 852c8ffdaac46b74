#pragma once

// Shared by the wizard tests: a temporary ROXY_HOME, an in-memory keychain, the strict fake TikTok with the
// scripted browser as the wizard's browser, and small helpers to look at and drive the wizard's pages.

#include "core/oauth/oauthtesthelpers.h"
#include "tiktokfixture.h"

#include "credentials/credentialfile.h"
#include "oauth/loginflow.h"
#include "pages/signinpage.h"
#include "setup/setupsession.h"
#include "setupwizard.h"
#include "widgets/urlopener.h"

#include <QAbstractButton>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

namespace WizardTest {

inline const QString Wildcard = SkybeamTest::TikTokFixture::wildcardRedirect();

/// The wizard's fixture. Construct, adjust fake() or secrets() if needed, then call createWizard().
class Fixture final
{
public:
    Fixture() = default;

    FakeTikTokTest::FakeTikTok &fake() { return m_env.fake(); }
    FakeTikTokTest::ScriptedBrowser &browser() { return m_browser; }
    Skybeam::MemorySecretStore &secrets() { return *m_env.secrets(); }
    SkybeamTest::TempRoxy &roxy() { return m_env.roxy(); }
    Skybeam::SetupWizard &wizard() { return *m_wizard; }
    Skybeam::SetupSession &session() { return *m_wizard->session(); }
    int viewerRequests() const { return m_viewerRequests; }

    /// Remembers `redirectUri` as if a previous setup had used it.
    void rememberRedirect(const QString &redirectUri = Wildcard)
    {
        m_env.roxy().writeFile(QStringLiteral("setup/wizard.json"),
            QJsonDocument(QJsonObject { { QStringLiteral("redirect_uri"), redirectUri } }).toJson());
    }

    /// A credential file with the app's keys but no tokens (never signed in).
    void storeKeysOnly()
    {
        m_env.roxy().writeFile(QStringLiteral("credentials/tiktok_oauth.json"),
            QJsonDocument(QJsonObject { { QStringLiteral("client_key"), OAuthTest::ClientKey },
                              { QStringLiteral("client_secret"), OAuthTest::ClientSecret } })
                .toJson());
    }

    /// Stores credentials the fake TikTok knows (signed in `authorizedDaysAgo` days ago, tokens obtained
    /// `obtainedSecondsAgo` seconds ago), with or without the client secret in the file.
    Skybeam::TikTokCredentials storeSignedInCredentials(
        qint64 obtainedSecondsAgo, int authorizedDaysAgo, bool secretInFile = true)
    {
        const QJsonObject tokens = OAuthTest::obtainTokens(m_env.fake(), m_env.network());
        Skybeam::TikTokCredentials credentials;
        credentials.setClientKey(OAuthTest::ClientKey);
        if (secretInFile)
            credentials.setClientSecret(OAuthTest::ClientSecret);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        credentials.applyTokenResponse(tokens, now.addSecs(-obtainedSecondsAgo));
        credentials.setAuthorizedAt(now.addDays(-authorizedDaysAgo));
        const Skybeam::Error error = Skybeam::CredentialFile(m_env.roxy().paths()).write(credentials);
        if (error.isError())
            qFatal("cannot write the credential file: %s", qPrintable(error.message()));
        return credentials;
    }

    /// Puts the client secret in the in-memory keychain and waits until it is there.
    void storeSecretInKeychain(const QString &refreshToken = QString())
    {
        Skybeam::SecretJob *job = m_env.secrets()->write(
            OAuthTest::ClientKey, Skybeam::StoredSecrets { OAuthTest::ClientSecret, refreshToken });
        QSignalSpy done(job, &Skybeam::SecretJob::finished);
        if (!done.wait(5000))
            qFatal("the keychain did not answer");
    }

    void createWizard()
    {
        m_wizard = std::make_unique<Skybeam::SetupWizard>(m_env.roxy().paths(), m_env.secrets());
        Skybeam::SetupSession *session = m_wizard->session();
        session->setEndpoints(OAuthTest::endpointsOf(m_env.fake()));
        session->setNetworkPolicy(OAuthTest::fastPolicy());
        session->network()->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        session->setLoginTimeoutSeconds(60);
        m_wizard->urlOpener()->setHandler(m_browser.opener());
        m_wizard->setHandoffViewerOpener([this] { ++m_viewerRequests; });
    }

    void show()
    {
        m_wizard->show();
        if (!QTest::qWaitForWindowExposed(m_wizard.get()))
            qFatal("the wizard was not shown");
    }

    /// Builds every page now: the wizard builds the pages other than the first when first needed, and
    /// find() only reaches the widgets of pages that were built.
    void buildAllPages()
    {
        for (int id = 0; id < Skybeam::SetupWizard::pageNames().size(); ++id)
            m_wizard->ensurePage(id);
    }

    template<typename T> T *find(const QString &name) const
    {
        T *child = m_wizard->findChild<T *>(name);
        if (!child)
            qFatal("no child named %s", qPrintable(name));
        return child;
    }

    void click(const QString &buttonName) { find<QAbstractButton>(buttonName)->click(); }

    /// The wizard's visible forward button (Next, Commit or Finish), as the operator would press it.
    QAbstractButton *forwardButton() const
    {
        for (QWizard::WizardButton which :
            { QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton }) {
            QAbstractButton *button = m_wizard->button(which);
            if (button->isVisible())
                return button;
        }
        return nullptr;
    }
    QString text(const QString &labelName) const { return find<QLabel>(labelName)->text(); }

    /// The loopback port of the running sign-in (0 when none).
    quint16 signInPort() const
    {
        Skybeam::LoginFlow *flow = m_wizard->signInPage()->loginFlow();
        return flow ? quint16(QUrl(flow->redirectUri()).port(0)) : 0;
    }

    static bool canBind(quint16 port)
    {
        QTcpServer server;
        return server.listen(QHostAddress(QHostAddress::LocalHost), port);
    }

    Skybeam::CredentialReadResult storedFile() const { return Skybeam::CredentialFile(m_env.paths()).read(); }

private:
    // The ROXY home, the fake TikTok (the test app with the wildcard redirect), the network, the keychain.
    SkybeamTest::TikTokFixture m_env;
    FakeTikTokTest::ScriptedBrowser m_browser;
    std::unique_ptr<Skybeam::SetupWizard> m_wizard;
    int m_viewerRequests = 0;
};

} // namespace WizardTest
