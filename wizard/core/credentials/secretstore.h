#pragma once

#include "common/error.h"
#include "common/job.h"

#include <QObject>
#include <QString>

namespace Skybeam {

/// The two values kept in the OS keychain so that re-authorizing needs no re-typing.
struct StoredSecrets
{
    QString clientSecret;
    QString refreshToken;
    bool isEmpty() const { return clientSecret.isEmpty() && refreshToken.isEmpty(); }
};

/// One keychain operation. Created by a SecretStore; emits finished() exactly once, always queued (never
/// from inside the call that created it), then deletes itself later. Read result() in the slot.
class SecretJob : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)

public:
    enum class Kind { Read, Write, Delete };
    Kind kind() const { return m_kind; }
    /// No error on success. "keychain.not_found" when a read finds nothing; "keychain.unavailable" when
    /// no Secret Service answers; "keychain.denied" when access was refused; "keychain.timeout".
    const Error &error() const { return m_error; }
    /// The secrets read (Read jobs only).
    const StoredSecrets &secrets() const { return m_secrets; }

Q_SIGNALS:
    void finished(Skybeam::SecretJob *job);

protected:
    SecretJob(Kind kind, QObject *parent);
    /// Records the outcome and schedules finished(); later calls are ignored.
    void finish(const Error &error, const StoredSecrets &secrets = {});

private:
    Kind m_kind;
    Error m_error;
    StoredSecrets m_secrets;
    bool m_finished = false;
};

/// Where the client secret and refresh token are kept besides the publisher's file: the OS keychain in
/// production (KeychainSecretStore), memory in tests (MemorySecretStore). Entries are keyed by client key.
/// Lives in the thread that created it; jobs are parented to it.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    ~SecretStore() override = default;

    virtual SecretJob *read(const QString &clientKey) = 0;
    virtual SecretJob *write(const QString &clientKey, const StoredSecrets &secrets) = 0;
    virtual SecretJob *remove(const QString &clientKey) = 0;
    /// Human-readable name of the backend ("System keychain (Secret Service)", "Memory").
    virtual QString backendName() const = 0;

protected:
    explicit SecretStore(QObject *parent = nullptr);
};

} // namespace Skybeam
