#pragma once

#include "common/roxypaths.h"

#include <QByteArray>
#include <QFileDevice>
#include <QStringList>
#include <QTemporaryDir>

namespace SkybeamTest {

/// A throw-away ROXY_HOME. Files written through it are created with their parent directories.
class TempRoxy final
{
public:
    TempRoxy();
    bool isValid() const { return m_dir.isValid(); }
    QString root() const { return m_dir.path(); }
    Skybeam::RoxyPaths paths() const { return Skybeam::RoxyPaths(m_dir.path()); }
    /// Writes `content` to `relativePath` under the root; returns the absolute path.
    QString writeFile(const QString &relativePath, const QByteArray &content,
        QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray readFile(const QString &relativePath) const;

private:
    QTemporaryDir m_dir;
};

} // namespace SkybeamTest
