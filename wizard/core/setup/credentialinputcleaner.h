#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Skybeam {

/// The result of cleaning one pasted value: the value to use, what was removed (to show the operator),
/// and a hint when the value looks like something other than what the field asks for.
struct CleanedInput
{
    enum class Hint {
        None,
        /// Client key field: a sandbox key (`sbaw…`); not a problem, but worth labelling.
        SandboxKey,
        /// A number: the App ID, not the Client Key.
        LooksLikeAppId,
        /// Client key field: does not start like a client key (probably the secret).
        LooksLikeSecret,
        /// Client secret field: starts like a client key.
        LooksLikeClientKey,
        /// An access or refresh token (`act.…`, `rft.…`).
        LooksLikeToken,
        /// A web address.
        LooksLikeUrl,
        /// Characters that never appear in TikTok keys.
        UnexpectedCharacters,
    };

    QString value;
    /// Translated sentences such as "Removed 2 spaces.", in the order they were applied.
    QStringList changes;
    Hint hint = Hint::None;
    /// Translated sentence explaining the hint; empty for Hint::None.
    QString hintText;

    bool wasChanged() const { return !changes.isEmpty(); }
};

/// Cleans what the operator pastes into the client key and client secret fields, as the runbook's
/// troubleshooting warns ("Extra whitespace", "Copied App ID instead of Client Key"): removes spaces,
/// line breaks, invisible characters, surrounding quotes and a leading `client_key:` label, and says so.
/// Pure functions; thread-safe.
class CredentialInputCleaner final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::CredentialInputCleaner)

public:
    enum class Field { ClientKey, ClientSecret };

    static CleanedInput clean(const QString &raw, Field field);
    /// The hint for an already clean value.
    static CleanedInput::Hint hintFor(const QString &value, Field field);
    static QString hintText(CleanedInput::Hint hint);
};

} // namespace Skybeam
