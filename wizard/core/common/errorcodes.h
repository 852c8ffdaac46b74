#pragma once

#include <QLatin1String>

/// Every error code the product creates or acts on, in one place: create Errors and compare Error::code()
/// only with these constants, so that a misspelt code does not compile. The strings are an interface (they
/// appear in --json output, logs and tests): never change one. tests/structure/check_error_codes.cmake fails
/// when wizard/ or app/ spells a code as a string literal.
namespace Skybeam::ErrorCode {

/// Sign-in, token exchange, refresh and revoke (LoginFlow, TikTokErrors, LoopbackReceiver, CallbackAddress,
/// TikTokEndpoints, RedirectUri). TikTok's own OAuth `error` values arrive as Prefix + error.
namespace OAuth {
inline constexpr QLatin1String Prefix { "oauth." };
inline constexpr QLatin1String BadEndpoint { "oauth.bad_endpoint" };
inline constexpr QLatin1String BadRedirectUri { "oauth.bad_redirect_uri" };
inline constexpr QLatin1String BadScope { "oauth.bad_scope" };
inline constexpr QLatin1String BadTimeout { "oauth.bad_timeout" };
inline constexpr QLatin1String Cancelled { "oauth.cancelled" };
inline constexpr QLatin1String ClientKeyWhitespace { "oauth.client_key_whitespace" };
inline constexpr QLatin1String ClientSecretWhitespace { "oauth.client_secret_whitespace" };
inline constexpr QLatin1String InsecureEndpoint { "oauth.insecure_endpoint" };
inline constexpr QLatin1String InvalidClient { "oauth.invalid_client" };
inline constexpr QLatin1String InvalidGrant { "oauth.invalid_grant" };
inline constexpr QLatin1String ListenFailed { "oauth.listen_failed" };
inline constexpr QLatin1String MissingClientKey { "oauth.missing_client_key" };
inline constexpr QLatin1String MissingClientSecret { "oauth.missing_client_secret" };
inline constexpr QLatin1String NoRefreshToken { "oauth.no_refresh_token" };
inline constexpr QLatin1String NoScopes { "oauth.no_scopes" };
inline constexpr QLatin1String OtherAccount { "oauth.other_account" };
inline constexpr QLatin1String PasteAlreadyUsed { "oauth.paste_already_used" };
inline constexpr QLatin1String PasteIncomplete { "oauth.paste_incomplete" };
inline constexpr QLatin1String PasteNotAddress { "oauth.paste_not_address" };
inline constexpr QLatin1String PasteNotLoopback { "oauth.paste_not_loopback" };
inline constexpr QLatin1String PasteNotWaiting { "oauth.paste_not_waiting" };
inline constexpr QLatin1String PasteRepeatedParameter { "oauth.paste_repeated_parameter" };
inline constexpr QLatin1String PasteWrongPath { "oauth.paste_wrong_path" };
inline constexpr QLatin1String PasteWrongPort { "oauth.paste_wrong_port" };
inline constexpr QLatin1String PasteWrongState { "oauth.paste_wrong_state" };
inline constexpr QLatin1String PortInUse { "oauth.port_in_use" };
inline constexpr QLatin1String RefreshTokenExpired { "oauth.refresh_token_expired" };
inline constexpr QLatin1String Timeout { "oauth.timeout" };
inline constexpr QLatin1String UntrustedEndpoint { "oauth.untrusted_endpoint" };
} // namespace OAuth

/// TikTok API v2 `error.code`s (TikTokErrors::fromApi builds Prefix + code); the ones the product acts on.
namespace Api {
inline constexpr QLatin1String Prefix { "api." };
inline constexpr QLatin1String AccessTokenInvalid { "api.access_token_invalid" };
inline constexpr QLatin1String InternalError { "api.internal_error" };
inline constexpr QLatin1String InvalidParam { "api.invalid_param" };
inline constexpr QLatin1String RateLimitExceeded { "api.rate_limit_exceeded" };
} // namespace Api

/// The connection to TikTok failed (TikTokCall).
namespace Network {
inline constexpr QLatin1String Prefix { "network." };
inline constexpr QLatin1String HostNotFound { "network.host_not_found" };
inline constexpr QLatin1String Proxy { "network.proxy" };
inline constexpr QLatin1String Timeout { "network.timeout" };
inline constexpr QLatin1String Tls { "network.tls" };
inline constexpr QLatin1String Unreachable { "network.unreachable" };
} // namespace Network

/// TikTok answered, but not usefully (TikTokCall, TikTokErrors).
namespace TikTok {
inline constexpr QLatin1String BadResponse { "tiktok.bad_response" };
inline constexpr QLatin1String Unavailable { "tiktok.unavailable" };
} // namespace TikTok

/// Secret Service jobs (SecretStore).
namespace Keychain {
inline constexpr QLatin1String Denied { "keychain.denied" };
inline constexpr QLatin1String NotFound { "keychain.not_found" };
inline constexpr QLatin1String Timeout { "keychain.timeout" };
inline constexpr QLatin1String Unavailable { "keychain.unavailable" };
} // namespace Keychain

/// The credential file and store (CredentialFile, CredentialStore, CredentialValidator).
namespace Credentials {
inline constexpr QLatin1String BackupFailed { "credentials.backup_failed" };
inline constexpr QLatin1String CannotCreateDirectory { "credentials.cannot_create_directory" };
inline constexpr QLatin1String CannotFix { "credentials.cannot_fix" };
inline constexpr QLatin1String CannotProtectDirectory { "credentials.cannot_protect_directory" };
inline constexpr QLatin1String DanglingLink { "credentials.dangling_link" };
inline constexpr QLatin1String Empty { "credentials.empty" };
inline constexpr QLatin1String ForeignDirectory { "credentials.foreign_directory" };
inline constexpr QLatin1String ForeignOwner { "credentials.foreign_owner" };
inline constexpr QLatin1String IsDirectory { "credentials.is_directory" };
inline constexpr QLatin1String Locked { "credentials.locked" };
inline constexpr QLatin1String Missing { "credentials.missing" };
inline constexpr QLatin1String NoAccessToken { "credentials.no_access_token" };
inline constexpr QLatin1String NoClientKey { "credentials.no_client_key" };
inline constexpr QLatin1String NotADirectory { "credentials.not_a_directory" };
inline constexpr QLatin1String NotAFile { "credentials.not_a_file" };
inline constexpr QLatin1String NotJson { "credentials.not_json" };
inline constexpr QLatin1String NotObject { "credentials.not_object" };
inline constexpr QLatin1String Symlink { "credentials.symlink" };
inline constexpr QLatin1String SymlinkedDirectory { "credentials.symlinked_directory" };
inline constexpr QLatin1String SymlinkedRoot { "credentials.symlinked_root" };
inline constexpr QLatin1String TooLarge { "credentials.too_large" };
inline constexpr QLatin1String Unavailable { "credentials.unavailable" };
inline constexpr QLatin1String Unreadable { "credentials.unreadable" };
inline constexpr QLatin1String WriteFailed { "credentials.write_failed" };
} // namespace Credentials

/// Uploading and posting (PostingErrors, PostOptions, ChunkPlan, PackUploader, PostingSession, ledgers).
namespace Posting {
inline constexpr QLatin1String BadChunkPlan { "posting.bad_chunk_plan" };
inline constexpr QLatin1String Budget { "posting.budget" };
inline constexpr QLatin1String BudgetUnwritable { "posting.budget_unwritable" };
inline constexpr QLatin1String Cancelled { "posting.cancelled" };
inline constexpr QLatin1String CaptionTooLong { "posting.caption_too_long" };
inline constexpr QLatin1String ChunkRejected { "posting.chunk_rejected" };
inline constexpr QLatin1String ConnectionLost { "posting.connection_lost" };
inline constexpr QLatin1String EmptyVideo { "posting.empty_video" };
inline constexpr QLatin1String FileChanged { "posting.file_changed" };
inline constexpr QLatin1String FileUnreadable { "posting.file_unreadable" };
inline constexpr QLatin1String HistoryUnwritable { "posting.history_unwritable" };
inline constexpr QLatin1String LedgerUnwritable { "posting.ledger_unwritable" };
inline constexpr QLatin1String LockFailed { "posting.lock_failed" };
inline constexpr QLatin1String MissingScope { "posting.missing_scope" };
inline constexpr QLatin1String NoCreatorInfo { "posting.no_creator_info" };
inline constexpr QLatin1String NotSignedIn { "posting.not_signed_in" };
inline constexpr QLatin1String NothingToResume { "posting.nothing_to_resume" };
inline constexpr QLatin1String PackBusy { "posting.pack_busy" };
inline constexpr QLatin1String PendingInboxFull { "posting.pending_inbox_full" };
inline constexpr QLatin1String PrivacyMismatch { "posting.privacy_mismatch" };
inline constexpr QLatin1String PrivacyNotChosen { "posting.privacy_not_chosen" };
inline constexpr QLatin1String PrivateOnly { "posting.private_only" };
inline constexpr QLatin1String StillProcessing { "posting.still_processing" };
inline constexpr QLatin1String StoppedWaiting { "posting.stopped_waiting" };
inline constexpr QLatin1String TooManyChunks { "posting.too_many_chunks" };
inline constexpr QLatin1String UnsupportedFormat { "posting.unsupported_format" };
inline constexpr QLatin1String UploadIncomplete { "posting.upload_incomplete" };
inline constexpr QLatin1String UploadLinkExpired { "posting.upload_link_expired" };
inline constexpr QLatin1String UploadLinkInvalid { "posting.upload_link_invalid" };
inline constexpr QLatin1String VideoSize { "posting.video_size" };
inline constexpr QLatin1String VideoTooLarge { "posting.video_too_large" };
inline constexpr QLatin1String VideoTooLong { "posting.video_too_long" };
} // namespace Posting

/// Handoff packs and their posted state (HandoffPackModel, PostedStateStore, PackReader).
namespace Handoff {
inline constexpr QLatin1String BrokenPack { "handoff.broken_pack" };
inline constexpr QLatin1String NoPack { "handoff.no_pack" };
inline constexpr QLatin1String StateDamaged { "handoff.state_damaged" };
inline constexpr QLatin1String StateUnreadable { "handoff.state_unreadable" };
inline constexpr QLatin1String StateUnwritable { "handoff.state_unwritable" };
} // namespace Handoff

/// The publish journal (PublishJournal).
namespace Journal {
inline constexpr QLatin1String Corrupt { "journal.corrupt" };
inline constexpr QLatin1String Unreadable { "journal.unreadable" };
/// A pack without an entry in a journal started anew after a damaged one (JournalContents::find()).
inline constexpr QLatin1String UnknownPack { "journal.unknown_pack" };
inline constexpr QLatin1String Unwritable { "journal.unwritable" };
} // namespace Journal

/// Reading a video's header (Mp4HeaderParser).
namespace Mp4 {
inline constexpr QLatin1String Corrupt { "mp4.corrupt" };
inline constexpr QLatin1String Empty { "mp4.empty" };
inline constexpr QLatin1String NoMovie { "mp4.no_movie" };
inline constexpr QLatin1String NotMp4 { "mp4.not_mp4" };
inline constexpr QLatin1String TooLarge { "mp4.too_large" };
inline constexpr QLatin1String Truncated { "mp4.truncated" };
inline constexpr QLatin1String Unreadable { "mp4.unreadable" };
} // namespace Mp4

/// Doctor fixes.
namespace Doctor {
inline constexpr QLatin1String FixFailed { "doctor.fix_failed" };
} // namespace Doctor

/// Command-line input (app/commands).
namespace Cli {
inline constexpr QLatin1String SecretFile { "cli.secret_file" };
} // namespace Cli

} // namespace Skybeam::ErrorCode
