#pragma once

#include <QString>

class QFileDevice;
class QSaveFile;

namespace Skybeam {

/// The product's own files (RoxyPaths::stateDir() and the like) are private to the user, whoever creates
/// them (the wizard or a command run from cron with umask 022): folders 0700, files 0600.
namespace PrivateFiles {

/// Creates `folder` (and missing parents) 0700, or restricts an existing folder of this user's to 0700.
/// False when it cannot be created, is not a folder, or is a symbolic link (never followed).
bool ensureFolder(const QString &folder);
/// Restricts an opened file (e.g. a QSaveFile before its first byte) to 0600.
bool restrict(QFileDevice &file);
/// Opens `file` for writing without Qt's write buffer, so that a short write (a full disk, a file-size limit)
/// comes back from write() and the file is not committed. With the buffer, Qt 6.4's QSaveFile::commit()
/// ignores the failed flush of it and renames the truncated file into place (measured: 150 bytes written,
/// flush() false, commit() true, a 16-byte file). Every QSaveFile of the product is opened here.
bool openForWriting(QSaveFile &file);

} // namespace PrivateFiles

} // namespace Skybeam
