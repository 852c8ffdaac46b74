#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;

namespace Skybeam {

/// A message shown inside a page instead of a modal box: an icon from the current style, a
/// plain-language text and optional buttons (such as Try again). Follows the system palette.
class InlineMessage final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InlineMessage)

public:
    enum class Kind { Information, Warning, Error, Success };

    /// Named `<name>InlineMessage`, its text label `<name>Label`.
    explicit InlineMessage(const QString &name, QWidget *parent = nullptr);

    /// Shows the message; an empty `text` hides it.
    void showMessage(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }
    /// Adds a button at the right (the message keeps it across showMessage() calls).
    void addButton(QWidget *button);

private:
    QLabel *m_iconLabel;
    QLabel *m_textLabel;
    QHBoxLayout *m_buttons;
    Kind m_kind = Kind::Information;
};

} // namespace Skybeam
