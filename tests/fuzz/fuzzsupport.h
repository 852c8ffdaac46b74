#pragma once

// Shared by the fuzz targets: the libFuzzer entry points, a check that aborts (so a broken invariant is a
// finding, in libFuzzer and in the replay harness alike), and quiet logging.
#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace SkybeamFuzz {

/// Aborts with a message when `condition` is false: an invariant of the code under test is broken.
#define SKYBEAM_FUZZ_CHECK(condition)                                                                        \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "fuzz invariant broken: %s (%s:%d)\n", #condition, __FILE__, __LINE__);     \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

/// The input without a copy, so that reading past its end is caught by AddressSanitizer.
inline QByteArray rawBytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Drops Qt's non-fatal messages (the code under test logs at debug level; printing them would slow the
/// fuzzer down a hundredfold). Fatal messages still abort.
void silenceQtMessages();

/// Splits `input` at each occurrence of `separator` into at most `maxParts` parts (the last part keeps the
/// rest); lets one fuzz input describe several files.
QList<QByteArray> splitInput(const QByteArray &input, const QByteArray &separator, int maxParts);

} // namespace SkybeamFuzz
