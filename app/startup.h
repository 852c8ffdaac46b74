// What both executables do before running a command: the application's identity and the language.
// skybeam-setup (headless: QtCore and QtNetwork only) runs the commands; for the wizard and the pack viewer
// it replaces itself (execv, same process id) with skybeam-setup-gui, installed next to it in the build tree
// or in ../lib/skybeam-setup/ (docs: README "Files", packaging/CMakeLists.txt).
#pragma once

#include <QString>
#include <QStringList>

namespace Skybeam::Cli {

/// Organization, application name and version (QSettings, --version), the same in both executables.
void setApplicationIdentity();

/// The value of --lang (also as --lang=LANGUAGE), read before any text is translated; empty when absent.
QString languageArgument(const QStringList &arguments);

/// Installs the translators for --lang (or the system language); complains on stderr about an unknown one.
void installTranslations();

/// The name of the GUI executable, and where skybeam-setup looks for it relative to its own folder.
inline constexpr const char *GuiExecutableName = "skybeam-setup-gui";
inline constexpr const char *PrivateDirFromBin = "../lib/skybeam-setup";

} // namespace Skybeam::Cli
