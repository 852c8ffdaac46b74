// skybeam-setup, the one command of operators, scripts, timers and the desktop file. It loads no Qt at all:
// it only chooses which program this process becomes (execv: same process id, same arguments), so that
// neither side pays for the other's libraries:
// - skybeam-setup-gui (Qt Widgets): no command (the wizard) and `packs` (the viewer), unless only --help
//   or --version is asked;
// - skybeam-setup-local (QtCore alone; the keychain and D-Bus as modules): validate, status, remind, the
//   commands timers and scripts run most, which talk to no server;
// - skybeam-setup-cli (QtCore, QtNetwork; the keychain and D-Bus as modules): every other command.
// Both are next to this program in a build tree, in ../lib/skybeam-setup/ once installed.
// SKYBEAM_SETUP_LAUNCHER tells them this program's path (what `remind --enable` writes into the timer, what a
// notification's action starts). Kept free of the C++ library: it costs well under a millisecond.
#include "arguments.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <unistd.h>

namespace {

// Becomes FOLDER/NAME or FOLDER/../lib/skybeam-setup/NAME, whichever exists; returns only on failure.
void become(const char *folder, const char *name, char **argv, char *tried, std::size_t triedSize)
{
    const char *const layouts[] = { "%s/%s", "%s/../lib/skybeam-setup/%s" };
    for (const char *layout : layouts) {
        std::snprintf(tried, triedSize, layout, folder, name);
        if (access(tried, X_OK) != 0)
            continue;
        execv(tried, argv);
        return; // it exists but did not start: that error is the one to report
    }
}

} // namespace

int main(int argc, char **argv)
{
    static char self[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0) {
        std::fprintf(stderr, "skybeam-setup: cannot find its own program file: %s\n", std::strerror(errno));
        return 1;
    }
    self[length] = '\0';
    setenv("SKYBEAM_SETUP_LAUNCHER", self, 1);
    char folder[PATH_MAX];
    std::memcpy(folder, self, std::size_t(length) + 1);
    if (char *slash = std::strrchr(folder, '/'))
        *slash = '\0';

    const int index = Skybeam::Arguments::commandIndex(argc, argv);
    const char *name = index > 0 ? argv[index] : nullptr;
    const bool gui = name ? std::strcmp(name, "packs") == 0 : !Skybeam::Arguments::onlyPrints(argc, argv);
    const bool local = name
        && (std::strcmp(name, "validate") == 0 || std::strcmp(name, "status") == 0
            || std::strcmp(name, "remind") == 0);
    static char tried[PATH_MAX + 64];
    if (gui)
        become(folder, "skybeam-setup-gui", argv, tried, sizeof tried);
    if (local)
        become(folder, "skybeam-setup-local", argv, tried, sizeof tried);
    // Without the GUI package, skybeam-setup-cli says (translated) which package has the wizard.
    become(folder, "skybeam-setup-cli", argv, tried, sizeof tried);
    std::fprintf(stderr, "skybeam-setup: cannot start %s: %s\n", tried, std::strerror(errno));
    return 1;
}
