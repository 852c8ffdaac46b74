#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace Skybeam {

/// Turns what TikTok answers (OAuth `error` codes, API v2 `error.code`s, HTTP statuses) and what goes
/// wrong on the way into Error values with plain-language, translated messages for the operator, using
/// the runbook's Troubleshooting wording. Codes are "oauth.<error>", "api.<code>", "network.<what>".
/// Pure functions; thread-safe.
class TikTokErrors final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::TikTokErrors)

public:
    /// Which OAuth step failed: the same TikTok code means different things to the operator.
    enum class Step { Authorize, CodeExchange, Refresh, Revoke, ClientCheck };

    /// An OAuth error (`error`, `error_description`, `log_id`) from the authorize callback or the token
    /// and revoke endpoints.
    static Error fromOAuth(const QString &error, const QString &description, const QString &logId, Step step);
    /// An API v2 error object (`error.code`, `error.message`, `error.log_id`).
    static Error fromApi(const QString &code, const QString &message, const QString &logId);

    /// `invalid_client`: TikTok does not accept this client key and client secret together. `description`
    /// (TikTok's own words) is quoted only when TikTok sent one.
    static Error keyPairRejected(const QString &description, const QString &logId);
    /// HTTP 429 or `rate_limit_exceeded`, with the sandbox quota note.
    static Error rateLimited(const QString &logId = QString());
    /// The account that signed in is not the one stored before (`open_id` differs).
    static Error otherAccount(const QString &displayName);
    /// No refresh token is stored, or its `refresh_expires_at` has passed.
    static Error refreshTokenMissing();
    static Error refreshTokenExpired();
    /// TikTok answered something that is neither a result nor an error in its documented shape.
    static Error badResponse(int httpStatus, const QString &detail);

    /// True when the only way on is to sign in with TikTok again (refresh token rejected, expired or
    /// missing, or the access token invalid and no refresh possible).
    static bool needsReauthorization(const Error &error);
};

} // namespace Skybeam
