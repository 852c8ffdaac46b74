#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Skybeam {

/// A value the operator must enter elsewhere exactly (an app name, a redirect URI), shown read-only and
/// selectable with a Copy button next to it. Children are named `<name>LineEdit` and `<name>PushButton`.
class CopyableField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyableField)

public:
    /// `name` prefixes the children's object names; `caption` is shown in front of the value and used for
    /// the accessible names.
    CopyableField(
        const QString &name, const QString &caption, const QString &value, QWidget *parent = nullptr);

    QString value() const;
    void setValue(const QString &value);
    QPushButton *copyButton() const { return m_copyButton; }
    /// Lines up several fields: the caption's natural width, and a fixed width to give it.
    int captionWidth() const;
    void setCaptionWidth(int width);

Q_SIGNALS:
    /// The value was put on the clipboard.
    void copied(const QString &value);

private:
    void copy();

    QLabel *m_captionLabel;
    QLineEdit *m_valueLineEdit;
    QPushButton *m_copyButton;
};

} // namespace Skybeam
