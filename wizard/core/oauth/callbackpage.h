#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Skybeam {

class Error;

/// The small self-contained HTML pages the loopback receiver shows in the operator's browser: the real
/// outcome of the sign-in, or why a request was refused. Every text is translated and HTML-escaped; no
/// external resources, no scripts. Pure functions; thread-safe.
class CallbackPage final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::CallbackPage)

public:
    /// "Connected as <name>. You can close this tab and go back to SKYBEAM Setup.", plus a note about
    /// permissions the user did not grant. `displayName` may be empty.
    static QString success(const QString &displayName, const QStringList &missingScopes);
    /// What went wrong and what to do, with TikTok's log ID when there is one.
    static QString failure(const Error &error);
    /// A callback whose `state` is missing or wrong (not from this sign-in attempt).
    static QString stateMismatch();
    /// A callback with neither a code nor an error.
    static QString incompleteCallback();
    /// A second callback after the first was accepted.
    static QString alreadyHandled();
    /// The exchange takes longer than the browser is kept waiting.
    static QString stillWorking();
    /// The sign-in was cancelled in SKYBEAM Setup.
    static QString cancelled();
    /// Answers for requests that are not the callback, by HTTP status (400, 404, 405, 431, 505).
    static QString forStatus(int status);

    /// The reason phrase of an HTTP status this receiver sends ("Not Found").
    static QByteArray reasonPhrase(int status);

private:
    enum class Tone { Success, Failure, Neutral };
    static QString render(Tone tone, const QString &title, const QStringList &paragraphs);
};

} // namespace Skybeam
