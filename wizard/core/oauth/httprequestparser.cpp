#include "oauth/httprequestparser.h"

#include <QUrl>

namespace Skybeam {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray &value)
{
    if (value.isEmpty())
        return false;
    for (char c : value) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isVisibleAscii(const QByteArray &value)
{
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x21 || u > 0x7e)
            return false;
    }
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

HttpParseResult invalid(int status, const char *reason)
{
    HttpParseResult result;
    result.status = HttpParseResult::Status::Invalid;
    result.errorStatus = status;
    result.errorReason = QString::fromLatin1(reason);
    return result;
}

QByteArray withoutCr(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// Checks "METHOD SP TARGET SP HTTP/x.y"; returns an Invalid result or a Complete one holding the parts.
HttpParseResult parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3)
        return invalid(400, "request line is not METHOD TARGET VERSION");
    const QByteArray &method = parts.at(0);
    const QByteArray &target = parts.at(1);
    const QByteArray &version = parts.at(2);
    if (!isToken(method))
        return invalid(400, "malformed method");
    if (!target.startsWith('/') || !isVisibleAscii(target))
        return invalid(400, "request target is not origin-form");
    if (target.contains('#'))
        return invalid(400, "request target carries a fragment");
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.size() == 8 && version.startsWith("HTTP/") && version.at(6) == '.')
            return invalid(505, "unsupported HTTP version");
        return invalid(400, "malformed HTTP version");
    }
    HttpParseResult result;
    result.status = HttpParseResult::Status::Complete;
    result.request.method = method;
    result.request.target = target;
    return result;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowercaseName) const
{
    for (const auto &entry : headers) {
        if (entry.first == lowercaseName)
            return entry.second;
    }
    return {};
}

HttpParseResult HttpRequestParser::parse(const QByteArray &data, qsizetype maxHeadBytes)
{
    // Find the end of the head: an empty line, with CRLF or bare LF line ends.
    qsizetype headEnd = -1;
    const qsizetype crlf = data.indexOf("\r\n\r\n");
    const qsizetype lf = data.indexOf("\n\n");
    if (crlf >= 0)
        headEnd = crlf;
    if (lf >= 0 && (headEnd < 0 || lf < headEnd))
        headEnd = lf;

    const qsizetype firstLineEnd = data.indexOf('\n');
    if (firstLineEnd < 0)
        return data.size() > maxHeadBytes ? invalid(431, "request line too long") : HttpParseResult();
    if (firstLineEnd > maxHeadBytes)
        return invalid(431, "request line too long");
    // Judge the request line as soon as it is complete, so garbage is refused without waiting.
    HttpParseResult result = parseRequestLine(withoutCr(data.left(firstLineEnd)));
    if (result.status == HttpParseResult::Status::Invalid)
        return result;

    if (headEnd < 0)
        return data.size() > maxHeadBytes ? invalid(431, "request head too large") : HttpParseResult();
    if (headEnd > maxHeadBytes)
        return invalid(431, "request head too large");

    const QList<QByteArray> lines = data.left(headEnd).split('\n');
    if (lines.size() - 1 > MaxHeaderCount)
        return invalid(431, "too many header fields");
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = withoutCr(lines.at(i));
        if (line.isEmpty())
            return invalid(400, "empty header line");
        if (line.startsWith(' ') || line.startsWith('\t'))
            return invalid(400, "obsolete header line folding");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return invalid(400, "header line without a name");
        const QByteArray name = line.left(colon);
        if (!isToken(name))
            return invalid(400, "malformed header name");
        const QByteArray value = line.mid(colon + 1).trimmed();
        for (char c : value) {
            const auto u = static_cast<unsigned char>(c);
            if ((u < 0x20 && c != '\t') || u == 0x7f)
                return invalid(400, "control character in header value");
        }
        result.request.headers.append({ name.toLower(), value });
    }

    const QByteArray &target = result.request.target;
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    QByteArray path;
    if (!percentDecode(rawPath, false, &path))
        return invalid(400, "malformed escape in path");
    if (path.contains('\0'))
        return invalid(400, "NUL in path");
    result.request.path = QString::fromUtf8(path);
    if (question >= 0 && !parseFormEncoded(target.mid(question + 1), &result.request.query))
        return invalid(400, "malformed escape in query");
    return result;
}

bool HttpRequestParser::percentDecode(const QByteArray &in, bool plusIsSpace, QByteArray *out)
{
    QByteArray decoded;
    decoded.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '%') {
            if (i + 2 >= in.size())
                return false;
            const int high = hexValue(in.at(i + 1));
            const int low = hexValue(in.at(i + 2));
            if (high < 0 || low < 0)
                return false;
            decoded.append(char(high * 16 + low));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            decoded.append(' ');
        } else {
            decoded.append(c);
        }
    }
    *out = decoded;
    return true;
}

bool HttpRequestParser::parseFormEncoded(const QByteArray &in, QList<QPair<QString, QString>> *out)
{
    QList<QPair<QString, QString>> pairs;
    const QList<QByteArray> fields = in.split('&');
    for (const QByteArray &field : fields) {
        if (field.isEmpty())
            continue;
        const qsizetype equals = field.indexOf('=');
        QByteArray name;
        QByteArray value;
        if (!percentDecode(equals < 0 ? field : field.left(equals), true, &name))
            return false;
        if (equals >= 0 && !percentDecode(field.mid(equals + 1), true, &value))
            return false;
        pairs.append({ QString::fromUtf8(name), QString::fromUtf8(value) });
    }
    *out = pairs;
    return true;
}

QByteArray HttpRequestParser::formEncode(const QList<QPair<QString, QString>> &pairs)
{
    QByteArray body;
    for (const auto &pair : pairs) {
        if (!body.isEmpty())
            body.append('&');
        body.append(QUrl::toPercentEncoding(pair.first));
        body.append('=');
        body.append(QUrl::toPercentEncoding(pair.second));
    }
    return body;
}

} // namespace Skybeam
