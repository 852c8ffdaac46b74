#include "setup/rememberedsettings.h"

#include "setup/statefile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Skybeam {

namespace {

constexpr QLatin1String RedirectUriKey { "redirect_uri" };
constexpr QLatin1String ScopesKey { "scopes" };

} // namespace

QString RememberedSettings::filePath(const RoxyPaths &paths)
{
    return paths.stateDir() + QStringLiteral("/wizard.json");
}

RememberedSettings RememberedSettings::read(const RoxyPaths &paths)
{
    const QJsonObject object = StateFile::read(filePath(paths));
    RememberedSettings settings;
    settings.redirectUri = object.value(RedirectUriKey).toString();
    for (const QJsonValue &scope : object.value(ScopesKey).toArray()) {
        if (scope.isString() && !scope.toString().isEmpty())
            settings.scopes.append(scope.toString());
    }
    return settings;
}

bool RememberedSettings::write(const RoxyPaths &paths, const RememberedSettings &settings)
{
    return StateFile::write(paths, filePath(paths),
        QJsonObject { { RedirectUriKey, settings.redirectUri },
            { ScopesKey, QJsonArray::fromStringList(settings.scopes) } });
}

} // namespace Skybeam
