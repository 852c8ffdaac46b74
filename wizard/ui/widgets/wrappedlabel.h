#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>
#include <QSize>
#include <QString>
#include <QVarLengthArray>

#include <utility>

class QStyle;

namespace Skybeam {

/// A word-wrapped QLabel that remembers its heights for widths. Qt's lays the text out again on every
/// call, and laying out a page asks the same questions many times: the Welcome page's labels took about
/// 20 M instructions of the cold start (docs/benchmarks.md, P1). The answers are Qt's own, kept while
/// what they depend on (text, format, font, margins, alignment, interaction, style) stays the same. No
/// Q_OBJECT: to everything that asks (class name, accessibility, styles) it is a QLabel.
class WrappedLabel final : public QLabel
{
public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

private:
    /// What Qt's answer depends on besides the width.
    struct Inputs
    {
        QString text;
        QFont font;
        QMargins contentsMargins;
        QSize minimumSize;
        const QStyle *style = nullptr;
        const QWidget *buddy = nullptr;
        qint64 pixmapKey = 0;
        int textFormat = 0;
        int alignment = 0;
        int interaction = 0;
        int margin = 0;
        int indent = 0;
        int frameWidth = 0;
        int direction = 0;
        bool wordWrap = false;

        bool operator==(const Inputs &other) const;
    };

    mutable Inputs m_inputs;
    /// (width, height) pairs, the most recent last.
    mutable QVarLengthArray<std::pair<int, int>, 4> m_heights;
};

} // namespace Skybeam
