#include "widgets/pastedaddresspanel.h"

#include "widgets/inlinemessage.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Skybeam {

PastedAddressPanel::PastedAddressPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *title
        = new QLabel(tr("Signing in on another computer? Paste the address its browser ended on"), this);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *instructions = new QLabel(
        tr("Copy TikTok's address, open it in the browser there and click Authorize. The page it then goes "
           "to does not load on that computer: copy the whole address from its address bar and paste it "
           "here."),
        this);
    instructions->setWordWrap(true);
    m_copyTikTokAddressButton = new QPushButton(tr("Copy the TikTok &address"), this);
    m_copyTikTokAddressButton->setObjectName(QStringLiteral("copyTikTokAddressPushButton"));
    m_copyTikTokAddressButton->setAccessibleName(
        tr("Copy TikTok's sign-in address, to open it on another computer"));
    m_addressLineEdit = new QLineEdit(this);
    m_addressLineEdit->setObjectName(QStringLiteral("pastedAddressLineEdit"));
    m_addressLineEdit->setPlaceholderText(QStringLiteral("http://127.0.0.1:…/callback/?code=…&state=…"));
    m_addressLineEdit->setAccessibleName(tr("Address the other browser ended on"));
    m_addressLineEdit->installEventFilter(this);
    auto *label = new QLabel(tr("Addre&ss:"), this);
    label->setBuddy(m_addressLineEdit);
    m_useButton = new QPushButton(tr("Use t&his address"), this);
    m_useButton->setObjectName(QStringLiteral("usePastedAddressPushButton"));
    m_useButton->setAccessibleName(tr("Finish the sign-in with the pasted address"));
    m_useButton->setEnabled(false);
    m_refusal = new InlineMessage(QStringLiteral("paste"), this);

    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyTikTokAddressButton);
    copyRow->addStretch();
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(label);
    addressRow->addWidget(m_addressLineEdit, 1);
    addressRow->addWidget(m_useButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(instructions);
    layout->addLayout(copyRow);
    layout->addLayout(addressRow);
    layout->addWidget(m_refusal);

    connect(m_copyTikTokAddressButton, &QPushButton::clicked, this,
        &PastedAddressPanel::copyTikTokAddressRequested);
    connect(m_useButton, &QPushButton::clicked, this, &PastedAddressPanel::submit);
    connect(m_addressLineEdit, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_useButton->setEnabled(!text.trimmed().isEmpty()); });
}

void PastedAddressPanel::clear()
{
    m_addressLineEdit->clear();
    m_refusal->showMessage(InlineMessage::Kind::Error, {});
}

void PastedAddressPanel::showRefusal(const QString &message)
{
    m_refusal->showMessage(InlineMessage::Kind::Error, message);
}

void PastedAddressPanel::showCopied()
{
    m_copyTikTokAddressButton->setText(tr("Copied"));
    QTimer::singleShot(
        2000, this, [this] { m_copyTikTokAddressButton->setText(tr("Copy the TikTok &address")); });
}

bool PastedAddressPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the field uses the address; it must not reach the wizard (its default button).
    if (watched == m_addressLineEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            submit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PastedAddressPanel::submit()
{
    if (!m_addressLineEdit->text().trimmed().isEmpty())
        Q_EMIT addressSubmitted(m_addressLineEdit->text());
}

} // namespace Skybeam
