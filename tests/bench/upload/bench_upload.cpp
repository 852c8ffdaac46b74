// bench_upload: how fast SKYBEAM sends a video to TikTok's upload URL, against curl pushing the same
// chunks in the same run, and whether memory stays flat (the file is streamed, never loaded whole).
//
// Starts the fake TikTok with its Content Posting API in a child process (so the server's buffers do
// not count in this process's RSS), generates a video file (default 200 MiB) and a chunk file per
// planned chunk, then alternates: PackUploader sending the video (inbox upload: init, chunk PUTs,
// status), and `curl -X PUT --data-binary @chunk -H Content-Range: …` sending the same chunks to a fresh
// upload URL. Throughput counts the chunk transfer only (first byte to TikTok's last answer). Peak RSS
// (VmHWM, reset before each upload) is measured for a 20 MiB and the full-size upload.
// Prints a table and exits 1 when a target is missed (throughput >= 0.9x curl's, peak RSS of the large
// upload <= the small one's + 8 MB). Not a CTest test: run it by hand or from scripts/bench.
// Usage: bench_upload [--size-mb N] [--chunk-mb C] [--runs R]

#include "core/posting/postingtesthelpers.h"

#include "posting/chunkplan.h"
#include "posting/packuploader.h"
#include "posting/ratewindow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace Skybeam;
using namespace FakeTikTokTest;
using namespace PostingTest;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// The child process: the fake TikTok with Content Posting, limits lifted, an access token printed.
int serve()
{
    FakeTikTok fake;
    if (!startPostingFake(fake))
        qFatal("the fake cannot listen");
    FakeContentPosting posting(&fake);
    posting.setInitRateLimit(100000);
    posting.setStatusRateLimit(100000);
    posting.setPendingShareLimit(100000);
    posting.setProcessingPolls(0);
    posting.setVerifyContent(false);
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    const QString token = signIn(fake, &network).accessToken();
    std::printf("PORT %d\nTOKEN %s\n", fake.port(), qPrintable(token));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

qint64 statusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Resets VmHWM to the current RSS (Linux 4.0+).
void resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

/// CPU seconds (user + system) of this process, or of its finished children.
double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

struct Bench
{
    TikTokEndpoints endpoints;
    TikTokCredentials credentials;
    QNetworkAccessManager *network;
    qint64 chunkSize;
    RateWindow window { 100000, 60000 };

    /// SKYBEAM's upload of `path`; returns the chunk transfer's milliseconds.
    qint64 upload(const QString &path)
    {
        PackUploader uploader(endpoints, network);
        UploadPolicy policy;
        policy.preferredChunkSize = chunkSize;
        policy.poll.delaysMs = { 10 };
        policy.initWindow = &window;
        policy.statusWindow = &window;
        policy.chunks.progressIntervalMs = 100;
        uploader.setPolicy(policy);
        UploadRequest request;
        request.videoPath = path;
        QSignalSpy finished(&uploader, &PackUploader::finished);
        uploader.start(credentials, std::nullopt, request);
        if (!finished.wait(600000))
            qFatal("SKYBEAM's upload did not finish");
        const UploadResult result = finished.at(0).at(0).value<UploadResult>();
        if (!result.isConfirmed())
            qFatal("SKYBEAM's upload failed: %s", qPrintable(result.error.fullMessage()));
        return result.transferMs;
    }

    /// A fresh upload URL for `plan` (inbox init), as curl's target.
    QUrl initFor(const ChunkPlan &plan)
    {
        QNetworkRequest request(endpoints.apiUrl(QStringLiteral("/v2/post/publish/inbox/video/init/")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json; charset=UTF-8"));
        request.setRawHeader("Authorization", "Bearer " + credentials.accessToken().toUtf8());
        const QJsonObject body { { QStringLiteral("source_info"),
            QJsonObject { { QStringLiteral("source"), QStringLiteral("FILE_UPLOAD") },
                { QStringLiteral("video_size"), plan.videoSize },
                { QStringLiteral("chunk_size"), plan.chunkSize },
                { QStringLiteral("total_chunk_count"), plan.totalChunkCount } } } };
        QNetworkReply *reply = network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            qFatal("init did not answer");
        reply->deleteLater();
        const QJsonObject data
            = QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("data")).toObject();
        return QUrl(data.value(QLatin1String("upload_url")).toString());
    }

    /// curl pushing the chunk files to a fresh upload URL, one process per chunk; returns milliseconds.
    qint64 curl(const QString &curlPath, const ChunkPlan &plan, const QStringList &chunkFiles)
    {
        const QUrl url = initFor(plan);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < plan.totalChunkCount; ++i) {
            QProcess process;
            process.start(curlPath,
                { QStringLiteral("-sS"), QStringLiteral("-X"), QStringLiteral("PUT"),
                    QStringLiteral("--data-binary"), QLatin1Char('@') + chunkFiles.at(i),
                    QStringLiteral("-H"), QStringLiteral("Content-Type: video/mp4"),
                    // curl at its best: no 1 s wait for "100 Continue" before each body.
                    QStringLiteral("-H"), QStringLiteral("Expect:"), QStringLiteral("-H"),
                    QStringLiteral("Content-Range: bytes %1-%2/%3")
                        .arg(plan.chunkOffset(i))
                        .arg(plan.chunkLastByte(i))
                        .arg(plan.videoSize),
                    QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                    QStringLiteral("%{http_code}"), url.toString(QUrl::FullyEncoded) });
            if (!process.waitForFinished(600000))
                qFatal("curl did not finish");
            const QByteArray code = process.readAllStandardOutput().trimmed();
            const QByteArray expected = plan.isLastChunk(i) ? "201" : "206";
            if (code != expected)
                qFatal("curl chunk %d: HTTP %s (%s)", i, code.constData(),
                    process.readAllStandardError().constData());
        }
        return timer.elapsed();
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<UploadResult>();
    QCommandLineParser parser;
    const QCommandLineOption serveOption(
        QStringLiteral("serve"), QStringLiteral("Run the fake TikTok (internal)."));
    const QCommandLineOption sizeOption(QStringLiteral("size-mb"), QStringLiteral("Video size in MiB (200)."),
        QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption chunkOption(QStringLiteral("chunk-mb"),
        QStringLiteral("Chunk size in MiB (10)."), QStringLiteral("C"), QStringLiteral("10"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each (5)."),
        QStringLiteral("R"), QStringLiteral("5"));
    parser.addOptions({ serveOption, sizeOption, chunkOption, runsOption });
    parser.addHelpOption();
    parser.process(app);
    QLoggingCategory::setFilterRules(QStringLiteral("skybeam.*.debug=false\nskybeam.*.info=false"));
    if (parser.isSet(serveOption))
        return serve();

    const QString curlPath = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curlPath.isEmpty())
        qFatal("curl is not installed (scripts/packages.txt lists it)");
    const qint64 size = parser.value(sizeOption).toLongLong() * MiB;
    const qint64 chunk = parser.value(chunkOption).toLongLong() * MiB;
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--serve") });
    if (!server.waitForStarted(10000))
        qFatal("the fake TikTok did not start");
    int port = 0;
    QString token;
    while (token.isEmpty() && server.waitForReadyRead(30000)) {
        while (server.canReadLine()) {
            const QString line = QString::fromUtf8(server.readLine()).trimmed();
            if (line.startsWith(QLatin1String("PORT ")))
                port = line.mid(5).toInt();
            else if (line.startsWith(QLatin1String("TOKEN ")))
                token = line.mid(6);
        }
    }
    if (port == 0 || token.isEmpty())
        qFatal("the fake TikTok did not say where it listens");

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    Bench bench { *TikTokEndpoints::create(
                      QUrl(QStringLiteral("http://127.0.0.1:%1/v2/auth/authorize/").arg(port)),
                      QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))),
        TikTokCredentials(QJsonObject { { TikTokCredentials::ClientKey, QStringLiteral("awbenchclientkey") },
            { TikTokCredentials::AccessToken, token },
            { TikTokCredentials::Scope, QStringLiteral("user.info.basic,video.upload") } }),
        &network, chunk };

    QTemporaryDir dir;
    const QString small = dir.filePath(QStringLiteral("small.mp4"));
    const QString large = dir.filePath(QStringLiteral("large.mp4"));
    if (!writeVideoFile(small, 20 * MiB, 7) || !writeVideoFile(large, size, 9))
        qFatal("cannot write the test videos");
    const ChunkPlan plan = *ChunkPlan::create(size, chunk);
    QStringList chunkFiles;
    {
        QFile video(large);
        if (!video.open(QIODevice::ReadOnly))
            qFatal("cannot read the test video");
        for (int i = 0; i < plan.totalChunkCount; ++i) {
            chunkFiles.append(dir.filePath(QStringLiteral("chunk-%1").arg(i)));
            QFile part(chunkFiles.last());
            if (!part.open(QIODevice::WriteOnly) || !video.seek(plan.chunkOffset(i))
                || part.write(video.read(plan.chunkLength(i))) != plan.chunkLength(i))
                qFatal("cannot write chunk files");
        }
    }

    // Warm-up (connections, page cache), then the small upload's peak as the reference.
    bench.upload(small);
    const qint64 baselineKb = statusKb("VmRSS:");
    resetPeak();
    bench.upload(small);
    const qint64 smallPeakKb = statusKb("VmHWM:");
    resetPeak();
    QList<double> ours;
    QList<double> theirs;
    QList<double> ourCpu;
    QList<double> theirCpu;
    qint64 largePeakKb = 0;
    for (int run = 0; run < runs; ++run) {
        resetPeak();
        double cpu = cpuSeconds(RUSAGE_SELF);
        ours.append(double(size) / MiB / (double(bench.upload(large)) / 1000.0));
        ourCpu.append(cpuSeconds(RUSAGE_SELF) - cpu);
        largePeakKb = std::max(largePeakKb, statusKb("VmHWM:"));
        cpu = cpuSeconds(RUSAGE_CHILDREN);
        theirs.append(double(size) / MiB / (double(bench.curl(curlPath, plan, chunkFiles)) / 1000.0));
        theirCpu.append(cpuSeconds(RUSAGE_CHILDREN) - cpu);
    }
    server.terminate();
    server.waitForFinished(5000);

    const double ratio = median(ours) / median(theirs);
    const double growthMb = double(largePeakKb - smallPeakKb) / 1024.0;
    const bool fastEnough = ratio >= 0.9;
    const bool flat = growthMb <= 8.0;
    const auto row = [](const QString &what, const QString &value, const QString &target) {
        out() << QStringLiteral("| %1 | %2 | %3 |\n").arg(what, -52).arg(value, 12).arg(target, -24);
    };
    const auto mbps = [](double value) {
        return QStringLiteral("%1 MiB/s").arg(value, 0, 'f', 0);
    };
    const auto mb = [](qint64 kb) {
        return QStringLiteral("%1 MB").arg(double(kb) / 1024.0, 0, 'f', 1);
    };
    out() << QStringLiteral(
        "Upload of %1 MiB in %2 chunks of %3 MiB to the fake TikTok on loopback (median of %4 runs)\n\n")
                 .arg(size / MiB)
                 .arg(plan.totalChunkCount)
                 .arg(chunk / MiB)
                 .arg(runs);
    row(QStringLiteral("Measurement"), QStringLiteral("Result"), QStringLiteral("Target"));
    row(QStringLiteral("---"), QStringLiteral("---"), QStringLiteral("---"));
    row(QStringLiteral("Upload: SKYBEAM PackUploader, chunk transfer"), mbps(median(ours)), QString());
    row(QStringLiteral("Upload: curl PUT of the same chunks"), mbps(median(theirs)), QString());
    row(QStringLiteral("Upload: throughput ratio SKYBEAM / curl"), QString::number(ratio, 'f', 2),
        QStringLiteral(">= 0.90 %1").arg(fastEnough ? QStringLiteral("(met)") : QStringLiteral("(MISSED)")));
    const auto seconds = [](double value) {
        return QStringLiteral("%1 s").arg(value, 0, 'f', 2);
    };
    row(QStringLiteral("Upload: CPU time, SKYBEAM process (whole send)"), seconds(median(ourCpu)), QString());
    row(QStringLiteral("Upload: CPU time, curl processes"), seconds(median(theirCpu)), QString());
    row(QStringLiteral("Upload: RSS before uploading"), mb(baselineKb), QString());
    row(QStringLiteral("Upload: peak RSS, 20 MiB upload"), mb(smallPeakKb), QString());
    row(QStringLiteral("Upload: peak RSS, %1 MiB upload").arg(size / MiB), mb(largePeakKb),
        QStringLiteral("<= 20 MiB's + 8 MB %1")
            .arg(flat ? QStringLiteral("(met)") : QStringLiteral("(MISSED)")));
    out().flush();
    return fastEnough && flat ? 0 : 1;
}
