#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

namespace Skybeam {

class RoxyPaths;

/// Remembers which handoff packs the operator has posted, in one small JSON file of the wizard's own
/// (`setup/handoff-posted.json` under the SKYBEAM root) so the publisher's files are never touched.
/// Every change re-reads the file, applies the change and writes it back atomically (QSaveFile), so two
/// viewers open at once do not undo each other's marks. Packs are identified by their key
/// (HandoffPack::key). Lives on the thread that uses it (the GUI thread); IO is small and synchronous.
class PostedStateStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostedStateStore)

public:
    /// The store of `filePath`; nothing is read until load().
    explicit PostedStateStore(const QString &filePath, QObject *parent = nullptr);

    /// stateDir()/handoff-posted.json.
    static QString defaultFilePath(const RoxyPaths &paths);

    QString filePath() const { return m_filePath; }

    /// Reads the file. A missing file is an empty store; a damaged one is reported, kept aside as
    /// `<file>.damaged` on the next write, and treated as empty.
    Error load();

    bool isPosted(const QString &key) const { return m_posted.contains(key); }
    /// When the pack was marked posted (UTC); invalid when it is not posted.
    QDateTime postedAt(const QString &key) const { return m_posted.value(key); }
    int postedCount() const { return int(m_posted.size()); }

    /// Marks `key` posted (now) or not posted and writes the file. On error the mark is unchanged.
    Error setPosted(const QString &key, bool posted);

Q_SIGNALS:
    /// `key`'s mark changed (through setPosted() or because load() found a different state).
    void postedChanged(const QString &key);

private:
    Error readFile(QHash<QString, QDateTime> *posted) const;
    Error writeFile(const QHash<QString, QDateTime> &posted);
    /// Takes `posted` as the current state and signals every key whose mark differs.
    void replaceState(const QHash<QString, QDateTime> &posted);

    QString m_filePath;
    QHash<QString, QDateTime> m_posted;
    bool m_damaged = false;
};

} // namespace Skybeam
