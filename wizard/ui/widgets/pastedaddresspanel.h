#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace Skybeam {

class InlineMessage;

/// "Signing in on another computer? Paste the address its browser ended on": a button that asks for
/// TikTok's full address to be copied (to open it there), a field for the address that browser ended on,
/// Use this address (or Enter), and the refusal inline. Decides nothing: the sign-in page hands the address
/// to LoginFlow and shows its answer here.
class PastedAddressPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PastedAddressPanel)

public:
    explicit PastedAddressPanel(QWidget *parent = nullptr);

    /// Empties the field and hides the refusal (a new sign-in, or the address was accepted).
    void clear();
    /// Shows why the address was refused; the field keeps it for correcting.
    void showRefusal(const QString &message);
    /// Says on the copy button that TikTok's address is on the clipboard.
    void showCopied();

Q_SIGNALS:
    void copyTikTokAddressRequested();
    /// Use this address, or Enter in the field (never with an empty field).
    void addressSubmitted(const QString &address);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();

    QPushButton *m_copyTikTokAddressButton;
    QLineEdit *m_addressLineEdit;
    QPushButton *m_useButton;
    InlineMessage *m_refusal;
};

} // namespace Skybeam
