#pragma once

#include <QPointer>
#include <QScrollArea>

namespace Skybeam {

/// Holds a wizard page's content so that it stays usable when it does not fit (large fonts, 200%
/// scaling, small screens): frameless, resizing its content, scrolling only when needed.
///
/// The content is put in place (and so laid out) when the scroll area is first shown, at its real size:
/// the wizard builds all of its pages at start-up, and laying out the word-wrapped text of pages nobody
/// has opened yet took more time than everything else before the first paint (docs/benchmarks.md, P1).
class PageScrollArea final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageScrollArea)

public:
    /// Takes ownership of `content`.
    explicit PageScrollArea(QWidget *content, QWidget *parent = nullptr);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPointer<QWidget> m_pendingContent;
};

} // namespace Skybeam
