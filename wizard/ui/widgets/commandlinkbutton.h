#pragma once

#include <QCommandLinkButton>
#include <QFont>
#include <QSize>
#include <QString>
#include <QVarLengthArray>

#include <utility>

class QMenu;
class QStyle;

namespace Skybeam {

/// A QCommandLinkButton that remembers its size hint and its heights for widths. Qt's lays the
/// description out again on every call, and laying out a page asks the same questions many times: the
/// Welcome page's buttons took about 14 M instructions of the cold start (docs/benchmarks.md, P1). The
/// answers are Qt's own, kept while what they depend on (texts, font, icon, style, default-button state)
/// stays the same. No Q_OBJECT: to everything that asks (class name, accessibility, styles) it is a
/// QCommandLinkButton.
class CommandLinkButton final : public QCommandLinkButton
{
public:
    CommandLinkButton(const QString &text, const QString &description, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    int heightForWidth(int width) const override;

private:
    /// What Qt's answers depend on besides the width.
    struct Inputs
    {
        QString text;
        QString description;
        QFont font;
        QSize iconSize;
        qint64 iconKey = 0;
        const QStyle *style = nullptr;
        const QMenu *menu = nullptr;
        bool isDefault = false;
        bool autoDefault = false;
        bool flat = false;

        bool operator==(const Inputs &other) const;
    };

    /// Forgets the answers kept when an input changed since they were computed.
    void forgetIfChanged() const;

    mutable Inputs m_inputs;
    mutable QSize m_sizeHint;
    /// (width, height) pairs, the most recent last.
    mutable QVarLengthArray<std::pair<int, int>, 4> m_heights;
};

} // namespace Skybeam
