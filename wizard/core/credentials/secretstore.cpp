#include "credentials/secretstore.h"

#include <QMetaObject>

namespace Skybeam {

SecretJob::SecretJob(Kind kind, QObject *parent)
    : QObject(parent)
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
    // Always queued, so a caller can connect after creating the job and never sees a re-entrant emit.
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(this);
            deleteLater();
        },
        Qt::QueuedConnection);
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

} // namespace Skybeam
