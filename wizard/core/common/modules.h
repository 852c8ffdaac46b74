// The parts of skybeam-setup that need a library most commands do not: the system keychain (QtKeychain,
// QtDBus) and desktop notifications (QtDBus). They are built as modules (wizard/modules) with a small C
// interface of Qt types only (credentials/keychainmodule.h, common/notifymodule.h) and loaded by the
// commands that use them, so that `validate` on a server starts with QtCore and QtNetwork alone.
#pragma once

#include <QFunctionPointer>
#include <QString>
#include <QStringList>

namespace Skybeam::Modules {

/// The folders searched for skybeam-NAME.so, in order: the executable's own folder (the build tree),
/// ../lib/skybeam-setup next to it (the package: /usr/bin -> /usr/lib/skybeam-setup) and, last, the
/// folder in SKYBEAM_MODULE_DIR (tests that are not next to the modules).
QStringList searchPath();

/// The function `symbol` of the module `name` ("keychain", "notify"); null with `*error` set when the
/// module is not installed or lacks it. A module is loaded once (all symbols resolved) and stays loaded.
/// Thread-safe.
QFunctionPointer resolve(const QString &name, const char *symbol, QString *error);

template<typename Function> Function function(const QString &name, const char *symbol, QString *error)
{
    return reinterpret_cast<Function>(resolve(name, symbol, error));
}

} // namespace Skybeam::Modules
