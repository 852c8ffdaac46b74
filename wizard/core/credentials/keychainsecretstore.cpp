#include "credentials/keychainsecretstore.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Skybeam {

namespace {

QString trKeychain(const char *text)
{
    return QCoreApplication::translate("Skybeam::KeychainSecretStore", text);
}

Error mapKeychainError(QKeychain::Error error, const QString &errorString)
{
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Error(QStringLiteral("keychain.not_found"),
                     trKeychain("Nothing is saved in the system keychain for this app yet."));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(QStringLiteral("keychain.denied"),
                     trKeychain("The system keychain is locked or refused access. Unlock it (for example by "
                                "logging in to your desktop) and try again."))
            .setDetail(errorString);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return Error(QStringLiteral("keychain.unavailable"),
                 trKeychain("No system keychain is available (such as GNOME Keyring or KWallet). Your keys are "
                            "still saved in the SKYBEAM credential file, but you will have to type the client "
                            "secret again when you re-authorize."))
        .setDetail(errorString);
}

/// A SecretJob driving one QtKeychain job, with a timeout.
class KeychainJob final : public SecretJob
{
public:
    KeychainJob(Kind kind, int timeoutMs, QObject *parent)
        : SecretJob(kind, parent)
    {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this] {
            qCWarning(lcKeychain) << "Keychain did not answer in time";
            finish(Error(QStringLiteral("keychain.timeout"),
                         trKeychain("The system keychain did not answer. It may be waiting for a password in "
                                    "another window; unlock it and try again.")));
        });
        timer->start(timeoutMs);
    }

    void start(QKeychain::Job *job)
    {
        job->setAutoDelete(true);
        connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) { onFinished(done); });
        job->start();
    }

private:
    void onFinished(QKeychain::Job *job)
    {
        const Error error = mapKeychainError(job->error(), job->errorString());
        if (error.isError()) {
            qCDebug(lcKeychain) << "Keychain job failed:" << error.code() << error.detail();
            finish(error);
            return;
        }
        StoredSecrets secrets;
        if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(job)) {
            const QJsonObject object = QJsonDocument::fromJson(readJob->textData().toUtf8()).object();
            secrets.clientSecret = object.value(QLatin1String("client_secret")).toString();
            secrets.refreshToken = object.value(QLatin1String("refresh_token")).toString();
        }
        finish({}, secrets);
    }
};

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{
}

SecretJob *KeychainSecretStore::read(const QString &clientKey)
{
    auto *job = new KeychainJob(SecretJob::Kind::Read, m_timeoutMs, this);
    auto *keychainJob = new QKeychain::ReadPasswordJob(ServiceName, job);
    keychainJob->setKey(clientKey);
    job->start(keychainJob);
    return job;
}

SecretJob *KeychainSecretStore::write(const QString &clientKey, const StoredSecrets &secrets)
{
    auto *job = new KeychainJob(SecretJob::Kind::Write, m_timeoutMs, this);
    auto *keychainJob = new QKeychain::WritePasswordJob(ServiceName, job);
    keychainJob->setKey(clientKey);
    QJsonObject object;
    object.insert(QLatin1String("client_secret"), secrets.clientSecret);
    object.insert(QLatin1String("refresh_token"), secrets.refreshToken);
    keychainJob->setTextData(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    job->start(keychainJob);
    return job;
}

SecretJob *KeychainSecretStore::remove(const QString &clientKey)
{
    auto *job = new KeychainJob(SecretJob::Kind::Delete, m_timeoutMs, this);
    auto *keychainJob = new QKeychain::DeletePasswordJob(ServiceName, job);
    keychainJob->setKey(clientKey);
    job->start(keychainJob);
    return job;
}

QString KeychainSecretStore::backendName() const
{
    return tr("System keychain");
}

} // namespace Skybeam
