#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Skybeam {

/// Puts skybeam-setup in the operator's language: SKYBEAM's own texts (compiled from translations/*.ts
/// and embedded under :/i18n) and Qt's (the wizard's Back/Next/Cancel, standard dialogs, command-line
/// help) from Qt's `qtbase` catalogue, for the system locale or the language --lang names. Without a
/// translation for that language the English texts are used. GUI thread; call after the application
/// object exists and before the first text is translated.
class Translations final
{
public:
    /// The languages SKYBEAM's texts are translated to, as language codes ("de", "en", "es").
    static QStringList availableLanguages();
    /// The locale `language` names ("de", "es_ES", "de-AT"); the system locale when `language` is empty.
    static QLocale localeFor(const QString &language);
    /// Installs the translators for `language` (empty: the system locale) on the application, replacing
    /// the ones installed before, and makes its locale the default (dates, the browser pages' lang). True
    /// when SKYBEAM has a translation for it.
    static bool install(const QString &language);
    /// Removes the translators again: what is translated afterwards is English (the validate report, a
    /// byte-exact contract with scripts).
    static void remove();
};

} // namespace Skybeam
