#pragma once

#include "common/error.h"
#include "common/job.h"
#include "oauth/tiktokerrors.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Skybeam {

/// How TikTokCall behaves on the network. The defaults are the product's; tests shorten the times.
struct NetworkPolicy
{
    /// Per attempt, covering connect and transfer (QNetworkRequest::setTransferTimeout).
    int timeoutMs = 30000;
    /// Retries after a 5xx status or a network error (not after a TLS error).
    int maxRetries = 3;
    /// Wait before the first retry; doubled for each further one.
    int backoffMs = 1000;
    /// A 429 with a Retry-After up to this long is waited out once; longer or absent fails at once.
    int maxRetryAfterSeconds = 60;
};

/// One request to TikTok with its retries, as an asynchronous job: started by TokenClient or
/// TikTokApiClient, emits finished() exactly once (never from inside the call that created it), then
/// deletes itself. TLS errors are never ignored; redirects are not followed; answers are bounded in size.
/// The body is never logged. Lives in the thread of its QNetworkAccessManager.
class TikTokCall final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TikTokCall)

public:
    /// Which answer format to expect: the OAuth endpoints' (`error` string at the top) or API v2's
    /// (`error` object with `code`, `data` holding the result).
    enum class Shape { OAuth, Api };
    /// Checks a successful answer's content; returns an Error when something required is missing.
    using Validator = std::function<Error(const QJsonObject &body)>;

    struct Request
    {
        QUrl url;
        /// "GET" or "POST".
        QByteArray method = QByteArrayLiteral("GET");
        QByteArray contentType;
        QByteArray body;
        /// Sent as "Authorization: Bearer <token>" when not empty.
        QString bearerToken;
        Shape shape = Shape::OAuth;
        TikTokErrors::Step step = TikTokErrors::Step::CodeExchange;
        Validator validator;
    };

    /// Larger answers are refused: TikTok's are a few KB.
    static constexpr qint64 MaxAnswerBytes = 1024 * 1024;

    TikTokCall(QNetworkAccessManager *network, Request request, const NetworkPolicy &policy,
        QObject *parent = nullptr);
    ~TikTokCall() override;

    /// Sends the request. Called by the clients; finished() follows asynchronously.
    void start();
    /// Stops without emitting finished(); the call deletes itself.
    void abort();

    bool isSuccess() const { return !m_error.isError(); }
    const Error &error() const { return m_error; }
    /// The whole JSON answer (OAuth: the token response itself; Api: with `data` and `error`).
    const QJsonObject &body() const { return m_body; }
    /// Api answers: the `data` object.
    QJsonObject data() const;
    int httpStatus() const { return m_httpStatus; }
    /// TikTok's log_id of the last answer, when it carried one.
    const QString &logId() const { return m_logId; }
    /// How many times the request was sent.
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void finished(Skybeam::TikTokCall *call);

private:
    void send();
    void onReplyFinished();
    /// Keeps the answer's JSON object (empty when it is none) and its log_id; true when it was an object.
    bool takeBody(const QByteArray &bytes);
    /// A 5xx after the last retry: TikTok's own error when the body names one, else "unavailable".
    void completeUnavailable(int status);
    /// Any other answer: TikTok's error, a malformed answer, or success once the validator agrees.
    void completeAnswer(int status, bool isJsonObject, bool emptyBody);
    void retryAfter(int milliseconds);
    void complete(const Error &error);
    Error errorFromBody(const QJsonObject &body) const;
    Error networkError(int code, const QString &detail) const;

    QPointer<QNetworkAccessManager> m_network;
    Request m_request;
    NetworkPolicy m_policy;
    QNetworkReply *m_reply = nullptr;
    QTimer *m_retryTimer = nullptr;
    QJsonObject m_body;
    Error m_error;
    QString m_logId;
    int m_httpStatus = 0;
    int m_attempts = 0;
    bool m_tooLarge = false;
    bool m_done = false;
};

} // namespace Skybeam
