#include "setup/keychainstatus.h"

namespace Skybeam {

KeychainStatus KeychainStatus::available(bool holdsSecret)
{
    KeychainStatus status;
    status.m_state = State::Available;
    status.m_holdsSecret = holdsSecret;
    return status;
}

KeychainStatus KeychainStatus::unavailable(const Error &error)
{
    KeychainStatus status;
    status.m_state = State::Unavailable;
    status.m_error = error;
    return status;
}

QString KeychainStatus::text() const
{
    switch (m_state) {
    case State::Checking:
        return tr("Checking the system keychain…");
    case State::Available:
        return m_holdsSecret ? tr("The system keychain holds your client secret, so re-authorizing needs no "
                                  "typing.")
                             : tr("The system keychain is available: your client secret will be kept there.");
    case State::Unavailable:
        if (m_error.code() == ErrorCode::Keychain::Unavailable) {
            return tr("No system keychain is available. Your keys are still saved in the credential file, "
                      "readable only by you.");
        }
        return tr("The system keychain cannot be used right now: %1").arg(m_error.message());
    }
    return {};
}

} // namespace Skybeam
