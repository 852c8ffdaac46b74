#include "common/roxypaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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
    RoxyPaths paths(QDir::homePath() + QStringLiteral("/.roxy"));
    paths.m_defaultRoot = true;
    return paths;
}

QString RoxyPaths::rootLinkProblem() const
{
    if (!m_defaultRoot || !QFileInfo(m_root).isSymLink())
        return {};
    //: %1 is a folder such as ~/.roxy, %2 where the link points.
    return QCoreApplication::translate("Skybeam::RoxyPaths",
        "%1 is a symbolic link (to %2). For safety, SKYBEAM files are not written through a link that "
        "was not chosen: remove the link, or name the folder deliberately with --roxy-home or ROXY_HOME.")
        .arg(displayPath(m_root), QFileInfo(m_root).symLinkTarget());
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
