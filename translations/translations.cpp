#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QList>
#include <QPointer>
#include <QTranslator>

namespace Skybeam {

namespace {

const QLatin1String Catalogue("skybeam-setup");
const QLatin1String EmbeddedDirectory(":/i18n");

// The translators install() put on the application (children of the application object).
QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

bool installTranslator(const QLocale &locale, const QString &catalogue, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, catalogue, QStringLiteral("_"), directory)
        || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    installedTranslators().append(translator);
    return true;
}

} // namespace

QStringList Translations::availableLanguages()
{
    QStringList languages;
    const QString prefix = Catalogue + QLatin1Char('_');
    const QStringList files
        = QDir(EmbeddedDirectory).entryList({ prefix + QStringLiteral("*.qm") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(prefix.size()).chopped(3));
    return languages;
}

QLocale Translations::localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool Translations::install(const QString &language)
{
    remove();
    const QLocale locale = localeFor(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    // Translators installed later are asked first: Qt's catalogue, then SKYBEAM's on top of it.
    installTranslator(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (installTranslator(locale, Catalogue, EmbeddedDirectory))
        return true;
    // No translation: English, whose catalogue holds the plural forms ("1 pack", "2 packs").
    installTranslator(QLocale(QLocale::English), Catalogue, EmbeddedDirectory);
    return false;
}

void Translations::remove()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installedTranslators().clear();
}

} // namespace Skybeam
