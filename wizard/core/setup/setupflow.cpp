#include "setup/setupflow.h"

#include "oauth/redirecturi.h"

namespace Skybeam {

QString SetupFlow::freePortRedirectUri()
{
    return QStringLiteral("http://127.0.0.1:*/callback/");
}

QUrl SetupFlow::portalAppsUrl()
{
    return QUrl(QStringLiteral("https://developers.tiktok.com/apps/"));
}

SetupFlow::SignInProblem SetupFlow::signInProblem(const Error &error, const QString &redirectUri)
{
    SignInProblem problem;
    problem.text = error.fullMessage();
    const QString &code = error.code();
    if (code == ErrorCode::OAuth::Cancelled) {
        problem.cancelled = true;
    } else if (code == ErrorCode::OAuth::InvalidClient || code == ErrorCode::OAuth::MissingClientKey
        || code == ErrorCode::OAuth::MissingClientSecret || code == ErrorCode::OAuth::ClientKeyWhitespace
        || code == ErrorCode::OAuth::ClientSecretWhitespace) {
        problem.recovery = Recovery::FixKeys;
    } else if (code == ErrorCode::OAuth::PortInUse) {
        const Expected<RedirectUri> redirect = RedirectUri::parse(redirectUri);
        const int port = redirect ? redirect->port() : 0;
        // LoopbackReceiver names the program holding the port in the detail (empty when unknown).
        const QString &program = error.detail();
        problem.recovery = Recovery::UseFreePort;
        problem.text = program.isEmpty()
            //: %1 is a port number.
            ? tr(
                "Another program is using the address SKYBEAM needs to receive TikTok's answer (port %1 on "
                "this computer). Close that program and choose Try again, or choose Use a free port instead.")
                  .arg(port)
            //: %1 is a program's name, e.g. "python3"; %2 a port number.
            : tr("Another program, %1, is using the address SKYBEAM needs to receive TikTok's answer (port "
                 "%2 on "
                 "this computer). Close %1 and choose Try again, or choose Use a free port instead.")
                  .arg(program)
                  .arg(port);
    }
    return problem;
}

bool SetupFlow::advancesAfterCheck(SetupPath path, const QList<CheckItem> &items)
{
    if (path == SetupPath::Check)
        return false;
    for (const CheckItem &item : items) {
        if (item.status == CheckItem::Status::Fail || item.status == CheckItem::Status::Warning
            || item.status == CheckItem::Status::Pending)
            return false;
    }
    return !items.isEmpty();
}

QString SetupFlow::accountNotice(const LoginResult &login)
{
    if (!login.isSuccess())
        return {};
    const QString who = login.displayName.isEmpty() ? login.openId : login.displayName;
    if (login.accountChanged)
        //: %1 is the TikTok account's display name.
        return tr(
            "This is a different TikTok account than before: the publisher will post to %1 from now on. If "
            "that is not the right account, sign out of TikTok in your browser and re-authorize.")
            .arg(who);
    if (login.firstLogin)
        //: %1 is the TikTok account's display name.
        return tr(
            "Check the account: the publisher will post to %1. If that is not your account, sign out of "
            "TikTok in your browser and re-authorize.")
            .arg(who);
    return {};
}

bool SetupFlow::remindByDefault(const ReminderSchedule::State &current)
{
    return current.enabled || current.mechanism == ReminderSchedule::Mechanism::None;
}

QString SetupFlow::applyReminderChoice(bool remind, const QString &binary)
{
    const ReminderSchedule::State current = ReminderSchedule::detect();
    QString error;
    if (remind && !current.enabled) {
        if (!ReminderSchedule::enable(binary, &error).enabled && error.isEmpty())
            error = tr("The reminders could not be turned on.");
        return error;
    }
    if (!remind && current.mechanism != ReminderSchedule::Mechanism::None) {
        if (!ReminderSchedule::disable(&error) && error.isEmpty())
            error = tr("The reminders could not be turned off.");
    }
    return error;
}

} // namespace Skybeam
