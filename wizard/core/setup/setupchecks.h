#pragma once

#include "credentials/credentialvalidator.h"
#include "setup/livecheck.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Skybeam {

/// One line of the Validation page's checklist, in the operator's words.
struct CheckItem
{
    enum class Status { Pass, Fail, Warning, Pending, Info };
    /// Stable identifier (also used for the widgets' object names), e.g. "fileMode".
    QString id;
    Status status = Status::Info;
    QString title;
    QString explanation;
};

/// Turns the validator's report and TikTok's live answers into the checklist the Validation page shows
/// and the text it copies: the runbook's four checks, the strict checks (permissions, expiries, scopes,
/// 30 days), sandbox or production, the account and whether it can post. Pure functions; thread-safe.
class SetupChecks final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::SetupChecks)

public:
    /// The runbook's Step 6: file exists, client key, client secret, access token (and a read problem).
    static QList<CheckItem> runbookItems(const ValidationReport &report);
    /// File permissions, token expiry, renewal expiry, upload scope, 30 days, granted scopes, environment.
    static QList<CheckItem> strictItems(const ValidationReport &report);
    /// The live rows while TikTok has not answered yet.
    static QList<CheckItem> pendingLiveItems();
    static QList<CheckItem> liveItems(const LiveCheckResult &result);
    /// The validator's report followed by the live lines (when `live` is given), for Copy report.
    static QString reportText(const ValidationReport &report, const LiveCheckResult *live);
    /// True when the file-mode check failed, so Fix can help.
    static bool canFixPermissions(const ValidationReport &report);
};

} // namespace Skybeam
