// bench_validate_floor: the floor of benchmark P4 (scripts/bench, docs/benchmarks.md). The same check as
// `skybeam-setup validate --tiktok` (CredentialValidator, RoxyPaths, the runbook's report), built with
// QtCore alone. skybeam-setup is one binary that also links Widgets, Gui, Network, DBus and QtKeychain;
// Debian builds them with BIND_NOW, so the dynamic loader resolves every symbol of ~60 libraries before
// main(). This program shows what `validate` would cost without them.
#include "common/roxypaths.h"
#include "credentials/credentialvalidator.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Skybeam::ValidationReport report = Skybeam::CredentialValidator::validate(
        Skybeam::RoxyPaths::resolve(), Skybeam::CredentialValidator::Mode::Runbook);
    std::fputs(report.toText().toUtf8().constData(), stdout);
    return report.passed ? 0 : 1;
}
