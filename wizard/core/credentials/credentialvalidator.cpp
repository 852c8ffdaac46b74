#include "credentials/credentialvalidator.h"

#include "credentials/refreshrejection.h"
#include "setup/credentialstatus.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace Skybeam {

namespace {

constexpr QFileDevice::Permissions GroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

QString yesNo(bool value)
{
    return value ? QStringLiteral("Yes") : QStringLiteral("No");
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString statusName(ValidationCheck::Status status)
{
    switch (status) {
    case ValidationCheck::Status::Pass:
        return QStringLiteral("pass");
    case ValidationCheck::Status::Fail:
        return QStringLiteral("fail");
    case ValidationCheck::Status::Warning:
        return QStringLiteral("warning");
    }
    return {};
}

QString checkName(ValidationCheck::Id id)
{
    switch (id) {
    case ValidationCheck::Id::FileMode:
        return QStringLiteral("file_mode");
    case ValidationCheck::Id::FileOwner:
        return QStringLiteral("file_owner");
    case ValidationCheck::Id::AccessToken:
        return QStringLiteral("access_token_valid");
    case ValidationCheck::Id::RefreshToken:
        return QStringLiteral("refresh_token_valid");
    case ValidationCheck::Id::UploadScope:
        return QStringLiteral("scope_video_upload");
    case ValidationCheck::Id::RecentAuthorization:
        return QStringLiteral("authorized_recently");
    }
    return {};
}

ValidationCheck fileModeCheck(const QString &path)
{
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    const bool ok = !(permissions & GroupOrOther);
    const QString mode = QStringLiteral("%1").arg((permissions & QFileDevice::ReadOwner ? 0400 : 0)
            | (permissions & QFileDevice::WriteOwner ? 0200 : 0)
            | (permissions & QFileDevice::ExeOwner ? 0100 : 0)
            | (permissions & QFileDevice::ReadGroup ? 040 : 0)
            | (permissions & QFileDevice::WriteGroup ? 020 : 0)
            | (permissions & QFileDevice::ExeGroup ? 010 : 0)
            | (permissions & QFileDevice::ReadOther ? 04 : 0)
            | (permissions & QFileDevice::WriteOther ? 02 : 0)
            | (permissions & QFileDevice::ExeOther ? 01 : 0),
        4, 8, QLatin1Char('0'));
    ValidationCheck check { ValidationCheck::Id::FileMode,
        ok ? ValidationCheck::Status::Pass : ValidationCheck::Status::Fail, {},
        ok ? QStringLiteral("File mode 0600: Yes")
           : QStringLiteral("File mode 0600: No (%1; run chmod 600)").arg(mode),
        ok ? CredentialValidator::tr("Only you can read the credential file.")
           : CredentialValidator::tr("Other users on this computer can read the credential file "
                                     "(mode %1). Use Fix, or run chmod 600 on it.")
                 .arg(mode) };
    return check;
}

// `renewable`: renewing is the advice for an expired access token (the state says Renew, not Re-authorize).
ValidationCheck expiryCheck(ValidationCheck::Id id, const QString &what, bool present,
    const QDateTime &expiresAt, const QDateTime &now, bool renewable = false)
{
    ValidationCheck check { id, ValidationCheck::Status::Pass, expiresAt, {}, {} };
    const bool access = id == ValidationCheck::Id::AccessToken;
    if (!present) {
        check.status = ValidationCheck::Status::Fail;
        check.reportLine = QStringLiteral("%1 valid: No (missing)").arg(what);
        check.explanation = access
            ? CredentialValidator::tr("There is no access token. Sign in with TikTok again.")
            : CredentialValidator::tr("There is no refresh token, so the access token cannot be "
                                      "renewed. Sign in with TikTok again.");
    } else if (!expiresAt.isValid()) {
        check.status = ValidationCheck::Status::Warning;
        check.reportLine = QStringLiteral("%1 valid: Unknown (no expiry time stored)").arg(what);
        check.explanation
            = CredentialValidator::tr("The file does not say when this token expires. Saving it again "
                                      "with SKYBEAM Setup records the time.");
    } else if (expiresAt <= now) {
        check.status = ValidationCheck::Status::Fail;
        check.reportLine = QStringLiteral("%1 valid: No (expired %2)").arg(what, utcText(expiresAt));
        check.explanation = !access
            ? CredentialValidator::tr("The refresh token has expired. Sign in with TikTok again "
                                      "(Re-authorize).")
            : renewable
            ? CredentialValidator::tr("The access token has expired. Use Renew now; the publisher "
                                      "also renews it automatically.")
            : CredentialValidator::tr("The access token has expired. Re-authorize: sign in with TikTok "
                                      "again.");
    } else {
        check.reportLine = QStringLiteral("%1 valid: Yes (expires %2)").arg(what, utcText(expiresAt));
        check.explanation = CredentialValidator::tr("Valid until %1.")
                                .arg(QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat));
    }
    return check;
}

} // namespace

ValidationReport CredentialValidator::validate(const RoxyPaths &paths, Mode mode, const QDateTime &now)
{
    ValidationReport report;
    report.read = CredentialFile(paths).read();
    const TikTokCredentials &credentials = report.read.credentials;
    if (report.read.isUsable()) {
        report.hasClientKey = credentials.hasClientKey();
        report.hasClientSecret = credentials.hasClientSecret();
        report.hasAccessToken = credentials.hasAccessToken();
    }
    // The runbook's required fields are client_key and client_secret; access_token is recommended.
    report.passed = report.read.isUsable() && report.hasClientKey && report.hasClientSecret;

    if (mode == Mode::Strict && report.read.isUsable()) {
        // The one answer to "what now" decides the advice and the 30-day line; the lines keep their format.
        const CredentialStatus status = CredentialStatus::detect(
            report.read, now, CredentialFacts { false, RefreshRejection::rejectedGrant(paths) });
        report.checks.append(fileModeCheck(report.read.path));
        // Only shown when it fails, so that the report of a normal file stays as the runbook prints it.
        if (report.read.foreignOwner) {
            report.checks.append({ ValidationCheck::Id::FileOwner, ValidationCheck::Status::Fail, {},
                QStringLiteral("File owned by you: No (owner %1)").arg(report.read.owner),
                tr("The credential file belongs to another user (%1). Someone may have put it "
                   "there: its tokens are not used. Remove it and sign in with TikTok again.")
                    .arg(report.read.owner) });
        }
        report.checks.append(expiryCheck(ValidationCheck::Id::AccessToken, QStringLiteral("Access token"),
            credentials.hasAccessToken(), credentials.expiresAt(), now,
            status.recommendedPath() == SetupPath::Renew));
        report.checks.append(expiryCheck(ValidationCheck::Id::RefreshToken, QStringLiteral("Refresh token"),
            credentials.hasRefreshToken(), credentials.refreshExpiresAt(), now));
        const bool upload = credentials.hasScope(QStringLiteral("video.upload"));
        report.checks.append({ ValidationCheck::Id::UploadScope,
            upload ? ValidationCheck::Status::Pass : ValidationCheck::Status::Fail, {},
            QStringLiteral("Scopes include video.upload: %1").arg(yesNo(upload)),
            upload ? tr("The account allowed uploading videos.")
                   : tr("Uploading videos was not allowed (scope video.upload). The app may not be "
                        "approved for the Content Posting API yet, or the permission was unticked "
                        "in the browser.") });
        const QDateTime authorized = status.authorizedAt();
        const qint64 days = status.daysSinceAuthorization();
        ValidationCheck recent { ValidationCheck::Id::RecentAuthorization, ValidationCheck::Status::Pass,
            authorized, {}, {} };
        if (!authorized.isValid()) {
            recent.status = ValidationCheck::Status::Warning;
            recent.reportLine
                = QStringLiteral("Authorized within 30 days: Unknown (no authorization time stored)");
            recent.explanation = tr("The file does not say when TikTok access was granted.");
        } else if (now >= status.reauthorizeDueAt()) {
            recent.status = ValidationCheck::Status::Warning;
            recent.reportLine
                = QStringLiteral("Authorized within 30 days: No (warning: authorized %1, %2 days ago; "
                                 "re-authorize)")
                      .arg(utcText(authorized))
                      .arg(days);
            recent.explanation
                = tr("Access was granted %n day(s) ago. For security, re-authorize every 30 days: "
                     "overdue since %1.",
                    nullptr, static_cast<int>(days))
                      .arg(CredentialStatus::dateText(status.reauthorizeDueAt()));
        } else {
            recent.reportLine
                = QStringLiteral("Authorized within 30 days: Yes (authorized %1)").arg(utcText(authorized));
            recent.explanation
                = tr("Access was granted %n day(s) ago. Re-authorize by %1.", nullptr, static_cast<int>(days))
                      .arg(CredentialStatus::dateText(status.reauthorizeDueAt()));
        }
        report.checks.append(recent);
        for (const ValidationCheck &check : std::as_const(report.checks)) {
            if (check.status == ValidationCheck::Status::Fail)
                report.passed = false;
        }
    }
    return report;
}

QString ValidationReport::toText() const
{
    QString text;
    text += QStringLiteral("TikTok Credentials: %1\n")
                .arg(passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    if (read.exists())
        text += QStringLiteral("  - File exists: %1\n").arg(RoxyPaths::displayPath(read.path));
    else
        text += QStringLiteral("  - File exists: No (%1)\n").arg(RoxyPaths::displayPath(read.path));
    if (read.error.isError())
        text += QStringLiteral("  - Problem: %1\n").arg(read.error.message());
    text += QStringLiteral("  - Has client_key: %1\n").arg(yesNo(hasClientKey));
    text += QStringLiteral("  - Has client_secret: %1\n").arg(yesNo(hasClientSecret));
    text += QStringLiteral("  - Has access_token: %1\n").arg(yesNo(hasAccessToken));
    for (const ValidationCheck &check : checks)
        text += QStringLiteral("  - %1\n").arg(check.reportLine);
    if (!checks.isEmpty()) {
        for (const QString &warning : read.warnings)
            text += QStringLiteral("  - Warning: %1\n").arg(warning);
    }
    return text;
}

QJsonObject ValidationReport::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("status"), passed ? QLatin1String("PASS") : QLatin1String("FAIL"));
    object.insert(QLatin1String("file"), RoxyPaths::displayPath(read.path));
    object.insert(QLatin1String("file_exists"), read.exists());
    object.insert(QLatin1String("source"),
        read.source == CredentialReadResult::Source::Fallback      ? QLatin1String("fallback")
            : read.source == CredentialReadResult::Source::Primary ? QLatin1String("primary")
                                                                   : QLatin1String("none"));
    object.insert(QLatin1String("has_client_key"), hasClientKey);
    object.insert(QLatin1String("has_client_secret"), hasClientSecret);
    object.insert(QLatin1String("has_access_token"), hasAccessToken);
    if (read.error.isError()) {
        object.insert(QLatin1String("problem"),
            QJsonObject { { QLatin1String("code"), read.error.code() },
                { QLatin1String("message"), read.error.message() } });
    }
    QJsonArray warnings;
    for (const QString &warning : read.warnings)
        warnings.append(warning);
    object.insert(QLatin1String("warnings"), warnings);
    if (!checks.isEmpty()) {
        QJsonArray array;
        for (const ValidationCheck &check : checks) {
            QJsonObject item { { QLatin1String("id"), checkName(check.id) },
                { QLatin1String("status"), statusName(check.status) },
                { QLatin1String("line"), check.reportLine } };
            if (check.time.isValid())
                item.insert(QLatin1String("time"), check.time.toUTC().toString(Qt::ISODate));
            array.append(item);
        }
        object.insert(QLatin1String("checks"), array);
    }
    return QJsonObject { { QLatin1String("tiktok"), object } };
}

Error CredentialValidator::fixPermissions(const RoxyPaths &paths)
{
    const CredentialReadResult read = CredentialFile(paths).read();
    if (!read.exists())
        return Error(ErrorCode::Credentials::Missing, tr("There is no credential file to fix yet."));
    const QFileDevice::Permissions dirMode
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    const QFileDevice::Permissions fileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (QFileInfo(read.path).isSymLink()) {
        return Error(ErrorCode::Credentials::Symlink,
            tr("%1 is a symbolic link; its permissions are not changed through the link.")
                .arg(RoxyPaths::displayPath(read.path)));
    }
    if (!QFile::setPermissions(paths.credentialsDir(), dirMode)
        || !QFile::setPermissions(read.path, fileMode)) {
        return Error(ErrorCode::Credentials::CannotFix,
            tr("The permissions could not be changed. Run: chmod 700 %1 && chmod 600 %2")
                .arg(RoxyPaths::displayPath(paths.credentialsDir()), RoxyPaths::displayPath(read.path)));
    }
    return {};
}

} // namespace Skybeam
