#include "oauth/authorizationcallback.h"

#include <QByteArray>

namespace Skybeam {

std::optional<AuthorizationCallback> AuthorizationCallback::fromQuery(
    const QList<QPair<QString, QString>> &query)
{
    AuthorizationCallback callback;
    bool seenCode = false;
    bool seenScopes = false;
    bool seenError = false;
    bool seenDescription = false;
    for (const auto &[name, value] : query) {
        QString *target = nullptr;
        bool *seen = nullptr;
        if (name == QLatin1String("code")) {
            target = &callback.code;
            seen = &seenCode;
        } else if (name == QLatin1String("scopes")) {
            target = &callback.scopes;
            seen = &seenScopes;
        } else if (name == QLatin1String("state")) {
            target = &callback.state;
            seen = &callback.hasState;
        } else if (name == QLatin1String("error")) {
            target = &callback.error;
            seen = &seenError;
        } else if (name == QLatin1String("error_description")) {
            target = &callback.errorDescription;
            seen = &seenDescription;
        } else {
            continue;
        }
        if (*seen)
            return std::nullopt;
        *seen = true;
        *target = value;
    }
    return callback;
}

CallbackCheck AuthorizationCallback::check(
    const QList<QPair<QString, QString>> &query, const QString &expectedState)
{
    CallbackCheck result;
    const std::optional<AuthorizationCallback> callback = fromQuery(query);
    if (!callback) {
        result.verdict = CallbackVerdict::RepeatedParameter;
        return result;
    }
    if (!callback->stateMatches(expectedState)) {
        result.verdict = CallbackVerdict::WrongState;
        return result;
    }
    result.callback = *callback;
    result.verdict = callback->isEmpty() ? CallbackVerdict::Incomplete : CallbackVerdict::Usable;
    return result;
}

bool AuthorizationCallback::stateMatches(const QString &expected) const
{
    if (!hasState || state.isEmpty() || expected.isEmpty())
        return false;
    const QByteArray a = state.toUtf8();
    const QByteArray b = expected.toUtf8();
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace Skybeam
