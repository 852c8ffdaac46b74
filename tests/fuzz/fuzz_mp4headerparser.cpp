// Fuzz target: the MP4/MOV header parser, both on bytes in memory (parse) and through a seekable device the
// way the pack reader uses it (read, seeking over media data). read() on a sequential device is parse() of
// its first 16 MiB; it is left out because allocating that buffer for every input slows the fuzzer 50-fold.
#include "fuzzsupport.h"

#include "handoff/mp4headerparser.h"

#include <QBuffer>

using Skybeam::Expected;
using Skybeam::Mp4HeaderParser;
using Skybeam::VideoFacts;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    SkybeamFuzz::silenceQtMessages();
    return 0;
}

namespace {

void checkFacts(const Expected<VideoFacts> &facts)
{
    if (!facts) {
        SKYBEAM_FUZZ_CHECK(facts.error().code().startsWith(QLatin1String("mp4.")));
        SKYBEAM_FUZZ_CHECK(!facts.error().message().isEmpty());
        return;
    }
    SKYBEAM_FUZZ_CHECK(facts->durationMs >= -1);
    SKYBEAM_FUZZ_CHECK(facts->width >= 0 && facts->height >= 0);
    SKYBEAM_FUZZ_CHECK(facts->majorBrand.size() <= 4);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = SkybeamFuzz::rawBytes(data, size);
    const Expected<VideoFacts> parsed = Mp4HeaderParser::parse(input);
    checkFacts(parsed);
    // Deterministic and pure.
    const Expected<VideoFacts> again = Mp4HeaderParser::parse(input);
    SKYBEAM_FUZZ_CHECK(parsed.hasValue() == again.hasValue());

    QByteArray copy(input.constData(), input.size());
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    checkFacts(Mp4HeaderParser::read(&buffer));
    return 0;
}
