#include "setup/setupsession.h"

#include "credentials/refreshrejection.h"
#include "setup/accountrecord.h"
#include "setup/rememberedsettings.h"
#include "setup/setupflow.h"

#include "credentials/credentialstore.h"
#include "credentials/secretstore.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace Skybeam {

namespace {

const QLatin1String KeychainProbeKey("skybeam-setup-keychain-check");

// "Not found" is an answer too: the keychain works, it only holds nothing for that key.
bool keychainRefused(const Error &error)
{
    return error.isError() && error.code() != ErrorCode::Keychain::NotFound;
}

Error noKeychain()
{
    return Error(ErrorCode::Keychain::Unavailable,
        QCoreApplication::translate("Skybeam::SetupSession", "No system keychain is used."));
}

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

void SetupSession::detect(KeychainCheck keychainCheck)
{
    const RememberedSettings remembered = RememberedSettings::read(m_paths);
    if (!remembered.redirectUri.isEmpty())
        m_appSettings.redirectUri = remembered.redirectUri;
    if (!remembered.scopes.isEmpty())
        m_appSettings.scopes = remembered.scopes;
    m_status = CredentialStatus::detect(m_store->file().read(), QDateTime::currentDateTimeUtc(),
        CredentialFacts { false, RefreshRejection::rejectedGrant(m_paths) });
    m_storedCredentials = m_status.credentials();
    if (m_loadJob)
        disconnect(m_loadJob, nullptr, this, nullptr);
    if (m_probeJob)
        disconnect(m_probeJob, nullptr, this, nullptr);
    if (!m_secrets) {
        m_keychainCheckPending = false;
        m_keychain = KeychainStatus::unavailable(noKeychain());
    } else {
        m_keychain = KeychainStatus::checking();
        m_keychainCheckPending = true;
        if (keychainCheck == KeychainCheck::Now)
            checkKeychain();
    }
    if (m_path == SetupPath::Reauthorize || m_path == SetupPath::Renew)
        setPath(m_path);
    Q_EMIT statusChanged();
    Q_EMIT keychainChanged();
}

void SetupSession::checkKeychain()
{
    if (!m_keychainCheckPending || !m_secrets)
        return;
    m_keychainCheckPending = false;
    if (m_status.credentials().clientKey().isEmpty()) {
        probeKeychain();
        return;
    }
    m_loadJob = m_store->load();
    connect(m_loadJob, &CredentialStoreJob::finished, this, &SetupSession::onStoreLoaded);
}

void SetupSession::onStoreLoaded(CredentialStoreJob *job)
{
    m_loadJob.clear();
    if (!job->askedKeychain()) {
        // The store did not ask the keychain (the file is another user's, or changed since detect()): only
        // ask whether the keychain answers.
        probeKeychain();
        return;
    }
    if (keychainRefused(job->keychainError())) {
        m_keychain = KeychainStatus::unavailable(job->keychainError());
    } else {
        m_storedCredentials = job->credentials();
        m_keychain = KeychainStatus::available(!job->keychainSecrets().clientSecret.isEmpty());
        if (!job->keychainSecrets().refreshToken.isEmpty() && !m_status.credentials().hasRefreshToken()) {
            // The keychain may hold the refresh token the file lacks: renewing is possible after all.
            m_status = CredentialStatus::detect(job->file(), QDateTime::currentDateTimeUtc(),
                CredentialFacts { true, RefreshRejection::rejectedGrant(m_paths) });
            Q_EMIT statusChanged();
        }
    }
    keychainAnswered();
}

void SetupSession::probeKeychain()
{
    if (!m_secrets) {
        m_keychain = KeychainStatus::unavailable(noKeychain());
        keychainAnswered();
        return;
    }
    // Asked for when no client key is stored: "not found" proves the keychain answers.
    m_probeJob = m_secrets->read(QString(KeychainProbeKey));
    connect(m_probeJob, &SecretJob::finished, this, [this](SecretJob *job) {
        m_probeJob.clear();
        m_keychain = keychainRefused(job->error()) ? KeychainStatus::unavailable(job->error())
                                                   : KeychainStatus::available(false);
        keychainAnswered();
    });
}

void SetupSession::keychainAnswered()
{
    if (m_path == SetupPath::Reauthorize || m_path == SetupPath::Renew)
        setPath(m_path);
    Q_EMIT keychainChanged();
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
    m_fixingKeys = false;
}

namespace {

QString pairOf(const QString &key, const QString &secret)
{
    return key + QLatin1Char('\n') + secret;
}

} // namespace

void SetupSession::noteSignInAttempt(const LoginResult &result)
{
    if (result.isSuccess() || result.keyCheck == KeyCheck::Accepted
        || result.keyCheck == KeyCheck::Inconclusive)
        m_checkedPair = pairOf(m_appSettings.clientKey, m_appSettings.clientSecret);
}

void SetupSession::useFreePortRedirect()
{
    m_appSettings.redirectUri = SetupFlow::freePortRedirectUri();
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
    config.checkKeysFirst = m_checkedPair != pairOf(m_appSettings.clientKey, m_appSettings.clientSecret);
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
    CredentialStoreJob *job = m_store->save(m_credentials);
    if (job->isSuccess()
        && !RememberedSettings::write(
            m_paths, RememberedSettings { m_appSettings.redirectUri, m_appSettings.scopes }))
        qCInfo(lcCredentials) << "The wizard's settings could not be remembered in"
                              << RememberedSettings::filePath(m_paths);
    return job;
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

namespace Skybeam {

void SetupSession::rememberAccount(const QString &displayName, const QString &openId)
{
    m_accountName = displayName;
    AccountRecord::write(m_paths, AccountRecord { displayName, openId, QDateTime::currentDateTimeUtc() });
}

} // namespace Skybeam
