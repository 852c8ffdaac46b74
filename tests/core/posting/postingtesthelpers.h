#pragma once

// Shared by the posting tests (core, CLI, dialog and benchmark): quickly generated video files, a fake
// TikTok with the Content Posting API, signed-in credentials, fast retry and polling settings, and a damaged
// publish journal.

#include "core/oauth/oauthtesthelpers.h"
#include "fakecontentposting.h"

#include "credentials/credentialfile.h"
#include "credentials/tiktokcredentials.h"
#include "posting/packuploader.h"
#include "posting/publishjournal.h"
#include "posting/ratewindow.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>

#include <algorithm>
#include <cstring>

namespace PostingTest {

constexpr qint64 MiB = 1024 * 1024;

/// Writes `size` bytes to `path` in 1 MiB blocks, each block different (so a chunk sent in the wrong
/// place changes the digest), without holding the file in memory.
inline bool writeVideoFile(const QString &path, qint64 size, quint32 seed = 1)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray block(int(MiB), Qt::Uninitialized);
    for (int i = 0; i < block.size(); i += 4) {
        const quint32 value = quint32(i) * 2654435761u ^ seed;
        std::memcpy(block.data() + i, &value, 4);
    }
    qint64 written = 0;
    quint32 blockNumber = 0;
    while (written < size) {
        std::memcpy(block.data(), &blockNumber, sizeof blockNumber);
        ++blockNumber;
        const qint64 length = std::min<qint64>(block.size(), size - written);
        if (file.write(block.constData(), length) != length)
            return false;
        written += length;
    }
    return true;
}

inline QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

/// Registers the test app (sandbox or not, unaudited or not) on `fake` and starts it.
inline bool startPostingFake(FakeTikTokTest::FakeTikTok &fake, bool sandbox = false, bool unaudited = false)
{
    if (!OAuthTest::startFake(fake, { QStringLiteral("http://127.0.0.1:*/callback/") }, sandbox))
        return false;
    fake.app(OAuthTest::ClientKey)->unaudited = unaudited;
    return true;
}

/// Signs in at the fake with `scopes` and returns the credentials the wizard would store.
inline Skybeam::TikTokCredentials signIn(FakeTikTokTest::FakeTikTok &fake, QNetworkAccessManager *network,
    const QStringList &scopes
    = { QStringLiteral("user.info.basic"), QStringLiteral("video.upload"), QStringLiteral("video.publish") })
{
    const QJsonObject response = OAuthTest::obtainTokens(fake, network, scopes);
    Skybeam::TikTokCredentials credentials;
    credentials.setClientKey(OAuthTest::ClientKey);
    credentials.setClientSecret(OAuthTest::ClientSecret);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    credentials.applyTokenResponse(response, now);
    credentials.setAuthorizedAt(now);
    return credentials;
}

/// The product tells sandbox apps by their key ("sb…"), and the tests' app key is one. TikTok (the fake)
/// checks the token, not the key, so a test that needs a production app renames the stored key.
inline const QString ProductionKey = QStringLiteral("awtestclientkey");

inline Skybeam::TikTokCredentials asProduction(Skybeam::TikTokCredentials credentials)
{
    credentials.setClientKey(ProductionKey);
    return credentials;
}

/// Retries, backoffs and polls shortened so the tests stay fast; private rate windows so the tests do
/// not wait for each other.
inline Skybeam::UploadPolicy fastUploadPolicy()
{
    Skybeam::UploadPolicy policy;
    policy.network = OAuthTest::fastPolicy();
    policy.chunks.transferTimeoutMs = 5000;
    policy.chunks.backoffMs = 20;
    policy.chunks.maxBackoffMs = 100;
    policy.chunks.progressIntervalMs = 0;
    policy.preferredChunkSize = 5 * MiB;
    policy.poll.delaysMs = { 20 };
    policy.poll.maxPolls = 10;
    policy.poll.rateLimitedDelayMs = 50;
    policy.sandboxPoll = policy.poll;
    policy.sandboxPoll.maxPolls = 6;
    static Skybeam::RateWindow initWindow(1000, 60000);
    static Skybeam::RateWindow statusWindow(1000, 60000);
    policy.initWindow = &initWindow;
    policy.statusWindow = &statusWindow;
    return policy;
}

/// A journal cut off in the middle of an entry for `packKey`, as a full disk or a hand edit leaves it.
inline const QByteArray DamagedJournal = "{\"version\": 1, \"packs\": {\"PACK\": {\"state\": \"transf";

/// Writes `bytes` as the publish journal under `paths`; false when it cannot.
inline bool writeJournalBytes(const Skybeam::RoxyPaths &paths, const QByteArray &bytes)
{
    const QString path = Skybeam::PublishJournal::defaultFilePath(paths);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

/// The copies of damaged journals set aside next to the journal under `paths` (full paths).
inline QStringList damagedJournalCopies(const Skybeam::RoxyPaths &paths)
{
    const QFileInfo journal(Skybeam::PublishJournal::defaultFilePath(paths));
    QStringList copies;
    for (const QString &name :
        QDir(journal.absolutePath()).entryList({ journal.fileName() + QStringLiteral(".damaged-*") }))
        copies.append(journal.absolutePath() + QLatin1Char('/') + name);
    return copies;
}

} // namespace PostingTest
