// Runs a fuzz target over files (its seed corpus and the regression inputs of crashes found earlier)
// without libFuzzer, so that CTest checks every known input with the project's normal compiler, with
// and without the sanitizers. Usage: fuzz_replay_<target> PATH... (files or folders, read recursively).
// Exits non-zero when no input was found; a crash or broken invariant aborts the process.
#include "fuzzsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cstdio>

extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace {

bool replayFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray bytes = file.readAll();
    // An exactly sized heap copy, so that over-reads are caught by AddressSanitizer here too.
    auto *copy = new uint8_t[size_t(bytes.size()) + 1];
    std::copy(bytes.cbegin(), bytes.cend(), copy);
    LLVMFuzzerTestOneInput(copy, size_t(bytes.size()));
    delete[] copy;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    int count = 0;
    bool ok = true;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList files;
            QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
            files.sort();
            for (const QString &file : std::as_const(files)) {
                ok = replayFile(file) && ok;
                ++count;
            }
        } else if (info.isFile()) {
            ok = replayFile(path) && ok;
            ++count;
        }
    }
    std::printf("Replayed %d inputs\n", count);
    if (count == 0) {
        std::fprintf(stderr, "no inputs found\n");
        return 1;
    }
    return ok ? 0 : 1;
}
