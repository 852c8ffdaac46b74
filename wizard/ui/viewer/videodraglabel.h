#pragma once

#include <QLabel>

#include <functional>

class QMimeData;

namespace Skybeam {

/// A label the operator can drag out of the viewer: it starts a drag with the MIME data its source
/// gives (the selected pack's video URL and caption), the same data as dragging the pack's row. GUI
/// thread.
class VideoDragLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoDragLabel)

public:
    using MimeSource = std::function<QMimeData *()>;

    explicit VideoDragLabel(QWidget *parent = nullptr);

    /// Called when a drag starts; returning nullptr starts none.
    void setMimeSource(MimeSource source) { m_source = std::move(source); }

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    MimeSource m_source;
    QPoint m_pressPosition;
};

} // namespace Skybeam
