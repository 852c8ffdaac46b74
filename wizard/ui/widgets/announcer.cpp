#include "widgets/announcer.h"

#include <QAccessible>
#include <QWidget>

namespace Skybeam {

void Announcer::status(QWidget *widget)
{
    QAccessibleEvent event(widget, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void Announcer::alert(QWidget *widget)
{
    status(widget);
    QAccessibleEvent event(widget, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

} // namespace Skybeam
