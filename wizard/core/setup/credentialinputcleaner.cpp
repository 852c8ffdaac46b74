#include "setup/credentialinputcleaner.h"

#include <QRegularExpression>

namespace Skybeam {

namespace {

bool isInvisible(QChar c)
{
    switch (c.unicode()) {
    case 0x200B: // zero width space
    case 0x200C: // zero width non-joiner
    case 0x200D: // zero width joiner
    case 0x2060: // word joiner
    case 0xFEFF: // byte order mark
    case 0x00AD: // soft hyphen
        return true;
    default:
        return false;
    }
}

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0x2028) || c == QChar(0x2029);
}

// Removes one pair of matching quotes around `text`; true when it did.
bool stripQuotes(QString *text)
{
    static const QList<QPair<QChar, QChar>> pairs {
        { QLatin1Char('"'), QLatin1Char('"') },
        { QLatin1Char('\''), QLatin1Char('\'') },
        { QLatin1Char('`'), QLatin1Char('`') },
        { QChar(0x201C), QChar(0x201D) },
        { QChar(0x2018), QChar(0x2019) },
        { QChar(0x00AB), QChar(0x00BB) },
    };
    if (text->size() < 2)
        return false;
    for (const auto &pair : pairs) {
        if (text->front() == pair.first && text->back() == pair.second) {
            *text = text->mid(1, text->size() - 2);
            return true;
        }
    }
    return false;
}

} // namespace

CleanedInput CredentialInputCleaner::clean(const QString &raw, Field field)
{
    CleanedInput result;
    QString text = raw;

    // A whole line copied from the credential file or a settings page: `"client_key": "aw…",`.
    static const QRegularExpression label(
        QStringLiteral("^\\s*[\"']?(client[ _]?key|client[ _]?secret|app[ _]?id)[\"']?\\s*[:=]\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = label.match(text);
    if (match.hasMatch()) {
        result.changes.append(tr("Removed the label \"%1\".").arg(match.captured(1)));
        text = text.mid(match.capturedEnd());
    }

    int spaces = 0;
    int lineBreaks = 0;
    int invisible = 0;
    QString compact;
    compact.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (isLineBreak(c))
            ++lineBreaks;
        else if (c.isSpace())
            ++spaces;
        else if (isInvisible(c))
            ++invisible;
        else
            compact.append(c);
    }
    if (spaces > 0)
        result.changes.append(tr("Removed %n space(s).", nullptr, spaces));
    if (lineBreaks > 0)
        result.changes.append(tr("Removed %n line break(s).", nullptr, lineBreaks));
    if (invisible > 0)
        result.changes.append(tr("Removed %n invisible character(s).", nullptr, invisible));

    bool trailingComma = false;
    if (compact.endsWith(QLatin1Char(',')) || compact.endsWith(QLatin1Char(';'))) {
        compact.chop(1);
        trailingComma = true;
    }
    bool quotes = false;
    while (stripQuotes(&compact))
        quotes = true;
    if (quotes)
        result.changes.append(tr("Removed the quotes around the value."));
    if (trailingComma)
        result.changes.append(tr("Removed a trailing comma."));

    result.value = compact;
    result.hint = hintFor(compact, field);
    result.hintText = hintText(result.hint);
    return result;
}

CleanedInput::Hint CredentialInputCleaner::hintFor(const QString &value, Field field)
{
    using Hint = CleanedInput::Hint;
    if (value.isEmpty())
        return Hint::None;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{6,}$"));
    static const QRegularExpression keyCharacters(QStringLiteral("^[A-Za-z0-9._~-]+$"));
    if (value.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || value.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return Hint::LooksLikeUrl;
    if (value.startsWith(QLatin1String("act.")) || value.startsWith(QLatin1String("rft.")))
        return Hint::LooksLikeToken;
    if (digits.match(value).hasMatch())
        return Hint::LooksLikeAppId;
    if (!keyCharacters.match(value).hasMatch())
        return Hint::UnexpectedCharacters;
    const bool keyPrefix = value.startsWith(QLatin1String("aw"), Qt::CaseInsensitive)
        || value.startsWith(QLatin1String("sbaw"), Qt::CaseInsensitive);
    if (field == Field::ClientKey) {
        if (value.startsWith(QLatin1String("sb"), Qt::CaseInsensitive))
            return Hint::SandboxKey;
        if (!keyPrefix)
            return Hint::LooksLikeSecret;
        return Hint::None;
    }
    if (keyPrefix && value.size() <= 20)
        return Hint::LooksLikeClientKey;
    return Hint::None;
}

QString CredentialInputCleaner::hintText(CleanedInput::Hint hint)
{
    using Hint = CleanedInput::Hint;
    switch (hint) {
    case Hint::None:
        return {};
    case Hint::SandboxKey:
        return tr("This is a sandbox key: posts are visible only to you, and TikTok allows about 20 API "
                  "calls a day.");
    case Hint::LooksLikeAppId:
        return tr("This looks like the App ID (a number). Copy the Client Key instead: it is listed under "
                  "\"Keys and Credentials\" on your app's page.");
    case Hint::LooksLikeSecret:
        return tr("Client keys usually start with \"aw\" (or \"sbaw\" for sandbox apps). Check that this is "
                  "the Client Key and not the Client Secret.");
    case Hint::LooksLikeClientKey:
        return tr("This looks like the Client Key. Paste the Client Secret here: it is listed just below the "
                  "key and hidden until you click to reveal it.");
    case Hint::LooksLikeToken:
        return tr("This looks like a TikTok token, not an app key. Copy the value from \"Keys and "
                  "Credentials\" on your app's page.");
    case Hint::LooksLikeUrl:
        return tr("This is a web address, not a key. Copy the value itself from \"Keys and Credentials\".");
    case Hint::UnexpectedCharacters:
        return tr("This contains characters that TikTok keys never have. Copy the value again from \"Keys "
                  "and Credentials\".");
    }
    return {};
}

} // namespace Skybeam
