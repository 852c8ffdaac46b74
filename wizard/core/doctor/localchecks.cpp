#include "doctor/localchecks.h"

#include "credentials/credentialfile.h"
#include "credentials/refreshrejection.h"
#include "handoff/packreader.h"
#include "handoff/postedstatestore.h"
#include "oauth/portholder.h"
#include "oauth/redirecturi.h"
#include "setup/credentialstatus.h"
#include "setup/rememberedsettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTcpServer>

#include <sys/stat.h>
#include <unistd.h>

namespace Skybeam {

namespace {

constexpr qint64 LowDiskBytes = qint64(1024) * 1024 * 1024;
constexpr int MaxPacksRead = 2000;

DoctorResult result(const char *id, const QString &title)
{
    DoctorResult result;
    result.id = QString::fromLatin1(id);
    result.title = title;
    result.status = DoctorResult::Status::Ok;
    return result;
}

struct PathFacts
{
    bool exists = false;
    bool isLink = false;
    uid_t owner = 0;
    mode_t mode = 0;
};

PathFacts factsOf(const QString &path)
{
    PathFacts facts;
    struct stat info
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return facts;
    facts.exists = true;
    facts.isLink = S_ISLNK(info.st_mode);
    facts.owner = info.st_uid;
    facts.mode = info.st_mode & 07777;
    return facts;
}

QString octal(mode_t mode)
{
    return QStringLiteral("%1").arg(uint(mode), 4, 8, QLatin1Char('0'));
}

bool portIsFree(const QHostAddress &address, quint16 port)
{
    QTcpServer server;
    if (server.listen(address, port))
        return true;
    // No IPv6 on this computer is not "in use".
    return server.serverError() != QAbstractSocket::AddressInUseError;
}

// The credentials folder is a link or belongs to another user: `r` says so and true is returned.
bool refuseFolder(DoctorResult &r, const PathFacts &folderFacts, const QString &folder, uid_t me)
{
    const QString shownFolder = RoxyPaths::displayPath(folder);
    if (folderFacts.isLink) {
        r.status = DoctorResult::Status::Problem;
        r.detail = LocalChecks::tr(
            "The folder %1 is a link to another place; the publisher's credentials must be in a real "
            "folder, so SKYBEAM Setup refuses to save there.")
                       .arg(shownFolder);
        r.fix = LocalChecks::tr(
            "Replace the link with a real folder (move the files into it), then run the check again.");
        return true;
    }
    if (folderFacts.exists && folderFacts.owner != me) {
        r.status = DoctorResult::Status::Problem;
        r.detail = LocalChecks::tr(
            "The folder %1 belongs to another user (user ID %2), so your credentials there are not "
            "private and SKYBEAM Setup refuses to save there.")
                       .arg(shownFolder)
                       .arg(folderFacts.owner);
        r.fix = LocalChecks::tr("Ask your administrator to give the folder back to you: sudo chown -R %1 %2")
                    .arg(qEnvironmentVariable("USER", QString::number(me)), folder);
        return true;
    }
    return false;
}

// The client key or secret is missing: `r` says which and true is returned.
bool refuseIncomplete(DoctorResult &r, const TikTokCredentials &credentials, const QString &shownFile)
{
    QStringList missing;
    if (!credentials.hasClientKey())
        missing.append(TikTokCredentials::ClientKey);
    if (!credentials.hasClientSecret())
        missing.append(TikTokCredentials::ClientSecret);
    if (missing.isEmpty())
        return false;
    r.status = DoctorResult::Status::Problem;
    r.detail = LocalChecks::tr("The credential file %1 lacks required fields: %2.")
                   .arg(shownFile, missing.join(QLatin1String(", ")));
    r.fix = LocalChecks::tr("Open the setup wizard and enter your app's client key and client secret again.");
    return true;
}

// A redirect problem the Fix button solves by switching to the wildcard redirect URI, which `fix` names as
// %1 and the page offers to copy.
DoctorResult wildcardRedirectProblem(DoctorResult r, const QString &detail, const QString &fix)
{
    r.status = DoctorResult::Status::Problem;
    r.detail = detail;
    r.fix = fix.arg(LocalChecks::wildcardRedirectUri());
    r.fixAction = DoctorResult::FixAction::UseWildcardRedirect;
    r.copyText = LocalChecks::wildcardRedirectUri();
    return r;
}

} // namespace

QStringList LocalChecks::neededScopes()
{
    return { QStringLiteral("user.info.basic"), QStringLiteral("video.upload"),
        QStringLiteral("video.publish") };
}

QString LocalChecks::redirectUriInUse(const RoxyPaths &paths)
{
    const QString remembered = RememberedSettings::read(paths).redirectUri;
    return remembered.isEmpty() ? RedirectUri::defaultUri() : remembered;
}

bool LocalChecks::useWildcardRedirect(const RoxyPaths &paths)
{
    RememberedSettings settings = RememberedSettings::read(paths);
    settings.redirectUri = wildcardRedirectUri();
    if (settings.scopes.isEmpty())
        settings.scopes = neededScopes();
    return RememberedSettings::write(paths, settings);
}

DoctorResult LocalChecks::credentialFile(const DoctorContext &context)
{
    DoctorResult r = result("credential-file", tr("Credential file"));
    const RoxyPaths &paths = context.paths;
    const QString folder = paths.credentialsDir();
    const QString shownFolder = RoxyPaths::displayPath(folder);
    const CredentialReadResult read = CredentialFile(paths).read();
    const QString shownFile = RoxyPaths::displayPath(read.path);
    const uid_t me = ::getuid();

    const PathFacts folderFacts = factsOf(folder);
    if (refuseFolder(r, folderFacts, folder, me))
        return r;
    if (!read.exists()) {
        r.status = DoctorResult::Status::Problem;
        r.detail = tr("No credential file was found: neither %1 nor %2 exists.")
                       .arg(RoxyPaths::displayPath(paths.primaryCredentialFile()),
                           RoxyPaths::displayPath(paths.fallbackCredentialFile()));
        r.fix = tr("Open the setup wizard (skybeam-setup) and choose Set up TikTok.");
        return r;
    }
    const PathFacts fileFacts = factsOf(read.path);
    if (fileFacts.isLink) {
        r.status = DoctorResult::Status::Problem;
        r.detail = tr("The credential file %1 is a link to another file; SKYBEAM Setup refuses to write "
                      "through links.")
                       .arg(shownFile);
        r.fix = tr("Replace the link with the file itself, then run the check again.");
        return r;
    }
    if (fileFacts.owner != me) {
        r.status = DoctorResult::Status::Problem;
        r.detail = tr("The credential file %1 belongs to another user (user ID %2).")
                       .arg(shownFile)
                       .arg(fileFacts.owner);
        r.fix = tr("Ask your administrator to give the file back to you: sudo chown %1 %2")
                    .arg(qEnvironmentVariable("USER", QString::number(me)), read.path);
        return r;
    }
    if (!read.isUsable()) {
        r.status = DoctorResult::Status::Problem;
        r.detail = QStringLiteral("%1 (%2)").arg(read.error.message(), shownFile);
        r.fix = tr("Open the setup wizard and set up TikTok again; the old file is kept as a backup.");
        return r;
    }
    if (refuseIncomplete(r, read.credentials, shownFile))
        return r;
    const bool fileOpen = (fileFacts.mode & 0077) != 0;
    const bool folderOpen = folderFacts.exists && (folderFacts.mode & 0077) != 0;
    if (fileOpen || folderOpen) {
        r.status = DoctorResult::Status::Problem;
        r.detail = fileOpen
            ? tr("Other users of this computer can read the credential file %1 (permissions %2, "
                 "should be 0600).")
                  .arg(shownFile, octal(fileFacts.mode))
            : tr("Other users of this computer can open the folder %1 (permissions %2, should be "
                 "0700).")
                  .arg(shownFolder, octal(folderFacts.mode));
        r.fix = tr("Choose Fix to make them private, or run: chmod 700 %1 && chmod 600 %2")
                    .arg(folder, read.path);
        r.fixAction = DoctorResult::FixAction::FixPermissions;
        return r;
    }
    r.detail = read.source == CredentialReadResult::Source::Fallback
        ? tr("Found %1 (the older file name, read because tiktok_oauth.json is absent); it is complete and "
             "only you can read it.")
              .arg(shownFile)
        : tr("Found %1; it is complete and only you can read it.").arg(shownFile);
    return r;
}

DoctorResult LocalChecks::tokens(const DoctorContext &context)
{
    DoctorResult r = result("tokens", tr("TikTok access"));
    const CredentialReadResult read = CredentialFile(context.paths).read();
    if (!read.isUsable()) {
        r.status = DoctorResult::Status::Skipped;
        r.detail = tr("There is no usable credential file to read the access from.");
        return r;
    }
    // The one 30-day rule (CredentialStatus), with a refresh TikTok already refused, like `status`.
    const CredentialStatus status = CredentialStatus::detect(
        read, context.clock(), CredentialFacts { false, RefreshRejection::rejectedGrant(context.paths) });
    QStringList details { status.headline(), status.details() };
    switch (status.state()) {
    case CredentialStatus::State::Connected:
        break;
    case CredentialStatus::State::Renewable:
        r.status = DoctorResult::Status::Warning;
        r.fix = tr("Run: skybeam-setup refresh (or choose Renew in the wizard).");
        break;
    case CredentialStatus::State::DueSoon:
    case CredentialStatus::State::Overdue:
        r.status = DoctorResult::Status::Warning;
        r.fix = tr("Open the wizard and choose Re-authorize.");
        break;
    case CredentialStatus::State::NotAuthorized:
    case CredentialStatus::State::ReauthorizeNeeded:
    case CredentialStatus::State::NotSetUp:
    case CredentialStatus::State::Broken:
        r.status = DoctorResult::Status::Problem;
        r.fix = tr("Open the wizard and choose Re-authorize.");
        break;
    }

    const TikTokCredentials &credentials = read.credentials;
    if (credentials.hasAccessToken()) {
        QStringList missing;
        for (const QString &scope : neededScopes()) {
            if (!credentials.hasScope(scope))
                missing.append(scope);
        }
        if (credentials.scope().isEmpty()) {
            if (r.status == DoctorResult::Status::Ok)
                r.status = DoctorResult::Status::Warning;
            details.append(tr("The file does not say which permissions (scopes) TikTok granted."));
            if (r.fix.isEmpty())
                r.fix
                    = tr("Open the wizard and choose Re-authorize, so the granted permissions are recorded.");
        } else if (!missing.isEmpty()) {
            r.status = DoctorResult::Status::Problem;
            details.append(tr("TikTok did not grant the permissions %1, which the publisher needs.")
                               .arg(missing.join(QLatin1String(", "))));
            r.fix
                = tr("In the TikTok developer portal, open your app, add the product that provides %1 (Login "
                     "Kit for user.info.basic, Content Posting API for video.upload and video.publish), tick "
                     "the scope under Scopes, save, then re-authorize in the wizard and leave every "
                     "permission ticked.")
                      .arg(missing.join(QLatin1String(", ")));
        } else {
            details.append(
                tr("All needed permissions are granted (%1).").arg(neededScopes().join(QLatin1String(", "))));
        }
    }
    r.detail = details.join(QLatin1Char(' ')).simplified();
    return r;
}

DoctorResult LocalChecks::redirect(const DoctorContext &context)
{
    DoctorResult r = result("redirect", tr("Redirect URI and port"));
    const QString inUse = redirectUriInUse(context.paths);
    const Expected<RedirectUri> parsed = RedirectUri::parse(inUse);
    if (!parsed) {
        return wildcardRedirectProblem(r,
            tr("The remembered redirect URI %1 cannot be used: %2").arg(inUse, parsed.error().message()),
            tr("Register %1 in the TikTok developer portal (Login Kit, Redirect URI) and choose Fix to use "
               "it."));
    }
    const RedirectUri &uri = parsed.value();
    const QString which = inUse == RedirectUri::defaultUri()
        ? tr("The redirect URI is %1 (the default).").arg(inUse)
        : tr("The redirect URI is %1 (the default is %2).").arg(inUse, RedirectUri::defaultUri());
    if (uri.hasWildcardPort()) {
        r.detail = tr("%1 A free port is chosen at each sign-in.").arg(which);
        return r;
    }
    bool free = portIsFree(QHostAddress::LocalHost, uri.port());
    if (free && uri.isLocalhostName())
        free = portIsFree(QHostAddress::LocalHostIPv6, uri.port());
    if (free) {
        r.detail = tr("%1 Port %2 is free for the sign-in.").arg(which).arg(uri.port());
        return r;
    }
    const QString holder = PortHolder::describe(uri.port());
    return wildcardRedirectProblem(r,
        holder.isEmpty()
            ? tr("%1 Another program is using port %2, so TikTok cannot send the browser back after sign-in.")
                  .arg(which)
                  .arg(uri.port())
            : tr("%1 Port %2 is in use by %3, so TikTok cannot send the browser back after sign-in.")
                  .arg(which)
                  .arg(uri.port())
                  .arg(holder),
        tr("Stop that program, or register %1 as a redirect URI in the TikTok developer portal (Login Kit) "
           "and choose Fix to use a free port from now on."));
}

DoctorResult LocalChecks::localhost(const DoctorContext &context)
{
    DoctorResult r = result("localhost", tr("The name localhost"));
    const QList<QHostAddress> addresses = context.resolve(QStringLiteral("localhost"));
    QStringList loopback;
    QStringList elsewhere;
    for (const QHostAddress &address : addresses)
        (address.isLoopback() ? loopback : elsewhere).append(address.toString());
    const QString hostsFix
        = tr("Ask your administrator to put these lines in /etc/hosts: \"127.0.0.1 localhost\" "
             "and \"::1 localhost\".");
    if (addresses.isEmpty()) {
        r.status = DoctorResult::Status::Problem;
        r.detail
            = tr("The name localhost does not lead anywhere on this computer, so the browser cannot come "
                 "back to SKYBEAM Setup after signing in.");
        r.fix = hostsFix;
    } else if (!elsewhere.isEmpty()) {
        r.status = DoctorResult::Status::Problem;
        r.detail
            = tr("The name localhost leads to %1, which is not this computer, so the sign-in cannot finish.")
                  .arg(elsewhere.join(QLatin1String(", ")));
        r.fix = hostsFix;
    } else {
        r.detail
            = tr("The name localhost leads to this computer (%1).").arg(loopback.join(QLatin1String(", ")));
    }
    return r;
}

DoctorResult LocalChecks::browser(const DoctorContext &context)
{
    DoctorResult r = result("browser", tr("Web browser"));
    const QStringList path
        = context.environment.value(QStringLiteral("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QString variable = context.environment.value(QStringLiteral("BROWSER"));
    if (!variable.isEmpty()) {
        const QString program = variable.split(QLatin1Char(':')).first().split(QLatin1Char(' ')).first();
        const bool found = QFileInfo(program).isAbsolute()
            ? QFileInfo(program).isExecutable()
            : !QStandardPaths::findExecutable(program, path).isEmpty();
        if (found) {
            r.detail = tr("Links open with %1 (set by the BROWSER variable).").arg(program);
            return r;
        }
        r.status = DoctorResult::Status::Problem;
        r.detail = tr("The BROWSER variable names %1, but no such program is installed.").arg(program);
        r.fix
            = tr("Correct or remove the BROWSER variable, or copy the sign-in link into a browser yourself.");
        return r;
    }
    const QString xdgOpen = QStandardPaths::findExecutable(QStringLiteral("xdg-open"), path);
    if (xdgOpen.isEmpty()) {
        r.status = DoctorResult::Status::Problem;
        r.detail
            = tr("SKYBEAM Setup cannot open a browser: xdg-open is not installed and BROWSER is not set.");
        r.fix
            = tr("Install xdg-utils (sudo apt install xdg-utils) or set BROWSER; until then copy the sign-in "
                 "link into a browser yourself.");
        return r;
    }
    QString browser;
    const QString settings = QStandardPaths::findExecutable(QStringLiteral("xdg-settings"), path);
    if (!settings.isEmpty()) {
        QProcess process;
        process.setProcessEnvironment(context.environment);
        process.start(settings, { QStringLiteral("get"), QStringLiteral("default-web-browser") });
        if (process.waitForFinished(3000) && process.exitCode() == 0)
            browser = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
        else {
            process.kill();
            process.waitForFinished(1000);
        }
    }
    if (browser.isEmpty()) {
        r.status = DoctorResult::Status::Warning;
        r.detail = tr("No default web browser is set, so opening the sign-in page may fail.");
        r.fix
            = tr("Choose a default browser in your desktop's settings, or run for example: xdg-settings set "
                 "default-web-browser firefox-esr.desktop");
        return r;
    }
    r.detail = tr("Links open in the default browser (%1).").arg(browser);
    return r;
}

DoctorResult LocalChecks::appKind(const DoctorContext &context)
{
    DoctorResult r = result("app-kind", tr("Sandbox or production app"));
    const CredentialReadResult read = CredentialFile(context.paths).read();
    if (!read.isUsable() || !read.credentials.hasClientKey()) {
        r.status = DoctorResult::Status::Skipped;
        r.detail = tr("No client key is stored.");
        return r;
    }
    if (read.credentials.isSandbox()) {
        r.status = DoctorResult::Status::Warning;
        r.detail
            = tr("The client key belongs to a sandbox app: posts are visible only to you, at most 10 test "
                 "accounts can sign in, and TikTok allows about 20 API calls a day.");
        r.fix = tr(
            "To post publicly, create the production app in the TikTok developer portal, have it audited, "
            "and set up SKYBEAM with its keys.");
        return r;
    }
    r.detail = tr("The client key belongs to a production app: it can post for any account that signs in, "
                  "publicly once TikTok has audited the app.");
    return r;
}

DoctorResult LocalChecks::exports(const DoctorContext &context)
{
    DoctorResult r = result("exports", tr("Export folder and disk space"));
    const QString folder = context.paths.exportsDir();
    const QString shown = RoxyPaths::displayPath(folder);
    QStringList details;
    const QFileInfo info(folder);
    if (!info.exists()) {
        r.status = DoctorResult::Status::Warning;
        details.append(
            tr("The publisher's export folder %1 does not exist yet, so there are no packs to post.")
                .arg(shown));
        r.fix = tr("Check that the publisher exports to this SKYBEAM folder (ROXY_HOME or --roxy-home).");
    } else if (!info.isDir() || !info.isReadable() || !info.isExecutable()) {
        r.status = DoctorResult::Status::Problem;
        details.append(tr("The export folder %1 cannot be read.").arg(shown));
        r.fix = tr("Make the folder readable for you: chmod u+rx %1").arg(folder);
    } else {
        QList<PackReader::Candidate> candidates;
        int errorNumber = 0;
        const QByteArray nativeFolder = QFile::encodeName(folder);
        PackReader::listCandidates(nativeFolder, PackReader::Stamps::Skip, &candidates, &errorNumber);
        PostedStateStore posted(PostedStateStore::defaultFilePath(context.paths));
        posted.load();
        const QList<PackReader::FolderId> forbidden = PackReader::folderChain(nativeFolder);
        int waiting = 0;
        QStringList broken;
        for (qsizetype i = 0; i < candidates.size() && i < MaxPacksRead; ++i) {
            const HandoffPack pack = PackReader::read(
                nativeFolder, candidates.at(i).name, forbidden, PackReader::Detail::Summary);
            if (pack.health == HandoffPack::Health::Broken)
                broken.append(pack.name);
            else if (!posted.isPosted(pack.key))
                ++waiting;
        }
        if (candidates.isEmpty()) {
            details.append(tr("The export folder %1 is empty: no packs are waiting.").arg(shown));
        } else {
            details.append(tr("%n pack(s) waiting to be posted in %1.", nullptr, waiting).arg(shown));
        }
        if (!broken.isEmpty()) {
            r.status = DoctorResult::Status::Warning;
            details.append(
                tr("%n pack(s) cannot be posted because they are damaged: %1.", nullptr, int(broken.size()))
                    .arg(broken.mid(0, 5).join(QLatin1String(", "))));
            r.fix = tr("Open the handoff packs (skybeam-setup packs) to see what is wrong with each, and "
                       "export them "
                       "again from the publisher.");
        }
    }
    QString existing = context.paths.root();
    while (!QFileInfo::exists(existing) && existing != QDir::rootPath())
        existing = QFileInfo(existing).absolutePath();
    const QStorageInfo storage(existing);
    if (storage.isValid() && storage.bytesAvailable() >= 0) {
        const double gigabytes = double(storage.bytesAvailable()) / (1024.0 * 1024.0 * 1024.0);
        if (storage.bytesAvailable() < LowDiskBytes) {
            if (r.status == DoctorResult::Status::Ok)
                r.status = DoctorResult::Status::Warning;
            details.append(
                tr("Only %1 GB are free on the disk of %2; the publisher needs room for new videos.")
                    .arg(gigabytes, 0, 'f', 2)
                    .arg(RoxyPaths::displayPath(context.paths.root())));
            if (r.fix.isEmpty())
                r.fix = tr("Free some disk space, for example by removing packs that were already posted.");
        } else {
            details.append(tr("%1 GB free.").arg(gigabytes, 0, 'f', 1));
        }
    }
    r.detail = details.join(QLatin1Char(' '));
    return r;
}

} // namespace Skybeam
