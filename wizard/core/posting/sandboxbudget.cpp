#include "posting/sandboxbudget.h"

#include "common/privatefiles.h"
#include "common/roxypaths.h"
#include "posting/postinglog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace Skybeam {

namespace {

constexpr qint64 MaxFileBytes = 64 * 1024;

} // namespace

SandboxBudget::SandboxBudget(const QString &filePath)
    : m_filePath(filePath)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

QString SandboxBudget::defaultFilePath(const RoxyPaths &paths)
{
    return paths.stateDir() + QStringLiteral("/tiktok-sandbox-calls.json");
}

QString SandboxBudget::today() const
{
    return m_clock().toUTC().date().toString(Qt::ISODate);
}

int SandboxBudget::readCount(const QString &clientKey, QJsonObject *counts) const
{
    *counts = QJsonObject();
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileBytes)
        return 0;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QLatin1String("day")).toString() != today())
        return 0; // a new day: the budget starts again
    *counts = root.value(QLatin1String("calls")).toObject();
    return std::max(0, counts->value(clientKey).toInt());
}

int SandboxBudget::usedToday(const QString &clientKey) const
{
    QJsonObject counts;
    return readCount(clientKey, &counts);
}

int SandboxBudget::remainingToday(const QString &clientKey) const
{
    return std::max(0, DailyCalls - usedToday(clientKey));
}

Error SandboxBudget::record(const QString &clientKey, int calls)
{
    if (calls <= 0)
        return {};
    QJsonObject counts;
    const int used = readCount(clientKey, &counts);
    counts.insert(clientKey, used + calls);
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("day"), today());
    root.insert(QStringLiteral("calls"), counts);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);

    const QString folder = QFileInfo(m_filePath).absolutePath();
    QSaveFile file(m_filePath);
    if (!PrivateFiles::ensureFolder(folder) || !PrivateFiles::openForWriting(file)
        || !PrivateFiles::restrict(file) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcPosting) << "could not save the sandbox call count:" << file.errorString();
        //: %1 is a file path.
        return Error(ErrorCode::Posting::BudgetUnwritable,
            tr("The count of today's sandbox API calls (%1) cannot be saved.")
                .arg(RoxyPaths::displayPath(m_filePath)));
    }
    return {};
}

QString SandboxBudget::summary(const QString &clientKey, int calls) const
{
    //: %1 calls used of %2 (20) a day; %3 calls this step may use.
    return tr("Sandbox app: %1 of the %2 API calls a day used so far; this uses up to %3.")
        .arg(usedToday(clientKey))
        .arg(DailyCalls)
        .arg(calls);
}

QString SandboxBudget::warning(const QString &clientKey, int calls) const
{
    if (!wouldExceed(clientKey, calls))
        return {};
    const int remaining = remainingToday(clientKey);
    //: %1 is the number of calls left today, %2 the number this step may use, %3 the daily budget (20).
    return tr("Sandbox apps get about %3 API calls a day, and only %1 are left today; this may use up to %2. "
              "TikTok may refuse the rest with \"Rate limit exceeded\" until tomorrow (UTC).")
        .arg(remaining)
        .arg(calls)
        .arg(DailyCalls);
}

} // namespace Skybeam
