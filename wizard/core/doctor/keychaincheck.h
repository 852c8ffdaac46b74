#pragma once

#include "doctor/doctorcheck.h"

#include <QObject>
#include <QPointer>

namespace Skybeam {

class SecretStore;
class SecretJob;

/// The doctor's `keychain` check: whether the Secret Service answers within the context's time limit, is
/// unlocked and holds the secret for the stored client key; otherwise the plain cause (no D-Bus session,
/// no keyring service, locked, nothing stored). start() never emits synchronously; finished() exactly
/// once. Does not own the SecretStore. Lives in the creating thread.
class KeychainCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCheck)

public:
    KeychainCheck(const DoctorContext &context, SecretStore *store, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(const Skybeam::DoctorResult &result);

private:
    void onRead(SecretJob *job);
    /// A warning: no keyring service answers on the session bus.
    void warnNoService();
    /// A warning that the keychain is (probably) locked, `detail` saying why; the fix is to unlock it.
    void warnLocked(const QString &detail);
    void finish();

    DoctorContext m_context;
    QPointer<SecretStore> m_store;
    QString m_clientKey;
    DoctorResult m_result;
    bool m_done = false;
};

} // namespace Skybeam
