#include "setup/statefile.h"
#include "common/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace Skybeam {

QJsonObject StateFile::read(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxSize)
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(MaxSize), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object();
}

bool StateFile::write(const RoxyPaths &paths, const QString &filePath, const QJsonObject &object)
{
    if (!PrivateFiles::ensureFolder(paths.stateDir()))
        return false;
    const QByteArray bytes = QJsonDocument(object).toJson();
    QSaveFile file(filePath);
    if (!PrivateFiles::openForWriting(file))
        return false;
    if (!PrivateFiles::restrict(file) || file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

} // namespace Skybeam
