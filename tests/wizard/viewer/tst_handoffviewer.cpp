#include "handoff/handofffiltermodel.h"
#include "handoff/handoffpackmodel.h"
#include "handoff/handoffscanner.h"
#include "handoff/postedstatestore.h"
#include "packfixtures.h"
#include "viewer/handoffviewer.h"
#include "viewer/thumbnailloader.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <unistd.h>

using namespace Skybeam;
using namespace Qt::Literals::StringLiterals;
using SkybeamTest::goodPack;
using SkybeamTest::makeMp4;
using SkybeamTest::PackSpec;
using SkybeamTest::writePack;

class tst_HandoffViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void widgets_haveObjectAndAccessibleNames();
    void load_showsPacksAndSelectsTheNewest();
    void details_captionCountAgainstTheLimit_data();
    void details_captionCountAgainstTheLimit();
    void copyCaption_usesTheClipboardSeam();
    void uploadPage_opensThroughTheSeam_andExplainsFailure();
    void reveal_opensThePackFolder();
    void markPosted_persistsAcrossRestarts();
    void brokenPack_showsItsReason();
    void brokenPack_cannotBeMarkedPosted_data();
    void brokenPack_cannotBeMarkedPosted();
    void closeKeys_closeTheWindow_data();
    void closeKeys_closeTheWindow();
    void viewMode_toggleKeepsDragging();
    void drag_carriesVideoUrlAndCaption();
    void search_and_statusFilter();
    void thumbnails_loadForVisibleRowsOnly();
    void watcher_addsAndRemovesRows();
    void missingFolder_explainsItself();

private:
    QByteArray exportsDir() const { return QFile::encodeName(m_roxy->paths().exportsDir()); }
    std::unique_ptr<HandoffViewer> openViewer();

    std::unique_ptr<QTemporaryDir> m_root;
    struct Roxy
    {
        QString root;
        RoxyPaths paths() const { return RoxyPaths(root); }
    };
    std::unique_ptr<Roxy> m_roxy;
    QList<QUrl> m_opened;
    bool m_openerResult = true;
    QStringList m_clipboard;
};

namespace {

QByteArray pngThumbnail(int hue)
{
    QImage image(270, 480, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 0, 480);
    gradient.setColorAt(0, QColor::fromHsv(hue % 360, 160, 230));
    gradient.setColorAt(1, QColor::fromHsv((hue + 60) % 360, 200, 90));
    painter.fillRect(image.rect(), gradient);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

PackSpec packWithThumbnail(const QByteArray &name, int index)
{
    static QList<QByteArray> thumbnails; // eight colours are enough; encoding hundreds would be slow
    if (thumbnails.isEmpty()) {
        for (int hue = 0; hue < 8; ++hue)
            thumbnails.append(pngThumbnail(hue * 45));
    }
    PackSpec pack = goodPack(name, index);
    pack.files.removeIf([](const auto &file) { return file.first == "thumbnail.jpg"; });
    pack.files.append({ "thumbnail.png", thumbnails.at(index % thumbnails.size()) });
    return pack;
}

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

} // namespace

void tst_HandoffViewer::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    m_roxy = std::make_unique<Roxy>(Roxy { m_root->path() });
    QVERIFY(QDir().mkpath(m_roxy->paths().exportsDir()));
    m_opened.clear();
    m_clipboard.clear();
    m_openerResult = true;
}

void tst_HandoffViewer::cleanup()
{
    SkybeamTest::removeTree(QFile::encodeName(m_root->path()));
}

std::unique_ptr<HandoffViewer> tst_HandoffViewer::openViewer()
{
    auto viewer = std::make_unique<HandoffViewer>(m_roxy->paths());
    viewer->setBrowserOpener([this](const QUrl &url) {
        m_opened.append(url);
        return m_openerResult;
    });
    viewer->setClipboardWriter([this](const QString &text) { m_clipboard.append(text); });
    viewer->resize(1100, 720);
    viewer->show();
    return viewer;
}

void tst_HandoffViewer::widgets_haveObjectAndAccessibleNames()
{
    writePack(exportsDir(), goodPack("pack"));
    auto viewer = openViewer();
    QSignalSpy loaded(viewer.get(), &HandoffViewer::packsLoaded);
    QVERIFY(loaded.wait());

    const char *expected[] = { "searchLineEdit", "statusComboBox", "sortComboBox", "listViewToolButton",
        "gridViewToolButton", "openUploadPageButton", "copyLinkButton", "packListView", "copyCaptionButton",
        "markPostedButton", "revealButton", "captionPlainTextEdit", "metadataTableWidget",
        "captionCountLabel", "videoDragLabel" };
    for (const char *name : expected) {
        QWidget *widget = child<QWidget>(viewer.get(), name);
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    // Every button, field and view of the viewer itself is named by type and has an accessible name
    // (Qt's own internals, such as a line edit's clear button or a table's corner button, aside).
    const QList<QWidget *> widgets = viewer->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QListView *>(widget)
            || qobject_cast<QTableWidget *>(widget) || qobject_cast<QPlainTextEdit *>(widget);
        if (!interactive || widget->objectName().isEmpty()
            || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        ++checked;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        const QString name = widget->objectName();
        const bool typed = name.endsWith(QLatin1String("Button")) || name.endsWith(QLatin1String("LineEdit"))
            || name.endsWith(QLatin1String("ComboBox")) || name.endsWith(QLatin1String("ListView"))
            || name.endsWith(QLatin1String("TableWidget")) || name.endsWith(QLatin1String("PlainTextEdit"));
        QVERIFY2(typed, qPrintable(name));
    }
    QVERIFY(checked >= 11);
}

void tst_HandoffViewer::load_showsPacksAndSelectsTheNewest()
{
    for (int i = 0; i < 5; ++i)
        writePack(exportsDir(), goodPack("pack-" + QByteArray::number(i), i));
    auto viewer = openViewer();
    QSignalSpy loaded(viewer.get(), &HandoffViewer::packsLoaded);
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.first().first().toInt(), 5);
    auto *list = child<QListView>(viewer.get(), "packListView");
    QCOMPARE(list->model()->rowCount(), 5);
    QCOMPARE(viewer->currentKey(), u"pack-4"_s); // newest created_at first, selected
    QCOMPARE(child<QLabel>(viewer.get(), "countLabel")->text(), u"5 pack(s)"_s);
    QCOMPARE(child<QPlainTextEdit>(viewer.get(), "captionPlainTextEdit")->toPlainText(),
        viewer->packModel()->packAt(viewer->packModel()->rowOf(u"pack-4"_s)).caption);
    QVERIFY(child<QLabel>(viewer.get(), "titleLabel")->text().contains(u"number 4"_s));
    QCOMPARE(child<QLabel>(viewer.get(), "durationLabel")->text(), u"0:14"_s);
    QCOMPARE(child<QLabel>(viewer.get(), "resolutionLabel")->text(), u"1080 × 1920"_s);
    // The metadata rows arrive from the scanner's re-read of the selected pack.
    QTRY_VERIFY(child<QTableWidget>(viewer.get(), "metadataTableWidget")->rowCount() >= 4);
    QVERIFY(child<QLabel>(viewer.get(), "pathLabel")->text().endsWith(u"/exports/pack-4"_s));
}

void tst_HandoffViewer::details_captionCountAgainstTheLimit_data()
{
    QTest::addColumn<QByteArray>("caption");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("tooLong");

    QTest::newRow("short") << QByteArray("Short #one") << 10 << false;
    QTest::newRow("exactly the limit") << QByteArray(2200, 'x') << 2200 << false;
    // An emoji is two UTF-16 units, as TikTok counts it.
    QTest::newRow("emoji over the limit") << QByteArray("\xF0\x9F\x98\x80").repeated(1101) << 2202 << true;
}

void tst_HandoffViewer::details_captionCountAgainstTheLimit()
{
    QFETCH(QByteArray, caption);
    QFETCH(int, length);
    QFETCH(bool, tooLong);

    writePack(
        exportsDir(), PackSpec { "pack", { { "video.mp4", makeMp4() }, { "caption.txt", caption } }, {} });
    auto viewer = openViewer();
    QSignalSpy loaded(viewer.get(), &HandoffViewer::packsLoaded);
    QVERIFY(loaded.wait());
    const QString count = child<QLabel>(viewer.get(), "captionCountLabel")->text();
    QVERIFY2(count.startsWith(QLocale().toString(length) + u" / "_s + QLocale().toString(2200)),
        qPrintable(count));
    QCOMPARE(count.contains(u"too long"_s), tooLong);
}

void tst_HandoffViewer::copyCaption_usesTheClipboardSeam()
{
    writePack(exportsDir(), goodPack("pack", 2));
    auto viewer = openViewer();
    QSignalSpy loaded(viewer.get(), &HandoffViewer::packsLoaded);
    QVERIFY(loaded.wait());
    auto *copy = child<QPushButton>(viewer.get(), "copyCaptionButton");
    QVERIFY(copy->isEnabled());
    copy->click();
    QCOMPARE(m_clipboard, QStringList { viewer->packModel()->packAt(0).caption });
    QVERIFY(child<QLabel>(viewer.get(), "messageLabel")->text().contains(u"Caption copied"_s));

    child<QPushButton>(viewer.get(), "copyLinkButton")->click();
    QCOMPARE(m_clipboard.last(), u"https://www.tiktok.com/tiktokstudio/upload"_s);
}

void tst_HandoffViewer::uploadPage_opensThroughTheSeam_andExplainsFailure()
{
    auto viewer = openViewer();
    auto *button = child<QPushButton>(viewer.get(), "openUploadPageButton");
    button->click();
    QCOMPARE(m_opened, QList<QUrl> { QUrl(u"https://www.tiktok.com/tiktokstudio/upload"_s) });
    QCOMPARE(HandoffViewer::uploadPageUrl(), m_opened.first());
    QVERIFY(!child<QLabel>(viewer.get(), "uploadHintLabel")->text().isEmpty());
    QCOMPARE(child<QLabel>(viewer.get(), "uploadLinkLabel")->text(), m_opened.first().toString());

    m_openerResult = false;
    button->click();
    QVERIFY(child<QLabel>(viewer.get(), "uploadMessageLabel")->text().contains(u"No browser"_s));
}

void tst_HandoffViewer::reveal_opensThePackFolder()
{
    writePack(exportsDir(), goodPack("my pack"));
    auto viewer = openViewer();
    QSignalSpy loaded(viewer.get(), &HandoffViewer::packsLoaded);
    QVERIFY(loaded.wait());
    child<QPushButton>(viewer.get(), "revealButton")->click();
    QCOMPARE(m_opened, QList<QUrl> { QUrl::fromLocalFile(m_roxy->paths().exportsDir() + u"/my pack"_s) });

    m_openerResult = false;
    child<QPushButton>(viewer.get(), "revealButton")->click();
    QVERIFY(child<QLabel>(viewer.get(), "messageLabel")->text().contains(u"my pack"_s));
}

void tst_HandoffViewer::markPosted_persistsAcrossRestarts()
{
    writePack(exportsDir(), goodPack("older", 1));
    writePack(exportsDir(), goodPack("newer", 2));
    {
        auto viewer = openViewer();
        QSignalSpy loaded(viewer.get(), &HandoffViewer::packsLoaded);
        QVERIFY(loaded.wait());
        QVERIFY(viewer->selectPack(u"older"_s));
        auto *mark = child<QPushButton>(viewer.get(), "markPostedButton");
        QCOMPARE(mark->text(), u"&Mark as posted"_s);
        mark->click();
        QCOMPARE(mark->text(), u"&Mark as not posted"_s);
        QVERIFY(child<QLabel>(viewer.get(), "statusLabel")->text().startsWith(u"Posted"_s));
        QVERIFY(QFile::exists(PostedStateStore::defaultFilePath(m_roxy->paths())));
    }
    auto viewer = openViewer();
    QSignalSpy loaded(viewer.get(), &HandoffViewer::packsLoaded);
    QVERIFY(loaded.wait());
    QCOMPARE(viewer->currentKey(), u"newer"_s);
    QCOMPARE(child<QPushButton>(viewer.get(), "markPostedButton")->text(), u"&Mark as posted"_s);
    QVERIFY(viewer->selectPack(u"older"_s));
    auto *mark = child<QPushButton>(viewer.get(), "markPostedButton");
    QCOMPARE(mark->text(), u"&Mark as not posted"_s);

    // Filter on status, then un-mark: the pack leaves the Posted view.
    auto *status = child<QComboBox>(viewer.get(), "statusComboBox");
    status->setCurrentIndex(status->findData(int(HandoffFilterModel::StatusFilter::Posted)));
    QCOMPARE(viewer->filterModel()->rowCount(), 1);
    mark->click();
    QCOMPARE(viewer->filterModel()->rowCount(), 0);
    QVERIFY(!child<QLabel>(viewer.get(), "emptyLabel")->text().isEmpty());
}

void tst_HandoffViewer::brokenPack_showsItsReason()
{
    writePack(exportsDir(),
        PackSpec { "broken", { { "caption.txt", "No video here" }, { "metadata.json", "{oops" } }, {} });
    auto viewer = openViewer();
    QSignalSpy loaded(viewer.get(), &HandoffViewer::packsLoaded);
    QVERIFY(loaded.wait());
    QCOMPARE(viewer->currentKey(), u"broken"_s);
    auto *problems = child<QLabel>(viewer.get(), "problemsLabel");
    QVERIFY(problems->isVisible());
    QVERIFY(problems->text().contains(u"There is no video file"_s));
    QVERIFY(problems->text().contains(u"not valid JSON"_s));
    QVERIFY(!child<QLabel>(viewer.get(), "videoDragLabel")->isEnabled());
    const QModelIndex index = viewer->filterModel()->index(0, 0);
    QVERIFY(!viewer->filterModel()->flags(index).testFlag(Qt::ItemIsDragEnabled));
    QCOMPARE(index.data(Qt::ToolTipRole).toString().count(QLatin1Char('\n')), 1);
}

void tst_HandoffViewer::brokenPack_cannotBeMarkedPosted_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no video") << QByteArray("no-video") << u"There is no video file"_s;
    QTest::newRow("folder loop") << QByteArray("loopA") << u"symbolic link loop"_s;
    QTest::newRow("link back to exports") << QByteArray("self") << u"link back to the exports folder"_s;
    QTest::newRow("video outside exports") << QByteArray("outside") << u"links outside the exports folder"_s;
}

void tst_HandoffViewer::brokenPack_cannotBeMarkedPosted()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, problem);
    const QByteArray dir = exportsDir();
    writePack(dir, goodPack("good"));
    writePack(dir, PackSpec { "no-video", { { "caption.txt", "No video here" } }, {} });
    QCOMPARE(::symlink("loopB", (dir + "/loopA").constData()), 0);
    QCOMPARE(::symlink("loopA", (dir + "/loopB").constData()), 0);
    QCOMPARE(::symlink(".", (dir + "/self").constData()), 0);
    const QByteArray elsewhere = QFile::encodeName(m_root->path()) + "/elsewhere";
    writePack(QFile::encodeName(m_root->path()), goodPack("elsewhere"));
    PackSpec outside = goodPack("outside");
    outside.files.removeIf(
        [](const QPair<QByteArray, QByteArray> &file) { return file.first == "video.mp4"; });
    outside.links.append({ "video.mp4", elsewhere + "/video.mp4" });
    writePack(dir, outside);

    auto viewer = openViewer();
    QSignalSpy loaded(viewer.get(), &HandoffViewer::packsLoaded);
    QVERIFY(loaded.wait());
    auto *mark = child<QPushButton>(viewer.get(), "markPostedButton");
    QVERIFY(viewer->selectPack(u"good"_s));
    QVERIFY(mark->isEnabled());
    QVERIFY(viewer->selectPack(QString::fromLatin1(key)));
    QVERIFY2(child<QLabel>(viewer.get(), "problemsLabel")->text().contains(problem),
        qPrintable(child<QLabel>(viewer.get(), "problemsLabel")->text()));
    QVERIFY(!mark->isEnabled());
    QVERIFY(!mark->toolTip().isEmpty());
    QVERIFY(!child<QPushButton>(viewer.get(), "sendToTikTokButton")->isEnabled());
    // The model refuses too (a keyboard shortcut or a stale button cannot mark it).
    const Error error
        = viewer->packModel()->setPosted(viewer->packModel()->indexOf(QString::fromLatin1(key)), true);
    QVERIFY(error.isError());
    QVERIFY(!viewer->packModel()->isPosted(viewer->packModel()->rowOf(QString::fromLatin1(key))));
}

void tst_HandoffViewer::closeKeys_closeTheWindow_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::newRow("Esc") << QKeySequence(Qt::Key_Escape);
    QTest::newRow("Ctrl+W") << QKeySequence(Qt::CTRL | Qt::Key_W);
}

void tst_HandoffViewer::closeKeys_closeTheWindow()
{
    QFETCH(QKeySequence, keys);
    writePack(exportsDir(), goodPack("pack"));
    auto viewer = openViewer();
    QSignalSpy loaded(viewer.get(), &HandoffViewer::packsLoaded);
    QVERIFY(loaded.wait());
    viewer->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(viewer.get()));
    // From the list and from the search field alike.
    auto *search = child<QLineEdit>(viewer.get(), "searchLineEdit");
    search->setFocus();
    QTest::keySequence(viewer.get(), keys);
    QVERIFY(!viewer->isVisible());

    // Embedded in another window, the keys leave that window alone.
    QWidget host;
    auto *embedded = new HandoffViewer(m_roxy->paths(), &host);
    Q_UNUSED(embedded);
    host.show();
    host.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&host));
    QTest::keySequence(&host, keys);
    QVERIFY(host.isVisible());
}

void tst_HandoffViewer::viewMode_toggleKeepsDragging()
{
    writePack(exportsDir(), goodPack("pack"));
    auto viewer = openViewer();
    auto *list = child<QListView>(viewer.get(), "packListView");
    QCOMPARE(list->viewMode(), QListView::ListMode);
    child<QToolButton>(viewer.get(), "gridViewToolButton")->click();
    QCOMPARE(viewer->viewMode(), HandoffViewer::ViewMode::Grid);
    QCOMPARE(list->viewMode(), QListView::IconMode);
    QCOMPARE(list->movement(), QListView::Static); // IconMode would otherwise move items instead of dragging
    QCOMPARE(list->dragDropMode(), QAbstractItemView::DragOnly);
    QVERIFY(list->dragEnabled());
    QVERIFY(child<QToolButton>(viewer.get(), "gridViewToolButton")->isChecked());
    child<QToolButton>(viewer.get(), "listViewToolButton")->click();
    QCOMPARE(list->viewMode(), QListView::ListMode);
    QCOMPARE(list->dragDropMode(), QAbstractItemView::DragOnly);
    QCOMPARE(list->defaultDropAction(), Qt::CopyAction);
}

void tst_HandoffViewer::drag_carriesVideoUrlAndCaption()
{
    writePack(exportsDir(), goodPack("pack", 7));
    auto viewer = openViewer();
    QSignalSpy loaded(viewer.get(), &HandoffViewer::packsLoaded);
    QVERIFY(loaded.wait());
    auto *list = child<QListView>(viewer.get(), "packListView");
    const QModelIndexList selected = list->selectionModel()->selectedIndexes();
    QCOMPARE(selected.size(), 1);
    // What QAbstractItemView::startDrag() puts on the drag.
    std::unique_ptr<QMimeData> mime(list->model()->mimeData(selected));
    QVERIFY(mime);
    QCOMPARE(mime->urls(),
        QList<QUrl> { QUrl::fromLocalFile(m_roxy->paths().exportsDir() + u"/pack/video.mp4"_s) });
    QVERIFY(mime->text().startsWith(u"Morning skyline timelapse number 7"_s));
    QVERIFY(mime->formats().contains(u"text/uri-list"_s));
    QVERIFY(mime->formats().contains(u"text/plain"_s));
    QVERIFY(list->model()->supportedDragActions().testFlag(Qt::CopyAction));
}

void tst_HandoffViewer::search_and_statusFilter()
{
    writePack(exportsDir(), goodPack("alpha", 1));
    writePack(exportsDir(),
        PackSpec {
            "beta", { { "video.mp4", makeMp4() }, { "caption.txt", "Harbour at night #boats" } }, {} });
    auto viewer = openViewer();
    QSignalSpy loaded(viewer.get(), &HandoffViewer::packsLoaded);
    QVERIFY(loaded.wait());
    auto *search = child<QLineEdit>(viewer.get(), "searchLineEdit");
    QTest::keyClicks(search, u"#BOATS"_s);
    QTRY_COMPARE(viewer->filterModel()->rowCount(), 1);
    QCOMPARE(viewer->filterModel()->index(0, 0).data(HandoffPackModel::KeyRole).toString(), u"beta"_s);
    QCOMPARE(child<QLabel>(viewer.get(), "countLabel")->text(), u"1 of 2 pack(s)"_s);
    search->clear();
    QTRY_COMPARE(viewer->filterModel()->rowCount(), 2);

    auto *status = child<QComboBox>(viewer.get(), "statusComboBox");
    status->setCurrentIndex(status->findData(int(HandoffFilterModel::StatusFilter::Posted)));
    QCOMPARE(viewer->filterModel()->rowCount(), 0);
    QVERIFY(child<QLabel>(viewer.get(), "emptyLabel")->text().contains(u"No pack matches"_s));
    auto *sort = child<QComboBox>(viewer.get(), "sortComboBox");
    status->setCurrentIndex(0);
    sort->setCurrentIndex(sort->findData(int(HandoffFilterModel::SortKey::Name)));
    QCOMPARE(viewer->filterModel()->index(0, 0).data(HandoffPackModel::KeyRole).toString(), u"alpha"_s);
}

void tst_HandoffViewer::thumbnails_loadForVisibleRowsOnly()
{
    for (int i = 0; i < 150; ++i)
        writePack(exportsDir(), packWithThumbnail("pack-" + QByteArray::number(i), i));
    auto viewer = openViewer();
    QVERIFY(QTest::qWaitForWindowExposed(viewer.get()));
    QSignalSpy loaded(viewer.get(), &HandoffViewer::packsLoaded);
    QVERIFY(loaded.wait(20000));
    ThumbnailLoader *loader = viewer->thumbnailLoader();
    auto *list = child<QListView>(viewer.get(), "packListView");
    // The preview of the selected pack and the rows on screen load; the 140-odd below do not.
    QTRY_VERIFY(loader->cachedCount() >= 5);
    QTRY_VERIFY(!child<QLabel>(viewer.get(), "previewLabel")->pixmap().isNull());
    const int visibleRows = list->viewport()->height() / list->sizeHintForRow(0) + 2;
    // Packs arrive in batches and sort newest first, so the rows on screen can change while the folder
    // loads: allow one screenful twice over, which is still far below the 150 packs in the folder.
    QVERIFY2(loader->decodeCount() <= 2 * visibleRows + 2,
        qPrintable(u"%1 decodes for %2 visible rows"_s.arg(loader->decodeCount()).arg(visibleRows)));
    const int before = loader->decodeCount();
    list->scrollToBottom();
    QTRY_VERIFY(loader->decodeCount() > before);
    QVERIFY(loader->decodeCount() <= 3 * visibleRows + 2);
}

void tst_HandoffViewer::watcher_addsAndRemovesRows()
{
    writePack(exportsDir(), goodPack("first", 1));
    auto viewer = openViewer();
    QSignalSpy loaded(viewer.get(), &HandoffViewer::packsLoaded);
    QVERIFY(loaded.wait());
    QCOMPARE(viewer->filterModel()->rowCount(), 1);
    writePack(exportsDir(), goodPack("second", 2));
    QTRY_COMPARE(viewer->filterModel()->rowCount(), 2);
    QVERIFY(viewer->selectPack(u"second"_s));
    QVERIFY(QDir(m_roxy->paths().exportsDir() + u"/second"_s).removeRecursively());
    QTRY_COMPARE(viewer->filterModel()->rowCount(), 1);
    // The selection moves to a pack that is still there; the removed one is no longer shown.
    QTRY_COMPARE(viewer->currentKey(), u"first"_s);
    QVERIFY(child<QLabel>(viewer.get(), "titleLabel")->text().contains(u"number 1"_s));
}

void tst_HandoffViewer::missingFolder_explainsItself()
{
    QVERIFY(QDir(m_roxy->paths().exportsDir()).removeRecursively());
    auto viewer = openViewer();
    QSignalSpy loaded(viewer.get(), &HandoffViewer::packsLoaded);
    QVERIFY(loaded.wait());
    auto *empty = child<QLabel>(viewer.get(), "emptyLabel");
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(u"does not exist"_s), qPrintable(empty->text()));
    writePack(exportsDir(), goodPack("arrived"));
    QTRY_COMPARE(viewer->filterModel()->rowCount(), 1);
    QTRY_VERIFY(child<QListView>(viewer.get(), "packListView")->isVisible());
}

QTEST_MAIN(tst_HandoffViewer)
#include "tst_handoffviewer.moc"
