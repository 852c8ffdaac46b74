#include "common/modules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <QMutex>
#include <QMutexLocker>

namespace Skybeam::Modules {

QStringList searchPath()
{
    QStringList folders;
    const QString own = QCoreApplication::applicationDirPath();
    if (!own.isEmpty()) {
        folders << own;
        folders << QDir::cleanPath(own + QStringLiteral("/../lib/skybeam-setup"));
    }
    const QString extra = qEnvironmentVariable("SKYBEAM_MODULE_DIR");
    if (QDir::isAbsolutePath(extra))
        folders << QDir::cleanPath(extra);
    folders.removeDuplicates();
    return folders;
}

QFunctionPointer resolve(const QString &name, const char *symbol, QString *error)
{
    static QMutex mutex;
    // Never unloaded, never destroyed (not even at exit): objects and signal connections of a module may
    // outlive every other static. Reachable from this pointer, so no leak checker reports it.
    static auto *loaded = new QHash<QString, QLibrary *>;
    QMutexLocker locker(&mutex);
    QLibrary *library = loaded->value(name);
    if (!library) {
        const QString fileName = QStringLiteral("skybeam-%1.so").arg(name);
        QStringList problems;
        for (const QString &folder : searchPath()) {
            const QString path = folder + QLatin1Char('/') + fileName;
            if (!QFileInfo::exists(path))
                continue;
            auto *candidate = new QLibrary(path);
            candidate->setLoadHints(QLibrary::ResolveAllSymbolsHint);
            if (candidate->load()) {
                library = candidate;
                break;
            }
            problems << candidate->errorString();
            delete candidate;
        }
        if (!library) {
            *error = problems.isEmpty()
                ? QCoreApplication::translate("Skybeam::Modules", "%1 is not installed (looked in %2).")
                      .arg(fileName, searchPath().join(QStringLiteral(", ")))
                : problems.join(QStringLiteral("; "));
            return nullptr;
        }
        loaded->insert(name, library);
    }
    const QFunctionPointer function = library->resolve(symbol);
    if (!function)
        *error = library->errorString();
    return function;
}

} // namespace Skybeam::Modules
