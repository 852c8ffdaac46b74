#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Skybeam {

/// The runbook's credential record (`tiktok_oauth.json`), wrapping the JSON object so that fields this
/// product does not know survive a read-modify-write. Typed accessors use the runbook's field names and
/// types; the absolute UTC times (`obtained_at`, `expires_at`, `refresh_expires_at`) are this product's
/// additions. A value type; not thread-affine.
class TikTokCredentials final
{
public:
    /// What separates the names in a list of scopes. TikTok writes commas ("user.info.basic,video.upload").
    enum class ScopeSeparators {
        Commas, ///< TikTok's answers and what sign-in accepts (a space inside a name stays, to be refused)
        CommasAndSpaces ///< tolerant: credential files written by other tools, the wizard's scopes field
    };
    /// The one scope-list parser: the names in `text` in order, trimmed, without empty entries or repeats.
    static QStringList splitScopes(const QString &text, ScopeSeparators separators);

    TikTokCredentials() = default;
    /// Wraps `json` as is (the reader has already validated types).
    explicit TikTokCredentials(const QJsonObject &json);

    QString clientKey() const;
    QString clientSecret() const;
    QString accessToken() const;
    QString refreshToken() const;
    QString tokenType() const;
    /// Granted scopes, comma-separated as TikTok returns them.
    QString scope() const;
    /// scope() split with ScopeSeparators::CommasAndSpaces (files written by other tools may use spaces).
    QStringList scopes() const;
    bool hasScope(const QString &scope) const;
    QString openId() const;
    /// Seconds, as TikTok returned them; -1 when absent.
    qint64 expiresIn() const;
    qint64 refreshExpiresIn() const;
    /// Absolute UTC times; invalid QDateTime when absent. When `expires_at` is absent but `obtained_at`
    /// and `expires_in` are present, it is derived from them.
    QDateTime obtainedAt() const;
    QDateTime expiresAt() const;
    QDateTime refreshExpiresAt() const;
    /// When the operator last approved the app in the browser (refreshes do not change it); the runbook
    /// asks to re-authorize every 30 days. Falls back to obtained_at for files written by other tools.
    QDateTime authorizedAt() const;

    void setClientKey(const QString &value);
    void setClientSecret(const QString &value);
    void setRefreshToken(const QString &value);
    void setAuthorizedAt(const QDateTime &time);
    /// Stores a token response: access/refresh tokens, lifetimes, scope, open_id, token_type, and the
    /// absolute times computed from `obtainedAt`. Fields absent from the response are left as they were.
    void applyTokenResponse(const QJsonObject &response, const QDateTime &obtainedAt);
    /// Removes access and refresh tokens and their times (after a revoke); keeps client key and secret.
    void clearTokens();

    bool hasClientKey() const { return !clientKey().isEmpty(); }
    bool hasClientSecret() const { return !clientSecret().isEmpty(); }
    bool hasAccessToken() const { return !accessToken().isEmpty(); }
    bool hasRefreshToken() const { return !refreshToken().isEmpty(); }

    /// Sandbox client keys start with "sb" (e.g. `sbaw…`); inferred from public usage.
    static bool looksLikeSandboxKey(const QString &clientKey);
    bool isSandbox() const { return looksLikeSandboxKey(clientKey()); }

    const QJsonObject &json() const { return m_json; }

    // The runbook's field names. constexpr: constant-initialised, so other files' static tables may use
    // them (as plain statics they were read before their own initialisation: ASan's init-order check).
    static constexpr QLatin1String ClientKey { "client_key" };
    static constexpr QLatin1String ClientSecret { "client_secret" };
    static constexpr QLatin1String AccessToken { "access_token" };
    static constexpr QLatin1String RefreshToken { "refresh_token" };
    static constexpr QLatin1String ExpiresIn { "expires_in" };
    static constexpr QLatin1String TokenType { "token_type" };
    static constexpr QLatin1String Scope { "scope" };
    static constexpr QLatin1String OpenId { "open_id" };
    static constexpr QLatin1String RefreshExpiresIn { "refresh_expires_in" };
    static constexpr QLatin1String ObtainedAt { "obtained_at" };
    static constexpr QLatin1String ExpiresAt { "expires_at" };
    static constexpr QLatin1String RefreshExpiresAt { "refresh_expires_at" };
    static constexpr QLatin1String AuthorizedAt { "authorized_at" };

private:
    QString string(QLatin1String key) const;
    QDateTime time(QLatin1String key) const;
    qint64 integer(QLatin1String key) const;

    QJsonObject m_json;
};

} // namespace Skybeam
