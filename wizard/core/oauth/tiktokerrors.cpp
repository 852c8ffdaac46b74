#include "oauth/tiktokerrors.h"

namespace Skybeam {

namespace {

QString oauthCode(const QString &error)
{
    return ErrorCode::OAuth::Prefix + error;
}

} // namespace

Error TikTokErrors::fromOAuth(
    const QString &error, const QString &description, const QString &logId, Step step)
{
    QString message;
    if (error == QLatin1String("access_denied")) {
        message
            = tr("You declined the request on TikTok's page, so SKYBEAM was not connected. Start again and "
                 "choose Authorize to connect your account.");
    } else if (error == QLatin1String("invalid_client")) {
        return keyPairRejected(description, logId);
    } else if (error == QLatin1String("invalid_grant")) {
        switch (step) {
        case Step::Refresh:
            message = tr("TikTok no longer accepts the stored refresh token: it has expired or was revoked "
                         "(\"Token expired\"). Sign in with TikTok again to re-authorize SKYBEAM.");
            break;
        case Step::Revoke:
            message = tr("TikTok no longer accepts the stored token; it was already revoked or has expired.");
            break;
        case Step::Authorize:
        case Step::CodeExchange:
        case Step::ClientCheck:
            message = tr(
                "TikTok refused the sign-in code: it expired, was already used, or the redirect URI does "
                "not match the one registered for your app. Start the sign-in again.");
            break;
        }
    } else if (error == QLatin1String("invalid_request")) {
        if (description.contains(QLatin1String("code verifier"), Qt::CaseInsensitive)
            || description.contains(QLatin1String("code challenge"), Qt::CaseInsensitive)
            || description.contains(QLatin1String("code_verifier"), Qt::CaseInsensitive)
            || description.contains(QLatin1String("code_challenge"), Qt::CaseInsensitive)) {
            message = tr(
                "TikTok could not match this sign-in's security check (\"Code verifier or code challenge "
                "is invalid\"). Start the sign-in again; if it keeps failing, report it with the log ID.");
        } else if (description.contains(QLatin1String("redirect"), Qt::CaseInsensitive)) {
            message = tr("TikTok refused the redirect URI. It must match one registered for your app in the "
                         "Developer Portal character for character (Login Kit, Redirect URI).");
        } else {
            //: %1 is TikTok's own (English) explanation.
            message
                = tr("TikTok refused the request as incomplete or malformed (%1). Start again; if it keeps "
                     "failing, report it with the log ID.")
                      .arg(description.isEmpty() ? error : description);
        }
    } else if (error == QLatin1String("invalid_scope") || error == QLatin1String("unauthorized_client")) {
        message
            = tr("TikTok refused the requested permissions (\"Application not approved for Content Posting "
                 "API\"). Uploading and posting need the Content Posting API approved for your app: apply "
                 "in the Developer Portal, or use Handoff Mode (manual uploads) until it is approved.");
    } else if (error == QLatin1String("unsupported_grant_type")
        || error == QLatin1String("unsupported_response_type")) {
        message = tr("TikTok does not support the kind of request SKYBEAM Setup sent. Please report this "
                     "together with the log ID.");
    } else if (error == QLatin1String("server_error") || error == QLatin1String("temporarily_unavailable")) {
        message = tr("TikTok is having trouble right now. Wait a few minutes and try again.");
    } else if (error == QLatin1String("rate_limit_exceeded")) {
        return rateLimited(logId);
    } else {
        //: %1 is TikTok's error code, %2 its (English) explanation.
        message = tr("TikTok refused the request (%1: %2).").arg(error, description);
    }
    Error result(oauthCode(error), message);
    result.setLogId(logId);
    if (!description.isEmpty())
        result.setDetail(description);
    return result;
}

Error TikTokErrors::fromApi(const QString &code, const QString &message, const QString &logId)
{
    QString text;
    if (code == QLatin1String("access_token_invalid")) {
        text = tr("The access token has expired or is no longer valid (\"Token expired\"). SKYBEAM renews it "
                  "with the refresh token; if that fails, sign in with TikTok again.");
    } else if (code == QLatin1String("scope_not_authorized")) {
        text = tr("This TikTok account has not granted the permission this step needs, or the app is not "
                  "approved for it (\"Application not approved for Content Posting API\"). Sign in again and "
                  "allow every permission, and check the app's approval in the Developer Portal.");
    } else if (code == QLatin1String("scope_permission_missed")) {
        text = tr(
            "SKYBEAM asked TikTok for information the granted permissions do not cover. Sign in again and "
            "allow every permission.");
    } else if (code == QLatin1String("invalid_params") || code == QLatin1String("invalid_param")) {
        //: %1 is TikTok's own (English) explanation.
        text = tr("TikTok refused the request's parameters (%1). Please report this with the log ID.")
                   .arg(message);
    } else if (code == QLatin1String("invalid_file_upload")) {
        text = tr("TikTok refused the uploaded file. Check that it is a supported video and try again.");
    } else if (code == QLatin1String("rate_limit_exceeded")) {
        return rateLimited(logId);
    } else if (code == QLatin1String("internal_error")) {
        text = tr("TikTok had an internal problem. Wait a few minutes and try again.");
    } else if (code == QLatin1String("spam_risk_too_many_posts")) {
        text = tr("This account has reached TikTok's daily posting limit. Try again tomorrow.");
    } else if (code == QLatin1String("spam_risk_user_banned_from_posting")) {
        text = tr(
            "TikTok does not allow this account to post at the moment. Check the account in the TikTok app.");
    } else if (code == QLatin1String("spam_risk_too_many_pending_share")) {
        text = tr("Too many uploads are waiting in this account's TikTok inbox. Finish or delete some in the "
                  "TikTok app, then try again.");
    } else if (code == QLatin1String("reached_active_user_cap")) {
        text = tr("The app has reached TikTok's limit of active users for today (an unaudited app allows 5 "
                  "posting users in 24 hours). Try again later or submit the app for review.");
    } else if (code == QLatin1String("unaudited_client_can_only_post_to_private_accounts")) {
        text = tr(
            "The app has not passed TikTok's review yet, so it can post only to a private account and only "
            "as \"Only me\". Make the account private, or submit the app for review.");
    } else if (code == QLatin1String("privacy_level_option_mismatch")) {
        text = tr("The chosen privacy level is not one this account offers. Pick one of the listed options.");
    } else if (code == QLatin1String("url_ownership_unverified")) {
        text = tr("TikTok requires the video's web address to be on a domain verified for the app.");
    } else if (code == QLatin1String("file_format_check_failed")) {
        text = tr("TikTok does not accept this video format. Use MP4 (recommended), MOV or WebM.");
    } else if (code == QLatin1String("duration_check_failed")) {
        text = tr("The video is longer than this account may post.");
    } else if (code == QLatin1String("frame_rate_check_failed")) {
        text = tr("TikTok accepts videos of 23 to 60 frames per second only.");
    } else if (code == QLatin1String("picture_size_check_failed")) {
        text = tr("TikTok accepts videos of 360 to 4096 pixels per side only.");
    } else {
        //: %1 is TikTok's error code, %2 its (English) explanation.
        text = tr("TikTok refused the request (%1: %2).").arg(code, message);
    }
    Error result(ErrorCode::Api::Prefix + code, text);
    result.setLogId(logId);
    if (!message.isEmpty())
        result.setDetail(message);
    return result;
}

Error TikTokErrors::keyPairRejected(const QString &description, const QString &logId)
{
    QString message
        = tr("TikTok rejected this client key and client secret pair — usually the secret is wrong "
             "or was reset in the portal.");
    if (!description.isEmpty())
        //: %1 is the message so far, %2 TikTok's own (English) words, quoted as TikTok sent them.
        message = tr("%1 TikTok said: \"%2\"").arg(message, description);
    Error error(ErrorCode::OAuth::InvalidClient, message);
    error.setLogId(logId);
    if (!description.isEmpty())
        error.setDetail(description);
    return error;
}

Error TikTokErrors::rateLimited(const QString &logId)
{
    Error error(ErrorCode::Api::RateLimitExceeded,
        tr("TikTok's rate limit was reached (\"Rate limit exceeded\"). Wait and try again later. Sandbox "
           "apps get only 20 calls a day; production apps get higher limits based on the app's tier."));
    error.setLogId(logId);
    return error;
}

Error TikTokErrors::otherAccount(const QString &displayName)
{
    //: %1 is the TikTok display name that just signed in.
    return Error(ErrorCode::OAuth::OtherAccount,
        tr("You signed in as %1, which is not the TikTok account stored before (\"User not "
           "authorized\"). The account that authorizes SKYBEAM must be the one you publish to: sign in "
           "again with the correct account.")
            .arg(displayName));
}

Error TikTokErrors::refreshTokenMissing()
{
    return Error(ErrorCode::OAuth::NoRefreshToken,
        tr("No refresh token is stored. Sign in with TikTok to authorize SKYBEAM."));
}

Error TikTokErrors::refreshTokenExpired()
{
    return Error(ErrorCode::OAuth::RefreshTokenExpired,
        tr("The stored refresh token has expired (\"Token expired\"). Sign in with TikTok again to "
           "re-authorize SKYBEAM."));
}

Error TikTokErrors::badResponse(int httpStatus, const QString &detail)
{
    Error error(ErrorCode::TikTok::BadResponse,
        //: %1 is an HTTP status number.
        tr("TikTok sent an answer SKYBEAM Setup does not understand (HTTP status %1). Try again later.")
            .arg(httpStatus));
    error.setDetail(detail);
    return error;
}

bool TikTokErrors::needsReauthorization(const Error &error)
{
    const QString &code = error.code();
    return code == ErrorCode::OAuth::InvalidGrant || code == ErrorCode::OAuth::NoRefreshToken
        || code == ErrorCode::OAuth::RefreshTokenExpired;
}

} // namespace Skybeam
