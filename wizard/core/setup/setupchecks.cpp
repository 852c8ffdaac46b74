#include "setup/setupchecks.h"

namespace Skybeam {

namespace {

CheckItem::Status passOrFail(bool ok)
{
    return ok ? CheckItem::Status::Pass : CheckItem::Status::Fail;
}

CheckItem::Status fromValidator(ValidationCheck::Status status)
{
    switch (status) {
    case ValidationCheck::Status::Pass:
        return CheckItem::Status::Pass;
    case ValidationCheck::Status::Fail:
        return CheckItem::Status::Fail;
    case ValidationCheck::Status::Warning:
        return CheckItem::Status::Warning;
    }
    return CheckItem::Status::Info;
}

QString idFor(ValidationCheck::Id id)
{
    switch (id) {
    case ValidationCheck::Id::FileMode:
        return QStringLiteral("fileMode");
    case ValidationCheck::Id::FileOwner:
        return QStringLiteral("fileOwner");
    case ValidationCheck::Id::AccessToken:
        return QStringLiteral("accessTokenValid");
    case ValidationCheck::Id::RefreshToken:
        return QStringLiteral("refreshTokenValid");
    case ValidationCheck::Id::UploadScope:
        return QStringLiteral("uploadScope");
    case ValidationCheck::Id::RecentAuthorization:
        return QStringLiteral("authorizedRecently");
    }
    return {};
}

} // namespace

QList<CheckItem> SetupChecks::runbookItems(const ValidationReport &report)
{
    const QString path = RoxyPaths::displayPath(report.read.path);
    QList<CheckItem> items;
    items.append({ QStringLiteral("fileExists"), passOrFail(report.read.exists()),
        report.read.exists() ? tr("The credential file exists") : tr("There is no credential file"), path });
    if (report.read.error.isError())
        items.append({ QStringLiteral("fileProblem"), CheckItem::Status::Fail, tr("The file cannot be used"),
            report.read.error.message() });
    items.append({ QStringLiteral("hasClientKey"), passOrFail(report.hasClientKey),
        report.hasClientKey ? tr("Client key saved") : tr("No client key"), {} });
    items.append({ QStringLiteral("hasClientSecret"), passOrFail(report.hasClientSecret),
        report.hasClientSecret ? tr("Client secret saved") : tr("No client secret"), {} });
    items.append({ QStringLiteral("hasAccessToken"), passOrFail(report.hasAccessToken),
        report.hasAccessToken ? tr("Access token saved") : tr("No access token"),
        report.hasAccessToken ? QString() : tr("Sign in with TikTok to get one.") });
    return items;
}

QList<CheckItem> SetupChecks::strictItems(const ValidationReport &report)
{
    QList<CheckItem> items;
    for (const ValidationCheck &check : report.checks) {
        QString title;
        switch (check.id) {
        case ValidationCheck::Id::FileMode:
            title = tr("File permissions");
            break;
        case ValidationCheck::Id::FileOwner:
            title = tr("Owner of the credential file");
            break;
        case ValidationCheck::Id::AccessToken:
            title = tr("Access token");
            break;
        case ValidationCheck::Id::RefreshToken:
            title = tr("Renewal (refresh token)");
            break;
        case ValidationCheck::Id::UploadScope:
            title = tr("Permission to upload videos");
            break;
        case ValidationCheck::Id::RecentAuthorization:
            title = tr("Authorized in the last 30 days");
            break;
        }
        items.append({ idFor(check.id), fromValidator(check.status), title, check.explanation });
    }
    if (!report.read.isUsable())
        return items;
    const TikTokCredentials &credentials = report.read.credentials;
    const QStringList scopes = credentials.scopes();
    items.append({ QStringLiteral("grantedScopes"), CheckItem::Status::Info, tr("Allowed scopes"),
        scopes.isEmpty() ? tr("None recorded.") : scopes.join(QStringLiteral(", ")) });
    if (credentials.hasClientKey()) {
        items.append({ QStringLiteral("environment"), CheckItem::Status::Info,
            credentials.isSandbox() ? tr("Sandbox app") : tr("Production app"),
            credentials.isSandbox()
                ? tr("Posts are visible only to you, and TikTok allows about 20 API calls a day.")
                : tr("Full API access once TikTok has approved the app.") });
    }
    return items;
}

QList<CheckItem> SetupChecks::pendingLiveItems()
{
    return { { QStringLiteral("account"), CheckItem::Status::Pending, tr("Asking TikTok who you are…"), {} },
        { QStringLiteral("posting"), CheckItem::Status::Pending, tr("Asking TikTok whether you can post…"),
            {} } };
}

QList<CheckItem> SetupChecks::liveItems(const LiveCheckResult &result)
{
    QList<CheckItem> items;
    if (result.hasUser()) {
        items.append({ QStringLiteral("account"), CheckItem::Status::Pass,
            tr("Connected as %1").arg(result.user.displayName), tr("TikTok accepted the access token.") });
    } else {
        items.append({ QStringLiteral("account"), CheckItem::Status::Fail,
            tr("TikTok did not accept the access"), result.userError.fullMessage() });
    }
    if (!result.creatorChecked) {
        items.append({ QStringLiteral("posting"), CheckItem::Status::Warning, tr("Posting not checked"),
            result.userError.code() == ErrorCode::Api::AccessTokenInvalid
                ? tr("The access token was not accepted, so posting could not be checked.")
                : tr("Posting (scope video.publish) was not allowed, so TikTok cannot be asked whether "
                     "this account can post.") });
    } else if (result.creatorError.isError()) {
        items.append({ QStringLiteral("posting"), CheckItem::Status::Fail,
            tr("This account cannot post right now"), result.creatorError.fullMessage() });
    } else if (result.isPrivateOnly()) {
        items.append({ QStringLiteral("posting"), CheckItem::Status::Warning, tr("Can post, privately only"),
            tr("TikTok offers only \"Only me\": the app is not reviewed yet, or the account is private. "
               "Posts stay private until TikTok approves the app.") });
    } else if (result.canPost()) {
        items.append({ QStringLiteral("posting"), CheckItem::Status::Pass, tr("Can post"),
            tr("Who can see the posts: %1.").arg(result.privacyLevelNames().join(QStringLiteral(", "))) });
    } else {
        items.append({ QStringLiteral("posting"), CheckItem::Status::Fail,
            tr("This account cannot post right now"), tr("TikTok offered no privacy level to post with.") });
    }
    return items;
}

QString SetupChecks::reportText(const ValidationReport &report, const LiveCheckResult *live)
{
    QString text = report.toText();
    if (live) {
        for (const QString &line : live->reportLines())
            text += QStringLiteral("  - %1\n").arg(line);
    }
    return text;
}

bool SetupChecks::canFixPermissions(const ValidationReport &report)
{
    for (const ValidationCheck &check : report.checks) {
        if (check.id == ValidationCheck::Id::FileMode && check.status == ValidationCheck::Status::Fail)
            return true;
    }
    return false;
}

} // namespace Skybeam
