#include "credentials/memorysecretstore.h"

#include <QTimer>

namespace Skybeam {

namespace {

class MemoryJob final : public SecretJob
{
public:
    MemoryJob(Kind kind, QObject *parent)
        : SecretJob(kind, parent)
    {
    }
    using SecretJob::finish;
};

} // namespace

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

SecretJob *MemorySecretStore::read(const QString &clientKey)
{
    return answer(SecretJob::Kind::Read, clientKey, {});
}

SecretJob *MemorySecretStore::write(const QString &clientKey, const StoredSecrets &secrets)
{
    return answer(SecretJob::Kind::Write, clientKey, secrets);
}

SecretJob *MemorySecretStore::remove(const QString &clientKey)
{
    return answer(SecretJob::Kind::Delete, clientKey, {});
}

QString MemorySecretStore::backendName() const
{
    return tr("Memory (not saved)");
}

SecretJob *MemorySecretStore::answer(
    SecretJob::Kind kind, const QString &clientKey, const StoredSecrets &secrets)
{
    auto *job = new MemoryJob(kind, this);
    // The operation happens when the answer is delivered, as with a real keychain.
    QTimer::singleShot(m_delayMs, job, [this, job, kind, clientKey, secrets] {
        if (!m_available) {
            job->finish(Error(ErrorCode::Keychain::Unavailable, tr("No system keychain is available.")));
            return;
        }
        switch (kind) {
        case SecretJob::Kind::Read:
            if (!m_entries.contains(clientKey)) {
                job->finish(Error(ErrorCode::Keychain::NotFound,
                    tr("Nothing is saved in the system keychain for this app yet.")));
                return;
            }
            job->finish({}, m_entries.value(clientKey));
            return;
        case SecretJob::Kind::Write:
            m_entries.insert(clientKey, secrets);
            job->finish({});
            return;
        case SecretJob::Kind::Delete:
            m_entries.remove(clientKey);
            job->finish({});
            return;
        }
    });
    return job;
}

} // namespace Skybeam
