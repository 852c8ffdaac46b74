#pragma once

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <optional>

namespace Skybeam {

struct CallbackCheck;

/// What TikTok sent back to the redirect URI: on success `code`, `scopes` and `state`; on failure `error`,
/// `error_description` and `state`. Values are already URL-decoded. A value type.
struct AuthorizationCallback
{
    QString code;
    /// Comma-separated scopes the user granted (may be fewer than asked).
    QString scopes;
    QString state;
    bool hasState = false;
    QString error;
    QString errorDescription;

    bool isError() const { return !error.isEmpty(); }
    /// Neither a code nor an error: not a usable callback.
    bool isEmpty() const { return code.isEmpty() && error.isEmpty(); }

    /// Reads the callback parameters from a decoded query; std::nullopt when one of them appears twice
    /// (an ambiguous, possibly forged request).
    static std::optional<AuthorizationCallback> fromQuery(const QList<QPair<QString, QString>> &query);
    /// Compares `state` with `expected` in constant time; false when either is empty.
    bool stateMatches(const QString &expected) const;

    /// Reads `query` and checks it against `expectedState` (see CallbackCheck).
    static CallbackCheck check(const QList<QPair<QString, QString>> &query, const QString &expectedState);
};

/// How a callback compares with the sign-in waiting for it: the one rule shared by the loopback receiver
/// (a browser's request) and a pasted address (CallbackAddress), checked in this order.
enum class CallbackVerdict {
    Usable, ///< the expected state, and a code or an error
    RepeatedParameter, ///< a parameter appears twice (ambiguous, possibly forged)
    WrongState, ///< `state` missing or not this attempt's
    Incomplete ///< the right state, but neither a code nor an error
};

/// The result of AuthorizationCallback::check().
struct CallbackCheck
{
    CallbackVerdict verdict = CallbackVerdict::Incomplete;
    /// The parameters read (empty unless the verdict is Usable or Incomplete).
    AuthorizationCallback callback;
};

} // namespace Skybeam

Q_DECLARE_METATYPE(Skybeam::AuthorizationCallback)
