#include "setup/setupsession.h"

#include "credentials/credentialstore.h"
#include "credentials/secretstore.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

namespace Skybeam {

namespace {

// Asked for when no client key is stored: "not found" proves the keychain answers.
const QLatin1String KeychainProbeKey("skybeam-setup-keychain-check");

} // namespace

QString SetupSession::defaultRedirectUri()
{
    return RedirectUri::defaultUri();
}

QStringList SetupSession::defaultScopes()
{
    return AuthorizationRequest::defaultScopes();
}

SetupSession::SetupSession(const RoxyPaths &paths, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_paths(paths)
    , m_secrets(secrets)
    , m_store(new CredentialStore(paths, secrets, this))
    , m_network(new QNetworkAccessManager(this))
    , m_endpoints(TikTokEndpoints::fromEnvironment())
{
    m_appSettings.redirectUri = defaultRedirectUri();
    m_appSettings.scopes = defaultScopes();
}

SetupSession::~SetupSession() = default;

SecretStore *SetupSession::secretStore() const
{
    return m_secrets;
}

void SetupSession::detect()
{
    m_status = CredentialStatus::detect(m_store->file().read());
    m_keychainSecret.clear();
    m_keychainRefreshToken.clear();
    if (m_keychainJob)
        disconnect(m_keychainJob, nullptr, this, nullptr);
    if (!m_secrets) {
        m_keychain = KeychainStatus::unavailable(
            Error(QStringLiteral("keychain.unavailable"), tr("No system keychain is used.")));
    } else {
        m_keychain = KeychainStatus::checking();
        const QString key = m_status.credentials().clientKey();
        m_keychainJob = m_secrets->read(key.isEmpty() ? QString(KeychainProbeKey) : key);
        connect(m_keychainJob, &SecretJob::finished, this, &SetupSession::onKeychainAnswer);
    }
    if (m_path == SetupPath::Reauthorize || m_path == SetupPath::Renew)
        setPath(m_path);
    Q_EMIT statusChanged();
    Q_EMIT keychainChanged();
}

void SetupSession::onKeychainAnswer(SecretJob *job)
{
    m_keychainJob.clear();
    const Error &error = job->error();
    if (error.isError() && error.code() != QLatin1String("keychain.not_found")) {
        m_keychain = KeychainStatus::unavailable(error);
    } else {
        const bool forStoredKey = !m_status.credentials().clientKey().isEmpty();
        if (forStoredKey) {
            m_keychainSecret = job->secrets().clientSecret;
            m_keychainRefreshToken = job->secrets().refreshToken;
        }
        m_keychain = KeychainStatus::available(forStoredKey && !m_keychainSecret.isEmpty());
    }
    if (m_path == SetupPath::Reauthorize || m_path == SetupPath::Renew)
        setPath(m_path);
    Q_EMIT keychainChanged();
}

TikTokCredentials SetupSession::storedCredentials() const
{
    TikTokCredentials credentials = m_status.credentials();
    if (!credentials.hasClientSecret() && !m_keychainSecret.isEmpty())
        credentials.setClientSecret(m_keychainSecret);
    // The file's refresh token wins: the publisher may have rotated it since the keychain was written.
    if (!credentials.hasRefreshToken() && !m_keychainRefreshToken.isEmpty()) {
        QJsonObject json = credentials.json();
        json.insert(TikTokCredentials::RefreshToken, m_keychainRefreshToken);
        credentials = TikTokCredentials(json);
    }
    return credentials;
}

void SetupSession::setPath(SetupPath path)
{
    m_path = path;
    if (path == SetupPath::Reauthorize || path == SetupPath::Renew) {
        const TikTokCredentials stored = storedCredentials();
        m_appSettings.clientKey = stored.clientKey();
        m_appSettings.clientSecret = stored.clientSecret();
    }
    if (path == SetupPath::Check || path == SetupPath::Renew)
        m_credentials = storedCredentials();
}

void SetupSession::setAppSettings(const AppSettings &settings)
{
    m_appSettings = settings;
}

LoginConfig SetupSession::loginConfig() const
{
    LoginConfig config;
    config.clientKey = m_appSettings.clientKey;
    config.clientSecret = m_appSettings.clientSecret;
    config.redirectUri = m_appSettings.redirectUri;
    config.scopes = m_appSettings.scopes;
    config.timeoutSeconds = m_loginTimeoutSeconds;
    if (m_endpoints)
        config.endpoints = *m_endpoints;
    config.previousOpenId = m_status.credentials().openId();
    config.accountPolicy = LoginConfig::AccountPolicy::AllowOtherAccount;
    return config;
}

void SetupSession::setLoginResult(const LoginResult &result)
{
    m_loginResult = result;
    // Read again now: the publisher may have changed the file since the Welcome page looked.
    const CredentialReadResult current = m_store->file().read();
    m_credentials = result.credentials(current.isUsable() ? current.credentials : TikTokCredentials());
    m_accountName = result.displayName;
}

CredentialStoreJob *SetupSession::saveCredentials()
{
    return m_store->save(m_credentials);
}

void SetupSession::setCredentials(const TikTokCredentials &credentials)
{
    m_credentials = credentials;
}

ValidationReport SetupSession::validateFile() const
{
    return CredentialValidator::validate(m_paths, CredentialValidator::Mode::Strict);
}

Error SetupSession::fixPermissions() const
{
    return CredentialValidator::fixPermissions(m_paths);
}

} // namespace Skybeam
