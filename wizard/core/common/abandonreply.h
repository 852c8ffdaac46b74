#pragma once

#include <QNetworkReply>

namespace Skybeam {

/// Abandons a network request still under way: `receiver` hears nothing more from it, it is aborted and
/// deleted later, and `reply` (a QNetworkReply * or QPointer member) is null afterwards. Does nothing when
/// `reply` is already null.
template<typename ReplyPointer> void abandonReply(ReplyPointer &reply, QObject *receiver)
{
    QNetworkReply *abandoned = reply;
    if (!abandoned)
        return;
    reply = nullptr;
    abandoned->disconnect(receiver);
    abandoned->abort();
    abandoned->deleteLater();
}

} // namespace Skybeam
