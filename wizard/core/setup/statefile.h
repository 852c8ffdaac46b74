#pragma once

#include "common/roxypaths.h"

#include <QJsonObject>
#include <QString>

namespace Skybeam {

/// The small JSON files of the wizard's own state under RoxyPaths::stateDir(): the folder is made 0700,
/// each file 0600 before a byte is written, writes are atomic (QSaveFile). Never for secrets.
/// Synchronous; thread-safe for different files.
class StateFile final
{
public:
    /// Larger files are not read: every state file is a few hundred bytes.
    static constexpr qint64 MaxSize = 64 * 1024;

    /// The file's JSON object; empty when it is missing, too large or damaged.
    static QJsonObject read(const QString &filePath);
    /// Writes `object` to `filePath` (inside paths.stateDir()). False on any failure.
    static bool write(const RoxyPaths &paths, const QString &filePath, const QJsonObject &object);
};

} // namespace Skybeam
