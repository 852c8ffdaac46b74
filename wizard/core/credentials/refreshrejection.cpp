#include "credentials/refreshrejection.h"

#include "setup/statefile.h"

#include <QFile>
#include <QJsonObject>

namespace Skybeam {

namespace {

constexpr QLatin1String AuthorizedAtKey { "authorized_at" };
constexpr QLatin1String RejectedAtKey { "rejected_at" };

} // namespace

QString RefreshRejection::filePath(const RoxyPaths &paths)
{
    return paths.stateDir() + QStringLiteral("/refresh_rejected.json");
}

void RefreshRejection::record(const RoxyPaths &paths, const QDateTime &authorizedAt)
{
    StateFile::write(paths, filePath(paths),
        QJsonObject { { AuthorizedAtKey,
                          authorizedAt.isValid() ? authorizedAt.toUTC().toString(Qt::ISODate) : QString() },
            { RejectedAtKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } });
}

void RefreshRejection::clear(const RoxyPaths &paths)
{
    QFile::remove(filePath(paths));
}

QDateTime RefreshRejection::rejectedGrant(const RoxyPaths &paths)
{
    return QDateTime::fromString(
        StateFile::read(filePath(paths)).value(AuthorizedAtKey).toString(), Qt::ISODate);
}

} // namespace Skybeam
