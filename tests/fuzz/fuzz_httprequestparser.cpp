// Fuzz target: the loopback receiver's HTTP request-head parser and the callback it extracts, i.e. every
// byte a local process or web page can send to the port during a login; and the same bytes as an address
// pasted from another computer's browser (CallbackAddress, the receiver's rule for pasted text).
#include "fuzzsupport.h"

#include "oauth/authorizationcallback.h"
#include "oauth/callbackaddress.h"
#include "oauth/httprequestparser.h"

using Skybeam::AuthorizationCallback;
using Skybeam::CallbackAddress;
using Skybeam::HttpParseResult;
using Skybeam::HttpRequestParser;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    SkybeamFuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = SkybeamFuzz::rawBytes(data, size);
    // A small head limit too, so the size checks meet the fuzzer's short inputs.
    for (const qsizetype limit : { HttpRequestParser::DefaultMaxHeadBytes, qsizetype(64) }) {
        const HttpParseResult result = HttpRequestParser::parse(input, limit);
        switch (result.status) {
        case HttpParseResult::Status::Incomplete:
            SKYBEAM_FUZZ_CHECK(result.errorStatus == 0);
            // Unfinished input is only waited for while it fits the limit.
            SKYBEAM_FUZZ_CHECK(input.size() <= limit);
            break;
        case HttpParseResult::Status::Invalid:
            SKYBEAM_FUZZ_CHECK(
                result.errorStatus == 400 || result.errorStatus == 431 || result.errorStatus == 505);
            SKYBEAM_FUZZ_CHECK(!result.errorReason.isEmpty());
            break;
        case HttpParseResult::Status::Complete: {
            const auto &request = result.request;
            SKYBEAM_FUZZ_CHECK(!request.method.isEmpty());
            SKYBEAM_FUZZ_CHECK(request.target.startsWith('/'));
            SKYBEAM_FUZZ_CHECK(request.target.size() <= limit);
            SKYBEAM_FUZZ_CHECK(request.headers.size() <= HttpRequestParser::MaxHeaderCount);
            SKYBEAM_FUZZ_CHECK(!request.path.contains(QChar(0)));
            for (const auto &header : request.headers)
                SKYBEAM_FUZZ_CHECK(header.first == header.first.toLower());
            const std::optional<AuthorizationCallback> callback
                = AuthorizationCallback::fromQuery(request.query);
            if (callback) {
                // The state check never accepts an empty expectation and accepts exactly the sent state.
                SKYBEAM_FUZZ_CHECK(!callback->stateMatches(QString()));
                if (!callback->state.isEmpty())
                    SKYBEAM_FUZZ_CHECK(callback->stateMatches(callback->state));
                SKYBEAM_FUZZ_CHECK(!callback->stateMatches(callback->state + QLatin1Char('x')));
            }
            // Parsing is stable: the same head parses the same way again.
            const HttpParseResult again = HttpRequestParser::parse(input.left(input.size()), limit);
            SKYBEAM_FUZZ_CHECK(again.status == HttpParseResult::Status::Complete);
            SKYBEAM_FUZZ_CHECK(again.request.query == request.query);
            break;
        }
        }
    }
    // The input as a pasted address: a usable one carries this attempt's state and a code or an error;
    // every refusal has its code and a message; checking is stable.
    CallbackAddress::Expectation expected;
    expected.redirectUri = QStringLiteral("http://localhost:8080/callback");
    expected.path = QStringLiteral("/callback");
    expected.port = 8080;
    expected.state = QStringLiteral("8f3a0c");
    const QString pasted = QString::fromUtf8(input);
    const CallbackAddress::Result checked = CallbackAddress::check(pasted, expected);
    SKYBEAM_FUZZ_CHECK(checked.error.code() == CallbackAddress::errorCode(checked.problem));
    if (checked.isUsable()) {
        SKYBEAM_FUZZ_CHECK(!checked.error.isError());
        SKYBEAM_FUZZ_CHECK(checked.callback.stateMatches(expected.state));
        SKYBEAM_FUZZ_CHECK(!checked.callback.isEmpty());
        SKYBEAM_FUZZ_CHECK(pasted.trimmed().size() <= CallbackAddress::MaxLength);
    } else {
        SKYBEAM_FUZZ_CHECK(!checked.error.message().isEmpty());
        SKYBEAM_FUZZ_CHECK(checked.callback.isEmpty());
    }
    SKYBEAM_FUZZ_CHECK(CallbackAddress::check(pasted, expected).problem == checked.problem);
    const std::optional<quint16> port = CallbackAddress::loopbackPort(input);
    SKYBEAM_FUZZ_CHECK(!port || *port > 0);

    // The form decoder and encoder round-trip whatever the query decodes to.
    QList<QPair<QString, QString>> pairs;
    if (HttpRequestParser::parseFormEncoded(input, &pairs)) {
        QList<QPair<QString, QString>> back;
        SKYBEAM_FUZZ_CHECK(HttpRequestParser::parseFormEncoded(HttpRequestParser::formEncode(pairs), &back));
        SKYBEAM_FUZZ_CHECK(back == pairs);
    }
    return 0;
}
