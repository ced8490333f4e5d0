// Every control the keyboard reaches has an accessible name, in the main window (every pane), the
// wizard (every page), the what-if dialog, the preferences and the user guide; the standard
// shortcuts are bound.
#include "ConnectServerDialog.h"
#include "HelpDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "PasswordWhatIfDialog.h"
#include "PreferencesDialog.h"
#include "TransitionWizard.h"
#include "demo/DemoInventory.h"
#include "store/Inventory.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    // The focusable widgets under root without a name a screen reader can say.
    static QStringList unnamed(QWidget* root)
    {
        QStringList result;
        const QList<QWidget*> widgets = root->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!(w->focusPolicy() & Qt::TabFocus))
                continue;
            // The parts Qt composes into a named whole: a combo box's popup list, private helpers.
            if (w->objectName().startsWith(QLatin1String("qt_"))
                || qstrcmp(w->parentWidget()->metaObject()->className(), "QComboBoxPrivateContainer") == 0)
                continue;
            QAccessibleInterface* face = QAccessible::queryAccessibleInterface(w);
            if (!face || face->text(QAccessible::Name).trimmed().isEmpty())
                result << QStringLiteral("%1 \"%2\" in %3")
                              .arg(QLatin1String(w->metaObject()->className()), w->objectName(),
                                  QLatin1String(w->parentWidget()->metaObject()->className()));
        }
        return result;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::install(qApp, QStringLiteral("en"));
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        Inventory inventory;
        QString error;
        QVERIFY2(inventory.open(m_path, &error), qPrintable(error));
        QVERIFY2(DemoInventory::create(inventory, 2000, 1, &error), qPrintable(error));
    }

    void mainWindowPanes()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openInventory(m_path, &error), qPrintable(error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int pane = MainWindow::CapsPane; pane <= MainWindow::LogsPane; ++pane) {
            window.showPane(MainWindow::Pane(pane));
            const QStringList missing = unnamed(&window);
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String("; "))));
        }
    }

    void standardShortcuts()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openInventory(m_path, &error), qPrintable(error));
        QStringList bound;
        for (QAction* action : window.findChildren<QAction*>())
            for (const QKeySequence& key : action->shortcuts())
                bound << key.toString(QKeySequence::PortableText);
        for (const char* key : {"Ctrl+O", "Ctrl+N", "Ctrl+F", "F1", "Ctrl+Z", "Ctrl+T", "Ctrl+1", "Ctrl+9", "Ctrl+0"})
            QVERIFY2(bound.contains(QLatin1String(key)), key);
    }

    void wizardPages()
    {
        Inventory inventory;
        QString error;
        QVERIFY2(inventory.open(m_path, &error), qPrintable(error));
        TransitionWizard wizard(inventory, QStringLiteral("CEN"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const QList<int> pages = wizard.pageIds();
        for (int id : pages) {
            const QStringList missing = unnamed(wizard.page(id));
            QVERIFY2(
                missing.isEmpty(), qPrintable(QStringLiteral("page %1: ").arg(id) + missing.join(QLatin1String("; "))));
        }
        // Every page's fields have a mnemonic: a label with & and a buddy.
        for (int id : pages) {
            for (QLabel* label : wizard.page(id)->findChildren<QLabel*>()) {
                if (label->buddy())
                    QVERIFY2(label->text().contains(u'&'), qPrintable(label->text()));
            }
        }
    }

    void dialogs()
    {
        Inventory inventory;
        QString error;
        QVERIFY2(inventory.open(m_path, &error), qPrintable(error));
        PasswordWhatIfDialog whatIf(inventory, QStringLiteral("CEN"));
        whatIf.show();
        QVERIFY(QTest::qWaitForWindowExposed(&whatIf));
        QStringList missing = unnamed(&whatIf);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String("; "))));
        PreferencesDialog preferences;
        missing = unnamed(&preferences);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String("; "))));
        ConnectServerDialog server;
        missing = unnamed(&server);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String("; "))));
        HelpDialog help;
        missing = unnamed(&help);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String("; "))));
        QVERIFY(HelpDialog::guideHtml().contains(QLatin1String("Q260824")));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
