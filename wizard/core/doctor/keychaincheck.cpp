#include "doctor/keychaincheck.h"

#include "common/modules.h"
#include "credentials/credentialfile.h"
#include "credentials/keychainmodule.h"
#include "credentials/secretstore.h"

#include <QTimer>

namespace Skybeam {

namespace {

// Asked for when no client key is stored: "not found" proves the keychain answers.
const QLatin1String ProbeKey("skybeam-setup-keychain-check");

enum class LockState { Unknown, NoService, Locked, Unlocked };

// Whether the Secret Service's default collection is locked. Asked before reading, so that a locked keyring
// is named instead of opening an unlock prompt (which, without a display, fails and looks like "nothing
// stored"). Two short calls on the local session bus.
LockState defaultCollectionLock()
{
    QString error;
    const auto lockState = Modules::function<SkybeamSecretServiceLockState>(
        QStringLiteral("keychain"), "skybeam_secret_service_lock_state", &error);
    if (!lockState)
        return LockState::Unknown; // the read that follows reports the missing module
    switch (lockState()) {
    case 1:
        return LockState::NoService;
    case 2:
        return LockState::Locked;
    case 3:
        return LockState::Unlocked;
    default:
        return LockState::Unknown;
    }
}

} // namespace

KeychainCheck::KeychainCheck(const DoctorContext &context, SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_store(store)
{
    m_result.id = QStringLiteral("keychain");
    m_result.title = tr("System keychain");
}

void KeychainCheck::start()
{
    const CredentialReadResult read = CredentialFile(m_context.paths).read();
    if (read.isUsable())
        m_clientKey = read.credentials.clientKey();
    if (m_context.environment.value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")).isEmpty()) {
        m_result.status = DoctorResult::Status::Warning;
        m_result.detail
            = tr("There is no desktop session bus (D-Bus), so no keychain can be reached; your client "
                 "secret stays only in the credential file and must be typed again to re-authorize.");
        m_result.fix = tr("Run SKYBEAM Setup from your desktop session, or over ssh inside dbus-run-session "
                          "with a keyring unlocked.");
        QTimer::singleShot(0, this, &KeychainCheck::finish);
        return;
    }
    if (!m_store) {
        m_result.status = DoctorResult::Status::Skipped;
        m_result.detail = tr("No keychain was asked.");
        QTimer::singleShot(0, this, &KeychainCheck::finish);
        return;
    }
    const LockState lock = defaultCollectionLock();
    if (lock == LockState::NoService) {
        warnNoService();
        QTimer::singleShot(0, this, &KeychainCheck::finish);
        return;
    }
    if (lock == LockState::Locked) {
        warnLocked(tr("The keychain is locked, so SKYBEAM Setup cannot read the client secret from it."));
        QTimer::singleShot(0, this, &KeychainCheck::finish);
        return;
    }
    SecretJob *job = m_store->read(m_clientKey.isEmpty() ? QString(ProbeKey) : m_clientKey);
    connect(job, &SecretJob::finished, this, &KeychainCheck::onRead);
    // The store's own limit may be longer; the doctor waits no more than the context says.
    QTimer::singleShot(m_context.keychainTimeoutMs, this, [this] {
        if (m_done)
            return;
        warnLocked(tr("The keychain did not answer within %n second(s): it is probably locked and waiting "
                      "for its password.",
            nullptr, m_context.keychainTimeoutMs / 1000));
        finish();
    });
}

void KeychainCheck::onRead(SecretJob *job)
{
    if (m_done)
        return;
    const QString code = job->error().code();
    if (code.isEmpty()) {
        if (m_clientKey.isEmpty() || !job->secrets().clientSecret.isEmpty()) {
            m_result.status = DoctorResult::Status::Ok;
            m_result.detail = m_clientKey.isEmpty()
                ? tr("The keychain answers and is unlocked.")
                : tr("The keychain answers, is unlocked and holds the client secret for this app.");
        } else {
            m_result.status = DoctorResult::Status::Warning;
            m_result.detail = tr("The keychain answers, but holds no client secret for this app.");
            m_result.fix = tr("Re-authorize once in the wizard; the secret is then kept in the keychain.");
        }
    } else if (code == ErrorCode::Keychain::NotFound) {
        if (m_clientKey.isEmpty()) {
            m_result.status = DoctorResult::Status::Ok;
            m_result.detail = tr("The keychain answers and is unlocked.");
        } else {
            m_result.status = DoctorResult::Status::Warning;
            m_result.detail = tr("The keychain answers, but holds nothing for this app's client key.");
            m_result.fix = tr("Re-authorize once in the wizard; the secret is then kept in the keychain.");
        }
    } else if (code == ErrorCode::Keychain::Unavailable) {
        warnNoService();
    } else {
        warnLocked(tr("The keychain is locked or refused access."));
    }
    finish();
}

void KeychainCheck::finish()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(m_result);
}

void KeychainCheck::warnNoService()
{
    m_result.status = DoctorResult::Status::Warning;
    m_result.detail = tr("No keyring service (such as GNOME Keyring or KWallet) answers on this desktop "
                         "session; your client secret must be typed again to re-authorize.");
    m_result.fix = tr("Install and start a keyring, for example: sudo apt install gnome-keyring, then log in "
                      "again.");
}

void KeychainCheck::warnLocked(const QString &detail)
{
    m_result.status = DoctorResult::Status::Warning;
    m_result.detail = detail;
    m_result.fix = tr("Unlock the keychain (log in to the desktop, or open Passwords and Keys and unlock "
                      "the Login keyring), then run the check again.");
}

} // namespace Skybeam
