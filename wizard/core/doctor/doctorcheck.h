#pragma once

#include "common/roxypaths.h"
#include "oauth/tiktokendpoints.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

#include <functional>

namespace Skybeam {

/// The outcome of one doctor check, in the operator's words. A value type.
struct DoctorResult
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::DoctorResult)

public:
    enum class Status { Ok, Warning, Problem, Skipped };
    /// What the product can do about a problem by itself (a Fix button).
    enum class FixAction { None, FixPermissions, UseWildcardRedirect };

    /// Stable id (documented in the README): "credential-file", "tokens", "redirect", "localhost",
    /// "keychain", "browser", "network", "account", "app-kind", "exports".
    QString id;
    Status status = Status::Skipped;
    QString title;
    /// One plain sentence (or two) on what was found. Never a secret, token or code.
    QString detail;
    /// The next step; empty when there is nothing to do.
    QString fix;
    FixAction fixAction = FixAction::None;
    /// Text the page offers to copy with the fix (e.g. the redirect URI to register); may be empty.
    QString copyText;

    /// "ok", "warning", "problem", "skipped" (the JSON's values; stable, never translated).
    static QString statusName(Status status);
    QJsonObject toJson() const;
};

/// Everything the checks read from the outside world, so tests can replace each part. A value type.
struct DoctorContext
{
    RoxyPaths paths = RoxyPaths::resolve();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    /// The current time (UTC).
    std::function<QDateTime()> clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    /// Resolves a host name synchronously (default: QHostInfo::fromName()).
    std::function<QList<QHostAddress>(const QString &)> resolver;
    /// Where TikTok lives (the environment's override or TikTok's hosts).
    TikTokEndpoints endpoints;
    /// How long the keychain may take to answer.
    int keychainTimeoutMs = 5000;
    /// How long each network step may take.
    int networkTimeoutMs = 10000;

    /// The context of this computer: the default seams, `paths`, the endpoints from the environment.
    static DoctorContext system(const RoxyPaths &paths);
    QList<QHostAddress> resolve(const QString &host) const;
};

} // namespace Skybeam
