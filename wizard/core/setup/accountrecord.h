#pragma once

#include "common/roxypaths.h"

#include <QDateTime>
#include <QString>

namespace Skybeam {

/// The TikTok account as the last successful live check saw it (display name, open_id), kept in
/// RoxyPaths::stateDir() (0600 file, 0700 folder) so that `status` can name it without an API call.
/// Never holds tokens. A value type; read() and write() are synchronous (the file is tiny).
struct AccountRecord
{
    QString displayName;
    QString openId;
    QDateTime checkedAt;

    bool isEmpty() const { return displayName.isEmpty() && openId.isEmpty(); }

    static QString filePath(const RoxyPaths &paths);
    /// The record, or an empty one when there is none or it is damaged.
    static AccountRecord read(const RoxyPaths &paths);
    /// Best effort: a failure only means `status` cannot name the account.
    static bool write(const RoxyPaths &paths, const AccountRecord &record);
};

} // namespace Skybeam
