// The C interface of the keychain module skybeam-keychain.so (wizard/modules/keychain), loaded through
// common/modules.h by KeychainSecretStore and the doctor's keychain check. Qt types only, so that the
// module needs no code of skybeam_core.
#pragma once

#include <QObject>
#include <QString>

extern "C" {

/// The operations of skybeam_keychain_start.
enum SkybeamKeychainOperation {
    SkybeamKeychainRead = 0,
    SkybeamKeychainWrite = 1,
    SkybeamKeychainDelete = 2
};

/// Called once when a job ends, on `receiver`'s thread: `error` is the QKeychain::Error as a number (0: none;
/// the numbers are QtKeychain's, checked in the module), `text` what a read found.
typedef void (*SkybeamKeychainDone)(
    QObject *receiver, int error, const QString &errorString, const QString &text);

/// "skybeam_keychain_start": starts one QtKeychain job on the entry `key` of `service`, writing `text`
/// (Write). The job is a child of `receiver`: destroying the receiver ends it without a call of `done`.
typedef void (*SkybeamKeychainStart)(int operation, const QString &service, const QString &key,
    const QString &text, QObject *receiver, SkybeamKeychainDone done);

/// "skybeam_secret_service_lock_state": whether the Secret Service's default collection is locked, asked on
/// the session bus with short timeouts: 0 unknown, 1 no Secret Service, 2 locked, 3 unlocked.
typedef int (*SkybeamSecretServiceLockState)();
}
