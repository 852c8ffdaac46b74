// Fuzz target: the handoff pack reader on a real pack folder whose files come from the input: the metadata
// JSON, the caption and the video's header, separated by the line "--8<--". The files are rewritten for
// every input in a private folder (in /dev/shm when there is one, to keep the fuzzer fast).
#include "fuzzsupport.h"

#include "handoff/packreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

#include <fcntl.h>
#include <unistd.h>

using Skybeam::HandoffPack;
using Skybeam::PackReader;

namespace {

std::unique_ptr<QTemporaryDir> root;
QByteArray exportsDir;
QByteArray packDir;
QList<PackReader::FolderId> forbidden;

void writeOrRemove(const QByteArray &name, const QByteArray *content)
{
    const QByteArray path = packDir + '/' + name;
    if (!content) {
        ::unlink(path.constData());
        return;
    }
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    SKYBEAM_FUZZ_CHECK(fd >= 0);
    qsizetype written = 0;
    while (written < content->size()) {
        const ssize_t count = ::write(fd, content->constData() + written, size_t(content->size() - written));
        SKYBEAM_FUZZ_CHECK(count > 0);
        written += count;
    }
    ::close(fd);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    SkybeamFuzz::silenceQtMessages();
    const QString base = QDir(QStringLiteral("/dev/shm")).exists()
        ? QStringLiteral("/dev/shm/skybeam-fuzz-XXXXXX")
        : QDir::tempPath() + QStringLiteral("/skybeam-fuzz-XXXXXX");
    root = std::make_unique<QTemporaryDir>(base);
    SKYBEAM_FUZZ_CHECK(root->isValid());
    exportsDir = QFile::encodeName(root->path()) + "/exports";
    packDir = exportsDir + "/2026-01-01_pack";
    SKYBEAM_FUZZ_CHECK(QDir().mkpath(QFile::decodeName(packDir)));
    forbidden = PackReader::folderChain(exportsDir);
    // Free the folder when the process ends normally (libFuzzer exits through exit()).
    std::atexit([] { root.reset(); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts
        = SkybeamFuzz::splitInput(SkybeamFuzz::rawBytes(data, size), QByteArrayLiteral("\n--8<--\n"), 3);
    writeOrRemove("metadata.json", &parts.at(0));
    writeOrRemove("caption.txt", parts.size() > 1 ? &parts.at(1) : nullptr);
    writeOrRemove("video.mp4", parts.size() > 2 ? &parts.at(2) : nullptr);

    const HandoffPack pack = PackReader::read(exportsDir, "2026-01-01_pack", forbidden);
    SKYBEAM_FUZZ_CHECK(pack.problems.isEmpty() == (pack.health == HandoffPack::Health::Ok));
    SKYBEAM_FUZZ_CHECK(pack.metadata.size() <= PackReader::MaxMetadataEntries);
    SKYBEAM_FUZZ_CHECK(pack.caption.size() <= PackReader::MaxCaptionBytes);
    SKYBEAM_FUZZ_CHECK(pack.metadataFileName == QLatin1String("metadata.json"));
    SKYBEAM_FUZZ_CHECK((parts.size() > 2) == !pack.videoFileName.isEmpty());
    SKYBEAM_FUZZ_CHECK(pack.video.width >= 0 && pack.video.height >= 0);
    (void)pack.headline();
    (void)pack.captionLength();
    return 0;
}
