#pragma once

#include <QWidget>

class QTimer;

namespace Skybeam {

/// A small spinning indicator that something is under way, drawn in the palette's highlight colour. It is
/// shown only while running, and animates only while shown.
class BusyIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusyIndicator)

public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateTimer();

    QTimer *m_timer;
    int m_step = 0;
    bool m_running = false;
};

} // namespace Skybeam
