#pragma once

#include "credentials/secretstore.h"

#include <QHash>

namespace Skybeam {

/// SecretStore in memory, for tests and for running without a keychain. Answers queued like the real
/// keychain (optionally after a delay) so ordering bugs show; can pretend to be unavailable.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    SecretJob *read(const QString &clientKey) override;
    SecretJob *write(const QString &clientKey, const StoredSecrets &secrets) override;
    SecretJob *remove(const QString &clientKey) override;
    QString backendName() const override;

    /// When false, every job fails with "keychain.unavailable".
    void setAvailable(bool available) { m_available = available; }
    /// Answers after `milliseconds` instead of on the next event-loop turn.
    void setDelay(int milliseconds) { m_delayMs = milliseconds; }
    /// Direct access for test assertions.
    const QHash<QString, StoredSecrets> &entries() const { return m_entries; }

private:
    SecretJob *answer(SecretJob::Kind kind, const QString &clientKey, const StoredSecrets &secrets);

    QHash<QString, StoredSecrets> m_entries;
    bool m_available = true;
    int m_delayMs = 0;
};

} // namespace Skybeam
