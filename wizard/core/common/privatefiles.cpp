#include "common/privatefiles.h"

#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Skybeam::PrivateFiles {

namespace {

constexpr QFileDevice::Permissions OwnerOnlyFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions GroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

bool ensureFolder(const QString &folder)
{
    QFileInfo info(folder);
    if (info.isSymLink())
        return false;
    if (!info.exists()) {
        const QString parent = info.absolutePath();
        if (!QDir().mkpath(parent) || !QDir().mkdir(info.absoluteFilePath(), OwnerOnlyFolder))
            return false;
        info.refresh();
    }
    if (!info.isDir())
        return false;
#ifdef Q_OS_UNIX
    if (info.ownerId() != uint(::geteuid()))
        return true; // not ours to change; the files in it are still written 0600
#endif
    if (info.permissions() & GroupOrOther)
        return QFile::setPermissions(info.absoluteFilePath(), OwnerOnlyFolder);
    return true;
}

bool restrict(QFileDevice &file)
{
    return file.setPermissions(OwnerOnlyFile);
}

bool openForWriting(QSaveFile &file)
{
    return file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

} // namespace Skybeam::PrivateFiles
