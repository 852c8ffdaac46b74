// Diagnose a problem (offscreen): the Welcome page's choice opens the doctor's list; a file readable by
// others shows ✗ with Fix, Fix makes it private and the list runs again with ✓; Copy report puts the
// report on the clipboard without any secret.
#include "credentials/memorysecretstore.h"
#include "doctor/doctordialog.h"
#include "setupwizard.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Skybeam;
using SkybeamTest::TempRoxy;

namespace {

const QString Secret = QStringLiteral("Qv7mYs3cr3tPk");

void writeOpenFile(TempRoxy &roxy)
{
    const QJsonObject json { { QStringLiteral("client_key"), QStringLiteral("awprodkey77") },
        { QStringLiteral("client_secret"), Secret },
        { QStringLiteral("access_token"), QStringLiteral("act.Wd4nTk9zLm") } };
    roxy.writeFile(QStringLiteral("credentials/tiktok_oauth.json"), QJsonDocument(json).toJson(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    QFile::setPermissions(roxy.root() + QStringLiteral("/credentials"),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QString markOf(QWidget *dialog, const QString &id)
{
    QWidget *row = dialog->findChild<QWidget *>(id + QStringLiteral("Row"));
    if (!row)
        return {};
    return row->findChild<QLabel *>(QStringLiteral("markLabel"))->accessibleName();
}

} // namespace

class tst_DoctorDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void welcomeChoiceOpensTheChecks();
    void fixMakesTheFilePrivate();
};

void tst_DoctorDialog::welcomeChoiceOpensTheChecks()
{
    TempRoxy roxy;
    MemorySecretStore secrets;
    SetupWizard wizard(roxy.paths(), &secrets);
    wizard.show();
    auto *diagnose = wizard.findChild<QCommandLinkButton *>(QStringLiteral("diagnoseCommandLinkButton"));
    QVERIFY(diagnose);
    QTRY_VERIFY(diagnose->isVisible());
    diagnose->click();
    auto *dialog = wizard.findChild<DoctorDialog *>(QStringLiteral("doctorDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->results().isEmpty(), 15000);
    QCOMPARE(markOf(dialog, QStringLiteral("credential-file")), QStringLiteral("problem"));
    QCOMPARE(markOf(dialog, QStringLiteral("network")), QStringLiteral("skipped"));
}

void tst_DoctorDialog::fixMakesTheFilePrivate()
{
    TempRoxy roxy;
    writeOpenFile(roxy);
    DoctorContext context = DoctorContext::system(roxy.paths());
    context.environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    DoctorDialog dialog(context, nullptr);
    QSignalSpy shown(&dialog, &DoctorDialog::checksShown);
    dialog.show();
    dialog.run(Doctor::Mode::Local);
    QVERIFY(shown.wait(15000));
    QCOMPARE(markOf(&dialog, QStringLiteral("credential-file")), QStringLiteral("problem"));
    QWidget *row = dialog.findChild<QWidget *>(QStringLiteral("credential-fileRow"));
    auto *fix = row->findChild<QPushButton *>(QStringLiteral("fixPushButton"));
    QVERIFY(fix);
    fix->click();
    QVERIFY(shown.wait(15000));
    QCOMPARE(markOf(&dialog, QStringLiteral("credential-file")), QStringLiteral("ok"));
    QCOMPARE(QFile::permissions(roxy.root() + QStringLiteral("/credentials/tiktok_oauth.json")),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);

    QApplication::clipboard()->clear();
    dialog.findChild<QPushButton *>(QStringLiteral("copyReportPushButton"))->click();
    const QString report = QApplication::clipboard()->text();
    QVERIFY2(report.contains(QLatin1String("(credential-file)")), qPrintable(report));
    QVERIFY(report.contains(QLatin1String("(exports)")));
    QVERIFY(!report.contains(Secret.left(5)));
    QVERIFY(!report.contains(QLatin1String("Wd4nT")));
}

QTEST_MAIN(tst_DoctorDialog)
#include "tst_doctordialog.moc"
