#pragma once

#include <QString>

namespace Skybeam {

/// PKCE and `state` values for TikTok's desktop Login Kit, which hex-encodes the challenge (not RFC 7636's
/// base64url). All randomness comes from QRandomGenerator::system(). Pure functions; thread-safe.
class Pkce final
{
public:
    /// The characters RFC 7636 allows in a code verifier: A-Z a-z 0-9 - . _ ~
    static bool isValidVerifier(const QString &verifier);

    /// A fresh verifier of `length` characters (clamped to 43..128) drawn uniformly from the unreserved
    /// set; 64 characters carry about 386 bits.
    static QString generateVerifier(int length = 64);

    /// Lowercase hex of SHA-256(verifier): the 64-character challenge TikTok's desktop flow expects.
    static QString challengeFor(const QString &verifier);

    /// A fresh, unguessable `state`: 32 random bytes as unpadded base64url (43 characters, 256 bits).
    static QString generateState();

    static constexpr int MinVerifierLength = 43;
    static constexpr int MaxVerifierLength = 128;
};

} // namespace Skybeam
