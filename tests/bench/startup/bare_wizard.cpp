// bench_startup_reference: the reference of benchmark P1 (scripts/bench). The least a Qt Widgets program
// does to show a wizard page: a QApplication, a QWizard with one empty page, shown. It reports its first
// paint exactly as `skybeam-setup --benchmark-startup` does (app/startupprobe.cpp) and exits.
#include "startupprobe.h"

#include <QApplication>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWizard wizard;
    auto *page = new QWizardPage;
    wizard.addPage(page);
    Skybeam::Cli::reportFirstPaintAndQuit(page);
    wizard.show();
    return QApplication::exec();
}
