#include "TestInventory.h"
#include "domain/UtcTime.h"
#include "store/InventoryEditor.h"
#include "store/TableWords.h"

#include <QLocale>
#include <QRegularExpression>

// The row dialog's messages in the panes' words (issue 20, item 4): no SQL table or column name
// ("caps", "max_offline_hours", "added_at") and no ISO time reaches the user.
class TestEditorWords : public QObject
{
    Q_OBJECT
private:
    static const TableSpec& spec(const char* table) { return *TableSpecs::find(QString::fromLatin1(table)); }

    // No column name of any table, spelled as SQL or CSV spells it, in `message`.
    static bool noSqlNames(const QString& message)
    {
        for (const TableSpec& table : TableSpecs::all()) {
            for (const QString& column : table.columnNames()) {
                if (column.contains(u'_') && message.contains(column))
                    return false;
            }
            if (message.contains(table.sqlTable + u'.'))
                return false;
        }
        return !message.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT")));
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void aConflictSaysWhatChangedInThePanesWords()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        Inventory other;
        QString error;
        QVERIFY2(other.openExisting(t.path(), &error), qPrintable(error));
        InventoryEditor mine(t.inventory());
        InventoryEditor theirs(other);

        QStringList profile = mine.row(spec("profiles"), {"night"});
        QStringList theirProfile = theirs.row(spec("profiles"), {"night"});
        theirProfile[1] = QStringLiteral("48");
        InventoryEditor::FieldError problem;
        QVERIFY2(theirs.apply(spec("profiles"), theirProfile, &problem), qPrintable(problem.message));
        profile[1] = QStringLiteral("20");
        QVERIFY(!mine.apply(spec("profiles"), profile, &problem));
        QVERIFY(problem.conflict);
        QVERIFY2(problem.message.contains(u"profile night")
                && problem.message.contains(u"Longest disconnection (hours): \"16\" \u2192 \"48\""),
            qPrintable(problem.message));
        QVERIFY2(noSqlNames(problem.message) && !problem.message.contains(u"profiles "), qPrintable(problem.message));

        // A time they changed reads as the panes show it.
        QStringList cap = mine.row(spec("caps"), {"CAP1"});
        QStringList theirCap = theirs.row(spec("caps"), {"CAP1"});
        theirCap[3] = QStringLiteral("2026-12-20T09:00:00Z");
        QVERIFY2(theirs.apply(spec("caps"), theirCap, &problem), qPrintable(problem.message));
        cap[5] = QStringLiteral("7");
        QVERIFY(!mine.apply(spec("caps"), cap, &problem));
        const QString removed = UtcTime::longDisplay(*UtcTime::parse(QStringLiteral("2026-12-20T09:00:00Z")));
        QVERIFY2(problem.message.contains(u"CAP CAP1")
                && problem.message.contains(QStringLiteral("Removed: \"\" \u2192 \"") + removed),
            qPrintable(problem.message));
        QVERIFY2(noSqlNames(problem.message) && !problem.message.contains(u"caps "), qPrintable(problem.message));

        // A deletion by the other console.
        QStringList blackout = mine.row(spec("caps"), {"CAP2"});
        QVERIFY(!blackout.isEmpty());
        QVERIFY(theirs.row(spec("caps"), {"CAP2"}).size() > 0);
        QVERIFY2(theirs.remove(spec("caps"), {"CAP2"}, &error), qPrintable(error));
        blackout[5] = QStringLiteral("3");
        QVERIFY(!mine.apply(spec("caps"), blackout, &problem));
        QVERIFY2(problem.message.contains(u"deleted CAP CAP2"), qPrintable(problem.message));
    }

    void aRefusedFieldNamesOtherFieldsInWords()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        InventoryEditor editor(t.inventory());
        QStringList cap = editor.row(spec("caps"), {"CAP1"});
        cap[3] = QStringLiteral("2025-01-01T00:00:00Z"); // removed before it was added
        InventoryEditor::FieldError problem;
        QVERIFY(!editor.apply(spec("caps"), cap, &problem));
        QCOMPARE(problem.column, QStringLiteral("removed_at")); // the dialog's field, by its CSV name
        QVERIFY2(problem.message.contains(u"\"Added\""), qPrintable(problem.message));
        QVERIFY2(noSqlNames(problem.message), qPrintable(problem.message));

        QStringList blackout {QStringLiteral("night"), QStringLiteral("2026-12-01T10:00:00Z"),
            QStringLiteral("2026-12-01T09:00:00Z"), QStringLiteral("backup")};
        QVERIFY(!editor.apply(spec("blackouts"), blackout, &problem));
        QCOMPARE(problem.column, QStringLiteral("ends_at"));
        QVERIFY2(problem.message.contains(u"\"Starts\"") && noSqlNames(problem.message), qPrintable(problem.message));
    }

    void theServersWordsAreTranslatedToo()
    {
        QCOMPARE(TableWords::inWords(spec("caps"), QStringLiteral("UNIQUE constraint failed: caps.licenses")),
            QStringLiteral("UNIQUE constraint failed: \"Licences\""));
        QCOMPARE(TableWords::inWords(
                     spec("profiles"), QStringLiteral("new row violates check constraint on max_offline_hours")),
            QStringLiteral("new row violates check constraint on \"Longest disconnection (hours)\""));
        // Words that are also column names stay words in a sentence.
        QCOMPARE(TableWords::inWords(spec("clients"), QStringLiteral("unknown site \"X\"")),
            QStringLiteral("unknown site \"X\""));
        QCOMPARE(TableWords::row(spec("logon-points"), {"LP-1"}), QStringLiteral("logon point LP-1"));
        QCOMPARE(TableWords::column(spec("caps"), QStringLiteral("licenses")), QStringLiteral("Licences"));
    }

    void undoSaysWhatItUndoesInWords()
    {
        TestInventory t;
        QVERIFY(t.importScenario());
        InventoryEditor editor(t.inventory());
        const QStringList before = editor.row(spec("caps"), {"CAP1"});
        QStringList after = before;
        after[5] = QStringLiteral("9");
        QCOMPARE(RowEditCommand(editor, spec("caps"), before, after, true).text(), QStringLiteral("Edit CAP CAP1"));
        QCOMPARE(RowEditCommand(editor, spec("caps"), before, {}, true).text(), QStringLiteral("Delete CAP CAP1"));
        const QStringList blackout {QStringLiteral("night"), QStringLiteral("2026-12-01T09:00:00Z"),
            QStringLiteral("2026-12-01T10:00:00Z"), QString()};
        const QString text = RowEditCommand(editor, spec("blackouts"), {}, blackout, true).text();
        QVERIFY2(text.startsWith(u"Add blackout night, ") && !text.contains(u"2026-12-01T"), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestEditorWords)
#include "tst_editorwords.moc"
