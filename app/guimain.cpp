// skybeam-setup-gui: the setup wizard (no command) and the handoff-pack viewer (packs). Operators and the
// desktop file run `skybeam-setup`, which becomes this executable for those two (app/main.cpp); it is
// installed out of PATH, in /usr/lib/skybeam-setup/, by the skybeam-setup package (the desktop part).

#include "arguments.h"
#include "commandline.h"
#include "commands/commands.h"
#include "startup.h"

#include <QApplication>

#include <cstring>
#include <memory>

int runGui(const QStringList &arguments);

int main(int argc, char **argv)
{
    using namespace Skybeam::Cli;
    setApplicationIdentity();
    // "packs" is the viewer; anything else (or nothing) the wizard.
    const int index = Skybeam::Arguments::commandIndex(argc, argv);
    const int packs = index > 0 && std::strcmp(argv[index], "packs") == 0 ? index : -1;
    std::unique_ptr<QCoreApplication> app;
    if (Skybeam::Arguments::onlyPrints(argc, argv))
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
