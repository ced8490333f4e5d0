#include "HelpDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMessageBox>
#include <QTextBrowser>
#include <QVBoxLayout>

HelpDialog::HelpDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("CapPlanner User Guide"));
    auto* browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("userGuide"));
    browser->setAccessibleName(tr("User guide"));
    browser->setOpenExternalLinks(false);
    browser->setHtml(guideHtml());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(720, 640);
}

QString HelpDialog::guideHtml()
{
    const auto section = [](const QString& title, const QStringList& paragraphs) {
        QString html = QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
        for (const QString& p : paragraphs)
            html += QStringLiteral("<p>%1</p>").arg(p);
        return html;
    };
    QString html = QStringLiteral("<h1>%1</h1>").arg(tr("CapPlanner User Guide").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("CapPlanner plans the replacement of Client Access Points (CAPs) and client connection "
                        "accounts on Systems Management Server 2.0 sites so that no client is orphaned or locked "
                        "out. Every time is shown in UTC, like the plans."));
    html += section(tr("Plan a transition"),
        {tr("Select a site in the tree and choose <b>Plan &gt; New Transition</b> (Ctrl+T). Pick what you "
            "replace (CAPs or accounts), what you retire and what you add, and when the new ones are live."),
            tr("The planner takes every client that has not refreshed since the new list reached the CAPs and "
               "gives it the time to learn it: propagation to the CAPs (1 hour, Q278856), one client maintenance "
               "cycle (23 hours, Q231232), the longest disconnection of its profile, any blackout it is caught "
               "in, and the hourly retry (Q236052). The latest of these is the <b>safe removal time</b> "
               "(Q260824)."),
            tr("Clients that have not reached a CAP for 60 days have uninstalled themselves and are left out "
               "(Q227033). Windows 9x clients do not use the connection accounts (Q237759). A plan that removes "
               "everything the clients know, with nothing added, orphans them all and is refused.")});
    html += section(tr("Read the timeline"),
        {tr("The timeline's line is the share of the site's clients sure to hold the new list, from the start "
            "to the safe removal time. It rises in a step as each profile's clients reach their deadline. The green "
            "dashed line marks the safe removal time, the red one a proposed removal; clients whose deadline "
            "falls after a proposed removal are at risk of being orphaned, and the wizard counts and lists "
            "them.")});
    html += section(tr("Run a what-if password change"),
        {tr("Choose <b>Plan &gt; What If a Password Changes</b> (Ctrl+Shift+W), pick the account and the time. "
            "No password is asked for or stored: the forecast reasons about dates. Clients that know another "
            "valid account fall back to it; clients that know only this one are orphaned (Q237759). An orphaned "
            "client never learns the new password on its own: it must be recovered by one of the options the "
            "dialog lists, or it uninstalls itself after 60 days without reaching a CAP (Q227033)."),
            tr("When the domain locks accounts out after bad attempts, the forecast says when the account would "
               "lock and for how long (Q227033), lists the recovery options, and proposes the safer order: add "
               "a new account first, change or remove the old one after every client knows the new one.")});
    html += section(tr("Export a report"),
        {tr("From the wizard's last page, a saved plan's context menu, <b>Plan &gt; Export Report</b> or the "
            "what-if dialog, save the plan as PDF for the change board, as HTML, or as CSV with one row per "
            "client. Reports use the language and formats of the console; CSV keeps ISO 8601 times.")});
    html += section(tr("Plan a campaign across many sites"),
        {tr("Choose <b>Plan &gt; New Campaign</b> (Ctrl+Shift+T), tick a domain or a branch of the site tree, and "
            "take a proposal: replace every live CAP with the CAPs added since a date, or rotate every site's "
            "connection account to a name pattern such as SMSClient_{site}_2027. Edit the rows, then group the "
            "sites in waves: a wave starts a set number of days after the previous wave's latest safe removal, "
            "so moving one wave moves the later ones."),
            tr("The campaign view shows every site on one time axis; double-click a site to open its plan in the "
               "wizard. Every figure is the site plan's own. Export the campaign as PDF, HTML, CSV or an "
               "iCalendar file with three events per site (add, check the new list reached every CAP, remove) "
               "for the change board's calendar.")});
    html += section(tr("Collect evidence from the site"),
        {tr("A real site already knows what each client holds. Add these lines to the logon script, with a "
            "share every user may write to, to export from each client the keys CapPlanner reads:"),
            QStringLiteral(
                "<pre>regedit /e \"%TEMP%\\ev1.reg\" "
                "\"HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName\"\n"
                "regedit /e \"%TEMP%\\ev2.reg\" \"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NAL\\Client\\AbExprtDB\"\n"
                "regedit /e \"%TEMP%\\ev3.reg\" "
                "\"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\SMS\\Client\\Sites\\Shared\"\n"
                "copy /b \"%TEMP%\\ev1.reg\" + \"%TEMP%\\ev2.reg\" + \"%TEMP%\\ev3.reg\" "
                "\"\\\\FILESRV\\SMSEVID$\\%COMPUTERNAME%.reg\" &gt;nul</pre>"),
            tr("Then choose <b>File &gt; Import from Site</b> and the share's folder. The CAPs each client lists "
               "(Q235873) replace what the planner would derive from its last refresh; its <i>Site Config Last "
               "Checked</i> value moves its last refresh forward, and a client without that value never removes "
               "itself (Q265358)."),
            tr("From the site database, run the query in docs/SITE_DATABASE.md in Query Analyzer or osql, save "
               "the result as CSV or tab-separated text, and import it the same way: the wizard previews it, maps "
               "its columns and OS texts, and shows a dry run of what would change before anything is imported.")});
    html += section(tr("Share an inventory with your team"),
        {tr("A team plans on one PostgreSQL database: <b>File &gt; Connect to Server</b> and give the server, "
            "port, database and user. CapPlanner never asks for or stores a password: PostgreSQL reads it from "
            "~/.pgpass or PGPASSWORD. An inventory file moves to the server with <tt>capplanner copy --from "
            "inventory.db --to postgresql://user@host:5432/capplanner</tt>, and back the same way."),
            tr("Every console on the server shows the others' changes within a second. If someone saved a row "
               "you are editing, your save is refused and you are told what they changed: save again to replace "
               "it, or cancel to keep theirs. On a shared file, <b>View &gt; Refresh</b> (F5) shows the others' "
               "changes.")});
    html += section(tr("Keyboard"),
        {tr("Ctrl+N new inventory, Ctrl+O open, Ctrl+F find clients, Ctrl+1 to Ctrl+9 the panes, Ctrl+0 the "
            "site tree, Ctrl+Shift+N add a row to the pane, F2 or a double-click edit the selected row, the Delete key "
            "delete it, Ctrl+Z undo, F8 and Shift+F8 the next and previous problem in "
            "the logs, F5 refresh, F1 this guide.")});
    return html;
}

void HelpDialog::addHelpMenu(QMenu* help, QWidget* parent)
{
    QAction* guide = help->addAction(QCoreApplication::translate("MainWindow", "&User Guide"), parent, [parent] {
        auto* dialog = new HelpDialog(parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(QCoreApplication::translate("MainWindow", "&About CapPlanner"), parent, [parent] {
        QMessageBox::about(parent, QCoreApplication::translate("MainWindow", "About CapPlanner"),
            QCoreApplication::translate("MainWindow",
                "<p><b>CapPlanner %1</b></p><p>Plans SMS 2.0 CAP and client connection account "
                "transitions without orphaning clients (Q260824).</p><p>Licensed under the GNU General Public "
                "License, version 3 or later. It comes with no warranty.</p><p>Built with Qt %2.</p>")
                .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
    help->addAction(QCoreApplication::translate("MainWindow", "About &Qt"), qApp, &QApplication::aboutQt);
}
