// The handoff-pack viewer and its Send to TikTok dialog for operators who use a screen reader or only the
// keyboard (offscreen): every control named, labels readable, Tab in reading order, and what the buttons did
// (link copied, caption copied, marked as posted, no browser) announced, failures as alerts.
#include "accessibilityaudit.h"

#include "credentials/memorysecretstore.h"
#include "handoff/packreader.h"
#include "handoff/postedstatestore.h"
#include "packfixtures.h"
#include "viewer/handoffviewer.h"
#include "viewer/sendtotiktokdialog.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Skybeam;
using namespace AccessibilityTest;

class tst_ViewerAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void viewer_namesLabelsAndTabOrder();
    void viewer_emptyFolder();
    void sendDialog_names();
    void announced_uploadPageAndLink();
    void announced_captionAndPostedMark();

private:
    RoxyPaths paths() const { return RoxyPaths(m_root->path()); }
    QByteArray exportsDir() const { return QFile::encodeName(paths().exportsDir()); }
    std::unique_ptr<HandoffViewer> openViewer(bool withPack = true);

    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<EventRecorder> m_events;
    bool m_openerResult = true;
};

void tst_ViewerAccessibility::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    m_events = std::make_unique<EventRecorder>();
    m_openerResult = true;
}

void tst_ViewerAccessibility::cleanup()
{
    m_events.reset();
    SkybeamTest::removeTree(QFile::encodeName(m_root->path()));
    m_root.reset();
}

std::unique_ptr<HandoffViewer> tst_ViewerAccessibility::openViewer(bool withPack)
{
    QDir().mkpath(paths().exportsDir());
    if (withPack)
        SkybeamTest::writePack(exportsDir(), SkybeamTest::goodPack("pack"));
    auto viewer = std::make_unique<HandoffViewer>(paths());
    viewer->setBrowserOpener([this](const QUrl &) { return m_openerResult; });
    viewer->setClipboardWriter([](const QString &) {});
    viewer->resize(1100, 720);
    QSignalSpy loaded(viewer.get(), &HandoffViewer::packsLoaded);
    viewer->show();
    if (!QTest::qWaitForWindowActive(viewer.get()) || (loaded.isEmpty() && !loaded.wait(10000)))
        qWarning("the viewer did not load");
    return viewer;
}

void tst_ViewerAccessibility::viewer_namesLabelsAndTabOrder()
{
    auto viewer = openViewer();
    QTRY_VERIFY(!viewer->currentKey().isEmpty());
    const QStringList problems = namingProblems(viewer.get(), QStringLiteral("viewer"))
        + labelProblems(viewer.get(), QStringLiteral("viewer"))
        + tabOrderProblems(viewer.get(), QStringLiteral("viewer"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The filters first (List and Grid are one stop, arrow keys or Ctrl+1/2 switch), then the upload page,
    // the packs, and the selected pack's details.
    const QStringList chain = objectNames(focusChain(viewer.get()));
    const QStringList start { QStringLiteral("searchLineEdit"), QStringLiteral("statusComboBox"),
        QStringLiteral("sortComboBox"), QStringLiteral("listViewToolButton"),
        QStringLiteral("openUploadPageButton"), QStringLiteral("copyLinkButton"),
        QStringLiteral("packListView") };
    QCOMPARE(chain.mid(0, start.size()), start);
    for (const QString &detail :
        { QStringLiteral("captionPlainTextEdit"), QStringLiteral("copyCaptionButton"),
            QStringLiteral("markPostedButton"), QStringLiteral("revealButton") })
        QVERIFY2(chain.indexOf(detail) > chain.indexOf(QStringLiteral("packListView")),
            qPrintable(chain.join(QLatin1Char(' '))));
}

void tst_ViewerAccessibility::viewer_emptyFolder()
{
    auto viewer = openViewer(false);
    const QStringList problems = namingProblems(viewer.get(), QStringLiteral("empty viewer"))
        + labelProblems(viewer.get(), QStringLiteral("empty viewer"))
        + tabOrderProblems(viewer.get(), QStringLiteral("empty viewer"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_ViewerAccessibility::sendDialog_names()
{
    QDir().mkpath(paths().exportsDir());
    SkybeamTest::writePack(exportsDir(), SkybeamTest::goodPack("pack"));
    const HandoffPack pack = PackReader::read(exportsDir(), "pack");
    PostedStateStore posted(PostedStateStore::defaultFilePath(paths()));
    MemorySecretStore secrets;
    SendToTikTokDialog dialog(pack, paths(), &posted);
    dialog.setSecretStore(&secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList problems = namingProblems(&dialog, QStringLiteral("send dialog"))
        + labelProblems(&dialog, QStringLiteral("send dialog"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_ViewerAccessibility::announced_uploadPageAndLink()
{
    auto viewer = openViewer();
    viewer->findChild<QAbstractButton *>(QStringLiteral("copyLinkButton"))->click();
    QVERIFY2(m_events->announced(QStringLiteral("uploadMessageLabel"), QAccessible::NameChanged,
                 QStringLiteral("Link copied")),
        qPrintable(m_events->dump()));
    m_openerResult = false;
    viewer->findChild<QAbstractButton *>(QStringLiteral("openUploadPageButton"))->click();
    QVERIFY2(m_events->announced(QStringLiteral("uploadMessageLabel"), QAccessible::Alert,
                 QStringLiteral("No browser could be opened")),
        qPrintable(m_events->dump()));
}

void tst_ViewerAccessibility::announced_captionAndPostedMark()
{
    auto viewer = openViewer();
    QTRY_VERIFY(!viewer->currentKey().isEmpty());
    viewer->findChild<QAbstractButton *>(QStringLiteral("copyCaptionButton"))->click();
    QVERIFY2(m_events->announced(
                 QStringLiteral("messageLabel"), QAccessible::NameChanged, QStringLiteral("Caption copied")),
        qPrintable(m_events->dump()));
    viewer->findChild<QAbstractButton *>(QStringLiteral("markPostedButton"))->click();
    QVERIFY2(m_events->announced(QStringLiteral("messageLabel"), QAccessible::NameChanged,
                 QStringLiteral("Marked as posted")),
        qPrintable(m_events->dump()));
}

QTEST_MAIN(tst_ViewerAccessibility)
#include "tst_vieweraccessibility.moc"
