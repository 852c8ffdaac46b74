// The fake's Content Posting API is itself strict, so the product's tests mean something: chunk rules at
// init, post_info against the creator's options, scopes, Content-Range checks, 206/201, URL expiry, and
// the rate limits. Spoken to with plain QNetworkAccessManager requests, not the product's code.
#include "postingtesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace FakeTikTokTest;
using namespace PostingTest;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject body;
    QString code() const
    {
        return body.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    }
    QJsonObject data() const { return body.value(QLatin1String("data")).toObject(); }
};

} // namespace

class tst_FakeContentPosting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void initChunkRules_data();
    void initChunkRules();
    void directPostInfoChecks_data();
    void directPostInfoChecks();
    void scopesAreChecked();
    void chunksInOrderWithStrictRanges();
    void resentChunkMustBeIdentical();
    void uploadUrlExpires();
    void statusProgression();
    void initRateLimit();
    void statusRateLimit();
    void pendingInboxShares();

private:
    Answer post(const QString &path, const QJsonObject &body, const QString &token = QString());
    Answer put(const QUrl &url, const QByteArray &body, const QByteArray &range,
        const QByteArray &contentType = "video/mp4");
    Answer initInbox(qint64 size, qint64 chunk, qint64 count, const QString &token = QString());

    std::unique_ptr<FakeTikTok> m_fake;
    std::unique_ptr<FakeContentPosting> m_posting;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_token;
};

void tst_FakeContentPosting::init()
{
    m_fake = std::make_unique<FakeTikTok>();
    QVERIFY(startPostingFake(*m_fake));
    m_posting = std::make_unique<FakeContentPosting>(m_fake.get());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    m_token = signIn(*m_fake, m_network.get()).accessToken();
}

void tst_FakeContentPosting::cleanup()
{
    m_network.reset();
    m_posting.reset();
    m_fake.reset();
}

Answer tst_FakeContentPosting::post(const QString &path, const QJsonObject &body, const QString &token)
{
    QUrl url = m_fake->apiBase();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json; charset=UTF-8"));
    request.setRawHeader("Authorization", "Bearer " + (token.isEmpty() ? m_token : token).toUtf8());
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        qFatal("no answer");
    reply->deleteLater();
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        QJsonDocument::fromJson(reply->readAll()).object() };
}

Answer tst_FakeContentPosting::put(
    const QUrl &url, const QByteArray &body, const QByteArray &range, const QByteArray &contentType)
{
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!range.isEmpty())
        request.setRawHeader("Content-Range", range);
    QNetworkReply *reply = m_network->put(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        qFatal("no answer");
    reply->deleteLater();
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        QJsonDocument::fromJson(reply->readAll()).object() };
}

Answer tst_FakeContentPosting::initInbox(qint64 size, qint64 chunk, qint64 count, const QString &token)
{
    return post(FakeContentPosting::InboxInitPath,
        { { QStringLiteral("source_info"),
            QJsonObject { { QStringLiteral("source"), QStringLiteral("FILE_UPLOAD") },
                { QStringLiteral("video_size"), size }, { QStringLiteral("chunk_size"), chunk },
                { QStringLiteral("total_chunk_count"), count } } } },
        token);
}

void tst_FakeContentPosting::initChunkRules_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("chunk");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<int>("status");
    QTest::newRow("small, whole") << 3 * MiB << 3 * MiB << qint64(1) << 200;
    QTest::newRow("small, split") << 3 * MiB << MiB << qint64(3) << 400;
    QTest::newRow("5 MB chunks") << 16 * MiB << 5 * MiB << qint64(3) << 200;
    QTest::newRow("count rounded up") << 16 * MiB << 5 * MiB << qint64(4) << 400;
    QTest::newRow("chunk under 5 MB") << 16 * MiB << 4 * MiB << qint64(4) << 400;
    QTest::newRow("chunk over 64 MB") << 200 * MiB << 65 * MiB << qint64(3) << 400;
    QTest::newRow("last chunk 127 MB") << 191 * MiB << 64 * MiB << qint64(2) << 200;
    QTest::newRow("over 1000 chunks") << 1001 * 5 * MiB << 5 * MiB << qint64(1001) << 400;
    QTest::newRow("over 4 GB") << 4097 * MiB << 64 * MiB << qint64(64) << 400;
    QTest::newRow("zero") << qint64(0) << qint64(0) << qint64(0) << 400;
}

void tst_FakeContentPosting::initChunkRules()
{
    QFETCH(qint64, size);
    QFETCH(qint64, chunk);
    QFETCH(qint64, count);
    QFETCH(int, status);
    m_posting->setInitRateLimit(100);
    const Answer answer = initInbox(size, chunk, count);
    QCOMPARE(answer.status, status);
    if (status == 200) {
        QCOMPARE(answer.code(), QStringLiteral("ok"));
        QVERIFY(answer.data()
                    .value(QLatin1String("publish_id"))
                    .toString()
                    .startsWith(QLatin1String("v_inbox_file")));
        QVERIFY(answer.data()
                    .value(QLatin1String("upload_url"))
                    .toString()
                    .contains(QLatin1String("upload_token=")));
    } else {
        QCOMPARE(answer.code(), QStringLiteral("invalid_param"));
    }
}

void tst_FakeContentPosting::directPostInfoChecks_data()
{
    QTest::addColumn<QJsonObject>("postInfo");
    QTest::addColumn<bool>("unaudited");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QJsonObject good { { QStringLiteral("title"), QStringLiteral("hi") },
        { QStringLiteral("privacy_level"), QStringLiteral("PUBLIC_TO_EVERYONE") },
        { QStringLiteral("disable_comment"), false } };
    QTest::newRow("good") << good << false << 200 << QStringLiteral("ok");
    QJsonObject noPrivacy = good;
    noPrivacy.remove(QStringLiteral("privacy_level"));
    QTest::newRow("no privacy") << noPrivacy << false << 400 << QStringLiteral("invalid_param");
    QJsonObject longTitle = good;
    longTitle.insert(QStringLiteral("title"), QString(2201, QLatin1Char('t')));
    QTest::newRow("title 2201") << longTitle << false << 400 << QStringLiteral("invalid_param");
    QJsonObject unknownLevel = good;
    unknownLevel.insert(QStringLiteral("privacy_level"), QStringLiteral("EVERYONE_EVERYWHERE"));
    QTest::newRow("mismatch") << unknownLevel << false << 400
                              << QStringLiteral("privacy_level_option_mismatch");
    QTest::newRow("unaudited public")
        << good << true << 403 << QStringLiteral("unaudited_client_can_only_post_to_private_accounts");
    QJsonObject selfOnly = good;
    selfOnly.insert(QStringLiteral("privacy_level"), QStringLiteral("SELF_ONLY"));
    QTest::newRow("unaudited only me") << selfOnly << true << 200 << QStringLiteral("ok");
    QJsonObject badToggle = good;
    badToggle.insert(QStringLiteral("disable_duet"), QStringLiteral("yes"));
    QTest::newRow("toggle not bool") << badToggle << false << 400 << QStringLiteral("invalid_param");
}

void tst_FakeContentPosting::directPostInfoChecks()
{
    QFETCH(QJsonObject, postInfo);
    QFETCH(bool, unaudited);
    QFETCH(int, status);
    QFETCH(QString, code);
    m_fake->app(OAuthTest::ClientKey)->unaudited = unaudited;
    const Answer answer = post(FakeContentPosting::DirectInitPath,
        { { QStringLiteral("post_info"), postInfo },
            { QStringLiteral("source_info"),
                QJsonObject { { QStringLiteral("source"), QStringLiteral("FILE_UPLOAD") },
                    { QStringLiteral("video_size"), 1000 }, { QStringLiteral("chunk_size"), 1000 },
                    { QStringLiteral("total_chunk_count"), 1 } } } });
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.code(), code);
}

void tst_FakeContentPosting::scopesAreChecked()
{
    const QString uploadOnly
        = signIn(*m_fake, m_network.get(), { QStringLiteral("video.upload") }).accessToken();
    const QJsonObject direct { { QStringLiteral("post_info"),
                                   QJsonObject {
                                       { QStringLiteral("privacy_level"), QStringLiteral("SELF_ONLY") } } },
        { QStringLiteral("source_info"),
            QJsonObject { { QStringLiteral("source"), QStringLiteral("FILE_UPLOAD") },
                { QStringLiteral("video_size"), 10 }, { QStringLiteral("chunk_size"), 10 },
                { QStringLiteral("total_chunk_count"), 1 } } } };
    const Answer refused = post(FakeContentPosting::DirectInitPath, direct, uploadOnly);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.code(), QStringLiteral("scope_not_authorized"));
    QCOMPARE(initInbox(10, 10, 1, uploadOnly).status, 200);
    const QString publishOnly
        = signIn(*m_fake, m_network.get(), { QStringLiteral("video.publish") }).accessToken();
    QCOMPARE(initInbox(10, 10, 1, publishOnly).code(), QStringLiteral("scope_not_authorized"));
    QCOMPARE(initInbox(10, 10, 1, QStringLiteral("act.not-a-token")).code(),
        QStringLiteral("access_token_invalid"));
}

void tst_FakeContentPosting::chunksInOrderWithStrictRanges()
{
    const qint64 size = 11 * MiB;
    const Answer init = initInbox(size, 5 * MiB, 2);
    QCOMPARE(init.status, 200);
    const QUrl url(init.data().value(QLatin1String("upload_url")).toString());
    const QByteArray first(int(5 * MiB), 'a');
    const QByteArray second(int(6 * MiB), 'b');
    const QByteArray total = "/" + QByteArray::number(size);
    // Out of order, wrong total, a range that does not match the body, no range, a wrong type.
    QCOMPARE(put(url, second, "bytes 5242880-11534335" + total).status, 416);
    QCOMPARE(put(url, first, "bytes 0-5242879/999").status, 416);
    QCOMPARE(put(url, first, "bytes 0-5242878" + total).status, 416);
    QCOMPARE(put(url, first, QByteArray()).status, 400);
    QCOMPARE(put(url, first, "bytes 0-5242879" + total, "application/octet-stream").status, 400);
    QCOMPARE(put(url, first, "bytes 0-5242879" + total, "video/quicktime").status, 206);
    // Not on the planned boundary.
    QCOMPARE(put(url, second.left(int(5 * MiB)), "bytes 5242880-10485759" + total).status, 416);
    QCOMPARE(put(url, second, "bytes 5242880-11534335" + total).status, 201);
    const FakeContentPosting::Upload *upload = m_posting->lastUpload();
    QVERIFY(upload->complete);
    QCOMPARE(upload->sha256, QCryptographicHash::hash(first + second, QCryptographicHash::Sha256));
    // The wrong token does not reach the upload.
    QUrl forged = url;
    forged.setQuery(QStringLiteral("upload_id=%1&upload_token=guess").arg(upload->publishId));
    QCOMPARE(put(forged, first, "bytes 0-5242879" + total).status, 403);
}

void tst_FakeContentPosting::resentChunkMustBeIdentical()
{
    const Answer init = initInbox(10 * MiB, 5 * MiB, 2);
    const QUrl url(init.data().value(QLatin1String("upload_url")).toString());
    const QByteArray chunk(int(5 * MiB), 'x');
    QCOMPARE(put(url, chunk, "bytes 0-5242879/10485760").status, 206);
    // Its answer may have been lost: the same chunk again is accepted…
    QCOMPARE(put(url, chunk, "bytes 0-5242879/10485760").status, 206);
    // …but not different bytes for it.
    QCOMPARE(put(url, QByteArray(int(5 * MiB), 'y'), "bytes 0-5242879/10485760").status, 400);
    QCOMPARE(m_posting->lastUpload()->receivedChunks, 1);
}

void tst_FakeContentPosting::uploadUrlExpires()
{
    m_posting->setUploadUrlLifetime(3600);
    const Answer init = initInbox(10, 10, 1);
    const QUrl url(init.data().value(QLatin1String("upload_url")).toString());
    m_fake->advanceClock(3601);
    QCOMPARE(put(url, QByteArray(10, 'z'), "bytes 0-9/10").status, 403);
}

void tst_FakeContentPosting::statusProgression()
{
    m_posting->setProcessingPolls(1);
    const Answer init = initInbox(10, 10, 1);
    const QString id = init.data().value(QLatin1String("publish_id")).toString();
    const QJsonObject body { { QStringLiteral("publish_id"), id } };
    Answer status = post(FakeContentPosting::StatusPath, body);
    QCOMPARE(status.data().value(QLatin1String("status")).toString(), QStringLiteral("PROCESSING_UPLOAD"));
    QCOMPARE(status.data().value(QLatin1String("uploaded_bytes")).toInt(), 0);
    QCOMPARE(put(QUrl(init.data().value(QLatin1String("upload_url")).toString()), QByteArray(10, 'z'),
                 "bytes 0-9/10")
                 .status,
        201);
    status = post(FakeContentPosting::StatusPath, body);
    QCOMPARE(status.data().value(QLatin1String("status")).toString(), QStringLiteral("PROCESSING_UPLOAD"));
    QCOMPARE(status.data().value(QLatin1String("uploaded_bytes")).toInt(), 10);
    status = post(FakeContentPosting::StatusPath, body);
    QCOMPARE(status.data().value(QLatin1String("status")).toString(), QStringLiteral("SEND_TO_USER_INBOX"));
    QCOMPARE(post(FakeContentPosting::StatusPath,
                 { { QStringLiteral("publish_id"), QStringLiteral("v_nothing") } })
                 .status,
        400);

    m_posting->failNextPublish(QStringLiteral("frame_rate_check_failed"));
    m_posting->setProcessingPolls(0);
    const Answer failing = initInbox(10, 10, 1);
    QCOMPARE(put(QUrl(failing.data().value(QLatin1String("upload_url")).toString()), QByteArray(10, 'z'),
                 "bytes 0-9/10")
                 .status,
        201);
    status = post(FakeContentPosting::StatusPath,
        { { QStringLiteral("publish_id"), failing.data().value(QLatin1String("publish_id")).toString() } });
    QCOMPARE(status.status, 200);
    QCOMPARE(status.data().value(QLatin1String("status")).toString(), QStringLiteral("FAILED"));
    QCOMPARE(status.data().value(QLatin1String("fail_reason")).toString(),
        QStringLiteral("frame_rate_check_failed"));
}

void tst_FakeContentPosting::initRateLimit()
{
    m_posting->setPendingShareLimit(100); // this test is about the minute's limit
    for (int i = 0; i < 6; ++i)
        QCOMPARE(initInbox(10, 10, 1).status, 200);
    const Answer limited = initInbox(10, 10, 1);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.code(), QStringLiteral("rate_limit_exceeded"));
    m_fake->advanceClock(61);
    QCOMPARE(initInbox(10, 10, 1).status, 200);
}

void tst_FakeContentPosting::statusRateLimit()
{
    const Answer init = initInbox(10, 10, 1);
    const QJsonObject body { { QStringLiteral("publish_id"),
        init.data().value(QLatin1String("publish_id")).toString() } };
    for (int i = 0; i < 30; ++i)
        QCOMPARE(post(FakeContentPosting::StatusPath, body).status, 200);
    QCOMPARE(post(FakeContentPosting::StatusPath, body).status, 429);
    m_fake->advanceClock(61);
    QCOMPARE(post(FakeContentPosting::StatusPath, body).status, 200);
}

void tst_FakeContentPosting::pendingInboxShares()
{
    // At most 5 uploads may wait in a user's inbox in 24 hours; the sixth init is refused with HTTP 200.
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(initInbox(10, 10, 1).status, 200);
        m_fake->advanceClock(3600);
    }
    const Answer refused = initInbox(10, 10, 1);
    QCOMPARE(refused.status, 200);
    QCOMPARE(refused.code(), QStringLiteral("spam_risk_too_many_pending_share"));
    QCOMPARE(m_posting->publishIds().size(), 5);
    // 24 hours after the first, one slot is free again (the access token has expired by then: a new one).
    m_fake->advanceClock(19 * 3600 + 1);
    const QString token = signIn(*m_fake, m_network.get()).accessToken();
    QCOMPARE(initInbox(10, 10, 1, token).code(), QStringLiteral("ok"));
    QCOMPARE(initInbox(10, 10, 1, token).code(), QStringLiteral("spam_risk_too_many_pending_share"));
}

QTEST_GUILESS_MAIN(tst_FakeContentPosting)
#include "tst_fakecontentposting.moc"
