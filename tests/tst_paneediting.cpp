#include "MainWindow.h"
#include "RowEditDialog.h"
#include "demo/DemoInventory.h"
#include "domain/UtcTime.h"
#include "item/InventoryLookups.h"
#include "panes/ClientsPane.h"
#include "store/Inventory.h"
#include "store/InventoryEditor.h"
#include "store/TableSpec.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <functional>

// Every pane that lists inventory rows can be edited and added to from the keyboard, the menu,
// the toolbar and a double-click: the real dialog opens, a change lands and undoes. (The Clients
// pane once had no table behind it and did nothing, silently.)
class TestPaneEditing : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    // Runs `work` on the row dialog once it is open, then returns what `open` returned.
    static bool withDialog(
        const std::function<bool()>& open, const std::function<void(RowEditDialog&)>& work, QString* title = nullptr)
    {
        bool seen = false;
        QTimer poll; // stops with this call, whatever `open` did
        poll.setInterval(20);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            auto* dialog = qobject_cast<RowEditDialog*>(QApplication::activeModalWidget());
            if (!dialog || seen)
                return;
            seen = true;
            poll.stop();
            if (title)
                *title = dialog->windowTitle();
            work(*dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        poll.start();
        const bool changed = open();
        return seen && changed;
    }

    static QAction* actionWithShortcut(MainWindow& window, const QKeySequence& shortcut)
    {
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->shortcuts().contains(shortcut))
                return action;
        }
        return nullptr;
    }

    static QTableView* viewOf(MainWindow& window, MainWindow::Pane pane)
    {
        if (pane == MainWindow::ClientsPaneIndex)
            return window.clientsPane()->view();
        return window.findChild<QTableView*>(QStringLiteral("pane%1").arg(int(pane)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        QString error;
        Inventory inventory;
        QVERIFY(inventory.open(m_path, &error));
        QVERIFY(DemoInventory::create(inventory, 2000, 7, &error));
    }

    void everyPaneEditsAndAdds_data()
    {
        QTest::addColumn<int>("pane");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QStringList>("candidates"); // the first that differs from the row's value
        QTest::addColumn<QStringList>("added");
        QTest::addColumn<QString>("addTitle");
        const QString start = QStringLiteral("2026-11-30T08:00:00Z");
        QTest::newRow("CAPs") << int(MainWindow::CapsPane) << "caps"
                              << "licenses" << QStringList {"777", "778"}
                              << QStringList {"CAP-PANETEST", "CEN", start, "", "per-seat", "10", "no"} << "Add CAP";
        QTest::newRow("accounts") << int(MainWindow::AccountsPane) << "accounts"
                                  << "password_changed_at"
                                  << QStringList {"2026-11-20T10:00:00Z", "2026-11-21T10:00:00Z"}
                                  << QStringList {"SMSClient_PANETEST", "CEN", start, "", ""} << "Add account";
        QTest::newRow("logon points") << int(MainWindow::LogonPointsPane) << "logon-points"
                                      << "clicore_version" << QStringList {"2.00.1493.3000", "2.00.1493.2000"}
                                      << QStringList {"LP-PANETEST", "CEN", "2.00.1493.3000"} << "Add logon point";
        QTest::newRow("clients") << int(MainWindow::ClientsPaneIndex) << "clients"
                                 << "install_method" << QStringList {"manual", "push"}
                                 << QStringList {"WKS-PANETEST", "CEN", "nt4", "logon", "2.00.1493.3000", "", start}
                                 << "Add client";
        QTest::newRow("profiles") << int(MainWindow::ProfilesPane) << "profiles"
                                  << "max_offline_hours" << QStringList {"77", "78"}
                                  << QStringList {"panetest profile", "12"} << "Add profile";
        QTest::newRow("blackouts") << int(MainWindow::BlackoutsPane) << "blackouts"
                                   << "label" << QStringList {"pane test", "pane test 2"}
                                   << QStringList {"", "2027-01-04T00:00:00Z", "2027-01-05T00:00:00Z", "pane test"}
                                   << "Add blackout";
    }

    void everyPaneEditsAndAdds()
    {
        QFETCH(int, pane);
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QStringList, candidates);
        QFETCH(QStringList, added);
        QFETCH(QString, addTitle);
        MainWindow window;
        QString error;
        QVERIFY2(window.openInventory(m_path, &error), qPrintable(error));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const TableSpec& spec = *TableSpecs::find(table);
        const int at = static_cast<int>(spec.columnNames().indexOf(column));
        QVERIFY(at >= 0);
        InventoryEditor& editor = *window.editor();
        QUndoStack& undo = *window.undoStack();
        const auto which = MainWindow::Pane(pane);
        window.showPane(which);
        QTableView* view = viewOf(window, which);
        QVERIFY(view);
        QTRY_VERIFY(view->model()->rowCount() > 0);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));

        // Edit > Edit Selected (F2): the dialog shows the row; a change lands and undoes.
        QAction* edit = actionWithShortcut(window, QKeySequence(Qt::Key_F2));
        QVERIFY(edit);
        QStringList before;
        QString wanted;
        QString title;
        QVERIFY(withDialog(
            [&] {
                edit->trigger();
                return !before.isEmpty();
            },
            [&](RowEditDialog& dialog) {
                before = editor.row(spec, InventoryEditor::keyOf(spec, dialog.values()));
                QCOMPARE(dialog.values(), before); // shown as stored, times included
                wanted = candidates.first() != before.at(at) ? candidates.first() : candidates.last();
                dialog.setValue(column, wanted);
                dialog.accept();
            },
            &title));
        QVERIFY2(title.contains(before.first()), qPrintable(title));
        const QStringList key = InventoryEditor::keyOf(spec, before);
        QCOMPARE(editor.row(spec, key).at(at), wanted);
        QVERIFY(undo.canUndo());
        undo.undo();
        QCOMPARE(editor.row(spec, key), before);
        QVERIFY(window.waitForIdle()); // the pane's rows, read again in the background

        // The same edit with values, as scripts and the other tests do it.
        QStringList values = before;
        values[at] = wanted;
        const int row = view->currentIndex().isValid() ? view->currentIndex().row() : 0;
        QVERIFY(window.editRow(which, row, values));
        QCOMPARE(editor.row(spec, key).at(at), wanted);
        undo.undo();
        QCOMPARE(editor.row(spec, key), before);
        QVERIFY(window.waitForIdle());

        // A double-click opens the dialog on the row (Cancel changes nothing).
        bool opened = false;
        withDialog(
            [&] {
                // The view's own signal: QTest's synthetic double-click does not reach item views offscreen.
                emit view->doubleClicked(view->model()->index(0, 0));
                return true;
            },
            [&](RowEditDialog&) { opened = true; });
        QVERIFY(opened);
        QCOMPARE(editor.row(spec, key), before);

        // Edit > Add (Ctrl+Shift+N), also on the toolbar: a new row lands and undoes.
        QAction* add = actionWithShortcut(window, QKeySequence(QStringLiteral("Ctrl+Shift+N")));
        QVERIFY(add);
        QVERIFY(window.findChild<QToolBar*>(QStringLiteral("mainToolBar"))->actions().contains(add));
        if (table == u"blackouts")
            added[0] = InventoryLookups::profileNames(*window.inventory()).value(0);
        const QStringList newKey = InventoryEditor::keyOf(spec, added);
        QVERIFY(editor.row(spec, newKey).isEmpty());
        view->setFocus();
        QVERIFY(withDialog(
            [&] {
                add->trigger();
                return !editor.row(spec, newKey).isEmpty();
            },
            [&](RowEditDialog& dialog) {
                for (qsizetype i = 0; i < spec.columns.size(); ++i)
                    dialog.setValue(spec.columns.at(i).name, added.at(i));
                QCOMPARE(dialog.values(), added);
                dialog.accept();
            },
            &title));
        QCOMPARE(title, addTitle);
        QCOMPARE(editor.row(spec, newKey), added);
        undo.undo();
        QVERIFY(editor.row(spec, newKey).isEmpty());
    }

    void theDialogSpeaksThePanesWords()
    {
        const TableSpec& caps = *TableSpecs::find(QStringLiteral("caps"));
        const TableSpec& profiles = *TableSpecs::find(QStringLiteral("profiles"));
        QCOMPARE(RowEditDialog::labelFor(profiles, QStringLiteral("max_offline_hours")),
            QStringLiteral("Longest disconnection (hours)"));
        QCOMPARE(RowEditDialog::labelFor(caps, QStringLiteral("licenses")), QStringLiteral("Licences"));
        QCOMPARE(RowEditDialog::titleFor(caps, {"CAP-CEN-02"}), QStringLiteral("Edit CAP CAP-CEN-02"));
        QCOMPARE(
            RowEditDialog::titleFor(*TableSpecs::find(QStringLiteral("clients")), {}), QStringLiteral("Add client"));
        // Every column of every table has a label in words, not its SQL name.
        for (const TableSpec& spec : TableSpecs::all()) {
            for (const ColumnSpec& column : spec.columns)
                QVERIFY2(!RowEditDialog::labelFor(spec, column.name).contains(u'_'), qPrintable(column.name));
        }
    }

    void theDialogShowsTimesAsThePanesAndKeepsIso()
    {
        Inventory inventory;
        QString error;
        QVERIFY(inventory.open(m_path, &error));
        InventoryEditor editor(inventory);
        const TableSpec& caps = *TableSpecs::find(QStringLiteral("caps"));
        const QStringList row = editor.row(caps, {"CAP-CEN-02"});
        QVERIFY(!row.isEmpty());
        QStringList values = row;
        values[2] = QStringLiteral("2025-03-01T09:00:17Z"); // seconds the display leaves out
        values[3] = QString();
        RowEditDialog dialog(inventory, editor, caps, values);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit CAP CAP-CEN-02"));
        auto* added = dialog.findChild<QLineEdit*>(QStringLiteral("added_at"));
        QCOMPARE(added->text(), UtcTime::shortDisplay(*UtcTime::parse(values[2])));
        QCOMPARE(dialog.values().at(2), values[2]); // unchanged text keeps the seconds
        auto* removed = dialog.findChild<QLineEdit*>(QStringLiteral("removed_at"));
        QVERIFY(removed->text().isEmpty());
        QCOMPARE(removed->placeholderText(), QStringLiteral("not removed"));
        // Typed in the panes' style or in ISO, stored as ISO.
        removed->setText(UtcTime::shortDisplay(1796112000));
        QCOMPARE(dialog.values().at(3), UtcTime::format(1796112000));
        removed->setText(QStringLiteral("2026-12-01T08:00:00Z"));
        QCOMPARE(dialog.values().at(3), QStringLiteral("2026-12-01T08:00:00Z"));
        // Licensing in words, stored in the CSV's spelling.
        auto* licensing = dialog.findChild<QComboBox*>(QStringLiteral("licensing"));
        QVERIFY(licensing->findText(QStringLiteral("per server")) >= 0);
        licensing->setCurrentIndex(licensing->findText(QStringLiteral("per server")));
        QCOMPARE(dialog.values().at(4), QStringLiteral("per-server"));
    }

    void anErrorIsShownWholeAndTheDialogStaysOpen()
    {
        Inventory inventory;
        QString error;
        QVERIFY(inventory.open(m_path, &error));
        InventoryEditor editor(inventory);
        const TableSpec& caps = *TableSpecs::find(QStringLiteral("caps"));
        RowEditDialog dialog(inventory, editor, caps, editor.row(caps, {"CAP-CEN-02"}));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setValue(QStringLiteral("added_at"), QStringLiteral("the day after tomorrow"));
        QVERIFY(!dialog.tryAccept());
        QApplication::processEvents();
        const QLabel* shown = nullptr;
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->isVisible() && label->styleSheet().contains(u"b03020"))
                shown = label;
        }
        QVERIFY(shown);
        QVERIFY(!shown->text().isEmpty());
        // Tall enough for every wrapped line of the message, and inside the dialog.
        QVERIFY2(shown->height() >= shown->heightForWidth(shown->width()),
            qPrintable(QStringLiteral("%1 < %2").arg(shown->height()).arg(shown->heightForWidth(shown->width()))));
        QVERIFY(dialog.rect().contains(QRect(shown->mapTo(&dialog, QPoint(0, 0)), shown->size())));
    }
};

QTEST_MAIN(TestPaneEditing)
#include "tst_paneediting.moc"
