// The reminder's systemd user units shipped in skybeam-setup-cli (packaging/systemd, for administrators,
// not enabled) are the ones `skybeam-setup remind --enable` writes for one user, for the packaged binary.
#include "setup/reminderschedule.h"

#include <QFile>
#include <QTest>

class tst_PackagedUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unitsMatchWhatRemindEnableWrites_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("service") << QString(Skybeam::ReminderSchedule::ServiceName)
                                 << Skybeam::ReminderSchedule::serviceUnit(
                                        QStringLiteral("/usr/bin/skybeam-setup"));
        QTest::newRow("timer") << QString(Skybeam::ReminderSchedule::TimerName)
                               << Skybeam::ReminderSchedule::timerUnit();
    }
    void unitsMatchWhatRemindEnableWrites()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFile unit(QStringLiteral(SKYBEAM_SOURCE_DIR "/packaging/systemd/") + file);
        QVERIFY2(unit.open(QIODevice::ReadOnly), qPrintable(unit.fileName()));
        QCOMPARE(QString::fromUtf8(unit.readAll()), expected);
    }
};

QTEST_GUILESS_MAIN(tst_PackagedUnits)
#include "tst_packagedunits.moc"
