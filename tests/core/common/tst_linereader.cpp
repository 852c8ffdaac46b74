// LineReader: lines from a descriptor without blocking the event loop (what authorize --no-browser reads a
// pasted address with), over a real pipe.
#include "common/linereader.h"

#include <QSignalSpy>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace Skybeam;

class tst_LineReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void linesAsTheyArrive();
    void lastLineWithoutNewlineAtEnd();
    void tooLongLineIsSkipped();
    void stopInsideASlot();
    void refusesAClosedDescriptor();

private:
    void write(const QByteArray &bytes);
    void closeWriteEnd();

    int m_read = -1;
    int m_write = -1;
};

void tst_LineReader::init()
{
    int fds[2];
    QVERIFY(::pipe(fds) == 0);
    m_read = fds[0];
    m_write = fds[1];
}

void tst_LineReader::cleanup()
{
    if (m_read >= 0)
        ::close(m_read);
    closeWriteEnd();
    m_read = -1;
}

void tst_LineReader::write(const QByteArray &bytes)
{
    QCOMPARE(::write(m_write, bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
}

void tst_LineReader::closeWriteEnd()
{
    if (m_write >= 0)
        ::close(m_write);
    m_write = -1;
}

void tst_LineReader::linesAsTheyArrive()
{
    LineReader reader;
    QSignalSpy lines(&reader, &LineReader::lineRead);
    QSignalSpy finished(&reader, &LineReader::finished);
    QVERIFY(reader.start(m_read));
    QVERIFY(reader.isReading());
    write("first li");
    QCoreApplication::processEvents(); // half a line: nothing yet, and nothing blocks
    QCOMPARE(lines.count(), 0);
    write("ne\r\nsecond\n\nthird ü\n");
    QTRY_COMPARE(lines.count(), 4);
    QCOMPARE(lines.at(0).at(0).toString(), QStringLiteral("first line"));
    QCOMPARE(lines.at(1).at(0).toString(), QStringLiteral("second"));
    QCOMPARE(lines.at(2).at(0).toString(), QString());
    QCOMPARE(lines.at(3).at(0).toString(), QStringLiteral("third ü"));
    QCOMPARE(finished.count(), 0);
    closeWriteEnd();
    QVERIFY(finished.wait(5000));
    QCOMPARE(lines.count(), 4);
    QVERIFY(!reader.isReading());
}

void tst_LineReader::lastLineWithoutNewlineAtEnd()
{
    LineReader reader;
    QSignalSpy lines(&reader, &LineReader::lineRead);
    QSignalSpy finished(&reader, &LineReader::finished);
    QVERIFY(reader.start(m_read));
    write("http://127.0.0.1:1/callback/?code=x");
    closeWriteEnd();
    QVERIFY(finished.wait(5000));
    QCOMPARE(lines.count(), 1);
    QCOMPARE(lines.at(0).at(0).toString(), QStringLiteral("http://127.0.0.1:1/callback/?code=x"));
}

void tst_LineReader::tooLongLineIsSkipped()
{
    LineReader reader;
    QSignalSpy lines(&reader, &LineReader::lineRead);
    QSignalSpy tooLong(&reader, &LineReader::lineTooLong);
    QSignalSpy finished(&reader, &LineReader::finished);
    QVERIFY(reader.start(m_read));
    // Written while read: a pipe holds only so much.
    const QByteArray huge(LineReader::MaxLineBytes + 5000, 'a');
    qsizetype written = 0;
    ::fcntl(m_write, F_SETFL, O_NONBLOCK);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const ssize_t count = ::write(m_write, huge.constData() + written, size_t(huge.size() - written));
            if (count > 0)
                written += count;
            return written == huge.size();
        },
        10000));
    write("\nafter\n");
    closeWriteEnd();
    QVERIFY(finished.wait(5000));
    QCOMPARE(tooLong.count(), 1);
    QCOMPARE(lines.count(), 1);
    QCOMPARE(lines.at(0).at(0).toString(), QStringLiteral("after"));
}

void tst_LineReader::stopInsideASlot()
{
    LineReader reader;
    QStringList seen;
    connect(&reader, &LineReader::lineRead, &reader, [&](const QString &line) {
        seen.append(line);
        reader.stop();
    });
    QSignalSpy finished(&reader, &LineReader::finished);
    QVERIFY(reader.start(m_read));
    write("one\ntwo\n");
    QTRY_COMPARE(seen.size(), 1);
    closeWriteEnd();
    QVERIFY(!finished.wait(300));
    QCOMPARE(seen, QStringList { QStringLiteral("one") });
}

void tst_LineReader::refusesAClosedDescriptor()
{
    LineReader reader;
    const int closed = m_read;
    ::close(m_read);
    m_read = -1;
    QVERIFY(!reader.start(closed));
    QVERIFY(!reader.isReading());
    // The write end of a pipe is not input either.
    QVERIFY(!reader.start(m_write));
}

QTEST_GUILESS_MAIN(tst_LineReader)
#include "tst_linereader.moc"
