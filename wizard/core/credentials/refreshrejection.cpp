#include "credentials/refreshrejection.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Skybeam {

namespace {

constexpr QLatin1String AuthorizedAtKey{"authorized_at"};
constexpr QLatin1String RejectedAtKey{"rejected_at"};
constexpr qint64 MaxSize = 4096;

} // namespace

QString RefreshRejection::filePath(const RoxyPaths &paths)
{
    return paths.stateDir() + QStringLiteral("/refresh_rejected.json");
}

void RefreshRejection::record(const RoxyPaths &paths, const QDateTime &authorizedAt)
{
    if (!QDir().mkpath(paths.stateDir()))
        return;
    QFile::setPermissions(paths.stateDir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QJsonObject object{
        {AuthorizedAtKey, authorizedAt.isValid() ? authorizedAt.toUTC().toString(Qt::ISODate) : QString()},
        {RejectedAtKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    const QByteArray bytes = QJsonDocument(object).toJson();
    QSaveFile file(filePath(paths));
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) == bytes.size())
        file.commit();
}

void RefreshRejection::clear(const RoxyPaths &paths)
{
    QFile::remove(filePath(paths));
}

QDateTime RefreshRejection::rejectedGrant(const RoxyPaths &paths)
{
    QFile file(filePath(paths));
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxSize)
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(file.read(MaxSize));
    if (!document.isObject())
        return {};
    return QDateTime::fromString(document.object().value(AuthorizedAtKey).toString(), Qt::ISODate);
}

} // namespace Skybeam
