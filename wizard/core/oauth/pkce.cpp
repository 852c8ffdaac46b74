#include "oauth/pkce.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace Skybeam {

namespace {

constexpr char Unreserved[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr int UnreservedCount = int(sizeof(Unreserved)) - 1;

bool isUnreserved(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'
        || u == u'.' || u == u'_' || u == u'~';
}

} // namespace

bool Pkce::isValidVerifier(const QString &verifier)
{
    if (verifier.size() < MinVerifierLength || verifier.size() > MaxVerifierLength)
        return false;
    return std::all_of(verifier.cbegin(), verifier.cend(), isUnreserved);
}

QString Pkce::generateVerifier(int length)
{
    length = std::clamp(length, MinVerifierLength, MaxVerifierLength);
    QRandomGenerator *random = QRandomGenerator::system();
    QString verifier;
    verifier.reserve(length);
    for (int i = 0; i < length; ++i)
        verifier.append(QLatin1Char(Unreserved[random->bounded(UnreservedCount)]));
    return verifier;
}

QString Pkce::challengeFor(const QString &verifier)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex());
}

QString Pkce::generateState()
{
    std::array<quint32, 8> words {};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace Skybeam
