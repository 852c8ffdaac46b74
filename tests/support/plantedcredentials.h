#pragma once

// What another local user plants: a complete, signed-in credential set of someone else's account
// (tests/core/credentials/tst_localattacker and tests/cli/oauth/tst_localattackercli).

#include "credentials/tiktokcredentials.h"

#include <QDateTime>
#include <QJsonObject>

#include <sys/types.h>

namespace SkybeamTest {

inline Skybeam::TikTokCredentials plantedCredentials()
{
    Skybeam::TikTokCredentials credentials;
    credentials.setClientKey(QStringLiteral("sbawlocalattacker"));
    credentials.setClientSecret(QStringLiteral("planted-secret"));
    credentials.applyTokenResponse(
        QJsonObject { { QStringLiteral("access_token"), QStringLiteral("act.planted") },
            { QStringLiteral("refresh_token"), QStringLiteral("rft.planted") },
            { QStringLiteral("expires_in"), 86400 }, { QStringLiteral("refresh_expires_in"), 31536000 },
            { QStringLiteral("open_id"), QStringLiteral("someone-else") },
            { QStringLiteral("scope"), QStringLiteral("user.info.basic,video.upload") },
            { QStringLiteral("token_type"), QStringLiteral("Bearer") } },
        QDateTime::currentDateTimeUtc());
    return credentials;
}

/// The uid the tests give planted files to (nobody).
constexpr uid_t Nobody = 65534;

} // namespace SkybeamTest
