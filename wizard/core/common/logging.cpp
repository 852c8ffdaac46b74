#include "common/logging.h"

Q_LOGGING_CATEGORY(lcCredentials, "skybeam.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "skybeam.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOAuth, "skybeam.oauth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReceiver, "skybeam.receiver", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "skybeam.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHandoff, "skybeam.handoff", QtInfoMsg)
