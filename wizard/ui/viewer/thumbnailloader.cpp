#include "viewer/thumbnailloader.h"

#include <QFile>
#include <QImage>
#include <QImageReader>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Skybeam {

namespace {

constexpr int MaxFailedRemembered = 10000;

} // namespace

ThumbnailLoader::ThumbnailLoader(QObject *parent)
    : QObject(parent)
    , m_cache(DefaultCacheKilobytes)
{
    m_pool.setMaxThreadCount(2);
    m_pool.setObjectName(QStringLiteral("ThumbnailLoader"));
}

ThumbnailLoader::~ThumbnailLoader()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QString ThumbnailLoader::cacheKey(const QByteArray &nativePath, quint64 signature, const QSize &size)
{
    return QStringLiteral("%1:%2:%3x%4")
        .arg(QString::fromLatin1(nativePath.toPercentEncoding("/")))
        .arg(signature)
        .arg(size.width())
        .arg(size.height());
}

QPixmap ThumbnailLoader::thumbnail(const QByteArray &nativePath, quint64 signature, const QSize &size)
{
    if (nativePath.isEmpty() || size.isEmpty())
        return {};
    const QString key = cacheKey(nativePath, signature, size);
    if (const QPixmap *cached = m_cache.object(key))
        return *cached;
    if (m_failed.contains(key) || m_waiting.contains(key))
        return {};
    m_waiting.insert(key);
    m_pending.append({ key, nativePath, size });
    while (m_pending.size() > MaxPendingRequests)
        m_waiting.remove(m_pending.takeFirst().cacheKey);
    dispatch();
    return {};
}

bool ThumbnailLoader::hasFailed(const QByteArray &nativePath, quint64 signature, const QSize &size) const
{
    return m_failed.contains(cacheKey(nativePath, signature, size));
}

void ThumbnailLoader::dispatch()
{
    // Newest requests first: they are the rows on screen now.
    while (m_running < m_pool.maxThreadCount() && !m_pending.isEmpty()) {
        const Request request = m_pending.takeLast();
        ++m_running;
        ++m_decodeCount;
        m_pool.start([this, request] {
            const QImage image = decode(request.path, request.size);
            QMetaObject::invokeMethod(
                this, [this, request, image] { finish(request.cacheKey, request.path, image); },
                Qt::QueuedConnection);
        });
    }
}

QImage ThumbnailLoader::decode(const QByteArray &nativePath, const QSize &size)
{
    const int fd = ::open(nativePath.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return {};
    struct stat st;
    QFile file;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > MaxImageFileBytes
        || !file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return {};
    }
    QImageReader reader(&file);
    reader.setAutoTransform(true);
    const QSize original = reader.size();
    if (original.isValid()) {
        const QSize fitted = original.scaled(size, Qt::KeepAspectRatio);
        if (fitted.width() < original.width())
            reader.setScaledSize(fitted.expandedTo(QSize(1, 1)));
    }
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() > size.width() || image.height() > size.height())
        image = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

void ThumbnailLoader::finish(const QString &key, const QByteArray &nativePath, const QImage &image)
{
    --m_running;
    m_waiting.remove(key);
    if (image.isNull()) {
        if (m_failed.size() > MaxFailedRemembered)
            m_failed.clear();
        m_failed.insert(key);
    } else {
        const int kilobytes = int(qMax<qsizetype>(1, image.sizeInBytes() / 1024));
        m_cache.insert(key, new QPixmap(QPixmap::fromImage(image)), kilobytes);
    }
    dispatch();
    Q_EMIT thumbnailReady(nativePath);
}

} // namespace Skybeam
