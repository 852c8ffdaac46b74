#include "setupprocess.h"

#include <QTest>

using namespace SkybeamTest;
using namespace Qt::Literals::StringLiterals;

class tst_PacksCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help_describesTheCommand();
    void badUsage_exitsWithTwo_data();
    void badUsage_exitsWithTwo();
    void dirThatIsNotAFolder_exitsWithOne();
};

void tst_PacksCommand::help_describesTheCommand()
{
    const ProcessResult result = runSetup({ u"packs"_s, u"--help"_s }, environmentFor(QString()));
    QVERIFY(!result.crashed);
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.contains(u"skybeam-setup packs"_s), result.out.constData());
    QVERIFY(out.contains(u"[DIR]"_s));
    QVERIFY(out.contains(u"--roxy-home"_s));
    QVERIFY(out.contains(u"upload page"_s));
}

void tst_PacksCommand::badUsage_exitsWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("two folders") << QStringList { u"packs"_s, u"/tmp"_s, u"/var"_s }
                                 << u"unexpected argument '/var'"_s;
    QTest::newRow("unknown option") << QStringList { u"packs"_s, u"--frobnicate"_s } << u"frobnicate"_s;
    QTest::newRow("missing option value") << QStringList { u"packs"_s, u"--roxy-home"_s } << u"roxy-home"_s;
}

void tst_PacksCommand::badUsage_exitsWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const ProcessResult result = runSetup(arguments, environmentFor(QString()));
    QVERIFY(!result.crashed);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(QString::fromUtf8(result.err).contains(u"--help"_s));
}

void tst_PacksCommand::dirThatIsNotAFolder_exitsWithOne()
{
    TempRoxy roxy;
    const QString file = roxy.writeFile(u"not-a-folder.txt"_s, "x");
    const ProcessResult result = runSetup({ u"packs"_s, file }, environmentFor(roxy.root()));
    QVERIFY(!result.crashed);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(QString::fromUtf8(result.err).contains(u"is not a folder"_s), result.err.constData());
}

QTEST_GUILESS_MAIN(tst_PacksCommand)
#include "tst_packscommand.moc"
