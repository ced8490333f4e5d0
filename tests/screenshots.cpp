// Renders the main window at 1280x800 on an inventory, one PNG per pane, for docs/screenshots/.
// Not a test: scripts/screenshots.sh runs it under xvfb-run.
//   [CAPPLANNER_LANGUAGE=de] screenshots INVENTORY OUTPUT_FOLDER [SITE]
#include "ConnectServerDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "PasswordWhatIfDialog.h"
#include "PreferencesDialog.h"
#include "RowEditDialog.h"
#include "TransitionWizard.h"
#include "campaign/CampaignTimeline.h"
#include "campaign/CampaignView.h"
#include "campaign/NewCampaignDialog.h"
#include "demo/DemoInventory.h"
#include "panes/ClientsPane.h"
#include "panes/LogViewer.h"
#include "store/Inventory.h"
#include "store/InventoryEditor.h"
#include "store/TableSpec.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    Language::install(&app, QString::fromLocal8Bit(qgetenv("CAPPLANNER_LANGUAGE")));
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        qWarning("usage: screenshots INVENTORY OUTPUT_FOLDER [SITE]");
        return 2;
    }
    MainWindow window;
    QString error;
    if (!window.openInventory(args.at(1), &error)) {
        qWarning("%s", qPrintable(error));
        return 1;
    }
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    if (args.size() > 3)
        window.selectSite(args.at(3));
    window.waitForIdle();
    QDir().mkpath(args.at(2));
    const struct
    {
        MainWindow::Pane pane;
        const char* file;
    } panes[] = {{MainWindow::CapsPane, "caps.png"}, {MainWindow::AccountsPane, "accounts.png"},
        {MainWindow::LogonPointsPane, "logon-points.png"}, {MainWindow::ClientsPaneIndex, "clients.png"},
        {MainWindow::VersionsPane, "client-versions.png"}, {MainWindow::ProfilesPane, "profiles.png"},
        {MainWindow::BlackoutsPane, "blackouts.png"}};
    for (const auto& p : panes) {
        window.showPane(p.pane);
        window.waitForIdle();
        QTest::qWait(300);
        window.grab().save(args.at(2) + u'/' + QLatin1String(p.file));
    }
    // The Logs pane on the Knowledge Base's own lines.
    window.showPane(MainWindow::LogsPane);
    const QString logs = QStringLiteral(CAPPLANNER_SOURCE_DIR "/tests/data/logs/");
    int loaded = 0;
    QObject::connect(window.logViewer(), &LogViewer::loaded, [&loaded] { ++loaded; });
    for (const char* file : {"PC001/Ccim32.log", "PC001/Apm32.log", "PC002/Ccim32.log", "cm-sample.log"})
        window.logViewer()->openFile(logs + QLatin1String(file));
    for (int i = 0; i < 200 && loaded < 4; ++i)
        QTest::qWait(50);
    window.logViewer()->tabs()->setCurrentIndex(0);
    QTest::qWait(300);
    window.grab().save(args.at(2) + QStringLiteral("/logs.png"));

    // The wizard on a CAP replacement at the largest site, one picture per page.
    TransitionRequest request;
    request.site = QStringLiteral("CEN");
    request.kind = TransitionKind::Cap;
    request.retire = {QStringLiteral("CAP-CEN-01"), QStringLiteral("DC-CEN-01")};
    request.add = {QStringLiteral("CAP-CEN-03")};
    request.start = *UtcTime::parse(DemoInventory::referenceTime());
    request.proposedRemoval = request.start + 3 * UtcTime::Day;
    TransitionWizard* wizard = window.openWizard(request);
    wizard->resize(900, 680);
    if (!QTest::qWaitForWindowExposed(wizard))
        return 1;
    const char* pages[] = {"wizard-1-site.png", "wizard-2-retire.png", "wizard-3-start.png", "wizard-4-result.png",
        "wizard-5-flags.png", "wizard-6-summary.png"};
    for (const char* file : pages) {
        QTest::qWait(200);
        for (int i = 0; i < 200 && wizard->isComputing(); ++i)
            QTest::qWait(50);
        QTest::qWait(200);
        wizard->grab().save(args.at(2) + u'/' + QLatin1String(file));
        wizard->next();
    }
    wizard->close();
    PasswordWhatIfDialog* whatIf = window.openWhatIf(QStringLiteral("SMSClient_CEN"));
    whatIf->setChangeTime(request.start);
    if (!QTest::qWaitForWindowExposed(whatIf))
        return 1;
    whatIf->waitForResult();
    QTest::qWait(300);
    whatIf->grab().save(args.at(2) + QStringLiteral("/whatif-password.png"));
    whatIf->close();

    // Plan > New Campaign: every site's connection account rotated, two sites a wave; then the view.
    NewCampaignDialog* campaignDialog = window.openNewCampaign();
    campaignDialog->setProposal(NewCampaignDialog::RotateAccounts);
    campaignDialog->setPattern(QStringLiteral("SMSClient_{site}_2027"));
    campaignDialog->setStart(request.start);
    campaignDialog->setSitesPerWave(2, 2);
    campaignDialog->setName(QCoreApplication::translate("MainWindow", "Rotate the connection accounts"));
    campaignDialog->siteTree()->topLevelItem(0)->setCheckState(0, Qt::Checked); // "All sites": every branch
    campaignDialog->propose();
    if (!QTest::qWaitForWindowExposed(campaignDialog))
        return 1;
    QTest::qWait(200);
    campaignDialog->grab().save(args.at(2) + QStringLiteral("/campaign-new.png"));
    QString campaignError;
    const auto campaign = campaignDialog->campaign(&campaignError);
    campaignDialog->close();
    if (!campaign) {
        qWarning("%s", qPrintable(campaignError));
        return 1;
    }
    CampaignView* campaignView = window.openCampaign(*campaign);
    campaignView->resize(1200, 760);
    if (!QTest::qWaitForWindowExposed(campaignView))
        return 1;
    campaignView->waitForResult();
    campaignView->timeline()->zoomToFit();
    campaignView->table()->selectRow(2);
    QTest::qWait(300);
    campaignView->grab().save(args.at(2) + QStringLiteral("/campaign-view.png"));
    campaignView->close();

    // File > Connect to Server, filled in as a team would.
    ConnectServerDialog server;
    server.setLocation(Inventory::isServerLocation(args.at(1))
            ? args.at(1)
            : QStringLiteral("postgresql://planner@dbserver.corp.example:5432/capplanner"));
    server.show();
    if (!QTest::qWaitForWindowExposed(&server))
        return 1;
    QTest::qWait(200);
    server.grab().save(args.at(2) + QStringLiteral("/connect-to-server.png"));
    server.close();

    // A save refused because another console changed the CAP after this one opened it.
    const TableSpec& caps = *TableSpecs::find(QStringLiteral("caps"));
    InventoryEditor editor(*window.inventory());
    const QStringList before = editor.row(caps, {QStringLiteral("CAP-CEN-02")});
    {
        Inventory other;
        if (!other.openExisting(args.at(1), &error)) {
            qWarning("%s", qPrintable(error));
            return 1;
        }
        InventoryEditor theirs(other);
        QStringList changed = theirs.row(caps, {QStringLiteral("CAP-CEN-02")});
        changed[5] = QStringLiteral("400");
        if (InventoryEditor::FieldError problem; !theirs.apply(caps, changed, &problem))
            qWarning("%s", qPrintable(problem.message));
    }
    RowEditDialog dialog(*window.inventory(), editor, caps, before, &window);
    dialog.setValue(QStringLiteral("licensing"), QStringLiteral("per-seat"));
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return 1;
    dialog.tryAccept();
    QTest::qWait(300);
    dialog.grab().save(args.at(2) + QStringLiteral("/edit-conflict.png"));
    dialog.close();

    // Adding a client: the fields in the panes' words, an empty time saying what it means.
    RowEditDialog add(*window.inventory(), editor, *TableSpecs::find(QStringLiteral("clients")), {}, &window);
    add.setValue(QStringLiteral("site"), QStringLiteral("CEN"));
    add.show();
    if (!QTest::qWaitForWindowExposed(&add))
        return 1;
    QTest::qWait(200);
    add.grab().save(args.at(2) + QStringLiteral("/edit-add-client.png"));
    add.close();

    PreferencesDialog preferences(&window);
    preferences.show();
    if (!QTest::qWaitForWindowExposed(&preferences))
        return 1;
    QTest::qWait(200);
    preferences.grab().save(args.at(2) + QStringLiteral("/preferences.png"));
    return 0;
}
