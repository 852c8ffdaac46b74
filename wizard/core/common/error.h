#pragma once

#include "common/errorcodes.h"

#include <QString>

namespace Skybeam {

/// An error as a value: a stable machine code, a translated message for the operator, and optional
/// details (a TikTok log_id for support, a technical detail for logs). A default-constructed Error is
/// "no error". Cheap to copy; safe to use from any thread.
class Error final
{
public:
    Error() = default;
    Error(QString code, QString message);

    bool isError() const { return !m_code.isEmpty(); }
    /// Stable identifier such as "credentials.not_json" or "oauth.invalid_client"; never translated. Compare
    /// it only with the constants in common/errorcodes.h.
    const QString &code() const { return m_code; }
    /// One or two plain-language sentences for the operator, already translated.
    const QString &message() const { return m_message; }
    /// TikTok's log_id when the error came from TikTok; shown to the operator for support requests.
    const QString &logId() const { return m_logId; }
    /// Technical detail for logs (never contains secrets); not shown as the main message.
    const QString &detail() const { return m_detail; }

    Error &setLogId(const QString &logId);
    Error &setDetail(const QString &detail);

    /// message(), followed by the log_id sentence when there is one.
    QString fullMessage() const;

    bool operator==(const Error &other) const
    {
        return m_code == other.m_code && m_message == other.m_message;
    }

private:
    QString m_code;
    QString m_message;
    QString m_logId;
    QString m_detail;
};

} // namespace Skybeam
