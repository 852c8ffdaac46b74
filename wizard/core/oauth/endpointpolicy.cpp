// The --allow-custom-endpoints switch of TikTokEndpoints and the list of active overrides, apart from the
// rest of it (which uses QtNetwork): every command uses them, and skybeam-setup-local links no QtNetwork
// (app/CMakeLists.txt).
#include "oauth/tiktokendpoints.h"

namespace Skybeam {

namespace {
bool allowed = false;
} // namespace

void TikTokEndpoints::setCustomEndpointsAllowed(bool allow)
{
    allowed = allow;
}

bool TikTokEndpoints::customEndpointsAllowed()
{
    return allowed;
}

QStringList TikTokEndpoints::activeOverrides()
{
    QStringList active;
    for (const char *variable : { AuthUrlVariable, ApiBaseVariable }) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            active.append(QString::fromLatin1(variable) + QLatin1Char('=') + value);
    }
    return active;
}

} // namespace Skybeam
