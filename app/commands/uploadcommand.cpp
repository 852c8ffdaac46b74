// skybeam-setup upload PACK: sends a handoff pack's video to TikTok through the Content Posting API, as
// an inbox draft (the default) or a direct post, without a display. Progress goes to stderr, the outcome
// to stdout; the exit code is 0 only when TikTok confirmed.
#include "commandline.h"
#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "common/errorcodes.h"
#include "credentials/keychainsecretstore.h"
#include "handoff/packreader.h"
#include "posting/postingerrors.h"
#include "posting/postingsession.h"
#include "posting/postrules.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>

#include <optional>

namespace Skybeam::Cli {

/// The translation context of the upload command's messages.
class UploadCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::Cli::UploadCommand)
};

namespace {

/// The pack named on the command line: a folder path, or a pack's name in the exports folder.
bool locatePack(const QString &argument, const RoxyPaths &paths, QString *exportsDir, QString *name)
{
    const QFileInfo direct(argument);
    if (direct.isDir()) {
        const QString absolute = QDir::cleanPath(direct.absoluteFilePath());
        *exportsDir = QFileInfo(absolute).path();
        *name = QFileInfo(absolute).fileName();
        return !name->isEmpty();
    }
    const QFileInfo inExports(QDir(paths.exportsDir()).filePath(argument));
    if (!argument.contains(QLatin1Char('/')) && inExports.isDir()) {
        *exportsDir = paths.exportsDir();
        *name = argument;
        return true;
    }
    return false;
}

/// Shows a PostingSession on the terminal: progress on stderr, the outcome on stdout.
class UploadView final : public QObject
{
    Q_DISABLE_COPY_MOVE(UploadView)

public:
    UploadView(const RoxyPaths &paths, const TikTokEndpoints &endpoints)
        : m_session(paths, endpoints, &m_network, &m_keychain)
    {
        m_keychain.setTimeout(KeychainSecretStore::CommandTimeoutMs);
        connect(&m_session, &PostingSession::notice, this, [](const QString &text) { printErr(text); });
        connect(&m_session, &PostingSession::phaseChanged, this, &UploadView::onPhase);
        connect(&m_session, &PostingSession::progress, this, &UploadView::onProgress);
        connect(&m_session, &PostingSession::statusChanged, this,
            [](const PublishStatus &status) { printErr(status.text()); });
        connect(&m_session, &PostingSession::finished, this, &UploadView::onFinished);
    }

    void start(const PostingRequest &request)
    {
        m_mode = request.options.mode;
        m_session.start(request);
    }

private:
    void onPhase(PostingSession::Phase phase)
    {
        switch (phase) {
        case PostingSession::Phase::Initializing:
            printErr(m_mode == PostMode::Direct
                    ? UploadCommand::tr("Asking TikTok to start a direct post…")
                    : UploadCommand::tr("Asking TikTok to start an upload to the inbox…"));
            break;
        case PostingSession::Phase::WaitingForRateLimit:
            printErr(UploadCommand::tr("Waiting for TikTok's rate limit (6 uploads a minute)…"));
            break;
        case PostingSession::Phase::Uploading:
            m_progressClock.invalidate();
            break;
        case PostingSession::Phase::Processing:
            printErr(UploadCommand::tr("Uploaded. Waiting for TikTok to process the video…"));
            break;
        case PostingSession::Phase::Idle:
        case PostingSession::Phase::Preparing:
        case PostingSession::Phase::Renewing:
            break;
        }
    }

    void onProgress(const TransferProgress &progress)
    {
        const bool done = progress.sentBytes == progress.totalBytes;
        if (!done && m_progressClock.isValid() && m_progressClock.elapsed() < 1000)
            return;
        if (done && m_reportedDone)
            return;
        m_reportedDone = done;
        m_progressClock.start();
        //: %1 and %2 count the video's parts, %3 is the progress ("45% · 9.0 MB of 20.0 MB · …").
        printErr(UploadCommand::tr("Uploading part %1 of %2: %3")
                     .arg(progress.chunkIndex + 1)
                     .arg(progress.chunkCount)
                     .arg(progress.text()));
    }

    void onFinished(const PostingSessionResult &result)
    {
        switch (result.outcome) {
        case PostingSessionResult::Outcome::AlreadyConfirmed:
            printOut(result.text());
            QCoreApplication::exit(ExitOk);
            return;
        case PostingSessionResult::Outcome::Confirmed:
            printOut(QStringLiteral("%1 (publish_id %2)").arg(result.text(), result.upload.publishId));
            if (result.upload.markError.isError())
                //: %1 explains why the mark could not be saved.
                printErr(UploadCommand::tr("Note: the pack could not be marked as posted (%1).")
                             .arg(result.upload.markError.message()));
            QCoreApplication::exit(ExitOk);
            return;
        case PostingSessionResult::Outcome::Failed:
        case PostingSessionResult::Outcome::Unconfirmed:
        case PostingSessionResult::Outcome::Cancelled:
            break;
        }
        printErr(QStringLiteral("skybeam-setup upload: %1").arg(result.error.fullMessage()));
        const QString code = result.error.code();
        if (code == ErrorCode::Journal::Corrupt || code == ErrorCode::Journal::UnknownPack)
            printErr(
                UploadCommand::tr("If TikTok does not have this pack yet (look in the TikTok app's inbox "
                                  "and on the profile), send it anyway with --again."));
        QCoreApplication::exit(ExitFailure);
    }

    QNetworkAccessManager m_network;
    KeychainSecretStore m_keychain;
    PostingSession m_session;
    PostMode m_mode = PostMode::Inbox;
    QElapsedTimer m_progressClock;
    bool m_reportedDone = false;
};

/// The upload command's own options.
struct UploadOptions
{
    const QCommandLineOption direct { QStringLiteral("direct"),
        UploadCommand::tr("Post directly to the profile instead of the inbox (requires --privacy).") };
    const QCommandLineOption privacy { QStringLiteral("privacy"),
        UploadCommand::tr("Who can see a direct post; no default: everyone, friends, followers or only-me "
                          "(or TikTok's names "
                          "PUBLIC_TO_EVERYONE, MUTUAL_FOLLOW_FRIENDS, FOLLOWER_OF_CREATOR, SELF_ONLY)."),
        QStringLiteral("LEVEL") };
    const QCommandLineOption disableComment { QStringLiteral("disable-comment"),
        UploadCommand::tr("Direct post: turn comments off.") };
    const QCommandLineOption disableDuet { QStringLiteral("disable-duet"),
        UploadCommand::tr("Direct post: turn duets off.") };
    const QCommandLineOption disableStitch { QStringLiteral("disable-stitch"),
        UploadCommand::tr("Direct post: turn stitches off.") };
    const QCommandLineOption ignoreBudget { QStringLiteral("ignore-budget"),
        UploadCommand::tr("Sandbox apps: send even when today's budget of 20 API calls may not be enough.") };
    const QCommandLineOption again { QStringLiteral("again"),
        UploadCommand::tr(
            "Send the pack even though TikTok already confirmed it (a second post), or even "
            "though the publish journal is damaged (it is kept aside and a new one started).") };
};

/// The post's mode and direct-post settings from the command line; -1, or the usage error's exit code.
int readPostOptions(const CommandLine &commandLine, const UploadOptions &o, PostOptions *options)
{
    const QCommandLineParser &parser = commandLine.parser();
    options->mode = parser.isSet(o.direct) ? PostMode::Direct : PostMode::Inbox;
    if (options->mode == PostMode::Direct) {
        if (!parser.isSet(o.privacy))
            return commandLine.usageError(UploadCommand::tr("--direct needs --privacy LEVEL: TikTok requires "
                                                            "an explicit choice of who can see the post."));
        options->privacyLevel = PostRules::parsePrivacyLevel(parser.value(o.privacy));
        if (options->privacyLevel.isEmpty())
            return commandLine.usageError(
                UploadCommand::tr("unknown privacy level '%1' (everyone, friends, followers or only-me)")
                    .arg(parser.value(o.privacy)));
        options->disableComment = parser.isSet(o.disableComment);
        options->disableDuet = parser.isSet(o.disableDuet);
        options->disableStitch = parser.isSet(o.disableStitch);
    } else {
        for (const QCommandLineOption *option :
            { &o.privacy, &o.disableComment, &o.disableDuet, &o.disableStitch }) {
            if (parser.isSet(*option))
                return commandLine.usageError(
                    UploadCommand::tr("--%1 applies to a direct post only (add --direct)")
                        .arg(option->names().constFirst()));
        }
    }
    return -1;
}

/// The pack named on the command line, read; says why on stderr and returns nothing when it cannot be sent.
std::optional<HandoffPack> sendablePack(const QString &argument, const RoxyPaths &paths)
{
    QString exportsDir;
    QString name;
    if (!locatePack(argument, paths, &exportsDir, &name)) {
        //: %1 is what was given, %2 the exports folder.
        printErr(QStringLiteral("skybeam-setup upload: %1")
                     .arg(UploadCommand::tr("There is no pack '%1' (neither a folder nor a pack in %2).")
                              .arg(argument, RoxyPaths::displayPath(paths.exportsDir()))));
        return std::nullopt;
    }
    HandoffPack pack = PackReader::read(QFile::encodeName(exportsDir), QFile::encodeName(name));
    if (!pack.canBeSent()) {
        //: %1 is the pack's name, %2 its problems.
        printErr(QStringLiteral("skybeam-setup upload: %1")
                     .arg(UploadCommand::tr("The pack %1 cannot be sent: %2")
                              .arg(pack.name, pack.problems.join(QLatin1Char(' ')))));
        return std::nullopt;
    }
    return pack;
}

} // namespace

int runUpload(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("upload"),
        UploadCommand::tr(
            "Sends a handoff pack's video to TikTok through the Content Posting API: to the "
            "account's TikTok inbox "
            "as a draft (the default; needs video.upload), or as a direct post with --direct "
            "(needs video.publish). "
            "PACK is a pack folder, or the name of a pack in the exports folder. The pack is "
            "marked as posted only "
            "when TikTok confirms. A pack TikTok already confirmed is not sent again (without --again); an "
            "interrupted send is continued, never sent twice.\nExit code: 0 TikTok confirmed (in "
            "the inbox or published), now or before, 1 not sent or not confirmed, 2 usage error."));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(
        QStringLiteral("PACK"), UploadCommand::tr("The pack folder or name."), QStringLiteral("PACK"));
    const UploadOptions o;
    parser.addOptions(
        { o.direct, o.privacy, o.disableComment, o.disableDuet, o.disableStitch, o.ignoreBudget, o.again });
    if (const int parsed = commandLine.parse(arguments, 1); parsed >= 0)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return commandLine.usageError(
            UploadCommand::tr("which pack? Name a pack folder or a pack in the exports folder."));

    PostOptions options;
    if (const int usage = readPostOptions(commandLine, o, &options); usage >= 0)
        return usage;
    const GlobalOptions global = commandLine.applyGlobalOptions();
    const RoxyPaths paths = global.paths();

    const std::optional<HandoffPack> pack = sendablePack(positional.constFirst(), paths);
    if (!pack)
        return ExitFailure;
    options.caption = pack->caption;

    const std::optional<TikTokEndpoints> endpoints = endpointsFor(QStringLiteral("upload"));
    if (!endpoints)
        return ExitFailure;
    //: %1 is the pack's name, %2 the video's size.
    printErr(UploadCommand::tr("Pack %1: %2, %3")
                 .arg(pack->name, pack->videoFileName,
                     QLocale().formattedDataSize(pack->videoSize, 1, QLocale::DataSizeSIFormat)));
    PostingRequest request;
    request.packKey = pack->key;
    request.videoPath = QFile::decodeName(pack->videoNativePath);
    request.videoFacts = pack->video;
    request.options = options;
    request.again = parser.isSet(o.again);
    request.ignoreBudget = parser.isSet(o.ignoreBudget);
    UploadView view(paths, *endpoints);
    view.start(request);
    return QCoreApplication::exec();
}

} // namespace Skybeam::Cli
