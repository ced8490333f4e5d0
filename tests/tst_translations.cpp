// Every translation is complete: the committed .ts files have no unfinished or obsolete entry, and
// lupdate run over today's sources finds no string they lack.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

    struct Census
    {
        int messages = 0;
        QStringList unfinished;
    };

    // Unfinished, obsolete and vanished entries, each by its source text.
    static Census census(const QString& path)
    {
        Census result;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return result;
        QXmlStreamReader xml(&file);
        QString source;
        while (!xml.atEnd()) {
            if (!xml.readNextStartElement())
                continue;
            if (xml.name() == u"message") {
                ++result.messages;
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (!type.isEmpty())
                    result.unfinished << type + QStringLiteral(": ") + source;
            }
        }
        return result;
    }

    static QString sourceDir() { return QString::fromLocal8Bit(qgetenv("SOURCE_DIR")); }

private slots:
    void committedFilesAreComplete_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files
            = QDir(sourceDir() + QStringLiteral("/translations")).entryList({QStringLiteral("*.ts")});
        QVERIFY(files.contains(QStringLiteral("capplanner_de.ts")));
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void committedFilesAreComplete()
    {
        QFETCH(QString, file);
        const Census c = census(sourceDir() + QStringLiteral("/translations/") + file);
        QVERIFY(c.messages > 0);
        QVERIFY2(c.unfinished.isEmpty(), qPrintable(c.unfinished.join(u'\n')));
    }

    // The census sees an unfinished entry (so the check above can fail).
    void censusSeesUnfinished()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x_de.ts"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE TS><TS version=\"2.1\" language=\"de_DE\">"
                   "<context><name>A</name><message><source>Open</source><translation>Öffnen</translation></message>"
                   "<message><source>Close</source><translation type=\"unfinished\"></translation></message>"
                   "</context></TS>");
        file.close();
        const Census c = census(path);
        QCOMPARE(c.messages, 2);
        QCOMPARE(c.unfinished, QStringList {QStringLiteral("unfinished: Close")});
    }

    // lupdate over the sources as they are now adds nothing to the German file.
    void sourcesHaveNoNewStrings()
    {
        const QString lupdate = QString::fromLocal8Bit(qgetenv("LUPDATE"));
        QVERIFY(QFile::exists(lupdate));
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("capplanner_de.ts"));
        QVERIFY(QFile::copy(sourceDir() + QStringLiteral("/translations/capplanner_de.ts"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList arguments {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")};
        for (const char* folder : {"app", "models", "views"}) {
            QDirIterator it(sourceDir() + u'/' + QLatin1String(folder),
                {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                arguments << it.next();
        }
        arguments << QStringLiteral("-ts") << copy;
        QProcess process;
        process.start(lupdate, arguments);
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        const QString report = QString::fromLocal8Bit(process.readAllStandardOutput());
        const Census c = census(copy);
        QVERIFY2(
            c.unfinished.isEmpty(), qPrintable(QStringLiteral("not translated yet:\n") + c.unfinished.join(u'\n')));
        QVERIFY2(!report.contains(QStringLiteral("obsolete")), qPrintable(report));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
