#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

namespace Skybeam {

/// Opens web addresses in the operator's browser: QDesktopServices by default, replaceable (tests use a
/// scripted browser). Opening can fail silently (no xdg-open), so callers always show the link too.
class UrlOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UrlOpener)

public:
    using Handler = std::function<bool(const QUrl &url)>;

    explicit UrlOpener(QObject *parent = nullptr);

    /// Replaces how addresses are opened; an empty handler restores QDesktopServices.
    void setHandler(Handler handler);
    /// True when the browser was (as far as can be known) asked to open `url`.
    bool open(const QUrl &url);

Q_SIGNALS:
    void opened(const QUrl &url, bool success);

private:
    Handler m_handler;
};

} // namespace Skybeam
