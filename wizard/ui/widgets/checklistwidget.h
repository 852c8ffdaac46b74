#pragma once

#include "setup/setupchecks.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace Skybeam {

/// A list of checks, each with a ✓/✗ mark (also spelled out for screen readers), a title and a
/// plain-language explanation. Rows are addressed by an id; their labels are named `<id>StatusLabel`,
/// `<id>TitleLabel` and `<id>ExplanationLabel`.
class ChecklistWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistWidget)

public:
    using Status = CheckItem::Status;

    explicit ChecklistWidget(QWidget *parent = nullptr);

    /// Adds the row `id`, or updates it when it exists.
    void setItem(const QString &id, Status status, const QString &title, const QString &explanation = {});
    void setItem(const CheckItem &item) { setItem(item.id, item.status, item.title, item.explanation); }
    void setItems(const QList<CheckItem> &items);
    void removeItem(const QString &id);
    void clear();
    bool contains(const QString &id) const { return m_rows.contains(id); }
    Status status(const QString &id) const;
    int count() const { return int(m_rows.size()); }

    /// The mark shown for `status` ("✓", "✗", …) and its spoken name ("Passed", …).
    static QString mark(Status status);
    static QString statusName(Status status);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Explanations are drawn in a colour between the palette's text and background.
    void applySecondaryColor(QLabel *label) const;

    struct Row
    {
        Status status;
        QLabel *mark;
        QLabel *title;
        QLabel *explanation;
    };

    QGridLayout *m_layout;
    QHash<QString, Row> m_rows;
    int m_nextRow = 0;
};

} // namespace Skybeam
