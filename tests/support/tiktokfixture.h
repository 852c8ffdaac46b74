#pragma once

// The setting most tests that talk to TikTok share: a temporary ROXY_HOME, the strict fake TikTok with the
// test app registered (wildcard loopback redirect), a network manager that bypasses any proxy, an in-memory
// keychain and a CredentialStore over both. Header-only; the test links skybeam_core, skybeam_testsupport
// and faketiktok. Create one per test function (init()) and drop it in cleanup().

#include "core/oauth/oauthtesthelpers.h"
#include "testsupport.h"

#include "credentials/credentialstore.h"
#include "credentials/memorysecretstore.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace SkybeamTest {

class TikTokFixture final
{
public:
    /// The redirect URI the test app is registered with.
    static QString wildcardRedirect() { return QStringLiteral("http://127.0.0.1:*/callback/"); }

    /// Starts the fake (the test app is a sandbox app when `sandbox`); a fake that cannot listen is fatal.
    explicit TikTokFixture(bool sandbox = false)
    {
        if (!m_roxy.isValid())
            qFatal("no temporary ROXY_HOME");
        if (!OAuthTest::startFake(m_fake, { wildcardRedirect() }, sandbox))
            qFatal("the fake TikTok did not start");
        m_network.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    }

    TempRoxy &roxy() { return m_roxy; }
    Skybeam::RoxyPaths paths() const { return m_roxy.paths(); }
    FakeTikTokTest::FakeTikTok &fake() { return m_fake; }
    QNetworkAccessManager *network() { return &m_network; }
    Skybeam::MemorySecretStore *secrets() { return &m_secrets; }
    Skybeam::CredentialStore *store() { return &m_store; }
    Skybeam::TikTokEndpoints endpoints() const { return OAuthTest::endpointsOf(m_fake); }

private:
    // Destroyed in reverse: the store before the keychain, the network before the fake, the folder last.
    TempRoxy m_roxy;
    FakeTikTokTest::FakeTikTok m_fake;
    QNetworkAccessManager m_network;
    Skybeam::MemorySecretStore m_secrets;
    Skybeam::CredentialStore m_store { m_roxy.paths(), &m_secrets };
};

} // namespace SkybeamTest
