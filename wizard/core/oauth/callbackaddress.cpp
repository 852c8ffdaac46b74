#include "oauth/callbackaddress.h"

#include "oauth/httprequestparser.h"

#include <algorithm>

namespace Skybeam {

namespace {

bool isPlainPort(const QByteArray &text, quint16 *port)
{
    if (text.isEmpty() || text.size() > 5 || text.startsWith('0'))
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    const int value = text.toInt();
    if (value < 1 || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

bool isPrintableWithoutSpaces(const QByteArray &address)
{
    for (char c : address) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            return false;
    }
    return true;
}

// The scheme, when the address bar kept it: only http (the redirect URI TikTok sends the browser to).
// False for any other scheme; an address without one is left as it is.
bool removeHttpScheme(QByteArray *address)
{
    const qsizetype end = [address] {
        const qsizetype slash = address->indexOf('/');
        const qsizetype question = address->indexOf('?');
        if (slash < 0)
            return question < 0 ? address->size() : question;
        return question < 0 ? slash : std::min(slash, question);
    }();
    const qsizetype schemeEnd = address->indexOf("://");
    if (schemeEnd < 0 || schemeEnd >= end)
        return true;
    if (address->left(schemeEnd).toLower() != "http")
        return false;
    address->remove(0, schemeEnd + 3);
    return true;
}

} // namespace

std::optional<quint16> CallbackAddress::loopbackPort(const QByteArray &authority)
{
    const QByteArray lower = authority.toLower();
    for (const QByteArray &name :
        { QByteArrayLiteral("127.0.0.1"), QByteArrayLiteral("[::1]"), QByteArrayLiteral("localhost") }) {
        if (lower == name)
            return quint16(80);
        quint16 port = 0;
        if (lower.startsWith(name + ':') && isPlainPort(lower.mid(name.size() + 1), &port))
            return port;
    }
    return std::nullopt;
}

CallbackAddress::Result CallbackAddress::check(const QString &pasted, const Expectation &expected)
{
    Result result;
    const auto refuse = [&result, &expected](Problem problem) {
        result.problem = problem;
        result.callback = AuthorizationCallback();
        result.error = error(problem, expected);
        return result;
    };

    const QString trimmed = pasted.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > MaxLength)
        return refuse(Problem::NotAnAddress);
    QByteArray address = trimmed.toUtf8();
    if (!isPrintableWithoutSpaces(address))
        return refuse(Problem::NotAnAddress);
    const qsizetype hash = address.indexOf('#');
    if (hash >= 0)
        address.truncate(hash);
    if (!removeHttpScheme(&address))
        return refuse(Problem::NotAnAddress);

    qsizetype authorityEnd = 0;
    while (
        authorityEnd < address.size() && address.at(authorityEnd) != '/' && address.at(authorityEnd) != '?')
        ++authorityEnd;
    const QByteArray authority = address.left(authorityEnd);
    if (authority.isEmpty())
        return refuse(Problem::NotAnAddress);
    const std::optional<quint16> port = authority.contains('@') ? std::nullopt : loopbackPort(authority);
    if (!port)
        return refuse(Problem::NotLoopback);
    if (*port != expected.port)
        return refuse(Problem::WrongPort);

    QByteArray target = address.mid(authorityEnd);
    if (!target.startsWith('/'))
        target.prepend('/');
    const qsizetype question = target.indexOf('?');
    QByteArray path;
    if (!HttpRequestParser::percentDecode(question < 0 ? target : target.left(question), false, &path)
        || path.contains('\0'))
        return refuse(Problem::NotAnAddress);
    if (QString::fromUtf8(path) != expected.path)
        return refuse(Problem::WrongPath);
    QList<QPair<QString, QString>> query;
    if (question >= 0 && !HttpRequestParser::parseFormEncoded(target.mid(question + 1), &query))
        return refuse(Problem::NotAnAddress);

    const CallbackCheck checked = AuthorizationCallback::check(query, expected.state);
    switch (checked.verdict) {
    case CallbackVerdict::RepeatedParameter:
        return refuse(Problem::RepeatedParameter);
    case CallbackVerdict::WrongState:
        return refuse(Problem::WrongState);
    case CallbackVerdict::Incomplete:
        return refuse(Problem::Incomplete);
    case CallbackVerdict::Usable:
        break;
    }
    result.problem = Problem::None;
    result.callback = checked.callback;
    result.error = Error();
    return result;
}

QString CallbackAddress::errorCode(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::NotAnAddress:
        return ErrorCode::OAuth::PasteNotAddress;
    case Problem::NotLoopback:
        return ErrorCode::OAuth::PasteNotLoopback;
    case Problem::WrongPort:
        return ErrorCode::OAuth::PasteWrongPort;
    case Problem::WrongPath:
        return ErrorCode::OAuth::PasteWrongPath;
    case Problem::RepeatedParameter:
        return ErrorCode::OAuth::PasteRepeatedParameter;
    case Problem::WrongState:
        return ErrorCode::OAuth::PasteWrongState;
    case Problem::Incomplete:
        return ErrorCode::OAuth::PasteIncomplete;
    case Problem::AlreadyUsed:
        return ErrorCode::OAuth::PasteAlreadyUsed;
    case Problem::NotWaiting:
        return ErrorCode::OAuth::PasteNotWaiting;
    }
    return {};
}

Error CallbackAddress::error(Problem problem, const Expectation &expected)
{
    QString message;
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::NotAnAddress:
        //: %1 is the redirect URI, e.g. http://127.0.0.1:40123/callback/
        message = tr("This is not the address the browser ended on. After clicking Authorize, copy the whole "
                     "address from that browser's address bar: it starts with %1.")
                      .arg(expected.redirectUri);
        break;
    case Problem::NotLoopback:
        //: %1 is the redirect URI, e.g. http://127.0.0.1:40123/callback/
        message
            = tr("This address does not lead to the computer's own address (127.0.0.1, [::1] or "
                 "localhost), so it is not TikTok's answer to this sign-in. Paste the address the browser "
                 "ended on: it starts with %1.")
                  .arg(expected.redirectUri);
        break;
    case Problem::WrongPort:
        //: %1 is a port number.
        message = tr("This address is for another port: this sign-in waits on port %1. It may be from an "
                     "earlier attempt; open this sign-in's TikTok address and paste the address its browser "
                     "ends on.")
                      .arg(expected.port);
        break;
    case Problem::WrongPath:
        //: %1 is the redirect URI, e.g. http://127.0.0.1:40123/callback/
        message = tr("This address is not TikTok's answer to this sign-in: that starts with %1.")
                      .arg(expected.redirectUri);
        break;
    case Problem::RepeatedParameter:
        message
            = tr("This address names a parameter twice, so it cannot be trusted. Paste the address exactly "
                 "as the browser shows it.");
        break;
    case Problem::WrongState:
        message = tr("This address belongs to another sign-in attempt (its state does not match this one). "
                     "Open this sign-in's TikTok address and paste the address its browser ends on.");
        break;
    case Problem::Incomplete:
        message = tr("This address carries neither TikTok's code nor an error. Paste the whole address, with "
                     "everything after the question mark.");
        break;
    case Problem::AlreadyUsed:
        message = tr("TikTok's answer to this sign-in has already been received; an address is used only "
                     "once.");
        break;
    case Problem::NotWaiting:
        message = tr("No sign-in is waiting for TikTok's answer now. Start the sign-in again, then paste the "
                     "address its browser ends on.");
        break;
    }
    return Error(errorCode(problem), message);
}

} // namespace Skybeam
