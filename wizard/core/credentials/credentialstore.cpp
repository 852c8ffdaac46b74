#include "credentials/credentialstore.h"

#include "common/logging.h"

#include <QCoreApplication>

namespace Skybeam {

CredentialStoreJob::CredentialStoreJob(Kind kind, QObject *parent)
    : Job(parent)
    , m_kind(kind)
{
}

void CredentialStoreJob::complete()
{
    if (m_done)
        return;
    m_done = true;
    finishLater([this] { Q_EMIT finished(this); }, Then::Delete);
}

CredentialStore::CredentialStore(const RoxyPaths &paths, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_file(paths)
    , m_secrets(secrets)
{
}

CredentialStoreJob *CredentialStore::load()
{
    auto *job = new CredentialStoreJob(CredentialStoreJob::Kind::Load, this);
    job->m_file = m_file.read();
    job->m_credentials = job->m_file.credentials;
    job->m_fileError = job->m_file.error;
    if (job->m_file.isUsable() && job->m_file.foreignOwner) {
        // Someone else's file in our folder: using its tokens would post to their account (or leak ours).
        job->m_credentials = TikTokCredentials();
        //: %1 is a file path, %2 a user name.
        job->m_fileError = Error(ErrorCode::Credentials::ForeignOwner,
            QCoreApplication::translate("Skybeam::CredentialStore",
                "%1 belongs to another user (%2), so its keys and tokens are not used. Remove it, then "
                "sign in with TikTok again.")
                .arg(RoxyPaths::displayPath(job->m_file.path), job->m_file.owner));
        job->complete();
        return job;
    }
    const QString clientKey = job->m_credentials.clientKey();
    if (!job->m_file.isUsable() || clientKey.isEmpty() || !m_secrets) {
        job->complete();
        return job;
    }
    job->m_askedKeychain = true;
    SecretJob *read = m_secrets->read(clientKey);
    connect(read, &SecretJob::finished, job, [job](SecretJob *done) {
        if (done->error().isError()) {
            job->m_keychainError = done->error();
        } else {
            const StoredSecrets &secrets = done->secrets();
            job->m_keychainSecrets = secrets;
            if (!job->m_credentials.hasClientSecret() && !secrets.clientSecret.isEmpty()) {
                job->m_credentials.setClientSecret(secrets.clientSecret);
                job->m_usedKeychain = true;
            }
            // The file's refresh token wins: the publisher may have rotated it since the keychain was
            // written.
            if (!job->m_credentials.hasRefreshToken() && !secrets.refreshToken.isEmpty())
                job->m_credentials.setRefreshToken(secrets.refreshToken);
        }
        job->complete();
    });
    return job;
}

CredentialStoreJob *CredentialStore::save(const TikTokCredentials &credentials)
{
    auto *job = new CredentialStoreJob(CredentialStoreJob::Kind::Save, this);
    job->m_credentials = credentials;
    job->m_fileError = m_file.write(credentials);
    if (job->m_fileError.isError()) {
        job->complete();
        return job;
    }
    job->m_file = m_file.read();
    if (!m_secrets) {
        job->m_keychainError = Error(ErrorCode::Keychain::Unavailable,
            QCoreApplication::translate("Skybeam::CredentialStore", "The system keychain is not used."));
        job->complete();
        return job;
    }
    SecretJob *write = m_secrets->write(
        credentials.clientKey(), StoredSecrets { credentials.clientSecret(), credentials.refreshToken() });
    connect(write, &SecretJob::finished, job, [job](SecretJob *done) {
        job->m_keychainError = done->error();
        job->m_usedKeychain = !done->error().isError();
        if (done->error().isError())
            qCDebug(lcKeychain) << "Secrets not stored in the keychain:" << done->error().code();
        job->complete();
    });
    return job;
}

} // namespace Skybeam
