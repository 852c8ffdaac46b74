#pragma once

#include "common/error.h"
#include "common/roxypaths.h"
#include "credentials/credentialfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace Skybeam {

/// One extra (strict) check of the credential file.
struct ValidationCheck
{
    enum class Id { FileMode, FileOwner, AccessToken, RefreshToken, UploadScope, RecentAuthorization };
    enum class Status { Pass, Fail, Warning };
    Id id;
    Status status;
    /// When the check concerns a time (expiry, authorization), that time; otherwise invalid.
    QDateTime time;
    /// The runbook-style report line without the leading "  - " (English: the report is a contract).
    QString reportLine;
    /// Plain-language explanation for the operator, translated.
    QString explanation;
};

/// The result of validating the TikTok credential file, as the runbook's validator reports it.
struct ValidationReport
{
    CredentialReadResult read;
    bool passed = false;
    bool hasClientKey = false;
    bool hasClientSecret = false;
    bool hasAccessToken = false;
    /// Filled only in strict mode.
    QList<ValidationCheck> checks;

    /// Exactly the runbook's report ("TikTok Credentials: PASS" …), plus strict lines when checked.
    /// Lines end with '\n'.
    QString toText() const;
    QJsonObject toJson() const;
};

/// Performs the checks of `validate_credentials.py --tiktok` (the runbook's Step 6) and, in strict mode,
/// the extra checks (file mode 0600, token expiry, refresh expiry, video.upload scope, 30-day
/// re-authorization). Reads only; synchronous (the file is tiny).
class CredentialValidator final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::CredentialValidator)

public:
    enum class Mode { Runbook, Strict };

    static ValidationReport validate(
        const RoxyPaths &paths, Mode mode, const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// Restricts the credential file to 0600 and its folder to 0700 (the "Fix" of the validation page).
    static Error fixPermissions(const RoxyPaths &paths);
};

} // namespace Skybeam
