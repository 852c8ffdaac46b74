#pragma once

// Shared by the accessibility tests: what assistive technology is told (events), what it sees (names and
// descriptions of every control, texts of labels) and the keyboard's focus chain through a page.
//
// Offscreen there is no screen reader bridge, so Qt's accessibility is switched on through its platform
// abstraction, the way Qt's own accessibility tests do it (QtGui private API, tests only); the update handler
// then receives every event instead of a bridge.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QTest>
#include <QTextEdit>
#include <QtGui/private/qguiapplication_p.h>
#include <qpa/qplatformaccessibility.h>
#include <qpa/qplatformintegration.h>

#include <algorithm>

namespace AccessibilityTest {

/// One event as assistive technology received it.
struct Event
{
    QAccessible::Event type;
    QPointer<QObject> object;
    QString objectName;
    QString name; // the object's accessible name when the event was sent
};

/// Records the accessibility events while it exists (one at a time).
class EventRecorder final
{
public:
    EventRecorder()
    {
        instance() = this;
        m_previous = QAccessible::installUpdateHandler(&EventRecorder::handle);
        QGuiApplicationPrivate::platformIntegration()->accessibility()->setActive(true);
        if (!QAccessible::isActive())
            qFatal("Qt's accessibility could not be switched on");
    }
    ~EventRecorder()
    {
        QAccessible::installUpdateHandler(m_previous);
        instance() = nullptr;
    }
    EventRecorder(const EventRecorder &) = delete;
    EventRecorder &operator=(const EventRecorder &) = delete;

    const QList<Event> &events() const { return m_events; }
    void clear() { m_events.clear(); }

    /// True when an event of `type` was sent for the widget named `objectName` while its accessible name
    /// contained `text`.
    bool announced(const QString &objectName, QAccessible::Event type, const QString &text) const
    {
        return std::any_of(m_events.cbegin(), m_events.cend(), [&](const Event &event) {
            return event.type == type && event.objectName == objectName && event.name.contains(text);
        });
    }
    /// The recorded events, one a line (for failure messages).
    QString dump() const
    {
        QStringList lines;
        for (const Event &event : m_events) {
            lines.append(QStringLiteral("%1 %2 \"%3\"")
                             .arg(int(event.type), 5)
                             .arg(event.objectName, event.name.left(100)));
        }
        return lines.join(QLatin1Char('\n'));
    }

private:
    static EventRecorder *&instance()
    {
        static EventRecorder *recorder = nullptr;
        return recorder;
    }
    static void handle(QAccessibleEvent *event)
    {
        EventRecorder *recorder = instance();
        if (!recorder)
            return;
        QObject *object = event->object();
        QAccessibleInterface *accessible = event->accessibleInterface();
        recorder->m_events.append({ event->type(), object, object ? object->objectName() : QString(),
            accessible ? accessible->text(QAccessible::Name) : QString() });
    }

    QAccessible::UpdateHandler m_previous = nullptr;
    QList<Event> m_events;
};

inline QString accessibleText(QWidget *widget, QAccessible::Text which)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(which) : QString();
}

/// Qt's own parts of composite widgets (scroll bars and their corners, viewports) are Qt's business.
inline bool isQtInternal(const QWidget *widget, const QWidget *root)
{
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return true;
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        if (qobject_cast<const QScrollBar *>(w)
            || w->objectName().startsWith(QLatin1String("qt_scrollarea_hcontainer"))
            || w->objectName().startsWith(QLatin1String("qt_scrollarea_vcontainer")))
            return true;
    }
    return false;
}

/// Controls an operator acts on: buttons, inputs, lists, and anything else the keyboard can reach. A table's
/// headers and corner button and a line edit's clear button are parts of their control, which is named.
inline bool isInteractive(const QWidget *widget)
{
    static const QStringList parts { QStringLiteral("QHeaderView"), QStringLiteral("QTableCornerButton"),
        QStringLiteral("QLineEditIconButton") };
    if (parts.contains(QString::fromLatin1(widget->metaObject()->className())))
        return false;
    if (qobject_cast<const QLabel *>(widget))
        return false; // labels are read, not used; see labelsExposeTheirText()
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
        || qobject_cast<const QTextEdit *>(widget) || (widget->focusPolicy() & Qt::TabFocus);
}

inline QString describe(QWidget *widget)
{
    return QStringLiteral("%1 (%2)").arg(
        widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
}

/// Problems with the controls under `root`: a control without an accessible name (what assistive
/// technology reads: its own name, its text, or its buddy label's), a name that is only punctuation, and
/// two controls with the same name whose descriptions do not tell them apart.
inline QStringList namingProblems(QWidget *root, const QString &where)
{
    QStringList problems;
    QHash<QString, QList<QWidget *>> byName;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (isQtInternal(widget, root) || !isInteractive(widget))
            continue;
        const QString name = accessibleText(widget, QAccessible::Name).trimmed();
        if (name.isEmpty() || !name.contains(QRegularExpression(QStringLiteral("\\w")))) {
            problems.append(QStringLiteral("%1: %2 has no accessible name").arg(where, describe(widget)));
            continue;
        }
        byName[name].append(widget);
    }
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        QSet<QString> descriptions;
        for (QWidget *widget : it.value())
            descriptions.insert(accessibleText(widget, QAccessible::Description));
        if (it.value().size() > 1
            && (descriptions.size() < it.value().size() || descriptions.contains(QString()))) {
            QStringList names;
            for (QWidget *widget : it.value())
                names.append(describe(widget));
            problems.append(QStringLiteral("%1: \"%2\" names %3 without descriptions telling them apart")
                                .arg(where, it.key(), names.join(QLatin1String(", "))));
        }
    }
    return problems;
}

/// Problems with the visible labels under `root`: a label whose text assistive technology cannot read
/// (an accessible name set for its purpose hides the text unless the description carries it).
inline QStringList labelProblems(QWidget *root, const QString &where)
{
    QStringList problems;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (isQtInternal(label, root) || !label->isVisibleTo(root) || label->textFormat() == Qt::RichText)
            continue;
        QString text = label->text();
        text.remove(QLatin1Char('&'));
        text = text.simplified();
        if (!text.contains(QRegularExpression(QStringLiteral("\\w"))))
            continue; // a mark such as ✓, spelled out in the accessible name
        const QString name = accessibleText(label, QAccessible::Name).simplified();
        const QString description = accessibleText(label, QAccessible::Description).simplified();
        if (!name.contains(text) && !description.contains(text))
            problems.append(QStringLiteral("%1: %2 hides its text \"%3\" (name \"%4\")")
                                .arg(where, describe(label), text.left(60), name));
    }
    return problems;
}

/// The controls under `root` the Tab key visits, in the order it visits them (starting from the first).
inline QList<QWidget *> focusChain(QWidget *root)
{
    QList<QWidget *> chain;
    QWidget *widget = root;
    for (int guard = 0; guard < 10000; ++guard) {
        widget = widget->nextInFocusChain();
        if (widget == root)
            break;
        if (!root->isAncestorOf(widget) || !widget->isVisible() || !widget->isEnabled()
            || !(widget->focusPolicy() & Qt::TabFocus) || isQtInternal(widget, root)
            || chain.contains(widget))
            continue;
        // Buttons of an exclusive group are one Tab stop, the checked one (arrow keys move within the group).
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            if (button->group() && button->group()->exclusive() && !button->isChecked())
                continue;
        }
        chain.append(widget);
    }
    return chain;
}

inline QStringList objectNames(const QList<QWidget *> &widgets)
{
    QStringList names;
    for (const QWidget *widget : widgets)
        names.append(widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                    : widget->objectName());
    return names;
}

/// Problems with the keyboard's way through `root`: pressing Tab from the first control must visit the chain
/// in order (no control keeps the Tab key), and the chain must follow the reading order (top to bottom, and
/// left to right within a row).
inline QStringList tabOrderProblems(QWidget *root, const QString &where)
{
    QStringList problems;
    // Geometries are compared below: let pending layouts (a control just shown) settle first.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QList<QWidget *> chain = focusChain(root);
    if (chain.isEmpty())
        return problems;
    chain.constFirst()->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([&] { return QApplication::focusWidget() == chain.constFirst(); }, 2000)) {
        problems.append(
            QStringLiteral("%1: %2 does not take the focus").arg(where, describe(chain.constFirst())));
        return problems;
    }
    for (int i = 1; i < chain.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget() != chain.at(i)) {
            problems.append(QStringLiteral("%1: Tab after %2 reaches %3, not %4")
                                .arg(where, describe(chain.at(i - 1)),
                                    QApplication::focusWidget() ? describe(QApplication::focusWidget())
                                                                : QStringLiteral("nothing"),
                                    describe(chain.at(i))));
            return problems;
        }
    }
    for (int i = 1; i < chain.size(); ++i) {
        const QRect before(chain.at(i - 1)->mapTo(root, QPoint(0, 0)), chain.at(i - 1)->size());
        const QRect after(chain.at(i)->mapTo(root, QPoint(0, 0)), chain.at(i)->size());
        const bool below = after.top() >= before.bottom() - 2;
        const bool sameRow = after.top() < before.bottom() && after.bottom() > before.top();
        const bool rightOf = after.left() >= before.right() - 2;
        if (!(below || (sameRow && rightOf))) {
            const auto rect = [](const QRect &r) {
                return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
            };
            problems.append(
                QStringLiteral("%1: Tab goes from %2 [%5] back up or left to %3 [%6] (chain: %4)")
                    .arg(where, describe(chain.at(i - 1)), describe(chain.at(i)),
                        objectNames(chain).join(QLatin1String(" > ")), rect(before), rect(after)));
        }
    }
    return problems;
}

} // namespace AccessibilityTest
