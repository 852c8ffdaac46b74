#include "widgets/inlinemessage.h"

#include "widgets/announcer.h"

#include <QAccessibleWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace Skybeam {

namespace {

// Errors and warnings are alerts for assistive technology (on Linux the AT-SPI role "alert", which screen
// readers such as Orca read out as soon as it appears); information and success messages are plain text.
class AccessibleInlineMessage final : public QAccessibleWidget
{
public:
    explicit AccessibleInlineMessage(InlineMessage *message)
        : QAccessibleWidget(message, QAccessible::StaticText)
    {
    }

    QAccessible::Role role() const override
    {
        const InlineMessage::Kind kind = static_cast<const InlineMessage *>(widget())->kind();
        return kind == InlineMessage::Kind::Error || kind == InlineMessage::Kind::Warning
            ? QAccessible::AlertMessage
            : QAccessible::StaticText;
    }
};

QAccessibleInterface *accessibleInlineMessage(const QString &className, QObject *object)
{
    if (className == QLatin1String("Skybeam::InlineMessage") && object && object->isWidgetType())
        return new AccessibleInlineMessage(static_cast<InlineMessage *>(object));
    return nullptr;
}

} // namespace

InlineMessage::InlineMessage(const QString &name, QWidget *parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    static const bool accessibleFactoryInstalled = [] {
        QAccessible::installFactory(&accessibleInlineMessage);
        return true;
    }();
    Q_UNUSED(accessibleFactoryInstalled)
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
    if (text.isEmpty())
        return;
    if (kind == Kind::Error || kind == Kind::Warning)
        Announcer::alert(this);
    else
        Announcer::status(this);
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
