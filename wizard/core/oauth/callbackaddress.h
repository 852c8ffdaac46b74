#pragma once

#include "common/error.h"
#include "oauth/authorizationcallback.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Skybeam {

/// The address a browser ended on after TikTok's consent, pasted by the operator when that browser runs
/// on another computer (where `http://127.0.0.1:PORT/callback/?code=…&state=…` could not load). It is
/// accepted under the same rule as the loopback receiver's request for it: a loopback host the receiver
/// answers for, the receiver's port and the redirect path, the parameters read by AuthorizationCallback
/// (no repeated one, this attempt's `state`, a code or an error). Refusals never repeat the pasted text.
/// Pure functions; thread-safe.
class CallbackAddress final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::CallbackAddress)

public:
    /// A pasted line longer than this is refused (the receiver's limit for a request head).
    static constexpr qsizetype MaxLength = 8 * 1024;

    enum class Problem {
        None,
        NotAnAddress, ///< empty, too long, spaces or control characters, no http address, bad escapes
        NotLoopback, ///< a host other than 127.0.0.1, [::1] or localhost (or user info in the address)
        WrongPort, ///< not the port this sign-in waits on
        WrongPath, ///< not the redirect URI's path
        RepeatedParameter, ///< a callback parameter appears twice
        WrongState, ///< `state` missing or another attempt's
        Incomplete, ///< neither a code nor an error
        AlreadyUsed, ///< a callback was already accepted for this sign-in (LoginFlow's check)
        NotWaiting ///< no sign-in is waiting for TikTok's answer (LoginFlow's check)
    };

    /// What the pasted address must match: the running sign-in's concrete redirect URI (named in the
    /// messages), its decoded path, the receiver's port and the attempt's `state`.
    struct Expectation
    {
        QString redirectUri;
        QString path;
        quint16 port = 0;
        QString state;
    };

    struct Result
    {
        Problem problem = Problem::NotAnAddress;
        /// The callback's parameters when usable (a code, or TikTok's error).
        AuthorizationCallback callback;
        /// The refusal, with a code from errorCode() and a translated message; no error when usable.
        Error error;

        bool isUsable() const { return problem == Problem::None; }
    };

    /// Checks one pasted line (surrounding whitespace ignored; `http://` may be missing, as some address
    /// bars hide it; a `#fragment` is ignored, as the browser never sends it).
    static Result check(const QString &pasted, const Expectation &expected);

    /// The port an authority (a Host header, or an address's host[:port]) names when its host is one the
    /// receiver answers for: 127.0.0.1, [::1] or localhost, in any case; 80 without a port. std::nullopt
    /// for another host or a port that is not written as a plain number from 1 to 65535.
    static std::optional<quint16> loopbackPort(const QByteArray &authority);

    /// The refusal for `problem` (no error for None).
    static Error error(Problem problem, const Expectation &expected);
    /// "oauth.paste_…": one stable code per problem; empty for None.
    static QString errorCode(Problem problem);
};

} // namespace Skybeam
