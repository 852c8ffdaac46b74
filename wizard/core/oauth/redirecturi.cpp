#include "oauth/redirecturi.h"

#include <QRegularExpression>
#include <QUrl>

namespace Skybeam {

namespace {

Error badRedirect(const QString &message)
{
    return Error(ErrorCode::OAuth::BadRedirectUri, message);
}

} // namespace

Expected<RedirectUri> RedirectUri::parse(const QString &registered)
{
    const QString text = registered;
    if (text.isEmpty())
        return badRedirect(
            tr("The redirect URI is empty. Use the one registered for your app, for example %1.")
                .arg(defaultUri()));
    if (text.trimmed() != text)
        return badRedirect(
            tr("The redirect URI has spaces before or after it. Remove them: it must match the "
               "registered one character for character."));
    if (text.size() >= MaxLength)
        return badRedirect(
            tr("The redirect URI is too long: TikTok allows fewer than %1 characters.").arg(MaxLength));

    static const QRegularExpression shape(
        QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://([^/:?#@]*)(?::(\\*|[0-9]*))?(/[^?#]*)?([?#].*)?$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return badRedirect(
            tr("The redirect URI %1 is not an absolute address such as %2.").arg(text, defaultUri()));

    const QString scheme = match.captured(1).toLower();
    if (scheme == QLatin1String("https"))
        return badRedirect(
            tr("The redirect URI %1 uses https. SKYBEAM Setup receives TikTok's answer on this "
               "computer over plain http: register and use an address such as %2.")
                .arg(text, defaultUri()));
    if (scheme != QLatin1String("http"))
        return badRedirect(tr("The redirect URI %1 must start with http://.").arg(text));
    if (match.capturedLength(5) > 0)
        return badRedirect(
            tr("The redirect URI %1 must not contain a query (?) or a fragment (#).").arg(text));

    const QString host = match.captured(2).toLower();
    if (host != QLatin1String("localhost") && host != QLatin1String("127.0.0.1"))
        return badRedirect(
            tr("The redirect URI %1 must point at this computer: its host must be localhost or "
               "127.0.0.1.")
                .arg(text));

    RedirectUri uri;
    if (!match.hasCaptured(3) || match.capturedLength(3) == 0)
        return badRedirect(
            tr("The redirect URI %1 has no port. Add the registered one, for example %2, or use a "
               "wildcard port registration such as http://127.0.0.1:*/callback/.")
                .arg(text, defaultUri()));
    const QString port = match.captured(3);
    if (port != QLatin1String("*")) {
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return badRedirect(tr("The redirect URI %1 has an invalid port.").arg(text));
        uri.m_port = quint16(value);
    }

    const QString rawPath = match.captured(4);
    const QUrl pathCheck(QStringLiteral("http://localhost") + rawPath, QUrl::StrictMode);
    if (!pathCheck.isValid())
        return badRedirect(
            tr("The redirect URI %1 has characters that are not allowed in a path.").arg(text));

    uri.m_registered = text;
    uri.m_host = host;
    uri.m_path = rawPath.isEmpty() ? QStringLiteral("/") : QUrl::fromPercentEncoding(rawPath.toUtf8());
    uri.m_portStart = int(match.capturedStart(3));
    uri.m_portLength = int(match.capturedLength(3));
    return uri;
}

QString RedirectUri::concrete(quint16 port) const
{
    if (!hasWildcardPort())
        return m_registered;
    QString result = m_registered;
    result.replace(m_portStart, m_portLength, QString::number(port));
    return result;
}

} // namespace Skybeam
