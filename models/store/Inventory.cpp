#include "Inventory.h"

#include "Schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QAtomicInt connectionCounter;

QString tr(const char* text)
{
    return QCoreApplication::translate("Inventory", text);
}

// The 16-byte header every SQLite 3 file starts with.
bool isSqliteFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}
} // namespace

Inventory::Inventory()
    : m_connectionName(QStringLiteral("inventory-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Inventory::~Inventory()
{
    close();
}

QSqlDatabase Inventory::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Inventory::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlQuery Inventory::prepare(const QString& sql) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

bool Inventory::open(const QString& path, QString* error, bool create)
{
    close();
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && !create) {
        *error = tr("%1: no such inventory").arg(path);
        return false;
    }
    if (exists && info.size() > 0 && !isSqliteFile(path)) {
        *error = tr("%1: not a CapPlanner inventory (not an SQLite database); the file was left untouched").arg(path);
        return false;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = tr("%1: cannot open: %2").arg(path, db.lastError().text());
        close();
        return false;
    }
    m_path = path;
    QSqlQuery query(db);
    auto fail = [&](const QString& message) {
        *error = tr("%1: %2").arg(path, message);
        query = QSqlQuery(); // release the connection before removing it
        close();
        return false;
    };
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(tr("not a CapPlanner inventory or damaged: %1").arg(query.lastError().text()));
    const int version = query.value(0).toInt();
    query.finish();
    if (version > Schema::currentVersion())
        return fail(tr("made by a newer CapPlanner (schema version %1, this one knows %2); left untouched")
                        .arg(version)
                        .arg(Schema::currentVersion()));
    if (version == 0 && query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next()
        && query.value(0).toInt() > 0)
        return fail(tr("an SQLite database of another program, not a CapPlanner inventory; left untouched"));
    query.finish();

    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(NormalCacheKiB));
    query.finish();

    if (version > 0 && version < Schema::currentVersion()) {
        const QString backup = path + QStringLiteral(".schema%1.bak").arg(version);
        if (!QFile::exists(backup) && !QFile::copy(path, backup))
            return fail(tr("cannot make the backup %1 before migrating").arg(backup));
    }
    QString migrationError;
    if (!Schema::migrate(db, version, &migrationError))
        return fail(migrationError);
    return true;
}

Inventory::BulkWork::BulkWork(const Inventory& inventory)
    : m_inventory(inventory)
{
    // A bulk import of a million clients touches ~200 MB of index pages; a small cache would
    // spill them to the WAL over and over. The cache grows only as far as it is used.
    QSqlQuery(m_inventory.database()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(BulkCacheKiB));
}

Inventory::BulkWork::~BulkWork()
{
    // Give the memory back: the console stays within its budget while browsing.
    QSqlQuery(m_inventory.database()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(NormalCacheKiB));
    QSqlQuery(m_inventory.database()).exec(QStringLiteral("PRAGMA shrink_memory"));
}

void Inventory::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
}
