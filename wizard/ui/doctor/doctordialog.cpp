#include "doctor/doctordialog.h"

#include "widgets/labels.h"
#include "widgets/pagescrollarea.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QVBoxLayout>

namespace Skybeam {

DoctorDialog::DoctorDialog(const DoctorContext &context, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_network(new QNetworkAccessManager(this))
    , m_doctor(new Doctor(context, secrets, m_network, this))
    , m_summaryLabel(Labels::wrapped(QStringLiteral("summaryLabel"), this, tr("Checking…")))
    , m_list(new QWidget(this))
    , m_listLayout(new QVBoxLayout(m_list))
    , m_liveButton(new QPushButton(tr("Check &connection"), this))
    , m_copyButton(new QPushButton(tr("Copy &report"), this))
{
    setObjectName(QStringLiteral("doctorDialog"));
    setWindowTitle(tr("Diagnose a problem"));
    m_liveButton->setObjectName(QStringLiteral("checkConnectionPushButton"));
    m_liveButton->setToolTip(
        tr("Talks to TikTok: one API call for the connection and up to two for the account, "
           "which count against a sandbox app's daily budget."));
    m_copyButton->setObjectName(QStringLiteral("copyReportPushButton"));
    m_copyButton->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_liveButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(new PageScrollArea(m_list, this), 1);
    layout->addWidget(buttons);
    resize(760, 620);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_liveButton, &QPushButton::clicked, this, [this] { run(Doctor::Mode::Live); });
    connect(m_copyButton, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(Doctor::reportText(m_results)); });
    connect(m_doctor, &Doctor::finished, this, &DoctorDialog::showResults);
}

void DoctorDialog::run(Doctor::Mode mode)
{
    m_mode = mode;
    if (!m_doctor->start(mode))
        return;
    m_summaryLabel->setText(
        mode == Doctor::Mode::Live ? tr("Checking, and asking TikTok…") : tr("Checking…"));
    m_liveButton->setEnabled(false);
    m_copyButton->setEnabled(false);
}

void DoctorDialog::showResults(const QList<DoctorResult> &results)
{
    m_results = results;
    while (QLayoutItem *item = m_listLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const DoctorResult &result : results) {
        auto *row = new QWidget(m_list);
        row->setObjectName(result.id + QStringLiteral("Row"));
        auto *rowLayout = new QGridLayout(row);
        auto *mark = Labels::wrapped(QStringLiteral("markLabel"), row, Doctor::mark(result.status));
        mark->setAccessibleName(DoctorResult::statusName(result.status));
        QFont bold = mark->font();
        bold.setBold(true);
        mark->setFont(bold);
        auto *title = Labels::wrapped(QStringLiteral("titleLabel"), row, result.title);
        title->setFont(bold);
        rowLayout->addWidget(mark, 0, 0, Qt::AlignTop);
        rowLayout->addWidget(title, 0, 1);
        rowLayout->addWidget(Labels::wrapped(QStringLiteral("detailLabel"), row, result.detail), 1, 1);
        if (!result.fix.isEmpty() && result.status != DoctorResult::Status::Ok) {
            rowLayout->addWidget(
                Labels::wrapped(QStringLiteral("fixLabel"), row, tr("Next step: %1").arg(result.fix)), 2, 1);
            auto *actions = new QHBoxLayout;
            if (result.fixAction != DoctorResult::FixAction::None) {
                auto *fix = new QPushButton(tr("&Fix"), row);
                fix->setObjectName(QStringLiteral("fixPushButton"));
                connect(fix, &QPushButton::clicked, this, [this, result] { applyFix(result); });
                actions->addWidget(fix);
            }
            if (!result.copyText.isEmpty()) {
                auto *copy = new QPushButton(tr("Copy %1").arg(result.copyText), row);
                copy->setObjectName(QStringLiteral("copyPushButton"));
                const QString text = result.copyText;
                connect(copy, &QPushButton::clicked, this,
                    [text] { QGuiApplication::clipboard()->setText(text); });
                actions->addWidget(copy);
            }
            actions->addStretch();
            rowLayout->addLayout(actions, 3, 1);
        }
        rowLayout->setColumnStretch(1, 1);
        m_listLayout->addWidget(row);
    }
    m_listLayout->addStretch();
    const DoctorResult::Status worst = Doctor::worst(results);
    m_summaryLabel->setText(worst == DoctorResult::Status::Problem
            ? tr("Some checks found a problem; each says what to do.")
            : worst == DoctorResult::Status::Warning
            ? tr("Nothing is broken, but some checks have a warning.")
            : tr("Everything checked works."));
    m_liveButton->setEnabled(true);
    m_copyButton->setEnabled(true);
    Q_EMIT checksShown();
}

void DoctorDialog::applyFix(const DoctorResult &result)
{
    const Error error = Doctor::applyFix(m_context, result);
    if (error.isError()) {
        m_summaryLabel->setText(error.message());
        return;
    }
    run(m_mode);
}

} // namespace Skybeam
