#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QBuffer>
#include <QTest>

namespace {
QList<CsvReader::Record> readAll(const QByteArray& data, QString* error = nullptr, int* errorLine = nullptr)
{
    CsvReader reader(data);
    QList<CsvReader::Record> records;
    CsvReader::Record record;
    while (reader.next(record))
        records << record;
    if (error)
        *error = reader.error();
    if (errorLine)
        *errorLine = reader.errorLine();
    return records;
}
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void plainFields()
    {
        const auto records = readAll("a,b,c\n1,2,3\n");
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).fields, (QStringList {"1", "2", "3"}));
        QCOMPARE(records.at(1).line, 2);
    }

    void quotedFieldsWithCommasQuotesAndLineBreaks()
    {
        const auto records = readAll("name,label\n\"a,b\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\nlast,y\n");
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(1).fields, (QStringList {"a,b", "say \"hi\""}));
        QCOMPARE(records.at(2).fields, (QStringList {"two\nlines", "x"}));
        QCOMPARE(records.at(2).line, 3);
        // The record after a field with a line break starts on the next physical line.
        QCOMPARE(records.at(3).line, 5);
    }

    void crlfAndBom()
    {
        const auto records = readAll("\xEF\xBB\xBF"
                                     "code,name\r\nABC,\"x\r\ny\"\r\nDEF,z\r\n");
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).fields.first(), QStringLiteral("code"));
        QCOMPARE(records.at(1).fields.at(1), QStringLiteral("x\r\ny"));
        QCOMPARE(records.at(2).fields, (QStringList {"DEF", "z"}));
        QCOMPARE(records.at(2).line, 4);
    }

    void blankLinesAreSkippedButCounted()
    {
        const auto records = readAll("a\n\n\r\nb\n\n");
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).fields, QStringList {"b"});
        QCOMPARE(records.at(1).line, 4);
    }

    void emptyFieldsAndNoFinalLineBreak()
    {
        const auto records = readAll("a,,c\n,,");
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).fields, (QStringList {"a", "", "c"}));
        QCOMPARE(records.at(1).fields, (QStringList {"", "", ""}));
    }

    void utf8()
    {
        const auto records = readAll("name\nM\xC3\xBCller \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\n");
        QCOMPARE(records.at(1).fields.first(), QString::fromUtf8("M\xC3\xBCller \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"));
    }

    void malformedQuotes_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::newRow("unclosed") << QByteArray("a\n\"open,\nmore\n") << 2;
        QTest::newRow("quote inside unquoted") << QByteArray("a\nb\"c\n") << 2;
        QTest::newRow("text after closing quote") << QByteArray("a\n\n\"b\"c\n") << 3;
    }
    void malformedQuotes()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QString error;
        int errorLine = 0;
        readAll(data, &error, &errorLine);
        QVERIFY(!error.isEmpty());
        QCOMPARE(errorLine, line);
    }

    void binaryIsRecognised()
    {
        int line = 0;
        QVERIFY(CsvReader::looksBinary(QByteArray("a,b\nc\0d\n", 8), &line));
        QCOMPARE(line, 2);
        QVERIFY(CsvReader::looksBinary("a\n\xFF\xFE\x01", &line));
        QVERIFY(!CsvReader::looksBinary("a,b\n\xC3\xA4,c\n", &line));
    }

    void writerQuotesOnlyWhatNeedsIt()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(&buffer);
            writer.writeRecord({"plain", "a,b", "say \"hi\"", "two\nlines", ""});
        }
        QCOMPARE(buffer.data(), QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"));
        // And reads back to the same fields.
        const auto records = readAll(buffer.data());
        QCOMPARE(records.first().fields, (QStringList {"plain", "a,b", "say \"hi\"", "two\nlines", ""}));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
