#pragma once

#include "common/error.h"
#include "posting/postoptions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Skybeam {

class RoxyPaths;

/// What TikTok confirmed for one pack: sent to the inbox, or published.
struct PostingRecord
{
    PostMode mode = PostMode::Inbox;
    /// TikTok's final status: SEND_TO_USER_INBOX or PUBLISH_COMPLETE.
    QString status;
    QString publishId;
    QDateTime confirmedAt;
};

/// Remembers how each pack reached TikTok (inbox draft or direct post, with its publish_id), next to the
/// viewer's posted marks, in `setup/tiktok-posts.json`; never secrets. Every change re-reads the file and
/// writes it back atomically. Not a QObject; small synchronous IO; use from one thread.
class PostingHistory final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::PostingHistory)

public:
    explicit PostingHistory(const QString &filePath);
    /// stateDir()/tiktok-posts.json.
    static QString defaultFilePath(const RoxyPaths &paths);

    std::optional<PostingRecord> record(const QString &packKey) const;
    Error add(const QString &packKey, const PostingRecord &record);

private:
    QString m_filePath;
};

} // namespace Skybeam
