#pragma once

#include "common/roxypaths.h"

#include <QString>
#include <QStringList>

namespace Skybeam {

/// The redirect URI and scopes of the wizard's last successful save, kept in RoxyPaths::stateDir()
/// (`wizard.json`: 0600 file, 0700 folder) so that re-authorizing uses what is registered. Never holds
/// secrets. A value type; read() and write() are synchronous (the file is tiny).
struct RememberedSettings
{
    /// Empty when none is remembered.
    QString redirectUri;
    /// Empty when none are remembered; never holds an empty scope.
    QStringList scopes;

    static QString filePath(const RoxyPaths &paths);
    /// The remembered settings, or empty ones when there are none or the file is damaged.
    static RememberedSettings read(const RoxyPaths &paths);
    /// Best effort: a failure only means re-authorizing starts from the defaults.
    static bool write(const RoxyPaths &paths, const RememberedSettings &settings);
};

} // namespace Skybeam
