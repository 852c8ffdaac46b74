#include "widgets/checklistwidget.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace Skybeam {

ChecklistWidget::ChecklistWidget(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setColumnStretch(1, 1);
    m_layout->setVerticalSpacing(2);
}

QString ChecklistWidget::mark(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("\u2713");
    case Status::Fail:
        return QStringLiteral("\u2717");
    case Status::Warning:
        return QStringLiteral("!");
    case Status::Pending:
        return QStringLiteral("\u2026");
    case Status::Info:
        return QStringLiteral("\u2022");
    }
    return {};
}

QString ChecklistWidget::statusName(Status status)
{
    switch (status) {
    case Status::Pass:
        return tr("Passed");
    case Status::Fail:
        return tr("Failed");
    case Status::Warning:
        return tr("Warning");
    case Status::Pending:
        return tr("Checking");
    case Status::Info:
        return tr("Information");
    }
    return {};
}

void ChecklistWidget::setItem(
    const QString &id, Status status, const QString &title, const QString &explanation)
{
    auto it = m_rows.find(id);
    if (it == m_rows.end()) {
        Row row { status, new QLabel(this), new QLabel(this), new QLabel(this) };
        row.mark->setObjectName(id + QStringLiteral("StatusLabel"));
        row.mark->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        QFont markFont = row.mark->font();
        markFont.setBold(true);
        row.mark->setFont(markFont);
        row.mark->setMinimumWidth(row.mark->fontMetrics().horizontalAdvance(QStringLiteral("MM")));
        row.title->setObjectName(id + QStringLiteral("TitleLabel"));
        row.title->setWordWrap(true);
        row.title->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.explanation->setObjectName(id + QStringLiteral("ExplanationLabel"));
        row.explanation->setWordWrap(true);
        row.explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.explanation->setContentsMargins(0, 0, 0, row.explanation->fontMetrics().height() / 4);
        applySecondaryColor(row.explanation);
        m_layout->addWidget(row.mark, m_nextRow, 0);
        m_layout->addWidget(row.title, m_nextRow, 1);
        m_layout->addWidget(row.explanation, m_nextRow + 1, 1);
        m_nextRow += 2;
        it = m_rows.insert(id, row);
    }
    Row &row = it.value();
    row.status = status;
    row.mark->setText(mark(status));
    row.mark->setAccessibleName(statusName(status));
    row.title->setText(title);
    //: Spoken by screen readers: "Passed: File exists"
    row.title->setAccessibleName(tr("%1: %2").arg(statusName(status), title));
    row.explanation->setText(explanation);
    row.explanation->setVisible(!explanation.isEmpty());
}

void ChecklistWidget::applySecondaryColor(QLabel *label) const
{
    const QColor text = palette().color(QPalette::WindowText);
    const QColor background = palette().color(QPalette::Window);
    const auto mix = [](int a, int b) {
        return (a * 2 + b) / 3;
    };
    QPalette secondary = label->palette();
    secondary.setColor(QPalette::WindowText,
        QColor(mix(text.red(), background.red()), mix(text.green(), background.green()),
            mix(text.blue(), background.blue())));
    label->setPalette(secondary);
}

void ChecklistWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (const Row &row : std::as_const(m_rows))
            applySecondaryColor(row.explanation);
    }
}

void ChecklistWidget::setItems(const QList<CheckItem> &items)
{
    clear();
    for (const CheckItem &item : items)
        setItem(item);
}

void ChecklistWidget::removeItem(const QString &id)
{
    const auto it = m_rows.find(id);
    if (it == m_rows.end())
        return;
    delete it->mark;
    delete it->title;
    delete it->explanation;
    m_rows.erase(it);
}

void ChecklistWidget::clear()
{
    const QStringList ids = m_rows.keys();
    for (const QString &id : ids)
        removeItem(id);
    m_nextRow = 0;
}

ChecklistWidget::Status ChecklistWidget::status(const QString &id) const
{
    return m_rows.value(id, Row { Status::Info, nullptr, nullptr, nullptr }).status;
}

} // namespace Skybeam
