#pragma once

#include "common/expected.h"
#include "common/roxypaths.h"
#include "credentials/credentialvalidator.h"
#include "credentials/tiktokcredentials.h"
#include "oauth/loginflow.h"
#include "oauth/tiktokcall.h"
#include "oauth/tiktokendpoints.h"
#include "setup/credentialstatus.h"
#include "setup/keychainstatus.h"
#include "setup/setuppath.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;

namespace Skybeam {

class CredentialStore;
class CredentialStoreJob;
class SecretJob;
class SecretStore;

/// The app settings the operator gives on the App credentials page (or that come from the stored file
/// and keychain when re-authorizing).
struct AppSettings
{
    QString clientKey;
    QString clientSecret;
    /// As registered in the TikTok Developer Portal, character for character.
    QString redirectUri;
    QStringList scopes;

    bool isComplete() const { return !clientKey.isEmpty() && !clientSecret.isEmpty(); }
};

/// Where the wizard's result was saved.
struct SaveOutcome
{
    bool saved = false;
    /// The credential file written (absolute path).
    QString filePath;
    /// The client secret and refresh token are in the system keychain.
    bool inKeychain = false;
    /// Why they are not (not fatal: the file is the publisher's contract).
    Error keychainError;
};

/// Everything the setup wizard knows and has decided, shared by all its pages: what is on this computer
/// (credential file and keychain), the path the operator chose, the app settings, and the credentials the
/// wizard produced. Owned by the wizard and handed to each page; pages read it in initializePage() and
/// write their part in validatePage(). Owns the CredentialStore; does not own the SecretStore. Lives in
/// the GUI thread.
class SetupSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupSession)

public:
    /// The runbook's registration (Step 3) and the scopes its script requests (Step 5).
    static QString defaultRedirectUri();
    static QStringList defaultScopes();

    /// `secrets` may be null: the keychain is then reported as unavailable.
    SetupSession(const RoxyPaths &paths, SecretStore *secrets, QObject *parent = nullptr);
    ~SetupSession() override;

    const RoxyPaths &paths() const { return m_paths; }
    CredentialStore *credentialStore() const { return m_store; }
    SecretStore *secretStore() const;
    /// Shared by every network job of the wizard.
    QNetworkAccessManager *network() const { return m_network; }

    /// TikTok's endpoints (or the ones from SKYBEAM_TIKTOK_AUTH_URL / SKYBEAM_TIKTOK_API_BASE), or why the
    /// environment's are unusable.
    const Expected<TikTokEndpoints> &endpoints() const { return m_endpoints; }
    void setEndpoints(const TikTokEndpoints &endpoints) { m_endpoints = endpoints; }
    const NetworkPolicy &networkPolicy() const { return m_networkPolicy; }
    void setNetworkPolicy(const NetworkPolicy &policy) { m_networkPolicy = policy; }
    /// How long the sign-in waits for the browser to come back (default 5 minutes).
    int loginTimeoutSeconds() const { return m_loginTimeoutSeconds; }
    void setLoginTimeoutSeconds(int seconds) { m_loginTimeoutSeconds = seconds; }

    /// When detect() asks the keychain: at once, or only when checkKeychain() is called. The wizard asks
    /// after its first frame: loading the keychain library and connecting to it would delay that frame.
    enum class KeychainCheck { Now, Later };

    /// Reads the credential file now (it is tiny) and loads the stored credentials through the
    /// CredentialStore in the background (or, with no stored client key, asks the keychain whether it
    /// answers); statusChanged() follows at once, keychainChanged() when the keychain answers.
    void detect(KeychainCheck keychainCheck = KeychainCheck::Now);
    /// Asks the keychain, when detect(KeychainCheck::Later) left that for later; otherwise does nothing.
    void checkKeychain();
    const CredentialStatus &status() const { return m_status; }
    const KeychainStatus &keychain() const { return m_keychain; }
    /// The stored credentials with the client secret and refresh token filled from the keychain when the
    /// file lacks them.
    const TikTokCredentials &storedCredentials() const { return m_storedCredentials; }

    SetupPath path() const { return m_path; }
    /// Chooses the way through the wizard; for Re-authorize and Renew, fills the app settings from the
    /// stored credentials.
    void setPath(SetupPath path);

    /// The redirect URI and scopes of the last successful save are remembered (RememberedSettings) so that
    /// re-authorizing uses what is registered: read by detect(), written by saveCredentials().
    const AppSettings &appSettings() const { return m_appSettings; }
    void setAppSettings(const AppSettings &settings);

    /// What the sign-in needs: the app settings, endpoints, time limit and the account stored before. The
    /// key and secret are checked with TikTok before the browser opens, unless this pair already passed.
    LoginConfig loginConfig() const;
    /// Takes any sign-in's outcome: a pair TikTok did not reject is not checked again (one API call less).
    void noteSignInAttempt(const LoginResult &result);
    /// "Use a free port instead": the sign-in uses SetupFlow::freePortRedirectUri() from now on (remembered
    /// with the next save).
    void useFreePortRedirect();
    /// "Fix keys": the keys page is shown again before the next sign-in, also when re-authorizing with the
    /// stored keys. Cleared by setAppSettings().
    void requestKeyFix() { m_fixingKeys = true; }
    bool isFixingKeys() const { return m_fixingKeys; }
    /// Takes a successful sign-in: credentials() become the stored file's content (unknown fields kept)
    /// with the new tokens; accountName() the name TikTok gave.
    void setLoginResult(const LoginResult &result);
    /// The last successful sign-in of this session (empty error and tokens when none).
    const LoginResult &loginResult() const { return m_loginResult; }

    /// The credentials the wizard produced (signed in or renewed), or the stored ones for Check.
    const TikTokCredentials &credentials() const { return m_credentials; }
    void setCredentials(const TikTokCredentials &credentials);

    /// Saves credentials() to the file and the keychain; record the job's outcome with setSaveOutcome().
    CredentialStoreJob *saveCredentials();
    const SaveOutcome &saveOutcome() const { return m_saveOutcome; }
    void setSaveOutcome(const SaveOutcome &outcome) { m_saveOutcome = outcome; }

    /// The TikTok account's display name, once the sign-in or a live check learned it.
    const QString &accountName() const { return m_accountName; }
    void setAccountName(const QString &name) { m_accountName = name; }
    /// Takes the account a live check saw: accountName() and the AccountRecord `status` shows.
    void rememberAccount(const QString &displayName, const QString &openId);

    /// Runs the runbook's checks and the strict checks on the credential file (reads it; tiny).
    ValidationReport validateFile() const;
    /// Restricts the credential file to 0600 and its folder to 0700.
    Error fixPermissions() const;

Q_SIGNALS:
    void statusChanged();
    void keychainChanged();

private:
    void onStoreLoaded(CredentialStoreJob *job);
    void probeKeychain();
    void keychainAnswered();

    RoxyPaths m_paths;
    QPointer<SecretStore> m_secrets;
    CredentialStore *m_store = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    Expected<TikTokEndpoints> m_endpoints;
    NetworkPolicy m_networkPolicy;
    int m_loginTimeoutSeconds = 300;
    CredentialStatus m_status;
    KeychainStatus m_keychain;
    /// The file's credentials, completed from the keychain once it answered.
    TikTokCredentials m_storedCredentials;
    QPointer<CredentialStoreJob> m_loadJob;
    QPointer<SecretJob> m_probeJob;
    bool m_keychainCheckPending = false;
    SetupPath m_path = SetupPath::FirstTime;
    AppSettings m_appSettings;
    TikTokCredentials m_credentials;
    LoginResult m_loginResult;
    SaveOutcome m_saveOutcome;
    QString m_accountName;
    QString m_checkedPair;
    bool m_fixingKeys = false;
};

} // namespace Skybeam
