#pragma once

#include "common/roxypaths.h"

#include <QDateTime>

namespace Skybeam {

/// Remembers that TikTok rejected the refresh token of one grant, so that the product can say
/// "re-authorize" without asking TikTok again. The record names the grant by its `authorized_at` time
/// (never a token): a new sign-in changes that time, so the record stops applying by itself. Kept in
/// RoxyPaths::stateDir() (0600 file, 0700 folder). Synchronous (the file is tiny); thread-safe.
class RefreshRejection final
{
public:
    /// The file holding the record.
    static QString filePath(const RoxyPaths &paths);
    /// Records that the refresh token of the grant made at `authorizedAt` was rejected. Best effort.
    static void record(const RoxyPaths &paths, const QDateTime &authorizedAt);
    /// Forgets the record (after a successful renewal). Best effort.
    static void clear(const RoxyPaths &paths);
    /// The grant whose refresh token was rejected (invalid when none is recorded).
    static QDateTime rejectedGrant(const RoxyPaths &paths);
};

} // namespace Skybeam
