#pragma once

#include <QByteArray>
#include <QCache>
#include <QList>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QThreadPool>

class QImage;

namespace Skybeam {

/// Decodes pack thumbnails off the GUI thread, scaled down while decoding (QImageReader::setScaledSize),
/// and keeps them in a cache bounded by memory. Only what views ask for is decoded, so a view that asks
/// while painting loads its visible rows only; when scrolling outruns decoding, the oldest waiting
/// requests are dropped (they are asked again if their rows come back into view).
///
/// GUI-thread object: thumbnail() and the signal live there; decoding runs on a private pool of at most
/// two threads, which the destructor waits for.
class ThumbnailLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailLoader)

public:
    static constexpr int MaxPendingRequests = 48;
    static constexpr int DefaultCacheKilobytes = 32 * 1024;
    /// Image files larger than this are not decoded.
    static constexpr qint64 MaxImageFileBytes = 32 * 1024 * 1024;

    explicit ThumbnailLoader(QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    /// The image at the native path `nativePath`, scaled to fit `size` (device pixels). Null while it is
    /// being decoded (thumbnailReady() follows) and when it cannot be decoded (hasFailed()). `signature`
    /// changes when the file does, so a changed thumbnail is decoded again.
    QPixmap thumbnail(const QByteArray &nativePath, quint64 signature, const QSize &size);
    bool hasFailed(const QByteArray &nativePath, quint64 signature, const QSize &size) const;

    /// How many decodes were started so far (the benchmark and tests check that only visible rows load).
    int decodeCount() const { return m_decodeCount; }
    int cachedCount() const { return int(m_cache.count()); }

Q_SIGNALS:
    void thumbnailReady(const QByteArray &nativePath);

private:
    struct Request
    {
        QString cacheKey;
        QByteArray path;
        QSize size;
    };

    static QString cacheKey(const QByteArray &nativePath, quint64 signature, const QSize &size);
    static QImage decode(const QByteArray &nativePath, const QSize &size);
    void dispatch();
    void finish(const QString &key, const QByteArray &nativePath, const QImage &image);

    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_failed;
    QSet<QString> m_waiting;
    QList<Request> m_pending;
    QThreadPool m_pool;
    int m_running = 0;
    int m_decodeCount = 0;
};

} // namespace Skybeam
