#include "DemoInventory.h"

#include "domain/ClientVersion.h"
#include "domain/UtcTime.h"
#include "store/DeferredIndexes.h"
#include "store/Inventory.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <array>

namespace {
constexpr qint64 BulkRows = 50000;

struct Weighted
{
    const char* value;
    int weight;
};

template <std::size_t N>
const char* pick(QRandomGenerator& random, const std::array<Weighted, N>& table)
{
    int total = 0;
    for (const Weighted& w : table)
        total += w.weight;
    int roll = static_cast<int>(random.bounded(total));
    for (const Weighted& w : table) {
        if (roll < w.weight)
            return w.value;
        roll -= w.weight;
    }
    return table.back().value;
}

struct DemoSite
{
    const char* code;
    int weight;
    bool logonInstallation;
};

// Real build numbers (Q266130): RTM 1239, SP1 1380.1000, SP2 1493.2000, SP3 1493.3000, SP4 1493.4000.
const char* const Fixed[] = {
    "INSERT INTO domains VALUES ('CORP', 5, 30, 30, 42)",
    "INSERT INTO domains VALUES ('LABS', 0, 30, 30, 90)",
    "INSERT INTO sites VALUES ('CEN', 'Central', NULL, 'CORP', '2.00.1493.3000', %K(2.00.1493.3000), 1, 1)",
    "INSERT INTO sites VALUES ('NOR', 'North', 'CEN', 'CORP', '2.00.1493.3000', %K(2.00.1493.3000), 1, 1)",
    "INSERT INTO sites VALUES ('SOU', 'South', 'CEN', 'CORP', '2.00.1380.1000', %K(2.00.1380.1000), 0, 1)",
    "INSERT INTO sites VALUES ('LAB', 'Laboratories', 'CEN', 'LABS', '2.00.1493.4000', %K(2.00.1493.4000), 1, 1)",
    "INSERT INTO sites VALUES ('TB1', 'Training', 'NOR', 'LABS', '2.00.1493.2000', %K(2.00.1493.2000), 0, 0)",
    "INSERT INTO caps VALUES ('CAP-CEN-01', 'CEN', %T(2025-03-01T09:00:00Z), NULL, 'per-seat', 0, 0)",
    "INSERT INTO caps VALUES ('CAP-CEN-02', 'CEN', %T(2025-03-01T09:00:00Z), NULL, 'per-server', 250, 0)",
    "INSERT INTO caps VALUES ('DC-CEN-01', 'CEN', %T(2024-06-12T10:00:00Z), NULL, 'per-server', 100, 1)",
    "INSERT INTO caps VALUES ('CAP-NOR-01', 'NOR', %T(2025-01-15T09:00:00Z), NULL, 'per-seat', 0, 0)",
    "INSERT INTO caps VALUES ('CAP-NOR-02', 'NOR', %T(2025-01-15T09:00:00Z), NULL, 'per-seat', 0, 0)",
    "INSERT INTO caps VALUES ('CAP-SOU-01', 'SOU', %T(2024-11-04T09:00:00Z), NULL, 'per-server', 50, 0)",
    "INSERT INTO caps VALUES ('CAP-SOU-OLD', 'SOU', %T(2023-02-01T09:00:00Z), %T(2024-12-01T09:00:00Z), 'per-seat', 0, "
    "0)",
    "INSERT INTO caps VALUES ('LAB-CAP-01', 'LAB', %T(2025-05-20T09:00:00Z), NULL, 'per-seat', 0, 0)",
    "INSERT INTO caps VALUES ('TB1-SRV', 'TB1', %T(2025-02-10T09:00:00Z), NULL, 'per-server', 10, 1)",
    "INSERT INTO caps VALUES ('CAP-CEN-03', 'CEN', %T(2026-12-01T06:00:00Z), NULL, 'per-seat', 0, 0)",
    "INSERT INTO accounts VALUES ('SMSClient_CEN', 'CEN', %T(2024-06-12T10:00:00Z), NULL, %T(2026-10-20T07:00:00Z))",
    "INSERT INTO accounts VALUES ('SMSClient_00001', 'CEN', %T(2025-09-01T10:00:00Z), NULL, %T(2026-11-03T07:00:00Z))",
    "INSERT INTO accounts VALUES ('SMSClient_NOR', 'NOR', %T(2025-01-15T09:00:00Z), NULL, %T(2026-10-01T07:00:00Z))",
    "INSERT INTO accounts VALUES ('SMSClient_00002', 'NOR', %T(2026-11-28T09:00:00Z), NULL, NULL)",
    "INSERT INTO accounts VALUES ('SMSClient_SOU', 'SOU', %T(2024-11-04T09:00:00Z), NULL, %T(2026-09-15T07:00:00Z))",
    "INSERT INTO accounts VALUES ('SMSClient_SOU2', 'SOU', %T(2025-08-01T09:00:00Z), NULL, NULL)",
    "INSERT INTO accounts VALUES ('SMSClient_LAB', 'LAB', %T(2025-05-20T09:00:00Z), NULL, %T(2026-10-10T07:00:00Z))",
    "INSERT INTO accounts VALUES ('SMSClient_TB1', 'TB1', %T(2025-02-10T09:00:00Z), NULL, NULL)",
    "INSERT INTO accounts VALUES ('SMSClient_TB1_OLD', 'TB1', %T(2024-02-10T09:00:00Z), %T(2025-03-01T09:00:00Z), "
    "NULL)",
    "INSERT INTO logon_points VALUES ('LP-CORP-01', '2.00.1493.3000', %K(2.00.1493.3000))",
    "INSERT INTO logon_points VALUES ('LP-LABS-01', '2.00.1493.4000', %K(2.00.1493.4000))",
    "INSERT INTO logon_point_sites VALUES ('LP-CORP-01', 'CEN', 0), ('LP-CORP-01', 'NOR', 1), ('LP-CORP-01', 'SOU', 2)",
    "INSERT INTO logon_point_sites VALUES ('LP-LABS-01', 'LAB', 0), ('LP-LABS-01', 'TB1', 1)",
    "INSERT INTO profiles VALUES ('always on', 0), ('overnight', 16), ('weekend', 64), ('laptop travel', 336), "
    "('school holidays', 72)",
    "INSERT INTO blackouts VALUES ('school holidays', %T(2026-12-19T16:00:00Z), %T(2027-01-04T07:00:00Z), "
    "'holiday break')",
    "INSERT INTO blackouts VALUES ('school holidays', %T(2027-01-03T12:00:00Z), %T(2027-01-06T07:00:00Z), "
    "'staff training days')",
    "INSERT INTO blackouts VALUES ('weekend', %T(2026-12-24T18:00:00Z), %T(2026-12-28T07:00:00Z), 'plant shutdown')",
};

// Expands %T(iso) to epoch seconds and %K(version) to its significance key: the demo's SQL is ours.
// The columns are named: later schema versions add columns (row_version) after these.
QString expand(const char* statement)
{
    static const std::pair<const char*, const char*> columns[] = {
        {"domains", "name, lockout_threshold, lockout_window_minutes, lockout_duration_minutes, max_password_age_days"},
        {"sites", "code, name, parent, domain, version, version_key, logon_installation, logon_discovery"},
        {"caps", "server, site, added_at, removed_at, licensing, licenses, domain_controller"},
        {"accounts", "name, site, added_at, removed_at, password_changed_at"},
        {"logon_points", "server, clicore_version, version_key"},
        {"logon_point_sites", "server, site, position"},
        {"profiles", "name, max_offline_hours"},
        {"blackouts", "profile, starts_at, ends_at, label"},
    };
    QString sql = QString::fromUtf8(statement);
    for (const auto& [table, names] : columns) {
        const QString plain = QStringLiteral("INSERT INTO %1 VALUES").arg(QLatin1String(table));
        if (sql.startsWith(plain)) {
            sql.replace(0, plain.size(),
                QStringLiteral("INSERT INTO %1 (%2) VALUES").arg(QLatin1String(table), QLatin1String(names)));
            break;
        }
    }
    for (const auto& [marker, isTime] : {std::pair {QStringLiteral("%T("), true}, {QStringLiteral("%K("), false}}) {
        qsizetype at;
        while ((at = sql.indexOf(marker)) >= 0) {
            const qsizetype close = sql.indexOf(u')', at);
            const QString argument = sql.mid(at + 3, close - at - 3);
            const qint64 value
                = isTime ? UtcTime::parse(argument).value_or(0) : ClientVersion::parse(argument)->significanceKey();
            sql.replace(at, close - at + 1, QString::number(value));
        }
    }
    return sql;
}

constexpr std::array<DemoSite, 5> Sites {
    {{"CEN", 40, true}, {"NOR", 25, true}, {"SOU", 20, false}, {"LAB", 10, true}, {"TB1", 5, false}}};
constexpr std::array<Weighted, 3> OsMix {{{"w2k", 50}, {"nt4", 30}, {"win9x", 20}}};
constexpr std::array<Weighted, 7> VersionMix {{{"2.00.1239.0000", 2}, {"2.00.1380.1000", 18}, {"2.00.1493.2000", 15},
    {"2.00.1493.2009", 10}, {"2.00.1493.3000", 35}, {"2.00.1493.3004", 12}, {"2.00.1493.4000", 8}}};
constexpr std::array<Weighted, 6> ProfileMix {
    {{"always on", 20}, {"overnight", 40}, {"weekend", 25}, {"laptop travel", 10}, {"school holidays", 4}, {"", 1}}};
} // namespace

bool DemoInventory::create(Inventory& inventory, qint64 clients, quint32 seed, QString* error)
{
    QSqlDatabase db = inventory.database();
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT (SELECT count(*) FROM sites) + (SELECT count(*) FROM clients)"))
        && query.next() && query.value(0).toLongLong() > 0) {
        *error = QCoreApplication::translate("DemoInventory", "%1 already holds an inventory; choose a new file")
                     .arg(inventory.path());
        return false;
    }
    query.finish();

    // The demo's rows are consistent by construction; checking each against its parents would
    // open a statement journal per row and triple the time.
    const bool sqlite = inventory.engine() == Engine::Sqlite;
    if (sqlite)
        query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto restoreKeys = qScopeGuard([&query, sqlite] {
        if (sqlite)
            query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    const Inventory::BulkWork bulk(inventory);
    Transaction transaction(db, error);
    if (!transaction.isActive())
        return false;
    for (const char* statement : Fixed) {
        if (!query.exec(expand(statement))) {
            *error = query.lastError().text();
            return false;
        }
    }

    // Past a few tens of thousands of rows, building the indexes afterwards is cheaper.
    std::optional<DeferredIndexes> indexes;
    if (clients > BulkRows)
        indexes.emplace(db, QStringLiteral("clients"));
    QHash<QString, qint64> versionKeys;
    for (const Weighted& v : VersionMix)
        versionKeys.insert(
            QString::fromLatin1(v.value), ClientVersion::parse(QString::fromLatin1(v.value))->significanceKey());

    QRandomGenerator random(seed);
    const qint64 reference = *UtcTime::parse(referenceTime());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO clients (name, site, os, install_method, version, version_key, profile, "
                                  "last_refresh_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    std::array<Weighted, 5> siteMix {};
    for (std::size_t i = 0; i < Sites.size(); ++i)
        siteMix[i] = {Sites[i].code, Sites[i].weight};
    for (qint64 n = 1; n <= clients; ++n) {
        const char* site = pick(random, siteMix);
        const bool logonSite = std::find_if(Sites.begin(), Sites.end(), [site](const DemoSite& s) {
            return qstrcmp(s.code, site) == 0;
        })->logonInstallation;
        const QString os = QString::fromLatin1(pick(random, OsMix));
        const int methodRoll = static_cast<int>(random.bounded(100));
        const char* method = logonSite ? (methodRoll < 60 ? "logon"
                                     : methodRoll < 90    ? "push"
                                                          : "manual")
                                       : (methodRoll < 75 ? "push" : "manual");
        const QString version = QString::fromLatin1(pick(random, VersionMix));
        const QString profile = QString::fromLatin1(pick(random, ProfileMix));

        // Most clients refreshed in the last two days; a tail reaches back past the 60-day
        // self-uninstall (Q227033), and a few have never reported.
        QVariant refresh;
        const int age = static_cast<int>(random.bounded(1000));
        if (age >= 5) {
            qint64 back;
            if (age < 850)
                back = random.bounded(2 * 24 * 3600);
            else if (age < 950)
                back = 2 * 24 * 3600 + random.bounded(28 * 24 * 3600);
            else if (age < 980)
                back = 30 * 24 * 3600 + random.bounded(30 * 24 * 3600);
            else
                back = 61 * 24 * 3600 + random.bounded(60 * 24 * 3600);
            refresh = reference - back;
        }
        insert.bindValue(0, QStringLiteral("%1-WKS-%2").arg(QLatin1String(site)).arg(n, 7, 10, QLatin1Char('0')));
        insert.bindValue(1, QString::fromLatin1(site));
        insert.bindValue(2, os);
        insert.bindValue(3, QString::fromLatin1(method));
        insert.bindValue(4, version);
        insert.bindValue(5, versionKeys.value(version));
        insert.bindValue(6, profile.isEmpty() ? QVariant() : QVariant(profile));
        insert.bindValue(7, refresh);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    insert.finish();
    if (indexes && !indexes->rebuild(error))
        return false;
    inventory.announceChange(QStringLiteral("clients"));
    if (!transaction.commit(error))
        return false;
    query.exec(QStringLiteral("ANALYZE"));
    return true;
}
