#include "common/error.h"

#include <QCoreApplication>

namespace Skybeam {

Error::Error(QString code, QString message)
    : m_code(std::move(code))
    , m_message(std::move(message))
{
}

Error &Error::setLogId(const QString &logId)
{
    m_logId = logId;
    return *this;
}

Error &Error::setDetail(const QString &detail)
{
    m_detail = detail;
    return *this;
}

QString Error::fullMessage() const
{
    if (m_logId.isEmpty())
        return m_message;
    //: %1 is an error message, %2 an identifier TikTok support can look up.
    return QCoreApplication::translate("Skybeam::Error", "%1 (TikTok log ID for support: %2)")
        .arg(m_message, m_logId);
}

} // namespace Skybeam
