#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace Skybeam::Cli {

namespace {

class FirstPaintProbe final : public QObject
{
public:
    explicit FirstPaintProbe(QWidget *page)
        : QObject(page)
        , m_page(page)
    {
        // On the application: a page covered by opaque children (a scroll area) gets no paint event of its
        // own, only its children do.
        QCoreApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget == m_page || m_page->isAncestorOf(widget)) {
                QCoreApplication::instance()->removeEventFilter(this);
                // The frame is flushed to the window after every widget in it has painted: report on the
                // next turn of the event loop.
                QTimer::singleShot(0, this, [] {
                    const auto now = std::chrono::steady_clock::now().time_since_epoch();
                    std::printf("first-paint-monotonic-ns=%lld\n",
                        static_cast<long long>(
                            std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
                    std::fflush(stdout);
                    // At once, without tearing the windows down: the figure is the time to the first frame.
                    std::_Exit(0);
                });
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_page;
};

} // namespace

void reportFirstPaintAndQuit(QWidget *page)
{
    new FirstPaintProbe(page);
}

} // namespace Skybeam::Cli
