#pragma once

#include <QFile>
#include <QIODevice>

namespace Skybeam {

/// A read-only, random-access view of `length` bytes of a file starting at `offset`: what one chunk PUT
/// streams to TikTok, read from the file as the network asks for it, never held in memory whole. Lives
/// in the thread that uses it (QNetworkAccessManager reads it in its own thread's event loop).
class FileRangeDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileRangeDevice)

public:
    FileRangeDevice(const QString &filePath, qint64 offset, qint64 length, QObject *parent = nullptr);
    ~FileRangeDevice() override;

    /// Opens the file read-only; fails when it cannot be opened or is shorter than offset + length.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 position) override;
    bool atEnd() const override { return pos() >= m_length; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
};

} // namespace Skybeam
