#pragma once

#include "oauth/tiktokcall.h"
#include "oauth/tiktokendpoints.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;

namespace Skybeam {

/// A successful answer of TikTok's token endpoint, read-only. Holds tokens: never log it.
class TokenResponse final
{
public:
    TokenResponse() = default;
    explicit TokenResponse(const QJsonObject &json)
        : m_json(json)
    {
    }

    /// "" when the answer lacks a field the product needs (access_token, refresh_token, open_id,
    /// expires_in); otherwise the missing field's name.
    static QString missingField(const QJsonObject &json);

    QString accessToken() const;
    QString refreshToken() const;
    QString openId() const;
    QStringList scopes() const;
    qint64 expiresIn() const;
    qint64 refreshExpiresIn() const;
    const QJsonObject &json() const { return m_json; }

private:
    QJsonObject m_json;
};

/// TikTok's OAuth token endpoint: exchanges an authorization code, refreshes, revokes. Form-encoded POSTs
/// with the client secret; every call is a TikTokCall job (one finished() signal, TikTok's errors mapped,
/// 5xx and network errors retried). Does not own the QNetworkAccessManager. Lives in its thread.
class TokenClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenClient)

public:
    TokenClient(const TikTokEndpoints &endpoints, QNetworkAccessManager *network, QObject *parent = nullptr);

    void setNetworkPolicy(const NetworkPolicy &policy) { m_policy = policy; }
    const NetworkPolicy &networkPolicy() const { return m_policy; }

    /// grant_type=authorization_code. `redirectUri` must be the concrete URI sent to authorize.
    /// On success body() is the token response (TokenResponse).
    TikTokCall *exchangeCode(const QString &clientKey, const QString &clientSecret, const QString &code,
        const QString &redirectUri, const QString &codeVerifier);
    /// grant_type=refresh_token. On success body() holds the new tokens, including the rotated refresh token.
    TikTokCall *refresh(const QString &clientKey, const QString &clientSecret, const QString &refreshToken);
    /// grant_type=client_credentials: checks the key and secret without a user. On success body() holds a
    /// client token, which is never stored. Sent once, never retried (a sandbox app's calls are counted).
    TikTokCall *clientCredentials(const QString &clientKey, const QString &clientSecret);
    /// Revokes `accessToken`. On success body() is empty.
    TikTokCall *revoke(const QString &clientKey, const QString &clientSecret, const QString &accessToken);

private:
    TikTokCall *post(const QUrl &url, const QList<QPair<QString, QString>> &fields, TikTokErrors::Step step,
        TikTokCall::Validator validator, const NetworkPolicy &policy);

    TikTokEndpoints m_endpoints;
    QPointer<QNetworkAccessManager> m_network;
    NetworkPolicy m_policy;
};

} // namespace Skybeam
