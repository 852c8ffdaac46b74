#include "credentials/keychainsecretstore.h"

#include "common/logging.h"
#include "common/modules.h"
#include "credentials/keychainmodule.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

namespace Skybeam {

namespace {

QString trKeychain(const char *text)
{
    return QCoreApplication::translate("Skybeam::KeychainSecretStore", text);
}

// QtKeychain's error numbers (QKeychain::Error; the module checks them against its header).
enum KeychainError {
    NoError = 0,
    EntryNotFound = 1,
    AccessDeniedByUser = 3,
    AccessDenied = 4,
    NoBackendAvailable = 5
};

Error mapKeychainError(int error, const QString &errorString)
{
    switch (error) {
    case NoError:
        return {};
    case EntryNotFound:
        return Error(ErrorCode::Keychain::NotFound,
            trKeychain("Nothing is saved in the system keychain for this app yet."));
    case AccessDenied:
    case AccessDeniedByUser:
        return Error(ErrorCode::Keychain::Denied,
            trKeychain("The system keychain is locked or refused access. Unlock it (for example by "
                       "logging in to your desktop) and try again."))
            .setDetail(errorString);
    default: // no backend, not implemented, could not delete, other
        break;
    }
    return Error(ErrorCode::Keychain::Unavailable,
        trKeychain("No system keychain is available (such as GNOME Keyring or KWallet). Your keys are "
                   "still saved in the SKYBEAM credential file, but you will have to type the client "
                   "secret again when you re-authorize."))
        .setDetail(errorString);
}

/// A SecretJob driving one QtKeychain job (in the keychain module, loaded on first use), with a timeout.
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
            finish(Error(ErrorCode::Keychain::Timeout,
                trKeychain("The system keychain did not answer. It may be waiting for a password in "
                           "another window; unlock it and try again.")));
        });
        timer->start(timeoutMs);
    }

    void start(SkybeamKeychainOperation operation, const QString &key, const QString &text = {})
    {
        QString error;
        const auto startJob = Modules::function<SkybeamKeychainStart>(
            QStringLiteral("keychain"), "skybeam_keychain_start", &error);
        if (!startJob) {
            // Without the module (a broken installation) there is no keychain: said as such, never a hang.
            qCWarning(lcKeychain) << "Keychain module not loaded:" << error;
            finish(mapKeychainError(NoBackendAvailable, error));
            return;
        }
        startJob(operation, QString(KeychainSecretStore::ServiceName), key, text, this, &KeychainJob::onDone);
    }

private:
    static void onDone(QObject *receiver, int error, const QString &errorString, const QString &text)
    {
        static_cast<KeychainJob *>(receiver)->onFinished(error, errorString, text);
    }

    void onFinished(int keychainError, const QString &errorString, const QString &text)
    {
        const Error error = mapKeychainError(keychainError, errorString);
        if (error.isError()) {
            qCDebug(lcKeychain) << "Keychain job failed:" << error.code() << error.detail();
            finish(error);
            return;
        }
        StoredSecrets secrets;
        if (kind() == Kind::Read) {
            const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
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
    job->start(SkybeamKeychainRead, clientKey);
    return job;
}

SecretJob *KeychainSecretStore::write(const QString &clientKey, const StoredSecrets &secrets)
{
    auto *job = new KeychainJob(SecretJob::Kind::Write, m_timeoutMs, this);
    QJsonObject object;
    object.insert(QLatin1String("client_secret"), secrets.clientSecret);
    object.insert(QLatin1String("refresh_token"), secrets.refreshToken);
    job->start(SkybeamKeychainWrite, clientKey,
        QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    return job;
}

SecretJob *KeychainSecretStore::remove(const QString &clientKey)
{
    auto *job = new KeychainJob(SecretJob::Kind::Delete, m_timeoutMs, this);
    job->start(SkybeamKeychainDelete, clientKey);
    return job;
}

QString KeychainSecretStore::backendName() const
{
    return tr("System keychain");
}

} // namespace Skybeam
