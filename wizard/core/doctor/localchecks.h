#pragma once

#include "doctor/doctorcheck.h"

#include <QCoreApplication>

namespace Skybeam {

/// The doctor's checks that need no network and no keychain: the credential file, the tokens, the
/// redirect URI and its port, `localhost`, the browser, sandbox or production, the export folder.
/// Synchronous and quick (small files, one bind, one short process); read only. Thread-safe.
class LocalChecks final
{
    Q_DECLARE_TR_FUNCTIONS(Skybeam::LocalChecks)

public:
    /// The scopes the publisher needs.
    static QStringList neededScopes();
    /// A free-port redirect URI to register instead of a fixed port.
    static QString wildcardRedirectUri() { return QStringLiteral("http://127.0.0.1:*/callback/"); }
    /// The redirect URI the product uses: the one the wizard remembered, else the runbook's default.
    static QString redirectUriInUse(const RoxyPaths &paths);
    /// Makes the product use wildcardRedirectUri() from now on (the redirect check's Fix).
    static bool useWildcardRedirect(const RoxyPaths &paths);

    static DoctorResult credentialFile(const DoctorContext &context);
    static DoctorResult tokens(const DoctorContext &context);
    static DoctorResult redirect(const DoctorContext &context);
    static DoctorResult localhost(const DoctorContext &context);
    static DoctorResult browser(const DoctorContext &context);
    static DoctorResult appKind(const DoctorContext &context);
    static DoctorResult exports(const DoctorContext &context);
};

} // namespace Skybeam
