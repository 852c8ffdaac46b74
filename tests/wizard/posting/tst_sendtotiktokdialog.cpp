// SendToTikTokDialog offscreen against the fake TikTok: the account's nickname, inbox or direct post, the
// privacy level with no default, interaction toggles off until turned on (greyed out when the account
// disabled them), the caption with its count and limit, the private-only notice, the sandbox budget
// warning before any call, progress and the outcome inline, Cancel, and the pack marked posted only when
// TikTok confirms; the dialog is a view of PostingSession (issue 14): a GUI send is in the publish journal
// (a following `upload` of the pack sends nothing), and a pack TikTok already confirmed is sent again only
// after the operator ticks "Send it again"; a pack a damaged journal cannot speak for is sent only after the
// operator ticks "Send anyway", which keeps the damaged journal aside. Names: every control has an object
// name ending in its type and an accessible name.
#include "core/posting/postingtesthelpers.h"
#include "packfixtures.h"
#include "tiktokfixture.h"

#include "credentials/credentialfile.h"
#include "handoff/handoffpackmodel.h"
#include "handoff/packreader.h"
#include "handoff/postedstatestore.h"
#include "posting/postingsession.h"
#include "posting/publishjournal.h"
#include "posting/sandboxbudget.h"
#include "viewer/handoffviewer.h"
#include "viewer/sendtotiktokdialog.h"
#include "widgets/inlinemessage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace Skybeam;
using namespace FakeTikTokTest;
using namespace PostingTest;
using SkybeamTest::TikTokFixture;

class tst_SendToTikTokDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheAccountAndNoDefaultPrivacy();
    void togglesOffUntilTurnedOnAndGreyedWhenDisabled();
    void captionCountAndLimit();
    void unauditedAppIsToldPostsArePrivate();
    void sandboxBudgetWarnsBeforeAnyCall();
    void inboxSendMarksPostedWhenConfirmed();
    void directPostSendsTheChoices();
    void failureIsShownInlineAndNotMarked();
    void cancelStopsTheUpload();
    void postingBlockedIsShown();
    void namesAndAccessibility();
    void viewerButtonSendsAndThePackShowsPosted();
    void guiSendIsInTheJournalSoUploadSendsNothing();
    void confirmedPackIsNotSentAgainWithoutConfirmation();
    void damagedJournalIsSentOnlyAnyway();
    void viewerShowsTheJournalAndResumesOnce_data();
    void viewerShowsTheJournalAndResumesOnce();
    void resumeSendsNothingWithoutAnInterruptedPost();

private:
    HandoffPack writePack(const QByteArray &name, int videoBytes, const QByteArray &caption = QByteArray());
    void storeCredentials(bool production = true);
    std::unique_ptr<SendToTikTokDialog> openDialog(const HandoffPack &pack, bool prepare = true);
    template<typename T> T *child(QWidget *dialog, const char *name)
    {
        T *widget = dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }
    QString messageText(QWidget *dialog)
    {
        return child<InlineMessage>(dialog, "resultInlineMessage")->text();
    }
    bool waitForResult(SendToTikTokDialog *dialog);
    /// What `skybeam-setup upload PACK` does: a PostingSession of the pack's video to the inbox.
    PostingSessionResult uploadLikeTheCommand(const HandoffPack &pack, bool again = false);
    /// Opens the viewer as the app does (endpoints from the environment, the real keychain) once its packs
    /// are loaded.
    std::unique_ptr<HandoffViewer> openViewer();

    std::unique_ptr<TikTokFixture> m_env;
    std::unique_ptr<FakeContentPosting> m_posting;
    std::unique_ptr<PostedStateStore> m_store;
};

void tst_SendToTikTokDialog::initTestCase()
{
    qRegisterMetaType<UploadResult>();
    qRegisterMetaType<PostingSessionResult>();
}

void tst_SendToTikTokDialog::init()
{
    m_env = std::make_unique<TikTokFixture>();
    m_posting = std::make_unique<FakeContentPosting>(&m_env->fake());
    m_posting->setProcessingPolls(0);
    m_store = std::make_unique<PostedStateStore>(PostedStateStore::defaultFilePath(m_env->roxy().paths()));
    QVERIFY(!m_store->load().isError());
}

void tst_SendToTikTokDialog::cleanup()
{
    m_store.reset();
    m_posting.reset();
    m_env.reset();
}

HandoffPack tst_SendToTikTokDialog::writePack(
    const QByteArray &name, int videoBytes, const QByteArray &caption)
{
    SkybeamTest::PackSpec pack = SkybeamTest::goodPack(name);
    SkybeamTest::Mp4Spec video;
    video.mediaBytes = videoBytes;
    for (auto &file : pack.files) {
        if (file.first == "video.mp4")
            file.second = SkybeamTest::makeMp4(video);
        if (file.first == "caption.txt" && !caption.isEmpty())
            file.second = caption;
    }
    QDir().mkpath(m_env->roxy().paths().exportsDir());
    const QByteArray exports = QFile::encodeName(m_env->roxy().paths().exportsDir());
    SkybeamTest::writePack(exports, pack);
    return PackReader::read(exports, name);
}

void tst_SendToTikTokDialog::storeCredentials(bool production)
{
    const TikTokCredentials credentials = signIn(m_env->fake(), m_env->network());
    QVERIFY(!CredentialFile(m_env->roxy().paths())
                 .write(production ? asProduction(credentials) : credentials)
                 .isError());
}

std::unique_ptr<SendToTikTokDialog> tst_SendToTikTokDialog::openDialog(const HandoffPack &pack, bool prepare)
{
    auto dialog = std::make_unique<SendToTikTokDialog>(pack, m_env->roxy().paths(), m_store.get());
    dialog->setSecretStore(m_env->secrets());
    dialog->setEndpoints(OAuthTest::endpointsOf(m_env->fake()));
    dialog->setNetworkPolicy(OAuthTest::fastPolicy());
    dialog->setUploadPolicy(fastUploadPolicy());
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qFatal("dialog not shown");
    if (prepare) {
        QSignalSpy checked(dialog.get(), &SendToTikTokDialog::accountChecked);
        dialog->prepare();
        if (!checked.wait(10000))
            qFatal("preparation did not finish");
    }
    return dialog;
}

bool tst_SendToTikTokDialog::waitForResult(SendToTikTokDialog *dialog)
{
    // A real event loop (QSignalSpy::wait), not QTest::qWaitFor: qWaitFor sleeps 10 ms between passes of
    // the event loop, which throttles the transfer between the dialog and the in-process fake to a few
    // kilobytes per pass (a 12 MiB send took 10 s idle and over 30 s on a loaded machine).
    if (dialog->sessionResult())
        return true;
    QSignalSpy finished(dialog, &SendToTikTokDialog::sendFinished);
    return finished.wait(30000) && dialog->result().has_value();
}

PostingSessionResult tst_SendToTikTokDialog::uploadLikeTheCommand(const HandoffPack &pack, bool again)
{
    PostingSession session(
        m_env->roxy().paths(), OAuthTest::endpointsOf(m_env->fake()), m_env->network(), m_env->secrets());
    session.uploader().setPolicy(fastUploadPolicy());
    session.preparation().setNetworkPolicy(OAuthTest::fastPolicy());
    PostingRequest request;
    request.packKey = pack.key;
    request.videoPath = QFile::decodeName(pack.videoNativePath);
    request.videoFacts = pack.video;
    request.options.caption = pack.caption;
    request.again = again;
    QSignalSpy finished(&session, &PostingSession::finished);
    if (!session.start(request) || !finished.wait(30000))
        qFatal("the session did not finish");
    return finished.constFirst().constFirst().value<PostingSessionResult>();
}

std::unique_ptr<HandoffViewer> tst_SendToTikTokDialog::openViewer()
{
    qputenv("SKYBEAM_TIKTOK_AUTH_URL", m_env->fake().authorizeUrl().toString().toUtf8());
    qputenv("SKYBEAM_TIKTOK_API_BASE", m_env->fake().apiBase().toString().toUtf8());
    auto viewer = std::make_unique<HandoffViewer>(m_env->roxy().paths());
    QSignalSpy loaded(viewer.get(), &HandoffViewer::packsLoaded);
    viewer->show();
    if (!loaded.wait(10000))
        qFatal("the viewer did not load its packs");
    return viewer;
}

void tst_SendToTikTokDialog::showsTheAccountAndNoDefaultPrivacy()
{
    m_env->fake().user().displayName = QStringLiteral("Roof Cam");
    storeCredentials();
    const auto dialog = openDialog(writePack("pack-a", 1000));
    QCOMPARE(child<QLabel>(dialog.get(), "accountLabel")->text(), QStringLiteral("TikTok account: Roof Cam"));
    auto *inbox = child<QRadioButton>(dialog.get(), "inboxRadioButton");
    auto *direct = child<QRadioButton>(dialog.get(), "directRadioButton");
    auto *privacy = child<QComboBox>(dialog.get(), "privacyComboBox");
    auto *send = child<QPushButton>(dialog.get(), "sendButton");
    QVERIFY(inbox->isChecked());
    QVERIFY(send->isEnabled());
    QVERIFY(!privacy->isVisible());

    direct->click();
    QVERIFY(privacy->isVisible());
    QCOMPARE(privacy->count(), 4);
    QCOMPARE(privacy->currentIndex(), -1); // no default
    QVERIFY(!send->isEnabled());
    QVERIFY(
        child<QLabel>(dialog.get(), "blockerLabel")->text().contains(QLatin1String("Choose who can see")));
    QVERIFY(child<QLabel>(dialog.get(), "musicConsentLabel")->isVisible());
    privacy->setCurrentIndex(privacy->findData(QStringLiteral("FOLLOWER_OF_CREATOR")));
    QCOMPARE(privacy->currentText(), QStringLiteral("Followers"));
    QVERIFY(send->isEnabled());
    QVERIFY(!child<QLabel>(dialog.get(), "blockerLabel")->isVisible());
    // Creator info was asked once, nothing else.
    QCOMPARE(m_posting->initCount(), 0);
    QCOMPARE(m_env->fake().requestCount(QStringLiteral("/v2/post/publish/creator_info/query/")), 1);
}

void tst_SendToTikTokDialog::togglesOffUntilTurnedOnAndGreyedWhenDisabled()
{
    m_env->fake().user().duetDisabled = true;
    storeCredentials();
    const auto dialog = openDialog(writePack("pack-b", 1000));
    child<QRadioButton>(dialog.get(), "directRadioButton")->click();
    auto *comment = child<QCheckBox>(dialog.get(), "allowCommentsCheckBox");
    auto *duet = child<QCheckBox>(dialog.get(), "allowDuetsCheckBox");
    auto *stitch = child<QCheckBox>(dialog.get(), "allowStitchesCheckBox");
    for (QCheckBox *toggle : { comment, duet, stitch })
        QVERIFY(!toggle->isChecked());
    QVERIFY(comment->isEnabled());
    QVERIFY(!duet->isEnabled());
    QVERIFY(stitch->isEnabled());
    QVERIFY(!duet->toolTip().isEmpty());
}

void tst_SendToTikTokDialog::captionCountAndLimit()
{
    storeCredentials();
    const auto dialog = openDialog(writePack("pack-c", 1000, QByteArray(2201, 'w')));
    auto *count = child<QLabel>(dialog.get(), "captionCountLabel");
    QCOMPARE(count->text(), QStringLiteral("2,201 / 2,200"));
    auto *caption = child<QPlainTextEdit>(dialog.get(), "captionPlainTextEdit");
    QVERIFY(caption->isReadOnly()); // an inbox draft carries no caption
    QVERIFY(child<QLabel>(dialog.get(), "captionHintLabel")->text().contains(QLatin1String("copy it")));
    child<QRadioButton>(dialog.get(), "directRadioButton")->click();
    auto *privacy = child<QComboBox>(dialog.get(), "privacyComboBox");
    privacy->setCurrentIndex(0);
    auto *send = child<QPushButton>(dialog.get(), "sendButton");
    QVERIFY(!send->isEnabled());
    QVERIFY(child<QLabel>(dialog.get(), "blockerLabel")->text().contains(QLatin1String("2,200")));
    QVERIFY(!caption->isReadOnly());
    caption->setPlainText(QString(2200, QLatin1Char('w')));
    QCOMPARE(count->text(), QStringLiteral("2,200 / 2,200"));
    QVERIFY(send->isEnabled());
}

void tst_SendToTikTokDialog::unauditedAppIsToldPostsArePrivate()
{
    m_env->fake().app(OAuthTest::ClientKey)->unaudited = true;
    storeCredentials();
    const auto dialog = openDialog(writePack("pack-d", 1000));
    auto *notice = child<QLabel>(dialog.get(), "privateNoticeLabel");
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QLatin1String("review")));
    QVERIFY(notice->text().contains(QLatin1String("Only me")));
    child<QRadioButton>(dialog.get(), "directRadioButton")->click();
    auto *privacy = child<QComboBox>(dialog.get(), "privacyComboBox");
    QCOMPARE(privacy->count(), 1);
    QCOMPARE(privacy->itemText(0), QStringLiteral("Only me"));
    QCOMPARE(privacy->currentIndex(), -1);
}

void tst_SendToTikTokDialog::sandboxBudgetWarnsBeforeAnyCall()
{
    storeCredentials(false);
    SandboxBudget budget(SandboxBudget::defaultFilePath(m_env->roxy().paths()));
    QVERIFY(!budget.record(OAuthTest::ClientKey, 15).isError());
    const HandoffPack pack = writePack("pack-e", 1000);
    const int before = int(m_env->fake().requests().size());
    const auto dialog = openDialog(pack, false);
    QSignalSpy checkedEarly(dialog.get(), &SendToTikTokDialog::accountChecked);
    dialog->prepare();
    auto *budgetLabel = child<QLabel>(dialog.get(), "budgetLabel");
    auto *proceed = child<QPushButton>(dialog.get(), "continueButton");
    // The dialog stops before asking TikTok: it waits for the operator (no fixed wait; the state says so).
    QTRY_VERIFY(budgetLabel->isVisible());
    QCOMPARE(child<QLabel>(dialog.get(), "accountLabel")->text(),
        QStringLiteral("SKYBEAM has not asked TikTok about the account yet."));
    QCOMPARE(checkedEarly.count(), 0);
    QVERIFY2(budgetLabel->text().contains(QLatin1String("only 5 are left")), qPrintable(budgetLabel->text()));
    QVERIFY(proceed->isVisible());
    QCOMPARE(int(m_env->fake().requests().size()), before); // nothing spent yet
    QVERIFY(!child<QPushButton>(dialog.get(), "sendButton")->isEnabled());

    QSignalSpy checked(dialog.get(), &SendToTikTokDialog::accountChecked);
    proceed->click();
    QVERIFY(checked.wait(10000));
    QVERIFY(child<QLabel>(dialog.get(), "accountLabel")->text().contains(QLatin1String("Skybeam Tester")));
    QCOMPARE(budget.usedToday(OAuthTest::ClientKey), 16);
    // Still over the budget for a send: the operator has to confirm it.
    QCOMPARE(child<QPushButton>(dialog.get(), "sendButton")->text(), QStringLiteral("&Send anyway"));
    QVERIFY(child<QLabel>(dialog.get(), "privateNoticeLabel")->text().contains(QLatin1String("sandbox")));
}

void tst_SendToTikTokDialog::inboxSendMarksPostedWhenConfirmed()
{
    storeCredentials();
    const HandoffPack pack = writePack("pack-f", int(12 * MiB));
    const auto dialog = openDialog(pack);
    QSignalSpy posted(m_store.get(), &PostedStateStore::postedChanged);
    QVERIFY(!m_store->isPosted(pack.key));
    // The journal leads every byte of a GUI send too: each chunk reaches TikTok after the journal says
    // what TikTok has.
    QStringList journalAtChunk;
    m_posting->setChunkHook([&](const FakeChunkRequest &chunk) {
        const auto now
            = PublishJournal(PublishJournal::defaultFilePath(m_env->roxy().paths())).entry(pack.key);
        journalAtChunk.append(
            QStringLiteral("%1:%2")
                .arg(chunk.first)
                .arg(now && *now ? JournalEntry::stateName((*now)->state) : QStringLiteral("none")));
    });
    child<QPushButton>(dialog.get(), "sendButton")->click();
    QVERIFY(!child<QPushButton>(dialog.get(), "sendButton")->isEnabled());
    QCOMPARE(child<QPushButton>(dialog.get(), "cancelButton")->text(), QStringLiteral("Cancel"));
    QVERIFY(waitForResult(dialog.get()));
    QCOMPARE(dialog->result()->outcome, UploadResult::Outcome::SentToInbox);
    const QString text = messageText(dialog.get());
    QVERIFY2(text.contains(QLatin1String("Skybeam Tester's TikTok inbox")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("marked as posted")));
    QCOMPARE(child<QProgressBar>(dialog.get(), "uploadProgressBar")->value(), 1000);
    QVERIFY(m_store->isPosted(pack.key));
    QCOMPARE(posted.count(), 1);
    QCOMPARE(m_posting->lastUpload()->chunkCount, 2);
    QCOMPARE(journalAtChunk,
        QStringList({ QStringLiteral("0:initialised"), QStringLiteral("5242880:transferring") }));
    // The account was asked about once, for the form; the send used that answer.
    QCOMPARE(m_env->fake().requestCount(QStringLiteral("/v2/post/publish/creator_info/query/")), 1);
    QVERIFY(!child<QPushButton>(dialog.get(), "sendButton")->isEnabled());
    QCOMPARE(child<QPushButton>(dialog.get(), "cancelButton")->text(), QStringLiteral("Close"));
    child<QPushButton>(dialog.get(), "cancelButton")->click();
    QVERIFY(!dialog->isVisible());
}

void tst_SendToTikTokDialog::directPostSendsTheChoices()
{
    storeCredentials();
    const HandoffPack pack = writePack("pack-g", 1000);
    const auto dialog = openDialog(pack);
    child<QRadioButton>(dialog.get(), "directRadioButton")->click();
    auto *privacy = child<QComboBox>(dialog.get(), "privacyComboBox");
    privacy->setCurrentIndex(privacy->findData(QStringLiteral("MUTUAL_FOLLOW_FRIENDS")));
    child<QCheckBox>(dialog.get(), "allowCommentsCheckBox")->click();
    child<QPushButton>(dialog.get(), "sendButton")->click();
    QVERIFY(waitForResult(dialog.get()));
    QCOMPARE(dialog->result()->outcome, UploadResult::Outcome::Published);
    const QJsonObject info = m_posting->lastUpload()->postInfo;
    QCOMPARE(info.value(QLatin1String("privacy_level")).toString(), QStringLiteral("MUTUAL_FOLLOW_FRIENDS"));
    QCOMPARE(info.value(QLatin1String("disable_comment")).toBool(), false);
    QCOMPARE(info.value(QLatin1String("disable_duet")).toBool(), true);
    QCOMPARE(info.value(QLatin1String("disable_stitch")).toBool(), true);
    QCOMPARE(info.value(QLatin1String("title")).toString(), pack.caption);
    QVERIFY(
        messageText(dialog.get()).contains(QLatin1String("Published on Skybeam Tester's TikTok profile")));
    QVERIFY(m_store->isPosted(pack.key));
}

void tst_SendToTikTokDialog::failureIsShownInlineAndNotMarked()
{
    storeCredentials();
    const HandoffPack pack = writePack("pack-h", 1000);
    const auto dialog = openDialog(pack);
    m_posting->failNextPublish(QStringLiteral("picture_size_check_failed"));
    child<QPushButton>(dialog.get(), "sendButton")->click();
    QVERIFY(waitForResult(dialog.get()));
    QCOMPARE(dialog->result()->outcome, UploadResult::Outcome::Failed);
    auto *message = child<InlineMessage>(dialog.get(), "resultInlineMessage");
    QCOMPARE(message->kind(), InlineMessage::Kind::Error);
    QVERIFY(message->text().contains(QLatin1String("360 to 4096 pixels")));
    QVERIFY(!m_store->isPosted(pack.key));
    // It can be sent again.
    QVERIFY(child<QPushButton>(dialog.get(), "sendButton")->isEnabled());
}

void tst_SendToTikTokDialog::cancelStopsTheUpload()
{
    storeCredentials();
    const HandoffPack pack = writePack("pack-i", int(16 * MiB));
    const auto dialog = openDialog(pack);
    // Cancel as soon as the second chunk goes.
    m_posting->setChunkHook([&dialog](const FakeChunkRequest &chunk) {
        if (chunk.first == 0)
            QMetaObject::invokeMethod(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                "click", Qt::QueuedConnection);
    });
    child<QPushButton>(dialog.get(), "sendButton")->click();
    QVERIFY(waitForResult(dialog.get()));
    QCOMPARE(dialog->result()->outcome, UploadResult::Outcome::Cancelled);
    QVERIFY(dialog->isVisible()); // cancelling the upload does not close the dialog
    QCOMPARE(child<InlineMessage>(dialog.get(), "resultInlineMessage")->kind(), InlineMessage::Kind::Warning);
    QVERIFY(messageText(dialog.get()).contains(QLatin1String("cancelled")));
    QVERIFY(!m_posting->lastUpload()->complete);
    QVERIFY(!m_store->isPosted(pack.key));
}

void tst_SendToTikTokDialog::postingBlockedIsShown()
{
    storeCredentials();
    m_env->fake().user().postingBlock = QStringLiteral("reached_active_user_cap");
    const auto dialog = openDialog(writePack("pack-j", 1000));
    QVERIFY(messageText(dialog.get()).contains(QLatin1String("limit of active users")));
    QVERIFY(!child<QPushButton>(dialog.get(), "sendButton")->isEnabled());
    QVERIFY(!child<QRadioButton>(dialog.get(), "inboxRadioButton")->isEnabled());
}

void tst_SendToTikTokDialog::namesAndAccessibility()
{
    storeCredentials();
    const auto dialog = openDialog(writePack("pack-k", 1000));
    child<QRadioButton>(dialog.get(), "directRadioButton")->click();
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    int controls = 0;
    for (QWidget *widget : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QProgressBar *>(widget);
        if (!control || widget->parent() != dialog.get())
            continue;
        ++controls;
        const QString name = widget->objectName();
        QVERIFY2(!name.isEmpty(), widget->metaObject()->className());
        // The project's convention: push buttons end in "Button", the others in their class name.
        QString type = QString::fromLatin1(widget->metaObject()->className()).mid(1);
        if (type == QLatin1String("PushButton"))
            type = QStringLiteral("Button");
        QVERIFY2(name.endsWith(type), qPrintable(name));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
    }
    QVERIFY(controls >= 10);
}

void tst_SendToTikTokDialog::viewerButtonSendsAndThePackShowsPosted()
{
    storeCredentials();
    const HandoffPack pack = writePack("pack-viewer", 1000);
    qputenv("SKYBEAM_TIKTOK_AUTH_URL", m_env->fake().authorizeUrl().toString().toUtf8());
    qputenv("SKYBEAM_TIKTOK_API_BASE", m_env->fake().apiBase().toString().toUtf8());
    HandoffViewer viewer(m_env->roxy().paths());
    QSignalSpy loaded(&viewer, &HandoffViewer::packsLoaded);
    viewer.show();
    QVERIFY(loaded.wait(10000));
    QVERIFY(viewer.selectPack(pack.key));
    auto *button = viewer.findChild<QPushButton *>(QStringLiteral("sendToTikTokButton"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QCOMPARE(button->accessibleName(), QStringLiteral("Send to TikTok"));
    button->click();
    auto *dialog = viewer.findChild<SendToTikTokDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QSignalSpy checked(dialog, &SendToTikTokDialog::accountChecked);
    QVERIFY(checked.wait(20000));
    QVERIFY(child<QLabel>(dialog, "accountLabel")->text().contains(QLatin1String("Skybeam Tester")));
    QVERIFY(!viewer.packModel()->isPosted(viewer.packModel()->rowOf(pack.key)));
    child<QPushButton>(dialog, "sendButton")->click();
    QVERIFY(waitForResult(dialog));
    QCOMPARE(dialog->result()->outcome, UploadResult::Outcome::SentToInbox);
    // The viewer's own store was told: its list shows the pack as posted at once.
    QVERIFY(viewer.packModel()->isPosted(viewer.packModel()->rowOf(pack.key)));
    child<QPushButton>(dialog, "cancelButton")->click();
    QTRY_VERIFY(!viewer.findChild<SendToTikTokDialog *>());
    qunsetenv("SKYBEAM_TIKTOK_AUTH_URL");
    qunsetenv("SKYBEAM_TIKTOK_API_BASE");
}

void tst_SendToTikTokDialog::guiSendIsInTheJournalSoUploadSendsNothing()
{
    storeCredentials();
    const HandoffPack pack = writePack("pack-journal", 1000);
    {
        const auto dialog = openDialog(pack);
        child<QPushButton>(dialog.get(), "sendButton")->click();
        QVERIFY(waitForResult(dialog.get()));
        QCOMPARE(dialog->result()->outcome, UploadResult::Outcome::SentToInbox);
    }
    QCOMPARE(m_posting->initCount(), 1);
    const Expected<std::optional<JournalEntry>> entry
        = PublishJournal(PublishJournal::defaultFilePath(m_env->roxy().paths())).entry(pack.key);
    QVERIFY(entry);
    QVERIFY2(entry->has_value(), "the GUI send is not in the publish journal");
    QCOMPARE((*entry)->state, JournalEntry::State::Confirmed);
    QCOMPARE((*entry)->publishId, m_posting->lastUpload()->publishId);

    // `upload PACK` afterwards: nothing reaches TikTok, and it says when the pack was sent.
    const PostingSessionResult again = uploadLikeTheCommand(pack);
    QCOMPARE(again.outcome, PostingSessionResult::Outcome::AlreadyConfirmed);
    QVERIFY2(
        again.text().contains(QLatin1String("Already sent to the TikTok inbox")), qPrintable(again.text()));
    QCOMPARE(m_posting->initCount(), 1);
}

void tst_SendToTikTokDialog::confirmedPackIsNotSentAgainWithoutConfirmation()
{
    storeCredentials();
    const HandoffPack pack = writePack("pack-confirmed", 1000);
    const PostingSessionResult first = uploadLikeTheCommand(pack);
    QCOMPARE(first.outcome, PostingSessionResult::Outcome::Confirmed);
    QCOMPARE(m_posting->initCount(), 1);
    const QString publishId = first.upload.publishId;

    const auto dialog = openDialog(pack);
    auto *send = child<QPushButton>(dialog.get(), "sendButton");
    QVERIFY(!send->isEnabled());
    // Says when and how it was sent.
    auto *message = child<InlineMessage>(dialog.get(), "resultInlineMessage");
    QVERIFY2(message->text().contains(QLatin1String("TikTok confirmed this pack on")),
        qPrintable(message->text()));
    QVERIFY(message->text().contains(QLatin1String("TikTok inbox")));
    QVERIFY(message->text().contains(publishId));
    QVERIFY(child<QLabel>(dialog.get(), "blockerLabel")->text().contains(QLatin1String("Send it again")));
    send->click();
    QVERIFY(!dialog->sessionResult());
    QCOMPARE(m_posting->initCount(), 1);

    // The explicit confirmation sends a new post, recorded as a new journal entry.
    auto *again = child<QCheckBox>(dialog.get(), "sendAgainCheckBox");
    QVERIFY(again->isVisible());
    QVERIFY(!again->isChecked());
    again->click();
    QVERIFY(send->isEnabled());
    send->click();
    QVERIFY(waitForResult(dialog.get()));
    QCOMPARE(dialog->result()->outcome, UploadResult::Outcome::SentToInbox);
    QCOMPARE(m_posting->initCount(), 2);
    const Expected<std::optional<JournalEntry>> entry
        = PublishJournal(PublishJournal::defaultFilePath(m_env->roxy().paths())).entry(pack.key);
    QVERIFY(entry && entry->has_value());
    QCOMPARE((*entry)->state, JournalEntry::State::Confirmed);
    QVERIFY((*entry)->publishId != publishId);
    QVERIFY(!again->isVisible());
    QVERIFY(!send->isEnabled());
}

void tst_SendToTikTokDialog::damagedJournalIsSentOnlyAnyway()
{
    storeCredentials();
    const HandoffPack pack = writePack("pack-damaged", 1000);
    const RoxyPaths paths = m_env->roxy().paths();
    QVERIFY(writeJournalBytes(paths, QByteArray(DamagedJournal).replace("PACK", "pack-damaged")));

    // Said before anything is sent, in the dialog's words (no command-line flag), with the way on.
    const auto dialog = openDialog(pack);
    auto *send = child<QPushButton>(dialog.get(), "sendButton");
    QVERIFY(!send->isEnabled());
    const QString message = messageText(dialog.get());
    QVERIFY2(message.contains(QLatin1String("publish journal")) && message.contains(QLatin1String("damaged")),
        qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("--")), qPrintable(message));
    const QString blocker = child<QLabel>(dialog.get(), "blockerLabel")->text();
    QVERIFY2(blocker.contains(QLatin1String("Send anyway")), qPrintable(blocker));
    auto *anyway = child<QCheckBox>(dialog.get(), "sendAgainCheckBox");
    QVERIFY(anyway->isVisible());
    QVERIFY(anyway->text().contains(QLatin1String("Send a&nyway")));
    QVERIFY(!anyway->isChecked());
    send->click();
    QVERIFY(!dialog->sessionResult());
    QCOMPARE(m_posting->initCount(), 0);

    anyway->click();
    QVERIFY(send->isEnabled());
    send->click();
    QVERIFY(waitForResult(dialog.get()));
    QCOMPARE(dialog->result()->outcome, UploadResult::Outcome::SentToInbox);
    QCOMPARE(m_posting->initCount(), 1);
    QCOMPARE(damagedJournalCopies(paths).size(), 1);
    const Expected<std::optional<JournalEntry>> entry
        = PublishJournal(PublishJournal::defaultFilePath(paths)).entry(pack.key);
    QVERIFY(entry && entry->has_value());
    QCOMPARE((*entry)->state, JournalEntry::State::Confirmed);
    QVERIFY(!anyway->isVisible());
    QVERIFY(!send->isEnabled());
}

void tst_SendToTikTokDialog::viewerShowsTheJournalAndResumesOnce_data()
{
    QTest::addColumn<bool>("whileProcessing");
    QTest::addColumn<QString>("shown");
    QTest::newRow("interrupted while sending") << false << QStringLiteral("Sending was interrupted");
    QTest::newRow("interrupted while TikTok processed") << true << QStringLiteral("Processing at TikTok");
}

void tst_SendToTikTokDialog::viewerShowsTheJournalAndResumesOnce()
{
    QFETCH(bool, whileProcessing);
    QFETCH(QString, shown);
    storeCredentials();
    const HandoffPack pack = writePack("pack-resume", int(11 * MiB)); // chunks of 5 and 6 MiB
    writePack("pack-other", 1000);

    // A send interrupted as the product leaves it (the session stopped; the journal keeps what TikTok has).
    {
        PostingSession session(
            m_env->roxy().paths(), OAuthTest::endpointsOf(m_env->fake()), m_env->network(), m_env->secrets());
        session.uploader().setPolicy(fastUploadPolicy());
        session.preparation().setNetworkPolicy(OAuthTest::fastPolicy());
        if (whileProcessing) {
            m_posting->setProcessingPolls(2);
            m_posting->setCallHook([&session](const QString &path) {
                if (path == FakeContentPosting::StatusPath)
                    QMetaObject::invokeMethod(
                        &session, [&session] { session.cancel(); }, Qt::QueuedConnection);
            });
        } else {
            m_posting->setChunkHook([&session](const FakeChunkRequest &chunk) {
                if (chunk.first > 0)
                    QMetaObject::invokeMethod(
                        &session, [&session] { session.cancel(); }, Qt::QueuedConnection);
            });
        }
        PostingRequest request;
        request.packKey = pack.key;
        request.videoPath = QFile::decodeName(pack.videoNativePath);
        request.videoFacts = pack.video;
        QSignalSpy finished(&session, &PostingSession::finished);
        QVERIFY(session.start(request));
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.constFirst().constFirst().value<PostingSessionResult>().isSuccess());
        m_posting->setCallHook({});
        m_posting->setChunkHook({});
    }
    QCOMPARE(m_posting->initCount(), 1);
    const int chunksBefore = int(m_posting->chunkRequests().size());

    // Right after start, the viewer shows the interrupted post and offers Resume.
    const auto viewer = openViewer();
    QVERIFY(viewer->selectPack(pack.key));
    auto *state = viewer->findChild<QLabel *>(QStringLiteral("postingStateLabel"));
    auto *resume = viewer->findChild<QPushButton *>(QStringLiteral("resumeButton"));
    QVERIFY(state && resume);
    QVERIFY2(state->text().contains(shown), qPrintable(state->text()));
    QVERIFY(resume->isVisible());
    QVERIFY(resume->isEnabled());
    QVERIFY(!viewer->findChild<QPushButton *>(QStringLiteral("sendToTikTokButton"))->isEnabled());
    const QString ledger = viewer->findChild<QLabel *>(QStringLiteral("pendingInboxLabel"))->text();
    QVERIFY2(ledger.startsWith(QLatin1String("1 of the 5")), qPrintable(ledger));
    // Another pack: nothing sent, no Resume.
    QVERIFY(viewer->selectPack(QStringLiteral("pack-other")));
    QVERIFY2(state->text().contains(QLatin1String("Not sent")), qPrintable(state->text()));
    QVERIFY(!resume->isVisible());
    QVERIFY(viewer->selectPack(pack.key));

    resume->click();
    auto *dialog = viewer->findChild<SendToTikTokDialog *>();
    QVERIFY(dialog);
    QVERIFY(waitForResult(dialog));
    QVERIFY2(dialog->sessionResult()->outcome == PostingSessionResult::Outcome::Confirmed,
        qPrintable(dialog->sessionResult()->error.fullMessage()));
    QVERIFY(dialog->sessionResult()->resumed);
    QVERIFY2(messageText(dialog).contains(QLatin1String("TikTok inbox")), qPrintable(messageText(dialog)));
    // Exactly once at TikTok: no second init, one complete upload; a processed video is not sent again.
    QCOMPARE(m_posting->initCount(), 1);
    QCOMPARE(m_posting->completeUploadCount(), 1);
    QCOMPARE(m_posting->initsAfterCompleteUpload(), 0);
    if (whileProcessing)
        QCOMPARE(int(m_posting->chunkRequests().size()), chunksBefore);
    child<QPushButton>(dialog, "cancelButton")->click();
    QTRY_VERIFY(!viewer->findChild<SendToTikTokDialog *>());

    QVERIFY2(state->text().contains(QLatin1String("In the TikTok inbox since")), qPrintable(state->text()));
    QVERIFY(!resume->isVisible());
    QVERIFY(viewer->packModel()->isPosted(viewer->packModel()->rowOf(pack.key)));
    qunsetenv("SKYBEAM_TIKTOK_AUTH_URL");
    qunsetenv("SKYBEAM_TIKTOK_API_BASE");
}

void tst_SendToTikTokDialog::resumeSendsNothingWithoutAnInterruptedPost()
{
    storeCredentials();
    const HandoffPack pack = writePack("pack-nothing", 1000);
    const auto dialog = openDialog(pack, false);
    dialog->resume();
    QVERIFY(waitForResult(dialog.get()));
    QCOMPARE(dialog->sessionResult()->outcome, PostingSessionResult::Outcome::Failed);
    QCOMPARE(dialog->sessionResult()->error.code(), QStringLiteral("posting.nothing_to_resume"));
    QCOMPARE(m_posting->initCount(), 0);
}

QTEST_MAIN(tst_SendToTikTokDialog)
#include "tst_sendtotiktokdialog.moc"
