#include "common/roxypaths.h"

#include <QDir>

namespace Skybeam {

RoxyPaths::RoxyPaths(const QString &root)
    : m_root(QDir::cleanPath(QDir(root).absolutePath()))
{
}

RoxyPaths RoxyPaths::resolve(const QString &overrideRoot)
{
    if (!overrideRoot.isEmpty())
        return RoxyPaths(overrideRoot);
    const QString env = qEnvironmentVariable("ROXY_HOME");
    if (!env.isEmpty())
        return RoxyPaths(env);
    return RoxyPaths(QDir::homePath() + QStringLiteral("/.roxy"));
}

QString RoxyPaths::credentialsDir() const
{
    return m_root + QStringLiteral("/credentials");
}

QString RoxyPaths::primaryCredentialFile() const
{
    return credentialsDir() + QStringLiteral("/tiktok_oauth.json");
}

QString RoxyPaths::fallbackCredentialFile() const
{
    return credentialsDir() + QStringLiteral("/tiktok_credentials.json");
}

QString RoxyPaths::backupCredentialFile() const
{
    return primaryCredentialFile() + QStringLiteral(".bak");
}

QString RoxyPaths::exportsDir() const
{
    return m_root + QStringLiteral("/content-pipeline/publish/exports");
}

QString RoxyPaths::stateDir() const
{
    return m_root + QStringLiteral("/setup");
}

QString RoxyPaths::displayPath(const QString &path)
{
    const QString home = QDir::cleanPath(QDir::homePath());
    const QString clean = QDir::cleanPath(path);
    if (home.size() > 1 && clean.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + clean.mid(home.size());
    return clean;
}

} // namespace Skybeam
