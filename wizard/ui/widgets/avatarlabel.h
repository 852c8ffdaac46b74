#pragma once

#include <QLabel>

namespace Skybeam {

/// A TikTok account's picture, round; the initials of its name on the palette's highlight colour when
/// there is no picture.
class AvatarLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvatarLabel)

public:
    explicit AvatarLabel(QWidget *parent = nullptr);

    /// `image` as downloaded (any format Qt reads; may be empty), `name` for the initials and the
    /// accessible name.
    void setAvatar(const QByteArray &image, const QString &name);
    bool hasPicture() const { return m_hasPicture; }

private:
    bool m_hasPicture = false;
};

} // namespace Skybeam
