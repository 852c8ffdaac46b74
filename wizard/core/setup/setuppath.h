#pragma once

namespace Skybeam {

/// The ways through the setup wizard the operator can choose on the Welcome page.
enum class SetupPath {
    /// First time: portal guide, app credentials, sign in, save, check.
    FirstTime,
    /// Sign in again with the stored client key and secret, straight to the browser.
    Reauthorize,
    /// Renew the access token with the stored refresh token; no browser.
    Renew,
    /// Only check what is set up.
    Check,
};

} // namespace Skybeam
