// The shipped translations (translations/*.ts): nothing unfinished, obsolete or vanished, every placeholder
// and mnemonic kept, no English left in German or Spanish; and lupdate, run on today's sources into copies of
// the .ts files, finds no text they lack (so an untranslated text cannot land) and no call it cannot read.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete" or "vanished"
    QStringList translations; // one per plural form
    QString where() const { return context + QLatin1String(": ") + source.left(80); }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1").arg(path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1: %2 (line %3)").arg(path, xml.errorString()).arg(xml.lineNumber());
    return ts;
}

QStringList translatedFiles()
{
    return QString::fromUtf8(SKYBEAM_TRANSLATED_TS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

QString pluralsFile()
{
    return QString::fromUtf8(SKYBEAM_PLURALS_TS);
}

// %1 … %99, %L1, %n and %Ln, sorted: a translation must carry the same ones as its source.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

// "&Next" has one mnemonic; "&&" is a literal ampersand and "& " is the word "and".
int mnemonics(QString text)
{
    static const QRegularExpression pattern(QStringLiteral("&[^\\s&]"));
    text.remove(QLatin1String("&&"));
    return int(text.count(pattern));
}

// Lower-case English-looking words; a German or Spanish text identical to a source with two or more of them
// is an untranslated copy (product names such as "SKYBEAM TikTok Setup" have none).
int englishWords(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("\\b[a-z]{2,}\\b"));
    return int(text.count(pattern));
}

// Runs lupdate as the update_translations target does, on copies of `files` in `dir`.
QString runLupdate(
    const QStringList &files, const QString &dir, const QStringList &extraOptions, QStringList *copies)
{
    copies->clear();
    for (const QString &file : files) {
        const QString copy = QDir(dir).filePath(QFileInfo(file).fileName());
        if (!QFile::copy(file, copy))
            return QStringLiteral("cannot copy %1").arg(file);
        copies->append(copy);
    }
    QStringList arguments
        = QString::fromUtf8(SKYBEAM_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    arguments << extraOptions << QStringLiteral("@%1").arg(QString::fromUtf8(SKYBEAM_LUPDATE_LIST))
              << QStringLiteral("-ts") << *copies;
    QProcess lupdate;
    lupdate.start(QString::fromUtf8(SKYBEAM_LUPDATE), arguments);
    if (!lupdate.waitForFinished(60000) || lupdate.exitStatus() != QProcess::NormalExit
        || lupdate.exitCode() != 0)
        return QStringLiteral("lupdate failed: %1")
            .arg(QString::fromLocal8Bit(lupdate.readAllStandardError()));
    // lupdate reports what it cannot read (tr() without a context, unknown classes) on stderr.
    const QString warnings = QString::fromLocal8Bit(lupdate.readAllStandardError()).trimmed();
    if (!warnings.isEmpty())
        return QStringLiteral("lupdate warnings (texts it cannot extract):\n%1").arg(warnings);
    return {};
}

QString describe(const QStringList &problems)
{
    return QStringLiteral("%1 problem(s):\n  %2")
        .arg(problems.size())
        .arg(problems.mid(0, 40).join(QLatin1String("\n  ")));
}

// One row per shipped catalogue.
void addShippedFiles()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("pluralsOnly");
    QTest::newRow("en") << pluralsFile() << true;
    for (const QString &path : translatedFiles())
        QTest::newRow(qPrintable(QFileInfo(path).completeBaseName().section(QLatin1Char('_'), -1)))
            << path << false;
}

} // namespace

class tst_TranslationFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedFiles_areFinished_data() { addShippedFiles(); }
    void shippedFiles_areFinished();
    void shippedFiles_keepPlaceholdersAndMnemonics_data() { addShippedFiles(); }
    void shippedFiles_keepPlaceholdersAndMnemonics();
    void translations_areNotEnglishCopies();
    void translations_cover();
    void lupdate_findsNoTextMissing();
    void checks_catchBrokenFiles();
};

void tst_TranslationFiles::shippedFiles_areFinished()
{
    QFETCH(QString, path);
    QFETCH(bool, pluralsOnly);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY(!ts.messages.isEmpty());
    QStringList problems;
    for (const Message &message : ts.messages) {
        if (!message.type.isEmpty())
            problems.append(message.type + QLatin1String(": ") + message.where());
        else if (message.translations.isEmpty() || message.translations.contains(QString()))
            problems.append(QLatin1String("empty: ") + message.where());
        if (pluralsOnly && !message.numerus)
            problems.append(QLatin1String("not a plural text in the English catalogue: ") + message.where());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void tst_TranslationFiles::shippedFiles_keepPlaceholdersAndMnemonics()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    for (const Message &message : ts.messages) {
        const QStringList expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            if (placeholders(translation) != expected) {
                problems.append(QStringLiteral("placeholders %1 instead of %2: %3 -> %4")
                                    .arg(placeholders(translation).join(QLatin1Char(' ')),
                                        expected.join(QLatin1Char(' ')), message.where(), translation));
            }
            if (mnemonics(translation) != mnemonics(message.source))
                problems.append(
                    QStringLiteral("mnemonic lost or added: %1 -> %2").arg(message.where(), translation));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void tst_TranslationFiles::translations_areNotEnglishCopies()
{
    QStringList problems;
    for (const QString &path : translatedFiles()) {
        const TsFile ts = readTs(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        for (const Message &message : ts.messages) {
            for (const QString &translation : message.translations) {
                if (translation == message.source && englishWords(message.source) >= 2)
                    problems.append(ts.language + QLatin1String(": ") + message.where());
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

// German and Spanish translate the same texts, and the English catalogue has every plural text of them.
void tst_TranslationFiles::translations_cover()
{
    const QStringList files = translatedFiles();
    QCOMPARE(files.size(), 2);
    QSet<QString> first, second, plurals, englishPlurals;
    for (const Message &message : readTs(files.at(0)).messages) {
        first.insert(message.context + QLatin1Char('\n') + message.source);
        if (message.numerus)
            plurals.insert(message.context + QLatin1Char('\n') + message.source);
    }
    for (const Message &message : readTs(files.at(1)).messages)
        second.insert(message.context + QLatin1Char('\n') + message.source);
    for (const Message &message : readTs(pluralsFile()).messages)
        englishPlurals.insert(message.context + QLatin1Char('\n') + message.source);
    QVERIFY(first.size() > 100);
    QCOMPARE(first, second);
    QCOMPARE(englishPlurals, plurals);
}

void tst_TranslationFiles::lupdate_findsNoTextMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList copies;
    QString error = runLupdate(translatedFiles(), dir.path(), {}, &copies);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList pluralCopies;
    QTemporaryDir pluralDir;
    error = runLupdate({ pluralsFile() }, pluralDir.path(), { QStringLiteral("-pluralonly") }, &pluralCopies);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    copies << pluralCopies;

    QStringList problems;
    for (const QString &copy : std::as_const(copies)) {
        const TsFile ts = readTs(copy);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        for (const Message &message : ts.messages) {
            if (message.type == QLatin1String("unfinished"))
                problems.append(QFileInfo(copy).fileName() + QLatin1String(": new text, not translated: ")
                    + message.where());
            else if (!message.type.isEmpty())
                problems.append(QFileInfo(copy).fileName() + QLatin1String(": no longer in the sources (")
                    + message.type + QLatin1String("): ") + message.where());
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(describe(problems)
            + QLatin1String("\nRun `cmake --build BUILD --target update_translations`, then translate the "
                            "new texts in translations/.")));
}

// The checks above can fail: each fault, put into a copy of a real file, is found.
void tst_TranslationFiles::checks_catchBrokenFiles()
{
    QCOMPARE(placeholders(QStringLiteral("%1 of %n pack(s), %L2%")),
        (QStringList { QStringLiteral("%1"), QStringLiteral("%L2"), QStringLiteral("%n") }));
    QVERIFY(placeholders(QStringLiteral("Paket %1")) != placeholders(QStringLiteral("Paket %2")));
    QCOMPARE(mnemonics(QStringLiteral("S&how the secret")), 1);
    QCOMPARE(mnemonics(QStringLiteral("chmod 700 %1 && chmod 600 %2")), 0);
    QCOMPARE(mnemonics(QStringLiteral("Content & Publishing")), 0);
    QCOMPARE(englishWords(QStringLiteral("SKYBEAM TikTok Setup")), 0);
    QVERIFY(englishWords(QStringLiteral("Copy the report")) >= 2);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile original(translatedFiles().constFirst());
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray xml = original.readAll();
    const QByteArray finished = "<translation>";
    QVERIFY(xml.contains(finished));
    const QString broken = dir.filePath(QStringLiteral("broken.ts"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QByteArray(xml).replace(xml.indexOf(finished), finished.size(), "<translation type=\"unfinished\">"));
    file.close();
    const TsFile ts = readTs(broken);
    QVERIFY(std::any_of(ts.messages.cbegin(), ts.messages.cend(),
        [](const Message &message) { return message.type == QLatin1String("unfinished"); }));
}

QTEST_GUILESS_MAIN(tst_TranslationFiles)
#include "tst_translationfiles.moc"
