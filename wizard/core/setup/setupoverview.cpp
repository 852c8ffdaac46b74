#include "setup/setupoverview.h"

#include "credentials/refreshrejection.h"
#include "handoff/handoffpack.h"
#include "handoff/packreader.h"
#include "handoff/postedstatestore.h"

#include <QFile>

namespace Skybeam {

namespace {

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

SetupOverview SetupOverview::gather(const RoxyPaths &paths, CredentialFacts facts, const QDateTime &now)
{
    SetupOverview overview;
    if (!facts.rejectedGrant.isValid())
        facts.rejectedGrant = RefreshRejection::rejectedGrant(paths);
    overview.status = CredentialStatus::detect(CredentialFile(paths).read(), now, facts);
    overview.account = AccountRecord::read(paths);
    // The record is of the account last checked; a sign-in to another account makes it stale.
    const QString openId = overview.status.credentials().openId();
    if (!openId.isEmpty() && !overview.account.openId.isEmpty() && overview.account.openId != openId)
        overview.account = AccountRecord { QString(), openId, {} };
    else if (overview.account.openId.isEmpty())
        overview.account.openId = openId;
    overview.pendingPacks = unpostedPacks(paths);
    overview.reminders = ReminderSchedule::detect();
    return overview;
}

QStringList SetupOverview::unpostedPacks(const RoxyPaths &paths)
{
    QList<PackReader::Candidate> candidates;
    int errorNumber = 0;
    if (!PackReader::listCandidates(
            QFile::encodeName(paths.exportsDir()), PackReader::Stamps::Skip, &candidates, &errorNumber))
        return {};
    PostedStateStore posted(PostedStateStore::defaultFilePath(paths));
    posted.load();
    QStringList keys;
    for (const PackReader::Candidate &candidate : std::as_const(candidates)) {
        const QString key = HandoffPack::keyForName(candidate.name);
        if (!posted.isPosted(key))
            keys.append(key);
    }
    return keys;
}

QJsonObject SetupOverview::toJson() const
{
    return QJsonObject { { QLatin1String("state"), status.stateName() },
        { QLatin1String("account"), stringOrNull(account.displayName) },
        { QLatin1String("open_id"), stringOrNull(account.openId) },
        { QLatin1String("access_expires_at"), isoOrNull(status.accessExpiresAt()) },
        { QLatin1String("refresh_expires_at"), isoOrNull(status.refreshExpiresAt()) },
        { QLatin1String("authorized_at"), isoOrNull(status.authorizedAt()) },
        { QLatin1String("reauthorize_due_at"), isoOrNull(status.reauthorizeDueAt()) },
        { QLatin1String("handoff_pending"), int(pendingPacks.size()) },
        { QLatin1String("reminders"),
            QJsonObject { { QLatin1String("enabled"), reminders.enabled },
                { QLatin1String("mechanism"), ReminderSchedule::mechanismName(reminders.mechanism) } } } };
}

QStringList SetupOverview::textLines(const QString &keychain) const
{
    const QString unknown = tr("unknown");
    const auto time = [&unknown](const QDateTime &value) {
        return value.isValid() ? utcText(value) : unknown;
    };
    QStringList lines;
    lines << status.headline();
    lines << tr("State: %1").arg(status.stateName());
    if (status.credentials().hasAccessToken()) {
        const QString name = account.displayName.isEmpty() ? tr("(not checked yet)") : account.displayName;
        lines << tr("TikTok account: %1 (open_id %2)")
                     .arg(name, account.openId.isEmpty() ? unknown : account.openId);
        lines << tr("Access token expires: %1").arg(time(status.accessExpiresAt()));
        lines << tr("Refresh token expires: %1").arg(time(status.refreshExpiresAt()));
        lines << tr("Access granted: %1").arg(time(status.authorizedAt()));
        const QString reauthorize = status.reauthorizeText();
        if (!reauthorize.isEmpty())
            lines << reauthorize;
    }
    lines << tr("Credential file: %1").arg(status.displayPath());
    if (!keychain.isEmpty())
        lines << keychain;
    lines << ReminderSchedule::text(reminders);
    lines << tr("Handoff packs not marked posted: %1").arg(pendingPacks.size());
    return lines;
}

} // namespace Skybeam
