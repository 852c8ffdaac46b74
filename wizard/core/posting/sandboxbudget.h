#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

class QJsonObject;

namespace Skybeam {

class RoxyPaths;

/// Counts the TikTok API calls a sandbox app makes per day (UTC) against the runbook's budget of 20, so
/// the operator is warned before spending them. Kept in `setup/tiktok-sandbox-calls.json` under the
/// SKYBEAM root: client keys and numbers, never secrets. Every change re-reads the file and writes it
/// back atomically. Not a QObject; small synchronous IO; use from one thread.
class SandboxBudget final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::SandboxBudget)

public:
    /// The runbook's daily budget for a sandbox app.
    static constexpr int DailyCalls = 20;

    explicit SandboxBudget(const QString &filePath);
    /// stateDir()/tiktok-sandbox-calls.json.
    static QString defaultFilePath(const RoxyPaths &paths);

    /// Replaces the clock (tests: the day boundary).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QString filePath() const { return m_filePath; }

    /// Calls counted today for `clientKey`.
    int usedToday(const QString &clientKey) const;
    int remainingToday(const QString &clientKey) const;
    bool wouldExceed(const QString &clientKey, int calls) const { return calls > remainingToday(clientKey); }
    /// Adds `calls` to today's count for `clientKey` and saves the file.
    Error record(const QString &clientKey, int calls);

    /// "Sandbox app: 5 of the 20 API calls a day used; this uses up to 8." (always shown for sandbox apps).
    QString summary(const QString &clientKey, int calls) const;
    /// The warning to show before spending `calls` when they would go over today's budget; empty otherwise.
    QString warning(const QString &clientKey, int calls) const;

private:
    QString today() const;
    int readCount(const QString &clientKey, QJsonObject *counts) const;

    QString m_filePath;
    std::function<QDateTime()> m_clock;
};

} // namespace Skybeam
