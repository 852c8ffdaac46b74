#include "common/job.h"

#include <QMetaObject>

namespace Skybeam {

Job::Job(QObject *parent)
    : QObject(parent)
{
}

void Job::finishLater(std::function<void()> emitResult, Then then)
{
    QMetaObject::invokeMethod(
        this,
        [this, emitResult = std::move(emitResult), then, run = m_run] {
            if (run == m_run)
                emitResult();
            if (then == Then::Delete)
                deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace Skybeam
