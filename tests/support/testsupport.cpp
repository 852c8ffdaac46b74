#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace SkybeamTest {

TempRoxy::TempRoxy() = default;

QString TempRoxy::writeFile(
    const QString &relativePath, const QByteArray &content, QFileDevice::Permissions permissions)
{
    const QString path = m_dir.filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("TempRoxy: cannot write %s", qPrintable(path));
    file.write(content);
    file.close();
    file.setPermissions(permissions);
    return path;
}

QByteArray TempRoxy::readFile(const QString &relativePath) const
{
    QFile file(m_dir.filePath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace SkybeamTest
