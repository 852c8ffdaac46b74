#pragma once

#include <QString>
#include <Qt>

class QLabel;
class QPushButton;
class QWidget;

namespace Skybeam::Labels {

// The labels and buttons the pages, the viewer and the doctor dialog make over and over. Object names
// are what the tests find widgets by; keep them stable.

/// A word-wrapped label whose text the operator can select: `flags` says how (mouse only, or mouse and
/// keyboard). The text format is automatic (rich text shows as such).
QLabel *selectable(
    const QString &objectName, QWidget *parent, Qt::TextInteractionFlags flags = Qt::TextSelectableByMouse);
/// A word-wrapped plain-text label the mouse can select (statuses, paths, messages).
QLabel *wrapped(const QString &objectName, QWidget *parent, const QString &text = QString());
/// A word-wrapped plain-text note below a field, hidden until it has something to say.
QLabel *note(const QString &objectName, QWidget *parent);
/// A section heading: the text in bold.
QLabel *heading(const QString &text, QWidget *parent);
/// A push button with the name screen readers say (its text without the mnemonic, or more).
QPushButton *button(
    const QString &objectName, const QString &text, const QString &accessibleName, QWidget *parent);

} // namespace Skybeam::Labels
