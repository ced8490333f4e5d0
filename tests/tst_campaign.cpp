#include "CommandRun.h"
#include "TestInventory.h"
#include "campaign/Campaign.h"
#include "campaign/CampaignCalendar.h"
#include "campaign/CampaignJson.h"
#include "campaign/CampaignProposals.h"
#include "campaign/CampaignStore.h"
#include "domain/UtcTime.h"
#include "planning/TransitionPlanner.h"
#include "store/InventoryCopy.h"
#include "store/Schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <libical/ical.h>

// Campaigns (issue 19): every site of a campaign has exactly the figures `plan --json` gives for it
// alone; waves move with their offsets; the .ics reads back in libical; CSV errors name the line
// and column; saved campaigns reopen recomputed.
class TestCampaign : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    using Run = CommandRun;
    static Run run(const QStringList& arguments) { return runCapplanner(arguments); }

    QString db() const { return m_dir.filePath(QStringLiteral("scenario.db")); }
    QString file(const QString& name, const QByteArray& content) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(content);
        return path;
    }

    static QByteArray campaignCsv(int offsetDays)
    {
        return "site,kind,retire,add,start,wave,offset_days\n"
               "S1,cap,CAP1,CAP2;CAP_NEW,2026-12-01T08:00:00Z,1,\n"
               "S2,cap,OLD,S2CAP_NEW,2026-12-02T08:00:00Z,1,\n"
               "S1,account,ACC_A;ACC_D,ACC_B,2026-12-01T08:00:00Z,2,"
            + QByteArray::number(offsetDays)
            + "\n"
              "S3,account,ACC_S3,SMSClient_S3_2027,2026-12-01T08:00:00Z,2,"
            + QByteArray::number(offsetDays) + "\n";
    }

    QJsonObject campaignJson(const QString& csv, const QStringList& extra = {})
    {
        const Run r = run(QStringList {"campaign", "--db", db(), "--plan", csv, "--json"} + extra);
        if (r.status != 0)
            qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

    QJsonObject planJson(const QJsonObject& site, const QString& retire, const QString& add)
    {
        const Run r = run({"plan", "--db", db(), "--json", "--site", site.value(u"site").toString(), "--kind",
            site.value(u"kind").toString(), "--retire", retire, "--add", add, "--start",
            site.value(u"start").toString()});
        if (r.status != 0)
            qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char* table :
            {"domains", "sites", "caps", "accounts", "logon-points", "profiles", "blackouts", "clients"}) {
            const Run r = run({"import", "--db", db(), "--table", QLatin1String(table),
                qEnvironmentVariable("TEST_DATA") + QStringLiteral("/scenario/") + QLatin1String(table)
                    + QStringLiteral(".csv")});
            QVERIFY2(r.status == 0, r.err.constData());
        }
    }

    // The check of issue 19: the campaign and `plan --json` site by site give the same dates and
    // counts; the second wave starts offset days after the first wave's latest safe removal.
    void sitesMatchPlanSiteBySite()
    {
        const QJsonObject campaign = campaignJson(file(QStringLiteral("c.csv"), campaignCsv(3)));
        const QJsonArray sites = campaign.value(u"sites").toArray();
        QCOMPARE(sites.size(), 4);
        const QStringList retire {"CAP1", "OLD", "ACC_A,ACC_D", "ACC_S3"};
        const QStringList add {"CAP2,CAP_NEW", "S2CAP_NEW", "ACC_B", "SMSClient_S3_2027"};
        qint64 firstWaveEnd = 0;
        for (int i = 0; i < sites.size(); ++i) {
            const QJsonObject site = sites.at(i).toObject();
            if (i == 2) {
                // The site's own start is before the wave's: the wave holds it back.
                QCOMPARE(UtcTime::parse(site.value(u"start").toString()).value_or(0), firstWaveEnd + 3 * UtcTime::Day);
            }
            const QJsonObject plan = planJson(site, retire.at(i), add.at(i));
            QVERIFY(!plan.isEmpty());
            QCOMPARE(site.value(u"start"), plan.value(u"start"));
            QCOMPARE(site.value(u"safeRemoval"), plan.value(u"safeRemoval"));
            QCOMPARE(site.value(u"counts").toObject(), plan.value(u"counts").toObject());
            QCOMPARE(site.value(u"flags").toObject().value(u"atRisk").toInteger(),
                plan.value(u"counts").toObject().value(u"atRisk").toInteger());
            QCOMPARE(site.value(u"flags").toObject().value(u"licenceShortfalls").toInteger(),
                qint64(plan.value(u"licenceWarnings").toArray().size()));
            QCOMPARE(site.value(u"flags").toObject().value(u"logonPointSites").toInteger(),
                qint64(plan.value(u"logonPointAssignment").toArray().size()));
            if (i < 2) {
                const auto removal = UtcTime::parse(plan.value(u"safeRemoval").toString());
                QVERIFY(removal);
                firstWaveEnd = std::max(firstWaveEnd, *removal);
            }
        }
        const QJsonArray waves = campaign.value(u"waves").toArray();
        QCOMPARE(waves.size(), 2);
        QCOMPARE(waves.at(0).toObject().value(u"end").toString(), UtcTime::format(firstWaveEnd));
        qint64 end = 0;
        for (const QJsonValue& site : sites)
            end = std::max(end, UtcTime::parse(site.toObject().value(u"safeRemoval").toString()).value_or(0));
        QCOMPARE(campaign.value(u"end").toString(), UtcTime::format(end));
    }

    void wavesShiftWithTheOffset()
    {
        const QJsonObject near = campaignJson(file(QStringLiteral("near.csv"), campaignCsv(3)));
        const QJsonObject far = campaignJson(file(QStringLiteral("far.csv"), campaignCsv(10)));
        const auto startOf = [](const QJsonObject& c, int i) {
            return UtcTime::parse(c.value(u"sites").toArray().at(i).toObject().value(u"start").toString()).value_or(0);
        };
        QCOMPARE(startOf(near, 0), startOf(far, 0)); // the first wave does not move
        QCOMPARE(startOf(near, 1), startOf(far, 1));
        QCOMPARE(startOf(far, 2) - startOf(near, 2), 7 * UtcTime::Day);
        QCOMPARE(startOf(far, 3) - startOf(near, 3), 7 * UtcTime::Day);
        const auto waveStart = [](const QJsonObject& c) {
            return UtcTime::parse(c.value(u"waves").toArray().at(1).toObject().value(u"start").toString()).value_or(0);
        };
        QCOMPARE(waveStart(far) - waveStart(near), 7 * UtcTime::Day);
    }

    void calendarReadsBackInLibical()
    {
        const QString ics = m_dir.filePath(QStringLiteral("c.ics"));
        const QJsonObject campaign
            = campaignJson(file(QStringLiteral("cal.csv"), campaignCsv(3)), {"--out", ics, "--save", "Rollout 2027"});
        const QJsonArray sites = campaign.value(u"sites").toArray();
        QCOMPARE(sites.size(), 4);
        QFile f(ics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        icalcomponent* calendar = icalparser_parse_string(text.constData());
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_isa(calendar), ICAL_VCALENDAR_COMPONENT);
        QHash<QString, icalcomponent*> events;
        for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
             e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            QVERIFY(icalcomponent_get_first_property(e, ICAL_DTSTAMP_PROPERTY));
            QVERIFY(icaltime_is_utc(icalcomponent_get_dtstart(e)));
            events.insert(QString::fromUtf8(icalcomponent_get_uid(e)), e);
        }
        QCOMPARE(events.size(), 3 * sites.size());
        const auto at = [](icalcomponent* e) {
            return qint64(icaltime_as_timet_with_zone(icalcomponent_get_dtstart(e), icaltimezone_get_utc_timezone()));
        };
        const QStringList items {"CAP2", "S2CAP_NEW", "ACC_B", "SMSClient_S3_2027"};
        for (int i = 0; i < sites.size(); ++i) {
            const QJsonObject site = sites.at(i).toObject();
            const QString code = site.value(u"site").toString();
            const qint64 start = UtcTime::parse(site.value(u"start").toString()).value_or(-1);
            const qint64 removal = UtcTime::parse(site.value(u"safeRemoval").toString()).value_or(-1);
            // Two rows for S1 (a CAP and an account plan) share a site: the kind tells them apart.
            const TransitionKind kind = *Enums::parseTransitionKind(site.value(u"kind").toString());
            icalcomponent* addEvent = events.value(CampaignCalendar::uid("Rollout 2027", code, kind, "add"));
            icalcomponent* checkEvent = events.value(CampaignCalendar::uid("Rollout 2027", code, kind, "check"));
            icalcomponent* removeEvent = events.value(CampaignCalendar::uid("Rollout 2027", code, kind, "remove"));
            QVERIFY2(addEvent && checkEvent && removeEvent, qPrintable(code));
            QCOMPARE(at(addEvent), start);
            QCOMPARE(at(checkEvent), start + UtcTime::Hour); // P = 1 hour
            QCOMPARE(at(removeEvent), removal);
            for (icalcomponent* e : {addEvent, checkEvent, removeEvent}) {
                const QString description = QString::fromUtf8(icalcomponent_get_description(e));
                QVERIFY2(description.contains(code), qPrintable(description));
                QVERIFY2(description.contains(items.at(i)), qPrintable(description));
                QVERIFY2(description.contains(QRegularExpression(QStringLiteral("Q\\d{6}"))), qPrintable(description));
            }
        }
        icalcomponent_free(calendar);
    }

    void reports()
    {
        const QString csv = file(QStringLiteral("rep.csv"), campaignCsv(3));
        for (const char* suffix : {"pdf", "html", "csv"}) {
            const QString out = m_dir.filePath(QStringLiteral("report.") + QLatin1String(suffix));
            const Run r = run({"campaign", "--db", db(), "--plan", csv, "--out", out});
            QVERIFY2(r.status == 0, r.err.constData());
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(bytes.size() > 100);
            if (QLatin1String(suffix) == u"csv") {
                const QList<QByteArray> lines = bytes.trimmed().split('\n');
                QCOMPARE(lines.size(), 5); // the header and one row per site
                QVERIFY(lines.at(0).startsWith("site,kind,wave,start,safe_removal"));
                QVERIFY(lines.at(1).startsWith("S1,cap,1,2026-12-01T08:00:00Z,"));
            }
            if (QLatin1String(suffix) == u"html")
                QVERIFY(bytes.contains("SMSClient_S3_2027"));
        }
    }

    void csvErrorsNameLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        const QByteArray header = "site,kind,retire,add,start,wave,offset_days\n";
        const QByteArray good = "S1,cap,CAP1,CAP2,2026-12-01T08:00:00Z,1,\n";
        QTest::newRow("kind") << header + good + "S2,printer,OLD,X,2026-12-01T08:00:00Z,1,\n"
                              << ":3: column kind: ";
        QTest::newRow("start") << header + good + "S2,cap,OLD,X,soon,1,\n"
                               << ":3: column start: ";
        QTest::newRow("no retire") << header + good + "S2,cap,,X,2026-12-01T08:00:00Z,1,\n"
                                   << ":3: column retire: ";
        QTest::newRow("site") << header + good + ",cap,OLD,X,2026-12-01T08:00:00Z,1,\n"
                              << ":3: column site: ";
        QTest::newRow("wave") << header + good + "S2,cap,OLD,X,2026-12-01T08:00:00Z,two,\n"
                              << ":3: column wave: ";
        QTest::newRow("offset") << header + good + "S2,cap,OLD,X,2026-12-01T08:00:00Z,2,-1\n"
                                << ":3: column offset_days: ";
        QTest::newRow("offsets disagree") << header + good
                + "S2,cap,OLD,X,2026-12-01T08:00:00Z,2,3\n"
                  "S3,cap,S3CAP,Y,2026-12-01T08:00:00Z,2,4\n"
                                          << ":4: column offset_days: ";
        QTest::newRow("unknown column") << QByteArray("site,kind,retire,add,start,colour\n") << ":1: column colour: ";
        QTest::newRow("fields") << header + "S1,cap,CAP1\n"
                                << ":2: column ";
        QTest::newRow("margin") << QByteArray("site,kind,retire,add,start,margin_hours\n"
                                              "S1,cap,CAP1,CAP2,2026-12-01T08:00:00Z,-4\n")
                                << ":2: column margin_hours: ";
        // Checked by the planner, as plan checks it: the row names the column at fault.
        QTest::newRow("unknown site") << header + good + "S9,cap,OLD,X,2026-12-01T08:00:00Z,1,\n"
                                      << ":3: column site: ";
        QTest::newRow("not live") << header + good + "S1,cap,CAP3,X,2026-12-01T08:00:00Z,1,\n"
                                  << ":3: column retire: ";
    }

    void csvErrorsNameLineAndColumn()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        const QString path = file(QStringLiteral("bad.csv"), csv);
        const Run r = run({"campaign", "--db", db(), "--plan", path, "--save", "bad one"});
        QVERIFY(r.status != 0);
        QVERIFY2(QString::fromUtf8(r.err).contains(path + expected), r.err.constData());
        Inventory inventory;
        QString error;
        QVERIFY(inventory.openExisting(db(), &error));
        QVERIFY(!CampaignStore(inventory).idOf(QStringLiteral("bad one"), &error)); // nothing saved
    }

    void jsonKeys()
    {
        const QJsonObject campaign = campaignJson(file(QStringLiteral("keys.csv"), campaignCsv(1)), {"--save", "keys"});
        for (const char* key : {"name", "end", "sites", "waves", "id"})
            QVERIFY2(campaign.contains(QLatin1String(key)), key);
        QCOMPARE(campaign.value(u"name").toString(), QStringLiteral("keys"));
        const QJsonObject site = campaign.value(u"sites").toArray().at(0).toObject();
        for (const char* key : {"site", "kind", "start", "safeRemoval", "counts", "flags"})
            QVERIFY2(site.contains(QLatin1String(key)), key);
        for (const char* key : {"wave", "start", "end"})
            QVERIFY2(campaign.value(u"waves").toArray().at(0).toObject().contains(QLatin1String(key)), key);
    }

    // In process, on either engine: save, list, load, recompute, differences, delete.
    void saveLoadRecompute()
    {
        TestInventory t;
        QVERIFY(t.isOpen());
        QVERIFY(t.importScenario());
        Campaign campaign;
        campaign.name = QStringLiteral("Saved");
        const auto site = [](const char* code, TransitionKind kind, QStringList retire, QStringList add, int wave) {
            CampaignSite s;
            s.request.site = QLatin1String(code);
            s.request.kind = kind;
            s.request.retire = retire;
            s.request.add = add;
            s.request.start = *UtcTime::parse(QStringLiteral("2026-12-01T08:00:00Z"));
            s.request.maxOfflineOverrides.insert(QStringLiteral("laptop"), 100 * UtcTime::Hour);
            s.wave = wave;
            s.offsetDays = wave == 2 ? 2 : 0;
            return s;
        };
        campaign.sites << site("S1", TransitionKind::Cap, {"CAP1"}, {"CAP2"}, 1)
                       << site("S2", TransitionKind::Cap, {"OLD"}, {"NEW2"}, 2);
        const CampaignResult planned = CampaignPlanner(t.inventory()).plan(campaign);
        QVERIFY(planned.complete());
        // Each figure is the site plan's own.
        for (const CampaignSiteResult& s : planned.sites) {
            TransitionRequest request = s.site.request;
            request.start = s.start;
            QString error;
            const auto alone = TransitionPlanner(t.inventory()).plan(request, &error);
            QVERIFY(alone);
            QCOMPARE(s.safeRemoval(), alone->safeRemoval);
            QCOMPARE(s.plan->counts.pending, alone->counts.pending);
            QCOMPARE(s.flags, CampaignFlags::of(*alone));
        }
        QString error;
        const CampaignStore store(t.inventory());
        const auto id = store.save(planned, &error);
        QVERIFY2(id, qPrintable(error));
        const auto listed = store.list(&error);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->at(0).name, QStringLiteral("Saved"));
        QCOMPARE(listed->at(0).sites, 2);
        QCOMPARE(listed->at(0).end, planned.end);

        const auto loaded = store.load(*id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->campaign.sites.size(), 2);
        QCOMPARE(loaded->campaign.sites.at(1).wave, 2);
        QCOMPARE(loaded->campaign.sites.at(1).offsetDays, 2);
        QCOMPARE(loaded->campaign.sites.at(0).request.maxOfflineOverrides.value(QStringLiteral("laptop")),
            100 * UtcTime::Hour);
        const CampaignResult again = CampaignPlanner(t.inventory()).plan(loaded->campaign);
        QVERIFY(CampaignStore::differences(*loaded, again).isEmpty());

        // Today's inventory differs: a pending client of S1 refreshes; the counts move.
        QSqlQuery q(t.inventory().database());
        QVERIFY2(q.exec(QStringLiteral("UPDATE clients SET last_refresh_at = %1 WHERE site = 'S1'")
                            .arg(*UtcTime::parse(QStringLiteral("2026-12-10T00:00:00Z")))),
            qPrintable(q.lastError().text()));
        const CampaignResult today = CampaignPlanner(t.inventory()).plan(loaded->campaign);
        const QList<CampaignDifference> differences = CampaignStore::differences(*loaded, today);
        QVERIFY(!differences.isEmpty());
        bool pendingMoved = false;
        for (const CampaignDifference& d : differences) {
            if (d.site == u"S1" && d.what == u"pending") {
                pendingMoved = true;
                QCOMPARE(d.before.toLongLong(), planned.sites.at(0).plan->counts.pending);
                QCOMPARE(d.after.toLongLong(), today.sites.at(0).plan->counts.pending);
            }
            QVERIFY(d.site != u"S2" || d.what == u"start" || d.what == u"safeRemoval");
        }
        QVERIFY(pendingMoved);

        // A copy of the inventory keeps its campaigns.
        if (!TestInventory::onServer()) {
            Inventory copy;
            QVERIFY2(copy.open(t.dir() + QStringLiteral("/copy.db"), &error), qPrintable(error));
            QVERIFY2(InventoryCopy::copy(t.inventory(), copy, {}, &error), qPrintable(error));
            const auto copied = CampaignStore(copy).load(*id, &error);
            QVERIFY2(copied, qPrintable(error));
            QCOMPARE(copied->campaign.sites.size(), 2);
            QCOMPARE(copied->figures.at(0).safeRemoval, loaded->figures.at(0).safeRemoval);
        }

        QVERIFY(store.remove(*id, &error));
        QVERIFY(store.list(&error)->isEmpty());
        QVERIFY(!store.load(*id, &error));
    }

    void proposals()
    {
        TestInventory t;
        QVERIFY(t.isOpen());
        QVERIFY(t.importScenario());
        QVERIFY(t.import(QStringLiteral("caps"),
                     "server,site,added_at,removed_at,licensing,licenses,domain_controller\n"
                     "NEWCAP,S1,2026-11-01T00:00:00Z,,per-seat,0,no\n")
                    .ok);
        QString error;
        QCOMPARE(CampaignProposals::sitesOfBranch(t.inventory(), QStringLiteral("s1"), &error).value_or(QStringList()),
            QStringList({"S1", "S2", "S3"}));
        QCOMPARE(CampaignProposals::sitesOfBranch(t.inventory(), QStringLiteral("S2"), &error).value_or(QStringList()),
            QStringList({"S2"}));
        QCOMPARE(CampaignProposals::sitesOfDomain(t.inventory(), QStringLiteral("D1"), &error).value_or(QStringList()),
            QStringList({"S1", "S2"}));
        QVERIFY(!CampaignProposals::sitesOfBranch(t.inventory(), QStringLiteral("S9"), &error));

        const qint64 start = *UtcTime::parse(QStringLiteral("2026-12-01T08:00:00Z"));
        const auto caps = CampaignProposals::replaceCaps(
            t.inventory(), {"S1", "S2", "S3"}, *UtcTime::parse(QStringLiteral("2026-06-01T00:00:00Z")), start, &error);
        QVERIFY2(caps, qPrintable(error));
        QCOMPARE(caps->campaign.sites.size(), 1);
        QCOMPARE(caps->campaign.sites.at(0).request.retire, QStringList({"CAP1", "CAP2"})); // CAP3 was removed
        QCOMPARE(caps->campaign.sites.at(0).request.add, QStringList({"NEWCAP"}));
        QCOMPARE(caps->skipped.size(), 2);

        const auto accounts = CampaignProposals::rotateAccounts(
            t.inventory(), {"S1", "S3"}, QStringLiteral("SMSClient_{site}_2027"), start, &error);
        QVERIFY2(accounts, qPrintable(error));
        QCOMPARE(accounts->campaign.sites.size(), 2);
        QCOMPARE(accounts->campaign.sites.at(0).request.retire, QStringList({"ACC_A", "ACC_B", "ACC_D"}));
        QCOMPARE(accounts->campaign.sites.at(1).request.add, QStringList({"SMSClient_S3_2027"}));
        QVERIFY(
            !CampaignProposals::rotateAccounts(t.inventory(), {"S1"}, QStringLiteral("SMSClient_2027"), start, &error));
        // Proposals plan as they are.
        QVERIFY(CampaignPlanner(t.inventory()).plan(caps->campaign).complete());
        QVERIFY(CampaignPlanner(t.inventory()).plan(accounts->campaign).complete());
    }

    void freshAndMigratedSchemaHaveCampaigns()
    {
        TestInventory t;
        QVERIFY(t.isOpen());
        QString error;
        QCOMPARE(Schema::version(t.inventory().database(), &error).value_or(-1), Schema::currentVersion());
        QVERIFY(Schema::currentVersion() >= 6);
        QSqlQuery q(t.inventory().database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM campaigns")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM campaign_sites")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE campaign_sites")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE campaigns")));
        // Version 5 (registry evidence) stays: the inventory is one of version 5.
        QVERIFY(q.exec(TestInventory::onServer() ? QStringLiteral("UPDATE capplanner_schema SET version = 5")
                                                 : QStringLiteral("PRAGMA user_version = 5")));
        q.finish();
        t.inventory().close();
        QVERIFY2(t.inventory().open(t.path(), &error), qPrintable(error));
        QCOMPARE(Schema::version(t.inventory().database(), &error).value_or(-1), Schema::currentVersion());
        QSqlQuery after(t.inventory().database());
        QVERIFY2(
            after.exec(QStringLiteral("SELECT count(*) FROM campaign_sites")), qPrintable(after.lastError().text()));
    }
};

QTEST_GUILESS_MAIN(TestCampaign)
#include "tst_campaign.moc"
