#include "fakecontentposting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace FakeTikTokTest {

const QString FakeContentPosting::InboxInitPath = QStringLiteral("/v2/post/publish/inbox/video/init/");
const QString FakeContentPosting::DirectInitPath = QStringLiteral("/v2/post/publish/video/init/");
const QString FakeContentPosting::StatusPath = QStringLiteral("/v2/post/publish/status/fetch/");
const QString FakeContentPosting::UploadPath = QStringLiteral("/upload/video/");

namespace {

constexpr qint64 MinChunk = 5 * FakeContentPosting::MiB;
constexpr qint64 MaxChunk = 64 * FakeContentPosting::MiB;
constexpr qint64 MaxFinalChunk = 128 * FakeContentPosting::MiB;
constexpr qint64 MaxVideo = qint64(4) * 1024 * FakeContentPosting::MiB;
constexpr int MaxChunks = 1000;
constexpr int MaxTitle = 2200;

const QStringList VideoTypes { QStringLiteral("video/mp4"), QStringLiteral("video/quicktime"),
    QStringLiteral("video/webm") };

QString randomToken(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet)) - 1)]));
    return text;
}

/// A JSON number that is a whole number, or -1.
qint64 wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return -1;
    const double number = value.toDouble();
    if (number < 0 || number != double(qint64(number)))
        return -1;
    return qint64(number);
}

bool isJsonContentType(const QByteArray &contentType)
{
    return contentType.toLower() == "application/json; charset=utf-8";
}

} // namespace

FakeContentPosting::FakeContentPosting(FakeTikTok *tiktok, QObject *parent)
    : QObject(parent)
    , m_tiktok(tiktok)
{
    tiktok->addRoute(
        "POST", InboxInitPath, [this](const FakeHttpRequest &request) { return init(request, false); });
    tiktok->addRoute(
        "POST", DirectInitPath, [this](const FakeHttpRequest &request) { return init(request, true); });
    tiktok->addRoute("POST", StatusPath, [this](const FakeHttpRequest &request) { return status(request); });
    tiktok->addRoute("PUT", UploadPath, [this](const FakeHttpRequest &request) { return put(request); });
}

FakeContentPosting::~FakeContentPosting() = default;

void FakeContentPosting::failNextInit(const QString &code, int httpStatus)
{
    m_initFailCode = code;
    m_initFailStatus = httpStatus;
}

void FakeContentPosting::rejectNextChunks(int count, int status)
{
    m_rejectCount = count;
    m_rejectStatus = status;
}

void FakeContentPosting::dropNextChunks(int count, int afterChunks)
{
    m_dropCount = count;
    m_dropAfter = afterChunks;
}

const FakeContentPosting::Upload *FakeContentPosting::upload(const QString &publishId) const
{
    const auto it = m_uploads.constFind(publishId);
    return it == m_uploads.constEnd() ? nullptr : &it.value();
}

const FakeContentPosting::Upload *FakeContentPosting::lastUpload() const
{
    return m_order.isEmpty() ? nullptr : upload(m_order.constLast());
}

bool FakeContentPosting::withinLimit(QHash<QString, QList<QDateTime>> &calls, const QString &token, int limit)
{
    QList<QDateTime> &times = calls[token];
    const QDateTime now = m_tiktok->now();
    while (!times.isEmpty() && times.constFirst() <= now.addSecs(-60))
        times.removeFirst();
    if (times.size() >= limit)
        return false;
    times.append(now);
    return true;
}

std::optional<FakeHttpResponse> FakeContentPosting::checkPostInfo(
    const QJsonValue &value, const FakeApp *app) const
{
    if (!value.isObject())
        return m_tiktok->apiError(
            400, QStringLiteral("invalid_param"), QStringLiteral("post_info is required."));
    const QJsonObject info = value.toObject();
    const QJsonValue title = info.value(QLatin1String("title"));
    if (!title.isUndefined() && (!title.isString() || title.toString().size() > MaxTitle))
        return m_tiktok->apiError(400, QStringLiteral("invalid_param"),
            QStringLiteral("title must be a string of at most 2200 UTF-16 units."));
    const QJsonValue privacy = info.value(QLatin1String("privacy_level"));
    if (!privacy.isString() || privacy.toString().isEmpty())
        return m_tiktok->apiError(
            400, QStringLiteral("invalid_param"), QStringLiteral("privacy_level is required."));
    for (const char *flag : { "disable_comment", "disable_duet", "disable_stitch" }) {
        const QJsonValue toggle = info.value(QLatin1String(flag));
        if (!toggle.isUndefined() && !toggle.isBool())
            return m_tiktok->apiError(400, QStringLiteral("invalid_param"),
                QStringLiteral("%1 must be a boolean.").arg(QLatin1String(flag)));
    }
    const QJsonValue cover = info.value(QLatin1String("video_cover_timestamp_ms"));
    if (!cover.isUndefined() && wholeNumber(cover) < 0)
        return m_tiktok->apiError(400, QStringLiteral("invalid_param"),
            QStringLiteral("video_cover_timestamp_ms must be a whole number."));
    const QString level = privacy.toString();
    if (app && app->unaudited && level != QLatin1String("SELF_ONLY"))
        return m_tiktok->apiError(403, QStringLiteral("unaudited_client_can_only_post_to_private_accounts"),
            QStringLiteral("Unaudited clients can only post to private accounts."));
    if (!m_tiktok->user().privacyLevelOptions.contains(level))
        return m_tiktok->apiError(400, QStringLiteral("privacy_level_option_mismatch"),
            QStringLiteral("privacy_level is not one of the creator's options."));
    return std::nullopt;
}

int FakeContentPosting::completeUploadCount() const
{
    int count = 0;
    for (const Upload &upload : m_uploads)
        count += upload.complete ? 1 : 0;
    return count;
}

FakeHttpResponse FakeContentPosting::init(const FakeHttpRequest &request, bool direct)
{
    if (m_callHook)
        m_callHook(direct ? DirectInitPath : InboxInitPath);
    if (!isJsonContentType(request.header("content-type")))
        return m_tiktok->apiError(400, QStringLiteral("invalid_param"),
            QStringLiteral("Content-Type must be application/json; charset=UTF-8."));
    FakeHttpResponse denial;
    const FakeAccessToken *token = m_tiktok->authenticate(
        request, direct ? QStringLiteral("video.publish") : QStringLiteral("video.upload"), &denial);
    if (!token)
        return denial;
    ++m_initCount;
    if (!withinLimit(m_initCalls, token->token, m_initLimit))
        return m_tiktok->apiError(429, QStringLiteral("rate_limit_exceeded"),
            QStringLiteral("API rate limit exceeded. Please try again later."));
    if (!m_initFailCode.isEmpty()) {
        const QString code = std::exchange(m_initFailCode, QString());
        return m_tiktok->apiError(m_initFailStatus, code, QStringLiteral("The user cannot post right now."));
    }
    if (!m_tiktok->user().postingBlock.isEmpty())
        return m_tiktok->apiError(
            200, m_tiktok->user().postingBlock, QStringLiteral("The user cannot post right now."));
    if (!direct) {
        QList<QDateTime> &shares = m_inboxShares[token->openId];
        const QDateTime dayAgo = m_tiktok->now().addSecs(-24 * 3600);
        while (!shares.isEmpty() && shares.constFirst() <= dayAgo)
            shares.removeFirst();
        if (shares.size() >= m_pendingLimit)
            return m_tiktok->apiError(200, QStringLiteral("spam_risk_too_many_pending_share"),
                QStringLiteral("The user has too many pending shares."));
    }

    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return m_tiktok->apiError(
            400, QStringLiteral("invalid_param"), QStringLiteral("The body is not JSON."));
    const QJsonObject body = document.object();
    const QJsonObject source = body.value(QLatin1String("source_info")).toObject();
    if (source.value(QLatin1String("source")).toString() != QLatin1String("FILE_UPLOAD"))
        return m_tiktok->apiError(
            400, QStringLiteral("invalid_param"), QStringLiteral("source_info.source must be FILE_UPLOAD."));
    const qint64 size = wholeNumber(source.value(QLatin1String("video_size")));
    const qint64 chunk = wholeNumber(source.value(QLatin1String("chunk_size")));
    const qint64 count = wholeNumber(source.value(QLatin1String("total_chunk_count")));
    auto badChunks = [this](const QString &why) {
        return m_tiktok->apiError(400, QStringLiteral("invalid_param"), why);
    };
    if (size <= 0 || chunk <= 0 || count <= 0)
        return badChunks(
            QStringLiteral("video_size, chunk_size and total_chunk_count must be positive integers."));
    if (size > MaxVideo)
        return badChunks(QStringLiteral("The video is larger than 4 GB."));
    if (size < MinChunk) {
        if (chunk != size || count != 1)
            return badChunks(
                QStringLiteral("A video under 5 MB must be uploaded as one chunk of its whole size."));
    } else {
        if (chunk < MinChunk || chunk > MaxChunk)
            return badChunks(QStringLiteral("chunk_size must be between 5 MB and 64 MB."));
        if (chunk > size)
            return badChunks(QStringLiteral("chunk_size must not exceed video_size."));
        if (count != size / chunk)
            return badChunks(
                QStringLiteral("total_chunk_count must be video_size / chunk_size rounded down."));
        if (count > MaxChunks)
            return badChunks(QStringLiteral("At most 1000 chunks."));
        if (size - (count - 1) * chunk > MaxFinalChunk)
            return badChunks(QStringLiteral("The final chunk may be at most 128 MB."));
    }
    const FakeApp *app = m_tiktok->app(token->clientKey);
    if (direct) {
        const std::optional<FakeHttpResponse> problem
            = checkPostInfo(body.value(QLatin1String("post_info")), app);
        if (problem)
            return *problem;
    }

    for (const Upload &earlier : std::as_const(m_uploads)) {
        if (earlier.complete && earlier.openId == token->openId && earlier.clientKey == token->clientKey) {
            ++m_initsAfterComplete;
            break;
        }
    }
    Upload upload;
    upload.publishId
        = QStringLiteral("v_%1~v2.%2")
              .arg(direct ? QStringLiteral("pub_file") : QStringLiteral("inbox_file"), randomToken(19));
    upload.uploadToken = randomToken(32);
    upload.clientKey = token->clientKey;
    upload.openId = token->openId;
    upload.direct = direct;
    upload.videoSize = size;
    upload.chunkSize = chunk;
    upload.chunkCount = int(count);
    upload.postInfo = body.value(QLatin1String("post_info")).toObject();
    upload.urlExpiresAt = m_tiktok->now().addSecs(m_urlLifetime);
    upload.failReason = std::exchange(m_nextFailReason, QString());
    upload.hash = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
    m_uploads.insert(upload.publishId, upload);
    m_order.append(upload.publishId);
    if (!direct)
        m_inboxShares[token->openId].append(m_tiktok->now());

    QUrl url = m_tiktok->apiBase();
    url.setPath(UploadPath);
    url.setQuery(QStringLiteral("upload_id=%1&upload_token=%2").arg(upload.publishId, upload.uploadToken));
    return m_tiktok->apiOk({ { QStringLiteral("publish_id"), upload.publishId },
        { QStringLiteral("upload_url"), url.toString(QUrl::FullyEncoded) } });
}

FakeHttpResponse FakeContentPosting::put(const FakeHttpRequest &request)
{
    FakeChunkRequest logged;
    logged.publishId = request.queryValue(QStringLiteral("upload_id"));
    logged.bodyBytes = request.body.size();
    logged.contentType = request.header("content-type");
    static const QRegularExpression rangeShape(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+)$"));
    const QRegularExpressionMatch range
        = rangeShape.match(QString::fromLatin1(request.header("content-range")));
    if (range.hasMatch()) {
        logged.first = range.captured(1).toLongLong();
        logged.last = range.captured(2).toLongLong();
        logged.total = range.captured(3).toLongLong();
    }
    if (m_chunkHook)
        m_chunkHook(logged);

    const auto answer = [this, &logged](FakeHttpResponse response) {
        logged.status = response.drop ? 0 : response.status;
        m_chunkRequests.append(logged);
        return response;
    };
    const auto it = m_uploads.find(logged.publishId);
    if (it == m_uploads.end() || request.queryValue(QStringLiteral("upload_token")) != it->uploadToken)
        return answer(
            m_tiktok->apiError(403, QStringLiteral("invalid_param"), QStringLiteral("Unknown upload.")));
    Upload &upload = it.value();
    if (m_tiktok->now() > upload.urlExpiresAt)
        return answer(m_tiktok->apiError(
            403, QStringLiteral("invalid_param"), QStringLiteral("The upload URL has expired.")));
    if (m_dropCount > 0 && upload.receivedChunks >= m_dropAfter) {
        --m_dropCount;
        FakeHttpResponse dropped;
        dropped.drop = true;
        return answer(dropped);
    }
    if (m_rejectCount > 0) {
        --m_rejectCount;
        return answer(m_rejectStatus >= 500
                ? m_tiktok->apiError(m_rejectStatus, QStringLiteral("internal_error"),
                    QStringLiteral("Something went wrong. Please try again later."))
                : m_tiktok->apiError(m_rejectStatus, QStringLiteral("invalid_file_upload"),
                    QStringLiteral("The chunk was rejected.")));
    }
    if (!VideoTypes.contains(QString::fromLatin1(logged.contentType.toLower())))
        return answer(m_tiktok->apiError(400, QStringLiteral("invalid_param"),
            QStringLiteral("Content-Type must be video/mp4, video/quicktime or video/webm.")));
    bool lengthOk = false;
    const qint64 length = request.header("content-length").toLongLong(&lengthOk);
    if (!lengthOk || length != request.body.size())
        return answer(m_tiktok->apiError(
            400, QStringLiteral("invalid_param"), QStringLiteral("Content-Length is required.")));
    if (!range.hasMatch())
        return answer(m_tiktok->apiError(400, QStringLiteral("invalid_param"),
            QStringLiteral("Content-Range must be 'bytes FIRST-LAST/TOTAL'.")));
    if (logged.total != upload.videoSize || logged.last < logged.first
        || logged.last - logged.first + 1 != length)
        return answer(m_tiktok->apiError(416, QStringLiteral("invalid_param"),
            QStringLiteral("Content-Range does not match the body or the video size.")));
    // The chunk must be the next one, or the last one received again (its answer may have been lost).
    const auto expectedLast = [&upload](int index) {
        return index == upload.chunkCount - 1 ? upload.videoSize - 1
                                              : (qint64(index) + 1) * upload.chunkSize - 1;
    };
    const int index = upload.chunkSize > 0 ? int(logged.first / upload.chunkSize) : -1;
    const bool aligned = index >= 0 && index < upload.chunkCount
        && logged.first == qint64(index) * upload.chunkSize && logged.last == expectedLast(index);
    const bool next = aligned && index == upload.receivedChunks;
    const bool again = aligned && index == upload.receivedChunks - 1;
    if (!next && !again)
        return answer(m_tiktok->apiError(416, QStringLiteral("invalid_param"),
            QStringLiteral("Chunks must be sent in order on the planned boundaries.")));
    const QByteArray digest = m_verifyContent
        ? QCryptographicHash::hash(request.body, QCryptographicHash::Sha256)
        : QByteArray::number(length);
    if (again) {
        if (digest != upload.lastChunkDigest)
            return answer(m_tiktok->apiError(400, QStringLiteral("invalid_file_upload"),
                QStringLiteral("A chunk sent again differs from the first time.")));
    } else {
        if (m_verifyContent)
            upload.hash->addData(request.body);
        upload.lastChunkDigest = digest;
        ++upload.receivedChunks;
        upload.receivedBytes += length;
        if (upload.receivedChunks == upload.chunkCount) {
            upload.complete = true;
            upload.sha256 = upload.hash->result();
        }
    }
    FakeHttpResponse response;
    response.status = upload.complete ? 201 : 206;
    response.headers.append({ "Content-Range",
        "bytes 0-" + QByteArray::number(upload.receivedBytes - 1) + '/'
            + QByteArray::number(upload.videoSize) });
    return answer(response);
}

FakeHttpResponse FakeContentPosting::status(const FakeHttpRequest &request)
{
    if (m_callHook)
        m_callHook(StatusPath);
    if (!isJsonContentType(request.header("content-type")))
        return m_tiktok->apiError(400, QStringLiteral("invalid_param"),
            QStringLiteral("Content-Type must be application/json; charset=UTF-8."));
    FakeHttpResponse denial;
    const FakeAccessToken *token = m_tiktok->authenticate(request, QString(), &denial);
    if (!token)
        return denial;
    if (!token->scopes.contains(QLatin1String("video.upload"))
        && !token->scopes.contains(QLatin1String("video.publish")))
        return m_tiktok->apiError(401, QStringLiteral("scope_not_authorized"),
            QStringLiteral("The user did not authorize the scope required for completing this request."));
    ++m_statusCount;
    if (!withinLimit(m_statusCalls, token->token, m_statusLimit))
        return m_tiktok->apiError(429, QStringLiteral("rate_limit_exceeded"),
            QStringLiteral("API rate limit exceeded. Please try again later."));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString publishId = body.value(QLatin1String("publish_id")).toString();
    const auto it = m_uploads.find(publishId);
    if (publishId.isEmpty() || it == m_uploads.end() || it->openId != token->openId
        || it->clientKey != token->clientKey)
        return m_tiktok->apiError(
            400, QStringLiteral("invalid_param"), QStringLiteral("publish_id not found."));
    Upload &upload = it.value();
    QJsonObject data { { QStringLiteral("uploaded_bytes"), upload.receivedBytes } };
    if (!upload.complete || ++upload.pollsAfterComplete <= m_processingPolls) {
        data.insert(QStringLiteral("status"), QStringLiteral("PROCESSING_UPLOAD"));
        return m_tiktok->apiOk(data);
    }
    if (!upload.failReason.isEmpty()) {
        data.insert(QStringLiteral("status"), QStringLiteral("FAILED"));
        data.insert(QStringLiteral("fail_reason"), upload.failReason);
        return m_tiktok->apiOk(data);
    }
    if (!upload.direct) {
        data.insert(QStringLiteral("status"), QStringLiteral("SEND_TO_USER_INBOX"));
        return m_tiktok->apiOk(data);
    }
    data.insert(QStringLiteral("status"), QStringLiteral("PUBLISH_COMPLETE"));
    QJsonArray ids;
    if (upload.postInfo.value(QLatin1String("privacy_level")).toString()
        == QLatin1String("PUBLIC_TO_EVERYONE"))
        ids.append(double(QRandomGenerator::global()->bounded(1000000, 9999999)));
    data.insert(QStringLiteral("publicaly_available_post_id"), ids);
    return m_tiktok->apiOk(data);
}

} // namespace FakeTikTokTest
