#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Skybeam {

/// One parsed HTTP/1.x request head (request line and headers); the loopback receiver never reads bodies.
struct HttpRequest
{
    QByteArray method;
    /// The raw request-target, e.g. "/callback?code=...".
    QByteArray target;
    /// The target's path, percent-decoded.
    QString path;
    /// The target's query as name/value pairs, decoded as a browser form (`+` is a space), in order.
    QList<QPair<QString, QString>> query;
    /// Header names lowercased, values without surrounding whitespace, in order.
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &lowercaseName) const;
};

/// The outcome of feeding bytes to HttpRequestParser::parse().
struct HttpParseResult
{
    enum class Status {
        Incomplete, ///< no full request head yet: read more
        Complete, ///< `request` holds the head
        Invalid ///< answer `errorStatus` and close
    };
    Status status = Status::Incomplete;
    HttpRequest request;
    /// 400, 431 (head too large) or 505 (HTTP version) when Invalid.
    int errorStatus = 0;
    /// Technical reason for logs (never shown to the operator, never contains the request's values).
    QString errorReason;
};

/// Parses the head of an HTTP/1.x request received by the loopback receiver. A pure function of its input
/// (bytes in, result out) with every size bounded, so it can be fuzzed. Thread-safe.
class HttpRequestParser final
{
public:
    /// Request line plus headers must fit in this many bytes, else 431.
    static constexpr qsizetype DefaultMaxHeadBytes = 8 * 1024;
    static constexpr int MaxHeaderCount = 100;

    /// Parses `data`, all bytes received so far on one connection.
    static HttpParseResult parse(const QByteArray &data, qsizetype maxHeadBytes = DefaultMaxHeadBytes);

    /// Decodes `%XX` escapes (and `+` as a space when `plusIsSpace`); false on a malformed escape.
    static bool percentDecode(const QByteArray &in, bool plusIsSpace, QByteArray *out);
    /// Splits and decodes an application/x-www-form-urlencoded string; false on a malformed escape.
    static bool parseFormEncoded(const QByteArray &in, QList<QPair<QString, QString>> *out);
    /// Encodes pairs as application/x-www-form-urlencoded (every byte but A-Z a-z 0-9 - . _ ~ escaped).
    static QByteArray formEncode(const QList<QPair<QString, QString>> &pairs);
};

} // namespace Skybeam
