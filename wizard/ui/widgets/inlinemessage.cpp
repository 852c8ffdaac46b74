#include "widgets/inlinemessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace Skybeam {

InlineMessage::InlineMessage(const QString &name, QWidget *parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(name + QStringLiteral("InlineMessage"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    m_textLabel->setObjectName(name + QStringLiteral("Label"));
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_textLabel->setTextFormat(Qt::PlainText);
    m_iconLabel->setAlignment(Qt::AlignTop);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    auto *column = new QVBoxLayout;
    column->addWidget(m_textLabel);
    m_buttons->addStretch();
    column->addLayout(m_buttons);
    layout->addLayout(column, 1);
    hide();
}

void InlineMessage::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_textLabel->setText(text);
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (kind == Kind::Warning)
        pixmap = QStyle::SP_MessageBoxWarning;
    else if (kind == Kind::Error)
        pixmap = QStyle::SP_MessageBoxCritical;
    else if (kind == Kind::Success)
        pixmap = QStyle::SP_DialogApplyButton;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 2;
    m_iconLabel->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

QString InlineMessage::text() const
{
    return m_textLabel->text();
}

void InlineMessage::addButton(QWidget *button)
{
    button->setParent(this);
    m_buttons->addWidget(button);
}

} // namespace Skybeam
