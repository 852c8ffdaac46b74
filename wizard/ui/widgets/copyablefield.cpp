#include "widgets/copyablefield.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace Skybeam {

CopyableField::CopyableField(
    const QString &name, const QString &caption, const QString &value, QWidget *parent)
    : QWidget(parent)
    , m_captionLabel(new QLabel(caption, this))
    , m_valueLineEdit(new QLineEdit(value, this))
    , m_copyButton(new QPushButton(tr("&Copy"), this))
{
    setObjectName(name + QStringLiteral("CopyableField"));
    m_valueLineEdit->setObjectName(name + QStringLiteral("LineEdit"));
    m_valueLineEdit->setReadOnly(true);
    m_valueLineEdit->setAccessibleName(caption);
    m_captionLabel->setBuddy(m_valueLineEdit);
    m_copyButton->setObjectName(name + QStringLiteral("PushButton"));
    //: %1 is what is copied, e.g. "Redirect URI"
    m_copyButton->setAccessibleName(tr("Copy %1").arg(caption));
    m_copyButton->setToolTip(tr("Copy %1 to the clipboard").arg(caption));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_captionLabel);
    layout->addWidget(m_valueLineEdit, 1);
    layout->addWidget(m_copyButton);
    connect(m_copyButton, &QPushButton::clicked, this, &CopyableField::copy);
}

QString CopyableField::value() const
{
    return m_valueLineEdit->text();
}

void CopyableField::setValue(const QString &value)
{
    m_valueLineEdit->setText(value);
    m_valueLineEdit->setCursorPosition(0);
}

int CopyableField::captionWidth() const
{
    return m_captionLabel->sizeHint().width();
}

void CopyableField::setCaptionWidth(int width)
{
    m_captionLabel->setMinimumWidth(width);
}

void CopyableField::copy()
{
    QGuiApplication::clipboard()->setText(value());
    m_copyButton->setText(tr("Copied"));
    QTimer::singleShot(2000, this, [this] { m_copyButton->setText(tr("&Copy")); });
    Q_EMIT copied(value());
}

} // namespace Skybeam
