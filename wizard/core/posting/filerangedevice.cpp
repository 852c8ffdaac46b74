#include "posting/filerangedevice.h"

#include <algorithm>

namespace Skybeam {

FileRangeDevice::FileRangeDevice(const QString &filePath, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent)
    , m_file(filePath)
    , m_offset(offset)
    , m_length(length)
{
}

FileRangeDevice::~FileRangeDevice() = default;

bool FileRangeDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || m_offset < 0 || m_length < 0) {
        setErrorString(tr("The range can only be read."));
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    if (m_file.size() < m_offset + m_length) {
        setErrorString(tr("The file is shorter than expected."));
        m_file.close();
        return false;
    }
    if (!m_file.seek(m_offset)) {
        setErrorString(m_file.errorString());
        m_file.close();
        return false;
    }
    return QIODevice::open(mode | Unbuffered);
}

void FileRangeDevice::close()
{
    m_file.close();
    QIODevice::close();
}

bool FileRangeDevice::seek(qint64 position)
{
    if (position < 0 || position > m_length || !m_file.seek(m_offset + position))
        return false;
    return QIODevice::seek(position);
}

qint64 FileRangeDevice::readData(char *data, qint64 maxSize)
{
    const qint64 wanted = std::min(maxSize, m_length - pos());
    if (wanted <= 0)
        return 0;
    const qint64 read = m_file.read(data, wanted);
    if (read < 0)
        setErrorString(m_file.errorString());
    return read;
}

qint64 FileRangeDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Skybeam
