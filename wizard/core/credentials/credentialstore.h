#pragma once

#include "common/error.h"
#include "common/job.h"
#include "credentials/credentialfile.h"
#include "credentials/secretstore.h"

#include <QObject>
#include <QPointer>

namespace Skybeam {

/// One load or save through CredentialStore. Emits finished() exactly once, queued, then deletes itself
/// later; read the results in the slot.
class CredentialStoreJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStoreJob)

public:
    enum class Kind { Load, Save };
    Kind kind() const { return m_kind; }

    /// Load: what the file held. Save: the file as read back after writing.
    const CredentialReadResult &file() const { return m_file; }
    /// The credentials after merging the keychain (load) or as written (save).
    const TikTokCredentials &credentials() const { return m_credentials; }
    /// Save: the file could not be written (nothing was changed). Load: the file exists but is unusable.
    const Error &fileError() const { return m_fileError; }
    /// The keychain part failed or is unavailable; never fatal (the file is the publisher's contract).
    const Error &keychainError() const { return m_keychainError; }
    /// Load: the client secret came from the keychain. Save: secret and refresh token are in the keychain.
    bool usedKeychain() const { return m_usedKeychain; }
    /// Load: the keychain was asked (the file is ours and usable, has a client key, and there is a
    /// keychain). When false, keychainError() and keychainSecrets() say nothing about the keychain.
    bool askedKeychain() const { return m_askedKeychain; }
    /// Load: what the keychain holds for the file's client key, whether or not it was used (empty when
    /// it holds nothing or was not asked).
    const StoredSecrets &keychainSecrets() const { return m_keychainSecrets; }
    /// True when the essential part (the file) succeeded.
    bool isSuccess() const { return !m_fileError.isError(); }

Q_SIGNALS:
    void finished(Skybeam::CredentialStoreJob *job);

private:
    friend class CredentialStore;
    CredentialStoreJob(Kind kind, QObject *parent);
    void complete();

    Kind m_kind;
    CredentialReadResult m_file;
    TikTokCredentials m_credentials;
    Error m_fileError;
    Error m_keychainError;
    StoredSecrets m_keychainSecrets;
    bool m_usedKeychain = false;
    bool m_askedKeychain = false;
    bool m_done = false;
};

/// Keeps the TikTok credentials in both places: the runbook's file (what the publisher reads) and the OS
/// keychain (client secret and refresh token, so re-authorizing needs no re-typing). The store does not
/// own the SecretStore. Lives in the creating thread.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    CredentialStore(const RoxyPaths &paths, SecretStore *secrets, QObject *parent = nullptr);

    /// Reads the file, then fills a missing client secret / refresh token from the keychain.
    CredentialStoreJob *load();
    /// Writes the file atomically, then the client secret and refresh token to the keychain.
    CredentialStoreJob *save(const TikTokCredentials &credentials);

    const CredentialFile &file() const { return m_file; }
    SecretStore *secretStore() const { return m_secrets; }

private:
    CredentialFile m_file;
    QPointer<SecretStore> m_secrets;
};

} // namespace Skybeam
