#include "widgets/labels.h"

#include "widgets/wrappedlabel.h"

#include <QLabel>
#include <QPushButton>

namespace Skybeam::Labels {

QLabel *selectable(const QString &objectName, QWidget *parent, Qt::TextInteractionFlags flags)
{
    auto *label = new WrappedLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(flags);
    return label;
}

QLabel *wrapped(const QString &objectName, QWidget *parent, const QString &text)
{
    QLabel *label = selectable(objectName, parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

QLabel *note(const QString &objectName, QWidget *parent)
{
    auto *label = new WrappedLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QPushButton *button(
    const QString &objectName, const QString &text, const QString &accessibleName, QWidget *parent)
{
    auto *pushButton = new QPushButton(text, parent);
    pushButton->setObjectName(objectName);
    pushButton->setAccessibleName(accessibleName);
    return pushButton;
}

} // namespace Skybeam::Labels
