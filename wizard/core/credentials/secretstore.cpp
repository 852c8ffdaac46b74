#include "credentials/secretstore.h"

namespace Skybeam {

SecretJob::SecretJob(Kind kind, QObject *parent)
    : Job(parent)
    , m_kind(kind)
{
}

void SecretJob::finish(const Error &error, const StoredSecrets &secrets)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_secrets = secrets;
    finishLater([this] { Q_EMIT finished(this); }, Then::Delete);
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

} // namespace Skybeam
