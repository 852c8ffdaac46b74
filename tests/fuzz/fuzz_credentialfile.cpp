// Fuzz target: the credential-file reader (CredentialFile::parse, what readFile() runs on the bytes it
// read) and the typed accessors the validator and the login use on what it accepted.
#include "fuzzsupport.h"

#include "credentials/credentialfile.h"

#include <QJsonDocument>
#include <QJsonObject>

using Skybeam::CredentialFile;
using Skybeam::CredentialReadResult;
using Skybeam::TikTokCredentials;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    SkybeamFuzz::silenceQtMessages();
    return 0;
}

namespace {

void touchAccessors(const TikTokCredentials &credentials)
{
    // Every accessor must cope with whatever the reader let through.
    (void)credentials.clientKey();
    (void)credentials.clientSecret();
    (void)credentials.accessToken();
    (void)credentials.refreshToken();
    (void)credentials.tokenType();
    (void)credentials.scopes();
    (void)credentials.hasScope(QStringLiteral("video.upload"));
    (void)credentials.openId();
    (void)credentials.expiresIn();
    (void)credentials.refreshExpiresIn();
    (void)credentials.obtainedAt();
    (void)credentials.expiresAt();
    (void)credentials.refreshExpiresAt();
    (void)credentials.authorizedAt();
    (void)credentials.isSandbox();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString shown = QStringLiteral("~/.roxy/credentials/tiktok_oauth.json");
    const CredentialReadResult result = CredentialFile::parse(SkybeamFuzz::rawBytes(data, size), shown);
    SKYBEAM_FUZZ_CHECK(result.exists());
    if (result.error.isError()) {
        SKYBEAM_FUZZ_CHECK(result.error.code().startsWith(QLatin1String("credentials.")));
        SKYBEAM_FUZZ_CHECK(result.error.message().contains(shown));
        SKYBEAM_FUZZ_CHECK(result.credentials.json().isEmpty());
        return 0;
    }
    touchAccessors(result.credentials);

    // What the reader accepted survives a save: written back (as CredentialFile::write serialises it) and
    // read again, every field of the runbook has the same value and nothing new is wrong. (Unknown fields
    // are kept as Qt's JSON writer keeps them; Qt itself does not round-trip every odd key, e.g. one made
    // only of U+FEFF or NUL characters, so they are not compared.)
    const QByteArray written = QJsonDocument(result.credentials.json()).toJson(QJsonDocument::Indented);
    if (written.size() <= CredentialFile::MaxFileSize) {
        const CredentialReadResult again = CredentialFile::parse(written, shown);
        SKYBEAM_FUZZ_CHECK(!again.error.isError());
        const QJsonObject &before = result.credentials.json();
        const QJsonObject &after = again.credentials.json();
        for (const QLatin1String key :
            { TikTokCredentials::ClientKey, TikTokCredentials::ClientSecret, TikTokCredentials::AccessToken,
                TikTokCredentials::RefreshToken, TikTokCredentials::TokenType, TikTokCredentials::Scope,
                TikTokCredentials::OpenId, TikTokCredentials::ObtainedAt, TikTokCredentials::ExpiresAt,
                TikTokCredentials::RefreshExpiresAt, TikTokCredentials::AuthorizedAt }) {
            SKYBEAM_FUZZ_CHECK(before.contains(key) == after.contains(key));
            // Qt 6.4's parser drops U+FEFF inside strings inconsistently; compare without it.
            SKYBEAM_FUZZ_CHECK(before.value(key).toString().remove(QChar(0xFEFF))
                == after.value(key).toString().remove(QChar(0xFEFF)));
        }
        SKYBEAM_FUZZ_CHECK(again.credentials.expiresIn() == result.credentials.expiresIn());
        SKYBEAM_FUZZ_CHECK(again.credentials.refreshExpiresIn() == result.credentials.refreshExpiresIn());
        SKYBEAM_FUZZ_CHECK(again.warnings.size() <= result.warnings.size());
    }
    return 0;
}
