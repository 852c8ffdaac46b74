#include "setup/accountrecord.h"

#include "setup/statefile.h"

#include <QJsonObject>

namespace Skybeam {

namespace {

constexpr QLatin1String DisplayNameKey { "display_name" };
constexpr QLatin1String OpenIdKey { "open_id" };
constexpr QLatin1String CheckedAtKey { "checked_at" };

} // namespace

QString AccountRecord::filePath(const RoxyPaths &paths)
{
    return paths.stateDir() + QStringLiteral("/account.json");
}

AccountRecord AccountRecord::read(const RoxyPaths &paths)
{
    const QJsonObject object = StateFile::read(filePath(paths));
    AccountRecord record;
    record.displayName = object.value(DisplayNameKey).toString();
    record.openId = object.value(OpenIdKey).toString();
    record.checkedAt = QDateTime::fromString(object.value(CheckedAtKey).toString(), Qt::ISODate);
    return record;
}

bool AccountRecord::write(const RoxyPaths &paths, const AccountRecord &record)
{
    return StateFile::write(paths, filePath(paths),
        QJsonObject { { DisplayNameKey, record.displayName }, { OpenIdKey, record.openId },
            { CheckedAtKey, record.checkedAt.toUTC().toString(Qt::ISODate) } });
}

} // namespace Skybeam
