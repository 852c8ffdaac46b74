#include "doctor/doctorcheck.h"

#include <QHostInfo>

namespace Skybeam {

QString DoctorResult::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Warning:
        return QStringLiteral("warning");
    case Status::Problem:
        return QStringLiteral("problem");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QJsonObject DoctorResult::toJson() const
{
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("status"), statusName(status) },
        { QStringLiteral("title"), title },
        { QStringLiteral("detail"), detail },
        { QStringLiteral("fix"), fix },
    };
}

DoctorContext DoctorContext::system(const RoxyPaths &paths)
{
    DoctorContext context;
    context.paths = paths;
    const Expected<TikTokEndpoints> endpoints = TikTokEndpoints::fromEnvironment();
    if (endpoints)
        context.endpoints = endpoints.value();
    return context;
}

QList<QHostAddress> DoctorContext::resolve(const QString &host) const
{
    if (resolver)
        return resolver(host);
    const QHostInfo info = QHostInfo::fromName(host);
    return info.error() == QHostInfo::NoError ? info.addresses() : QList<QHostAddress>();
}

} // namespace Skybeam
