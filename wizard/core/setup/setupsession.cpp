#include "setup/setupsession.h"

#include "credentials/refreshrejection.h"
#include "setup/accountrecord.h"
#include "setup/setupflow.h"

#include "credentials/credentialstore.h"
#include "credentials/secretstore.h"

#include "common/logging.h"
#include "common/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSaveFile>

namespace Skybeam {

namespace {

// Asked for when no client key is stored: "not found" proves the keychain answers.
const QLatin1String KeychainProbeKey("skybeam-setup-keychain-check");
const QLatin1String RedirectUriKey("redirect_uri");
const QLatin1String ScopesKey("scopes");
constexpr qint64 MaxSettingsBytes = 16 * 1024;

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

QString SetupSession::rememberedSettingsFile() const
{
    return m_paths.stateDir() + QStringLiteral("/wizard.json");
}

void SetupSession::loadRememberedSettings()
{
    QFile file(rememberedSettingsFile());
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject object = QJsonDocument::fromJson(file.read(MaxSettingsBytes)).object();
    const QString redirect = object.value(RedirectUriKey).toString();
    QStringList scopes;
    for (const QJsonValue &scope : object.value(ScopesKey).toArray()) {
        if (scope.isString() && !scope.toString().isEmpty())
            scopes.append(scope.toString());
    }
    if (!redirect.isEmpty())
        m_appSettings.redirectUri = redirect;
    if (!scopes.isEmpty())
        m_appSettings.scopes = scopes;
}

void SetupSession::rememberSettings() const
{
    if (!PrivateFiles::ensureFolder(m_paths.stateDir()))
        return;
    QJsonObject object;
    object.insert(RedirectUriKey, m_appSettings.redirectUri);
    object.insert(ScopesKey, QJsonArray::fromStringList(m_appSettings.scopes));
    const QByteArray bytes = QJsonDocument(object).toJson();
    QSaveFile file(rememberedSettingsFile());
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrict(file) || file.write(bytes) != bytes.size()
        || !file.commit())
        qCInfo(lcCredentials) << "The wizard's settings could not be remembered:" << file.errorString();
}

void SetupSession::detect(KeychainCheck keychainCheck)
{
    loadRememberedSettings();
    m_status = CredentialStatus::detect(m_store->file().read(), QDateTime::currentDateTimeUtc(),
                                        CredentialFacts{false, RefreshRejection::rejectedGrant(m_paths)});
    m_keychainSecret.clear();
    m_keychainRefreshToken.clear();
    if (m_keychainJob)
        disconnect(m_keychainJob, nullptr, this, nullptr);
    if (!m_secrets) {
        m_keychainCheckPending = false;
        m_keychain = KeychainStatus::unavailable(
            Error(ErrorCode::Keychain::Unavailable, tr("No system keychain is used.")));
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
    const QString key = m_status.credentials().clientKey();
    m_keychainJob = m_secrets->read(key.isEmpty() ? QString(KeychainProbeKey) : key);
    connect(m_keychainJob, &SecretJob::finished, this, &SetupSession::onKeychainAnswer);
}

void SetupSession::onKeychainAnswer(SecretJob *job)
{
    m_keychainJob.clear();
    const Error &error = job->error();
    if (error.isError() && error.code() != ErrorCode::Keychain::NotFound) {
        m_keychain = KeychainStatus::unavailable(error);
    } else {
        const bool forStoredKey = !m_status.credentials().clientKey().isEmpty();
        if (forStoredKey) {
            m_keychainSecret = job->secrets().clientSecret;
            m_keychainRefreshToken = job->secrets().refreshToken;
        }
        m_keychain = KeychainStatus::available(forStoredKey && !m_keychainSecret.isEmpty());
        if (!m_keychainRefreshToken.isEmpty() && !m_status.credentials().hasRefreshToken()) {
            // The keychain may hold the refresh token the file lacks: renewing is possible after all.
            m_status = CredentialStatus::detect(m_store->file().read(), QDateTime::currentDateTimeUtc(),
                                                CredentialFacts{true, RefreshRejection::rejectedGrant(m_paths)});
            Q_EMIT statusChanged();
        }
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
    if (result.isSuccess() || result.keyCheck == KeyCheck::Accepted || result.keyCheck == KeyCheck::Inconclusive)
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
    if (job->isSuccess())
        rememberSettings();
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
    AccountRecord::write(m_paths, AccountRecord{displayName, openId, QDateTime::currentDateTimeUtc()});
}

} // namespace Skybeam
