#include "startup.h"

#include "commandline.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Skybeam::Cli {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SKYBEAM"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("skybeam.example"));
    QCoreApplication::setApplicationName(QStringLiteral("skybeam-setup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SKYBEAM_VERSION));
}

QString languageArgument(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == option)
            return arguments.value(i + 1);
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return {};
}

QString launcherPath()
{
    const QString launcher = qEnvironmentVariable("SKYBEAM_SETUP_LAUNCHER");
    if (QDir::isAbsolutePath(launcher) && QFileInfo(launcher).isExecutable())
        return launcher;
    return QCoreApplication::applicationFilePath();
}

void installTranslations()
{
    // Every text from here on in the operator's language: the system's, or the one --lang names.
    const QString language = languageArgument(QCoreApplication::arguments());
    if (!Skybeam::Translations::install(language) && !language.isEmpty())
        printErr(QStringLiteral("skybeam-setup: no translation for '%1'; using English.").arg(language));
}

} // namespace Skybeam::Cli
