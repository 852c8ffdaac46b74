#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace Skybeam {

/// Whether the OS keychain can be used and whether it already holds the client secret, in plain words.
/// A value type.
class KeychainStatus final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::KeychainStatus)

public:
    enum class State {
        /// The keychain has not answered yet.
        Checking,
        /// The keychain answered; see holdsSecret().
        Available,
        /// No keychain, or it refused or did not answer; see error().
        Unavailable,
    };

    KeychainStatus() = default;
    static KeychainStatus checking() { return {}; }
    static KeychainStatus available(bool holdsSecret);
    /// `error` is the keychain job's error ("keychain.unavailable", "keychain.denied", "keychain.timeout").
    static KeychainStatus unavailable(const Error &error);

    State state() const { return m_state; }
    bool isAvailable() const { return m_state == State::Available; }
    /// The keychain holds a client secret for the stored client key.
    bool holdsSecret() const { return m_holdsSecret; }
    const Error &error() const { return m_error; }
    /// One or two sentences for the Welcome page.
    QString text() const;

private:
    State m_state = State::Checking;
    bool m_holdsSecret = false;
    Error m_error;
};

} // namespace Skybeam
