#pragma once

#include "common/error.h"
#include "oauth/loginflow.h"
#include "setup/reminderschedule.h"
#include "setup/setupchecks.h"
#include "setup/setuppath.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace Skybeam {

/// The setup wizard's decisions about moving on, so that an operator gets through with few actions and
/// every error page offers the way forward: whether the check page moves on by itself, what an error page
/// says and which recovery is its default button, what the Done page must tell about the account, and the
/// reminders choice. Pure functions (reminders: small synchronous file IO); thread-safe.
class SetupFlow final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::SetupFlow)

public:
    /// The way forward an error page offers first (its default button).
    enum class Recovery {
        /// Start the same step again.
        TryAgain,
        /// Back to the keys page with the secret selected: TikTok rejected the pair, or one is missing.
        FixKeys,
        /// Switch to the free-port redirect URI (the fixed port is held by another program).
        UseFreePort,
    };

    /// What the sign-in page says about a failed sign-in, and its way forward.
    struct SignInProblem
    {
        QString text;
        Recovery recovery = Recovery::TryAgain;
        /// The operator cancelled: information, not an error.
        bool cancelled = false;
    };

    /// The redirect URI "Use a free port instead" switches to: any free port, registered once.
    static QString freePortRedirectUri();
    /// The developer portal's page listing the operator's apps (where redirect URIs are registered).
    static QUrl portalAppsUrl();

    /// `error` from LoginFlow with the redirect URI the sign-in used.
    static SignInProblem signInProblem(const Error &error, const QString &redirectUri);
    /// Once the check page has TikTok's answer: move on to the Done page by itself when this run signed in
    /// or renewed (not when the operator chose only to check) and nothing in `items` is a problem or a
    /// warning the operator should read.
    static bool advancesAfterCheck(SetupPath path, const QList<CheckItem> &items);
    /// The sentence the Done page shows about the account a sign-in connected: a first account, or a
    /// different one than before, must be confirmed by the operator. Empty when there is nothing to say.
    static QString accountNotice(const LoginResult &login);

    /// The Done page's "Remind me when it is time to re-authorize": checked when reminders are on, and by
    /// default when they were never set up.
    static bool remindByDefault(const ReminderSchedule::State &current);
    /// Applies the operator's choice: turns the reminders on (`remind --enable`: the systemd user timer
    /// or the autostart entry running `binary remind`) or off, only when that changes something. Returns
    /// an empty string, or why it did not work.
    static QString applyReminderChoice(bool remind, const QString &binary);
};

} // namespace Skybeam
