#include "Inventory.h"

#include "Schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {
QAtomicInt connectionCounter;

QString tr(const char* text, const char* disambiguation = nullptr)
{
    return QCoreApplication::translate("Inventory", text, disambiguation);
}

// What the first 100 bytes of a file say, without SQLite opening it (which could write to it).
enum class FileCheck { Sqlite, NotSqlite, Truncated };

FileCheck checkFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileCheck::NotSqlite;
    const QByteArray header = file.read(100);
    static const QByteArray magic = QByteArrayLiteral("SQLite format 3\0");
    if (!header.startsWith(magic))
        return magic.startsWith(header) && !header.isEmpty() ? FileCheck::Truncated : FileCheck::NotSqlite;
    if (header.size() < 100)
        return FileCheck::Truncated;
    const auto be = [&](int at, int bytes) {
        quint32 v = 0;
        for (int i = 0; i < bytes; ++i)
            v = v << 8 | quint8(header.at(at + i));
        return v;
    };
    const quint32 pageSize = be(16, 2) == 1 ? 65536 : be(16, 2);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return FileCheck::NotSqlite;
    const qint64 size = file.size();
    if (size % pageSize != 0)
        return FileCheck::Truncated;
    // The in-header page count is valid when "version-valid-for" equals the change counter
    // (https://www.sqlite.org/fileformat2.html#in_header_database_size).
    const quint32 pages = be(28, 4);
    if (pages > 0 && be(92, 4) == be(24, 4) && size < qint64(pages) * pageSize)
        return FileCheck::Truncated;
    return FileCheck::Sqlite;
}

// The owner's write permission, not access(): an administrator running as root who made the file
// read-only means it.
bool writable(const QFileInfo& info)
{
    return info.permission(QFile::WriteOwner) && QFileInfo(info.absolutePath()).isWritable();
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

bool Inventory::isServerLocation(const QString& location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

QString Inventory::displayName() const
{
    if (!isServerLocation(m_path))
        return QFileInfo(m_path).fileName();
    const QUrl url(m_path);
    return tr("%1 on %2", "a database on a server").arg(url.path().mid(1), url.host());
}

bool Inventory::openServer(const QString& location, QString* error)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty() || database.contains(u'/')) {
        *error = tr("%1: not a server inventory location; write postgresql://user@host:port/database").arg(location);
        return false;
    }
    if (!url.password().isEmpty()) {
        // The location is remembered (recent files, settings): it must never hold a secret.
        *error = tr("%1: the location holds a password, and CapPlanner never stores one. Remove it, and give the "
                    "password in ~/.pgpass or the PGPASSWORD environment variable.")
                     .arg(url.toString(QUrl::RemovePassword));
        return false;
    }
    m_engine = Engine::Postgres;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid()) {
        *error = tr("%1: this CapPlanner has no PostgreSQL driver (install libqt6sql6-psql)").arg(location);
        close();
        return false;
    }
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(database);
    if (!url.userName().isEmpty())
        db.setUserName(url.userName());
    // No password: libpq reads ~/.pgpass or PGPASSWORD itself.
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=CapPlanner"));
    if (!db.open()) {
        QString why = db.lastError().databaseText().trimmed();
        if (why.isEmpty())
            why = db.lastError().text();
        if (why.contains(u"password"))
            why += u' '
                + tr("(CapPlanner never stores a password: give it in ~/.pgpass or the PGPASSWORD environment "
                     "variable)");
        *error = tr("%1: cannot connect: %2").arg(location, why);
        close();
        return false;
    }
    m_path = location;
    QSqlQuery query(db);
    // A write waits this long for another console's row locks, then says so (explain()).
    query.exec(QStringLiteral("SET lock_timeout = %1").arg(busyTimeoutMs()));
    query.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    query.finish();
    return checkAndMigrate(db, error);
}

int Inventory::busyTimeoutMs()
{
    // While another process holds the write lock, a write waits this long before giving up with
    // explain()'s message: long enough for a large import of another console to finish, short
    // enough to say something. Scripts and tests may set CAPPLANNER_BUSY_TIMEOUT_MS.
    return qEnvironmentVariableIsSet("CAPPLANNER_BUSY_TIMEOUT_MS")
        ? qEnvironmentVariableIntValue("CAPPLANNER_BUSY_TIMEOUT_MS")
        : 30000;
}

bool Inventory::checkAndMigrate(QSqlDatabase& db, QString* error)
{
    const QString path = m_path;
    auto fail = [&](const QString& message) {
        *error = tr("%1: %2").arg(path, message);
        close();
        return false;
    };
    QString why;
    const auto version = Schema::version(db, &why);
    if (!version)
        return fail(tr("not a CapPlanner inventory or damaged: %1").arg(why));
    if (*version > Schema::currentVersion())
        return fail(tr("made by a newer CapPlanner (schema version %1, this one knows %2); left untouched")
                        .arg(*version)
                        .arg(Schema::currentVersion()));
    const std::optional<bool> empty = *version == 0 ? Schema::isEmpty(db, &why) : false;
    if (!empty)
        return fail(tr("not a CapPlanner inventory or damaged: %1").arg(why));
    if (*version == 0 && !*empty)
        return fail(m_engine == Engine::Postgres
                ? tr("a database of another program, not a CapPlanner inventory; left untouched")
                : tr("an SQLite database of another program, not a CapPlanner inventory; left untouched"));
    if (m_engine == Engine::Sqlite) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(NormalCacheKiB));
        query.finish();
        if (*version > 0 && *version < Schema::currentVersion()) {
            // VACUUM INTO copies a consistent snapshot, including what is still in the WAL.
            const QString backup = path + QStringLiteral(".schema%1.bak").arg(*version);
            if (!QFile::exists(backup)) {
                QSqlQuery copy(db);
                copy.prepare(QStringLiteral("VACUUM INTO ?"));
                copy.addBindValue(backup);
                if (!copy.exec()) {
                    const QString message
                        = tr("cannot make the backup %1 before migrating: %2").arg(backup, explain(copy.lastError()));
                    copy = QSqlQuery();
                    return fail(message);
                }
            }
        }
    }
    QString migrationError;
    if (!Schema::migrate(db, *version, &migrationError))
        return fail(migrationError);
    return true;
}

bool Inventory::open(const QString& path, bool create, QString* error)
{
    close();
    if (isServerLocation(path))
        return openServer(path, error);
    m_engine = Engine::Sqlite;
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && !create) {
        *error = tr("%1: no such inventory").arg(path);
        return false;
    }
    if (exists && info.size() > 0) {
        switch (checkFile(path)) {
        case FileCheck::NotSqlite:
            *error
                = tr("%1: not a CapPlanner inventory (not an SQLite database); the file was left untouched").arg(path);
            return false;
        case FileCheck::Truncated:
            *error = tr("%1: the inventory is truncated (the file is shorter than its own header says): it was cut "
                        "off while copying or the disk is damaged. The file was left untouched; restore it from a "
                        "backup.")
                         .arg(path);
            return false;
        case FileCheck::Sqlite:
            break;
        }
    }
    if (exists && !writable(info)) {
        *error = tr("%1: the inventory is read-only (or its folder is), and CapPlanner writes to it. The file was "
                    "left untouched; make it writable, or copy it somewhere writable and open the copy.")
                     .arg(path);
        return false;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs()));
    if (!db.open()) {
        *error = tr("%1: cannot open: %2").arg(path, db.lastError().text());
        close();
        return false;
    }
    m_path = path;
    return checkAndMigrate(db, error);
}

Inventory::BulkWork::BulkWork(const Inventory& inventory)
    : m_inventory(inventory)
{
    // A bulk import of a million clients touches ~200 MB of index pages; a small cache would
    // spill them to the WAL over and over. The cache grows only as far as it is used.
    if (inventory.engine() == Engine::Postgres)
        return; // the server sizes its own cache
    QSqlQuery(m_inventory.database()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(BulkCacheKiB));
}

Inventory::BulkWork::~BulkWork()
{
    // Give the memory back: the console stays within its budget while browsing.
    if (m_inventory.engine() == Engine::Postgres)
        return;
    QSqlQuery(m_inventory.database()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(NormalCacheKiB));
    QSqlQuery(m_inventory.database()).exec(QStringLiteral("PRAGMA shrink_memory"));
}

void Inventory::announceChange(const QString& table) const
{
    if (m_engine != Engine::Postgres)
        return;
    QSqlQuery query = prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    query.addBindValue(QString::fromLatin1(ChangeChannel));
    query.addBindValue(table);
    query.exec();
}

QString Inventory::explain(const QSqlError& error)
{
    // PostgreSQL reports a five-character SQLSTATE; SQLite's codes are numbers of at most four digits.
    const QString state = error.nativeErrorCode();
    if (state.size() == 5) {
        if (state == u"55P03" || state == u"40P01" || state == u"40001")
            return tr("another console is changing the same rows and still holds them after waiting; nothing "
                      "was changed: try again when it has finished");
        if (state == u"25006" || state == u"42501")
            return tr("your database role may not change this inventory; nothing was changed");
        if (state == u"53100")
            return tr("the server's disk is full; nothing was changed");
        if (state.startsWith(u"08") || state == u"57P01")
            return tr("the connection to the server was lost; nothing was changed: reconnect and try again");
        return error.databaseText().isEmpty() ? error.text() : error.databaseText();
    }
    // Primary result codes (https://www.sqlite.org/rescode.html); extended codes keep them in the low byte.
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("another program is changing the inventory and still holds its write lock after waiting; "
                  "nothing was changed: try again when it has finished");
    case 8: // SQLITE_READONLY
        return tr("the inventory is read-only; nothing was changed");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return tr("the inventory file is damaged (%1); nothing was changed: restore it from a backup")
            .arg(error.databaseText());
    case 13: // SQLITE_FULL
        return tr("the disk is full; nothing was changed");
    default:
        return error.text();
    }
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
