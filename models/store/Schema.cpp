#include "Schema.h"

#include "Inventory.h"
#include "SqlDialect.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <cstring>

namespace {
// Times are INTEGER seconds since the epoch, UTC. Natural keys (site code, server, account and
// profile names) are the foreign keys, so the CSV files map one to one onto the tables. No column
// holds a password: accounts keep only when the password last changed. CHECKs spell out "a OR b"
// because "IN (...)" builds an ephemeral table on every insert, tripling a bulk import.
const char* const MigrationV1[] = {
    R"(CREATE TABLE domains (
        name TEXT PRIMARY KEY NOT NULL,
        lockout_threshold INTEGER NOT NULL DEFAULT 0 CHECK (lockout_threshold >= 0),
        lockout_window_minutes INTEGER NOT NULL DEFAULT 30 CHECK (lockout_window_minutes >= 0),
        lockout_duration_minutes INTEGER NOT NULL DEFAULT 30 CHECK (lockout_duration_minutes >= 0),
        max_password_age_days INTEGER NOT NULL DEFAULT 42 CHECK (max_password_age_days >= 0)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE sites (
        code TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        parent TEXT REFERENCES sites(code) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED,
        domain TEXT NOT NULL REFERENCES domains(name) ON UPDATE CASCADE,
        version TEXT NOT NULL,
        version_key INTEGER NOT NULL,
        logon_installation INTEGER NOT NULL DEFAULT 0,
        logon_discovery INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID)",
    R"(CREATE TABLE caps (
        server TEXT PRIMARY KEY NOT NULL,
        site TEXT NOT NULL REFERENCES sites(code) ON UPDATE CASCADE,
        added_at INTEGER NOT NULL,
        removed_at INTEGER,
        licensing TEXT NOT NULL CHECK (licensing = 'per-seat' OR licensing = 'per-server'),
        licenses INTEGER NOT NULL DEFAULT 0 CHECK (licenses >= 0),
        domain_controller INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID)",
    "CREATE INDEX caps_by_site ON caps(site)",
    R"(CREATE TABLE accounts (
        name TEXT PRIMARY KEY NOT NULL,
        site TEXT NOT NULL REFERENCES sites(code) ON UPDATE CASCADE,
        added_at INTEGER NOT NULL,
        removed_at INTEGER,
        password_changed_at INTEGER
    ) WITHOUT ROWID)",
    "CREATE INDEX accounts_by_site ON accounts(site)",
    R"(CREATE TABLE logon_points (
        server TEXT PRIMARY KEY NOT NULL,
        clicore_version TEXT NOT NULL,
        version_key INTEGER NOT NULL
    ) WITHOUT ROWID)",
    R"(CREATE TABLE logon_point_sites (
        server TEXT NOT NULL REFERENCES logon_points(server) ON UPDATE CASCADE ON DELETE CASCADE,
        site TEXT NOT NULL REFERENCES sites(code) ON UPDATE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (server, site)
    ) WITHOUT ROWID)",
    "CREATE INDEX logon_point_sites_by_site ON logon_point_sites(site)",
    R"(CREATE TABLE profiles (
        name TEXT PRIMARY KEY NOT NULL,
        max_offline_hours REAL NOT NULL CHECK (max_offline_hours >= 0)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE blackouts (
        profile TEXT NOT NULL REFERENCES profiles(name) ON UPDATE CASCADE ON DELETE CASCADE,
        starts_at INTEGER NOT NULL,
        ends_at INTEGER NOT NULL CHECK (ends_at > starts_at),
        label TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (profile, starts_at)
    ) WITHOUT ROWID)",
    // version_key orders versions by their significant part (ClientVersion::significanceKey).
    R"(CREATE TABLE clients (
        name TEXT PRIMARY KEY NOT NULL,
        site TEXT NOT NULL REFERENCES sites(code) ON UPDATE CASCADE,
        os TEXT NOT NULL CHECK (os = 'nt4' OR os = 'w2k' OR os = 'win9x'),
        install_method TEXT NOT NULL CHECK (install_method = 'logon' OR install_method = 'push' OR install_method = 'manual'),
        version TEXT NOT NULL,
        version_key INTEGER NOT NULL,
        profile TEXT REFERENCES profiles(name) ON UPDATE CASCADE,
        last_refresh_at INTEGER
    ))",
    // PostgreSQL has no rowid: the Clients pane reads rows by this one (see SqlDialect).
    "pg:ALTER TABLE clients ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE",
    // The planner's scan: one covering index answers every count and flag of a site (profile,
    // refresh, OS, version, install method, and the name for the lists) without touching the table.
    "CREATE INDEX clients_by_site ON clients(site, profile, last_refresh_at, os, version_key, install_method, name)",
    // The Clients pane reads a million ids in the order of any column: one index per sortable
    // column, with the name as the tie-break, so no sort ever runs over the whole table.
    "CREATE INDEX clients_by_site_name ON clients(site, name)",
    "CREATE INDEX clients_by_os ON clients(os, name)",
    "CREATE INDEX clients_by_install_method ON clients(install_method, name)",
    "CREATE INDEX clients_by_version ON clients(version_key, version, name)",
    "CREATE INDEX clients_by_profile ON clients(profile, name)",
    "CREATE INDEX clients_by_last_refresh ON clients(last_refresh_at, name)",
    R"(CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        site TEXT NOT NULL REFERENCES sites(code) ON UPDATE CASCADE ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind = 'cap' OR kind = 'account'),
        retire TEXT NOT NULL,
        additions TEXT NOT NULL DEFAULT '',
        start_at INTEGER NOT NULL,
        removal_at INTEGER,
        parameters TEXT NOT NULL,
        safe_removal_at INTEGER,
        created_at INTEGER NOT NULL
    ))",
};

// Version 2: what the clients' own logs proved (the log import), the latest finding of each kind.
const char* const MigrationV2[] = {
    R"(CREATE TABLE client_log_findings (
        client TEXT NOT NULL REFERENCES clients(name) ON UPDATE CASCADE ON DELETE CASCADE,
        kind TEXT NOT NULL,
        at INTEGER NOT NULL,
        file TEXT NOT NULL,
        line INTEGER NOT NULL,
        evidence TEXT NOT NULL,
        PRIMARY KEY (client, kind)
    ) WITHOUT ROWID)",
};

// Version 3: a row version on every table an administrator edits. An edit names the version it
// started from and fails, saying what changed, when another console saved the row in between.
const char* const MigrationV3[] = {
    "ALTER TABLE domains ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE sites ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE caps ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE accounts ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE logon_points ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE profiles ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE blackouts ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE clients ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
};

// Version 4: the time zone a site's clients keep (IANA name; NULL or empty = UTC), and clients whose
// install method the source does not say ("unknown": the site database never records it). The
// CHECK is loosened in place: PostgreSQL replaces the constraint; SQLite rewrites the table's
// definition (loosenInstallMethodCheck), which keeps the rows, their rowids and the indexes.
const char* const MigrationV4[] = {
    "ALTER TABLE sites ADD COLUMN time_zone TEXT",
    "pg:ALTER TABLE clients DROP CONSTRAINT IF EXISTS clients_install_method_check",
    "pg:ALTER TABLE clients ADD CONSTRAINT clients_install_method_check CHECK (install_method = 'logon' OR "
    "install_method = 'push' OR install_method = 'manual' OR install_method = 'unknown')",
};

// Version 5 is registry evidence (issue 19's sibling branch wt-evreg); on this branch it is an empty
// placeholder so that campaigns take version 6 on both. The integrator keeps the real version 5.
const char* const MigrationV5[] = {
    "SELECT 1",
};

// Version 6: campaigns (issue 19), one transition across many sites. Each row keeps the site's
// request (as a saved plan does) and the figures it had when saved, so a reopened campaign is
// recomputed and can show what changed.
const char* const MigrationV6[] = {
    R"(CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        end_at INTEGER,
        created_at INTEGER NOT NULL
    ))",
    R"(CREATE TABLE campaign_sites (
        campaign INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        site TEXT NOT NULL REFERENCES sites(code) ON UPDATE CASCADE ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind = 'cap' OR kind = 'account'),
        retire TEXT NOT NULL,
        additions TEXT NOT NULL DEFAULT '',
        start_at INTEGER NOT NULL,
        removal_at INTEGER,
        parameters TEXT NOT NULL,
        wave INTEGER NOT NULL DEFAULT 1,
        offset_days INTEGER NOT NULL DEFAULT 0,
        planned_start_at INTEGER,
        safe_removal_at INTEGER,
        figures TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (campaign, position)
    ))",
    "CREATE INDEX campaign_sites_by_site ON campaign_sites(site)",
};

const char* const OldInstallCheck = "install_method = 'manual')";
const char* const NewInstallCheck = "install_method = 'manual' OR install_method = 'unknown')";

// SQLite's documented procedure for loosening a CHECK (lang_altertable.html, "Making Other Kinds Of
// Table Schema Changes"): edit the stored CREATE TABLE, bump schema_version, all in the migration's
// transaction. Existing rows satisfy the looser CHECK, so nothing else changes.
bool loosenInstallMethodCheck(QSqlDatabase& database, bool postgres, QString* error)
{
    if (postgres)
        return true;
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA schema_version")) || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    const qint64 schemaVersion = query.value(0).toLongLong();
    query.finish();
    const QStringList statements {QStringLiteral("PRAGMA writable_schema = ON"),
        QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, '%1', '%2') WHERE type = 'table' AND name = "
                       "'clients' AND instr(sql, '%2') = 0")
            .arg(QString::fromLatin1(OldInstallCheck).replace(u'\'', QStringLiteral("''")),
                QString::fromLatin1(NewInstallCheck).replace(u'\'', QStringLiteral("''"))),
        QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1),
        QStringLiteral("PRAGMA writable_schema = OFF")};
    for (const QString& statement : statements) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            query.exec(QStringLiteral("PRAGMA writable_schema = OFF"));
            return false;
        }
    }
    return true;
}

struct Migration
{
    const char* const* statements;
    std::size_t count;
    // Run after the statements, for what plain SQL cannot say on both engines.
    bool (*extra)(QSqlDatabase& database, bool postgres, QString* error) = nullptr;
};

const Migration Migrations[] = {
    {MigrationV1, std::size(MigrationV1)},
    {MigrationV2, std::size(MigrationV2)},
    {MigrationV3, std::size(MigrationV3)},
    {MigrationV4, std::size(MigrationV4), loosenInstallMethodCheck},
    {MigrationV5, std::size(MigrationV5)},
    {MigrationV6, std::size(MigrationV6)},
};
} // namespace

namespace Schema {
int currentVersion()
{
    return static_cast<int>(std::size(Migrations));
}

std::optional<int> version(const QSqlDatabase& database, QString* error)
{
    QSqlQuery query(database);
    if (!SqlDialect::isPostgres(database)) {
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        return query.value(0).toInt();
    }
    if (!query.exec(QStringLiteral("SELECT to_regclass('capplanner_schema') IS NOT NULL")) || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT max(version) FROM capplanner_schema")) || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toInt();
}

std::optional<bool> isEmpty(const QSqlDatabase& database, QString* error)
{
    QSqlQuery query(database);
    const QString sql = SqlDialect::isPostgres(database)
        ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")
        : QStringLiteral("SELECT count(*) FROM sqlite_master");
    if (!query.exec(sql) || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toInt() == 0;
}

bool migrate(QSqlDatabase& database, int fromVersion, QString* error)
{
    if (fromVersion >= currentVersion())
        return true;
    const bool postgres = SqlDialect::isPostgres(database);
    Transaction transaction(database, error);
    if (!transaction.isActive())
        return false;
    QSqlQuery query(database);
    if (postgres) {
        // Two consoles opening a new server inventory at once: the second waits here, then finds
        // the schema in place. DDL is transactional in PostgreSQL, so a failure leaves nothing.
        if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(20001130)"))) {
            *error = Inventory::explain(query.lastError());
            return false;
        }
        const auto now = version(database, error);
        if (!now)
            return false;
        fromVersion = *now;
        if (fromVersion >= currentVersion())
            return transaction.commit(error);
    }
    for (int version = fromVersion; version < currentVersion(); ++version) {
        const Migration& migration = Migrations[version];
        for (std::size_t i = 0; i < migration.count; ++i) {
            const char* statement = migration.statements[i];
            if (std::strncmp(statement, "pg:", 3) == 0) {
                if (!postgres)
                    continue;
                statement += 3;
            }
            if (!query.exec(SqlDialect::ddl(database, statement))) {
                *error = QCoreApplication::translate("Schema", "migration to schema version %1 failed: %2")
                             .arg(version + 1)
                             .arg(query.lastError().text());
                return false;
            }
        }
        if (QString why; migration.extra && !migration.extra(database, postgres, &why)) {
            *error = QCoreApplication::translate("Schema", "migration to schema version %1 failed: %2")
                         .arg(version + 1)
                         .arg(why);
            return false;
        }
    }
    // PRAGMA takes no bound parameters; the value is our own integer.
    const QStringList record = postgres
        ? QStringList {QStringLiteral("CREATE TABLE IF NOT EXISTS capplanner_schema (version INTEGER NOT NULL)"),
            QStringLiteral("DELETE FROM capplanner_schema"),
            QStringLiteral("INSERT INTO capplanner_schema (version) VALUES (%1)").arg(currentVersion())}
        : QStringList {QStringLiteral("PRAGMA user_version = %1").arg(currentVersion())};
    for (const QString& statement : record) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    if (!transaction.commit(error))
        return false;
    return true;
}
} // namespace Schema
