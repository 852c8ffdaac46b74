// What skybeam-setup-cli and skybeam-setup-gui do before running a command: the application's identity and
// the language. `skybeam-setup` (app/launcher.cpp, no Qt) becomes one of them (README "Packaging").
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

/// The path of the `skybeam-setup` command that started this process (SKYBEAM_SETUP_LAUNCHER, set by the
/// launcher), else this program's: what a timer or a notification's action is to run.
QString launcherPath();

/// The name of the GUI executable, and where skybeam-setup looks for it relative to its own folder.
inline constexpr const char *GuiExecutableName = "skybeam-setup-gui";
inline constexpr const char *PrivateDirFromBin = "../lib/skybeam-setup";

} // namespace Skybeam::Cli
