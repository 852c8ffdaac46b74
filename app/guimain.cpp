// skybeam-setup-gui: the setup wizard (no command) and the handoff-pack viewer (packs). Operators and the
// desktop file run `skybeam-setup`, which becomes this executable for those two (app/main.cpp); it is
// installed out of PATH, in /usr/lib/skybeam-setup/, by the skybeam-setup package (the desktop part).

#include "commandline.h"
#include "commands/commands.h"
#include "startup.h"

#include <QApplication>

#include <cstring>
#include <memory>

int runGui(const QStringList &arguments);

namespace {

// The index of "packs" when it is the command (the first argument that is neither an option nor the value
// of --roxy-home, --lang or --page), else -1.
int packsIndex(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--roxy-home") == 0 || std::strcmp(arg, "--lang") == 0 || std::strcmp(arg, "--page") == 0) {
            ++i;
            continue;
        }
        if (arg[0] == '-')
            continue;
        return std::strcmp(arg, "packs") == 0 ? i : -1;
    }
    return -1;
}

// --help and --version print and exit: they work without a display.
bool onlyPrints(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0
            || std::strcmp(argv[i], "--version") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    using namespace Skybeam::Cli;
    setApplicationIdentity();
    const int packs = packsIndex(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (onlyPrints(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    installTranslations();

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (packs > 0) {
        arguments.removeAt(packs - 1);
        return runPacks(arguments);
    }
    return runGui(arguments);
}
