#include "credentials/tiktokcredentials.h"

#include <QJsonValue>
#include <QRegularExpression>

namespace Skybeam {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

TikTokCredentials::TikTokCredentials(const QJsonObject &json)
    : m_json(json)
{
}

QString TikTokCredentials::string(QLatin1String key) const
{
    return m_json.value(key).toString().trimmed();
}

qint64 TikTokCredentials::integer(QLatin1String key) const
{
    const QJsonValue value = m_json.value(key);
    if (value.isDouble()) {
        // Out of qint64's range (e.g. 1e300) the conversion is undefined behaviour: treat it as absent.
        const double number = value.toDouble();
        return number >= -9.2e18 && number <= 9.2e18 ? static_cast<qint64>(number) : -1;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return parsed;
    }
    return -1;
}

QDateTime TikTokCredentials::time(QLatin1String key) const
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return {};
    return parsed.toUTC();
}

QString TikTokCredentials::clientKey() const
{
    return string(ClientKey);
}
QString TikTokCredentials::clientSecret() const
{
    return string(ClientSecret);
}
QString TikTokCredentials::accessToken() const
{
    return string(AccessToken);
}
QString TikTokCredentials::refreshToken() const
{
    return string(RefreshToken);
}
QString TikTokCredentials::tokenType() const
{
    return string(TokenType);
}
QString TikTokCredentials::scope() const
{
    return string(Scope);
}
QString TikTokCredentials::openId() const
{
    return string(OpenId);
}
qint64 TikTokCredentials::expiresIn() const
{
    return integer(ExpiresIn);
}
qint64 TikTokCredentials::refreshExpiresIn() const
{
    return integer(RefreshExpiresIn);
}
QDateTime TikTokCredentials::obtainedAt() const
{
    return time(ObtainedAt);
}
QDateTime TikTokCredentials::refreshExpiresAt() const
{
    return time(RefreshExpiresAt);
}

QDateTime TikTokCredentials::authorizedAt() const
{
    const QDateTime stored = time(AuthorizedAt);
    return stored.isValid() ? stored : obtainedAt();
}

QDateTime TikTokCredentials::expiresAt() const
{
    const QDateTime stored = time(ExpiresAt);
    if (stored.isValid())
        return stored;
    const QDateTime obtained = obtainedAt();
    const qint64 lifetime = expiresIn();
    if (obtained.isValid() && lifetime >= 0)
        return obtained.addSecs(lifetime);
    return {};
}

QStringList TikTokCredentials::splitScopes(const QString &text, ScopeSeparators separators)
{
    static const QRegularExpression commas(QStringLiteral(","));
    static const QRegularExpression commasAndSpaces(QStringLiteral("[,\\s]+"));
    QStringList result;
    const QStringList parts
        = text.split(separators == ScopeSeparators::Commas ? commas : commasAndSpaces, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString name = part.trimmed();
        if (!name.isEmpty() && !result.contains(name))
            result.append(name);
    }
    return result;
}

QStringList TikTokCredentials::scopes() const
{
    return splitScopes(scope(), ScopeSeparators::CommasAndSpaces);
}

bool TikTokCredentials::hasScope(const QString &name) const
{
    return scopes().contains(name);
}

void TikTokCredentials::setClientKey(const QString &value)
{
    m_json.insert(ClientKey, value);
}

void TikTokCredentials::setClientSecret(const QString &value)
{
    m_json.insert(ClientSecret, value);
}

void TikTokCredentials::setRefreshToken(const QString &value)
{
    m_json.insert(RefreshToken, value);
}

void TikTokCredentials::setAuthorizedAt(const QDateTime &time)
{
    m_json.insert(AuthorizedAt, isoUtc(time));
}

void TikTokCredentials::applyTokenResponse(const QJsonObject &response, const QDateTime &obtainedAt)
{
    const QDateTime obtained = obtainedAt.toUTC();
    for (QLatin1String key : { AccessToken, RefreshToken, TokenType, Scope, OpenId }) {
        const QJsonValue value = response.value(key);
        if (value.isString())
            m_json.insert(key, value.toString());
    }
    m_json.insert(ObtainedAt, isoUtc(obtained));
    // A lifetime is 0..1e12 seconds; anything else (e.g. 1e300, whose conversion to qint64 is undefined
    // behaviour) is ignored.
    const auto isLifetime = [](const QJsonValue &value) {
        return value.isDouble() && value.toDouble() >= 0 && value.toDouble() <= 1e12;
    };
    const QJsonValue expiresIn = response.value(ExpiresIn);
    if (isLifetime(expiresIn)) {
        const qint64 seconds = static_cast<qint64>(expiresIn.toDouble());
        m_json.insert(ExpiresIn, seconds);
        m_json.insert(ExpiresAt, isoUtc(obtained.addSecs(seconds)));
    }
    const QJsonValue refreshExpiresIn = response.value(RefreshExpiresIn);
    if (isLifetime(refreshExpiresIn)) {
        const qint64 seconds = static_cast<qint64>(refreshExpiresIn.toDouble());
        m_json.insert(RefreshExpiresIn, seconds);
        m_json.insert(RefreshExpiresAt, isoUtc(obtained.addSecs(seconds)));
    }
    if (!m_json.contains(TokenType))
        m_json.insert(TokenType, QStringLiteral("Bearer"));
}

void TikTokCredentials::clearTokens()
{
    for (QLatin1String key : { AccessToken, RefreshToken, ExpiresIn, RefreshExpiresIn, ObtainedAt, ExpiresAt,
             RefreshExpiresAt, AuthorizedAt })
        m_json.remove(key);
}

bool TikTokCredentials::looksLikeSandboxKey(const QString &clientKey)
{
    return clientKey.trimmed().startsWith(QLatin1String("sb"), Qt::CaseInsensitive);
}

} // namespace Skybeam
