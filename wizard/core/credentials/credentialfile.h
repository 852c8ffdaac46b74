#pragma once

#include "common/error.h"
#include "common/roxypaths.h"
#include "credentials/tiktokcredentials.h"

#include <QCoreApplication>
#include <QStringList>

namespace Skybeam {

/// What reading the credential file found. `path` is the file that was used (primary, or the fallback
/// when the primary is absent), or the primary path when neither exists.
struct CredentialReadResult
{
    enum class Source { None, Primary, Fallback };
    Source source = Source::None;
    QString path;
    TikTokCredentials credentials;
    /// Set when the file exists but could not be used (unreadable, not JSON, wrong shape, too large).
    Error error;
    /// Problems that did not stop the read (e.g. a value with surrounding whitespace, a number stored as
    /// text), each a translated sentence.
    QStringList warnings;
    /// The file belongs to another user (someone may have planted it): its tokens are not used
    /// (CredentialStore::load() refuses it), `validate --strict` fails. `owner` names that user.
    bool foreignOwner = false;
    QString owner;

    bool exists() const { return source != Source::None; }
    bool isUsable() const { return exists() && !error.isError(); }
};

/// Reads and writes the runbook's credential file, the contract with the SKYBEAM publisher.
///
/// Reading never modifies anything and never crashes on bad input. Writing is atomic (QSaveFile),
/// creates the directory 0700 and the file 0600 before any byte is written, keeps the previous file as
/// `tiktok_oauth.json.bak` (0600), preserves fields it does not know, and refuses to write through a
/// symlink or into a directory owned by another user. Synchronous: the file is tiny.
class CredentialFile final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::CredentialFile)

public:
    /// Larger files are refused: a real one is well under 2 KB.
    static constexpr qint64 MaxFileSize = 64 * 1024;

    explicit CredentialFile(RoxyPaths paths);

    CredentialReadResult read() const;
    /// Reads and parses one file (no fallback logic).
    static CredentialReadResult readFile(const QString &path);
    /// Parses the bytes of a credential file (what readFile() does after reading); `shownPath` names the
    /// file in messages. Pure: no IO, bounded by MaxFileSize, never crashes on any input (it is fuzzed).
    /// The result's `source` is Primary and its `path` is `shownPath`.
    static CredentialReadResult parse(const QByteArray &bytes, const QString &shownPath);

    /// Writes `credentials` to the primary file. Unknown fields in `credentials.json()` are kept.
    Error write(const TikTokCredentials &credentials) const;

    const RoxyPaths &paths() const { return m_paths; }

private:
    RoxyPaths m_paths;
};

} // namespace Skybeam
