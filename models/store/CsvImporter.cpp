#include "CsvImporter.h"

#include "DeferredIndexes.h"
#include "FastQuery.h"
#include "Inventory.h"
#include "TableSpec.h"
#include "Transaction.h"
#include "csv/CsvReader.h"
#include "domain/ClientVersion.h"
#include "domain/Enums.h"
#include "domain/UtcTime.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>
#include <cmath>
#include <functional>

namespace {
constexpr qsizetype BulkBytes = 4 << 20;

QString tr(const char* text)
{
    return QCoreApplication::translate("CsvImporter", text);
}

// Windows NT names are case-insensitive: CAP1 and cap1 are one CAP (RULES.md R0.3).
QString folded(const QString& name)
{
    return name.toLower();
}

// A folded name → the spelling the inventory (or this file) first gave it.
using Spellings = QHash<QString, QString>;

std::optional<Spellings> loadKeys(const Inventory& inventory, const QString& sql, QString* error)
{
    Spellings keys;
    QSqlQuery query = inventory.prepare(sql);
    if (!query.exec()) {
        *error = Inventory::explain(query.lastError());
        return std::nullopt;
    }
    while (query.next()) {
        const QString key = query.value(0).toString();
        keys.insert(folded(key), key);
    }
    return keys;
}

// The spelling a row's key already has, in the inventory or earlier in the file, so that a second
// spelling updates the row instead of adding another (RULES.md R0.3: CAP1 and cap1 are one CAP). A
// million clients must cost neither a million lookups nor a million strings: the keys are kept as
// hashes of their folded and exact spellings; only a key known under another spelling reads the
// names themselves (again when the first read predates that spelling).
class ExistingKeys
{
public:
    ExistingKeys(const Inventory& inventory, QString sql)
        : m_inventory(inventory)
        , m_sql(std::move(sql))
    {
    }

    bool load(QString* error)
    {
        QSqlQuery query = m_inventory.prepare(m_sql);
        if (!query.exec()) {
            *error = Inventory::explain(query.lastError());
            return false;
        }
        while (query.next()) {
            const QString key = query.value(0).toString();
            m_spellings.insert(qHash(folded(key)), qHash(key));
        }
        return true;
    }

    // `beforeReading` writes what the import holds back (a server batch) before the names are read.
    std::optional<QString> canonical(
        const QString& key, const std::function<bool(QString*)>& beforeReading, QString* error)
    {
        const QString lower = folded(key);
        const size_t foldedHash = qHash(lower);
        const size_t exactHash = qHash(key);
        const auto it = m_spellings.constFind(foldedHash);
        if (it == m_spellings.constEnd()) {
            m_spellings.insert(foldedHash, exactHash);
            return key;
        }
        if (*it == exactHash)
            return key;
        if (!m_names || !m_names->contains(lower)) {
            if (!beforeReading(error))
                return std::nullopt;
            m_names = loadKeys(m_inventory, m_sql, error);
            if (!m_names)
                return std::nullopt;
        }
        return m_names->value(lower, key);
    }

private:
    const Inventory& m_inventory;
    QString m_sql;
    QHash<size_t, size_t> m_spellings;
    std::optional<Spellings> m_names;
};

// Turns the text of one field into what the store keeps, or says what is wrong with it.
class FieldConverter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    Spellings sites;
    Spellings profiles;
    Spellings domains;

    // Checks one field; appends the values it binds (a version binds its text and its key), or says
    // what is wrong with it.
    bool convert(const ColumnSpec& column, const QString& raw, QVariantList& values, QString* error) const
    {
        const auto fail = [error](const QString& why) {
            *error = why;
            return false;
        };
        const QString text = column.type == FieldType::Text ? raw : raw.trimmed();
        if (text.isEmpty()) {
            if (!column.optional)
                return fail(tr("must not be empty"));
            values << QVariant();
            if (column.type == FieldType::Version)
                values << QVariant();
            return true;
        }
        switch (column.type) {
        case FieldType::Text:
            values << text;
            return true;
        case FieldType::Count: {
            bool ok = false;
            const qlonglong n = text.toLongLong(&ok);
            if (!ok || n < 0 || n > std::numeric_limits<int>::max())
                return fail(tr("\"%1\" is not a whole number of 0 or more").arg(text.left(40)));
            values << n;
            return true;
        }
        case FieldType::Hours: {
            bool ok = false;
            const double h = text.toDouble(&ok);
            if (!ok || !std::isfinite(h) || h < 0 || h > 1e6)
                return fail(tr("\"%1\" is not a number of hours of 0 or more").arg(text.left(40)));
            values << h;
            return true;
        }
        case FieldType::Bool: {
            const auto b = Enums::parseBool(text);
            if (!b)
                return fail(tr("\"%1\" is not one of yes, no, true, false, 1, 0").arg(text.left(40)));
            values << (*b ? 1 : 0);
            return true;
        }
        case FieldType::Time: {
            const auto t = UtcTime::parse(text);
            if (!t)
                return fail(tr("\"%1\" is not an ISO 8601 time such as 2026-12-01T08:00:00Z").arg(text.left(40)));
            values << *t;
            return true;
        }
        case FieldType::Version: {
            QString why;
            const auto v = ClientVersion::parse(text, &why);
            if (!v)
                return fail(why);
            values << text << v->significanceKey();
            return true;
        }
        case FieldType::Os:
            return checkEnum(text, Enums::parseOs(text).has_value(), Enums::osNames(), values, error);
        case FieldType::InstallMethod:
            return checkEnum(
                text, Enums::parseInstallMethod(text).has_value(), Enums::installMethodNames(), values, error);
        case FieldType::Licensing:
            return checkEnum(text, Enums::parseLicensing(text).has_value(), Enums::licensingNames(), values, error);
        case FieldType::SiteRef:
            return checkReference(text, sites, tr("unknown site \"%1\""), values, error);
        case FieldType::ProfileRef:
            return checkReference(text, profiles, tr("unknown disconnection profile \"%1\""), values, error);
        case FieldType::DomainRef:
            return checkReference(text, domains, tr("unknown domain \"%1\""), values, error);
        case FieldType::SiteList: {
            const QStringList codes = text.split(u';');
            QSet<QString> seen;
            QStringList spelled;
            for (const QString& raw : codes) {
                const QString code = raw.trimmed();
                if (code.isEmpty())
                    return fail(tr("an empty site code in \"%1\"").arg(text.left(40)));
                const auto site = sites.constFind(folded(code));
                if (site == sites.constEnd())
                    return fail(tr("unknown site \"%1\"").arg(code.left(40)));
                if (seen.contains(folded(code)))
                    return fail(tr("site \"%1\" is listed twice").arg(code.left(40)));
                seen.insert(folded(code));
                spelled << *site;
            }
            // The codes as the inventory spells them: the logon point's sites are stored from these.
            values << spelled.join(u';');
            return true;
        }
        case FieldType::TimeZone:
            if (!QTimeZone(text.toUtf8()).isValid())
                return fail(tr("unknown time zone \"%1\"; give an IANA name such as Europe/Berlin, or leave it "
                               "empty for UTC")
                                .arg(text.left(40)));
            values << text;
            return true;
        }
        return true;
    }

private:
    static bool checkEnum(
        const QString& text, bool valid, const QStringList& names, QVariantList& values, QString* error)
    {
        if (!valid) {
            *error = tr("\"%1\" is not one of %2").arg(text.left(40), names.join(QStringLiteral(", ")));
            return false;
        }
        values << text;
        return true;
    }

    static bool checkReference(
        const QString& text, const Spellings& known, const QString& message, QVariantList& values, QString* error)
    {
        const auto it = known.constFind(folded(text));
        if (it == known.constEnd()) {
            *error = message.arg(text.left(40));
            return false;
        }
        values << *it;
        return true;
    }
};

QString sqlColumnsOf(const ColumnSpec& column, QStringList& sqlColumns)
{
    if (column.type == FieldType::SiteList)
        return {};
    sqlColumns << column.name;
    if (column.type == FieldType::Version)
        sqlColumns << QStringLiteral("version_key");
    return column.name;
}

QString upsertSql(const TableSpec& spec, const QStringList& sqlColumns, int rows = 1)
{
    QStringList updates;
    for (const QString& c : sqlColumns) {
        if (!spec.key.contains(c))
            updates << QStringLiteral("%1 = excluded.%1").arg(c);
    }
    const QString row = u'(' + QStringList(sqlColumns.size(), QStringLiteral("?")).join(u',') + u')';
    QString sql
        = QStringLiteral("INSERT INTO %1 (%2) VALUES %3 ON CONFLICT (%4) DO ")
              .arg(spec.sqlTable, sqlColumns.join(u','), QStringList(rows, row).join(u','), spec.key.join(u','));
    // Every change of a row moves its version on: an edit begun from the old version then fails (InventoryEditor).
    updates << QStringLiteral("row_version = %1.row_version + 1").arg(spec.sqlTable);
    sql += QStringLiteral("UPDATE SET ") + updates.join(u',');
    return sql;
}
// On a server every statement is a round trip: rows go in batches of one multi-row upsert (the file
// has no key twice, checked before). A batch the server refuses is rolled back to its savepoint and
// replayed row by row, so the error still names the file's line.
class UpsertBatch
{
public:
    static constexpr int Rows = 500;

    // `single` is the import's one-row upsert, for the replay.
    UpsertBatch(const Inventory& inventory, const TableSpec& spec, const QStringList& sqlColumns, QSqlQuery& single)
        : m_inventory(inventory)
        , m_spec(spec)
        , m_columns(sqlColumns)
        , m_full(inventory.prepare(upsertSql(spec, sqlColumns, Rows)))
        , m_single(single)
    {
    }

    // False with the line and the server's words when the batch this row completed was refused.
    bool add(const QVariantList& values, int line, int* badLine, QString* error)
    {
        m_values += values;
        m_lines << line;
        return m_lines.size() < Rows || flush(badLine, error);
    }

    bool flush(int* badLine, QString* error)
    {
        if (m_lines.isEmpty())
            return true;
        QSqlQuery partial;
        QSqlQuery& statement = m_lines.size() == Rows
            ? m_full
            : (partial = m_inventory.prepare(upsertSql(m_spec, m_columns, int(m_lines.size()))));
        QSqlQuery savepoint(m_inventory.database());
        savepoint.exec(QStringLiteral("SAVEPOINT capplanner_batch"));
        for (int i = 0; i < m_values.size(); ++i)
            statement.bindValue(i, m_values.at(i));
        bool ok = statement.exec();
        if (ok) {
            savepoint.exec(QStringLiteral("RELEASE SAVEPOINT capplanner_batch"));
        } else {
            // Also when two spellings of one time made the same key twice in a batch: one by one, the
            // second updates the first, as it would on SQLite.
            savepoint.exec(QStringLiteral("ROLLBACK TO SAVEPOINT capplanner_batch"));
            ok = replay(badLine, error);
        }
        m_values.clear();
        m_lines.clear();
        return ok;
    }

private:
    bool replay(int* badLine, QString* error)
    {
        const int width = int(m_columns.size());
        for (int row = 0; row < m_lines.size(); ++row) {
            for (int i = 0; i < width; ++i)
                m_single.bindValue(i, m_values.at(row * width + i));
            if (!m_single.exec()) {
                *badLine = m_lines.at(row);
                *error = Inventory::explain(m_single.lastError());
                return false;
            }
        }
        return true;
    }

    const Inventory& m_inventory;
    const TableSpec& m_spec;
    QStringList m_columns;
    QSqlQuery m_full;
    QSqlQuery& m_single;
    QVariantList m_values;
    QList<int> m_lines;
};
} // namespace

CsvImporter::CsvImporter(Inventory& inventory)
    : m_inventory(inventory)
{
}

std::optional<qint64> CsvImporter::importFile(const QString& table, const QString& path, QString* error)
{
    const TableSpec* spec = TableSpecs::find(table);
    if (!spec) {
        *error = tr("%1: unknown table \"%2\"; the tables are %3")
                     .arg(path, table, TableSpecs::names().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return importData(*spec, file.readAll(), path, error);
}

CsvImporter::Result CsvImporter::importFile(const QString& table, const QString& path)
{
    Result result;
    const std::optional<qint64> rows = importFile(table, path, &result.error);
    result.ok = rows.has_value();
    result.rows = rows.value_or(0);
    return result;
}

std::optional<qint64> CsvImporter::importData(
    const TableSpec& spec, const QByteArray& data, const QString& fileName, QString* error)
{
    qint64 rows = 0;
    auto fail = [&](int line, const QString& column, const QString& message) -> std::optional<qint64> {
        // A server that went away is not a bad row: say where the import stood (the transaction
        // went with the connection).
        if (FastQuery::connectionLost(m_inventory.database()))
            *error = tr("the connection to the server was lost at %1:%2; nothing was imported").arg(fileName).arg(line);
        else
            *error = QStringLiteral("%1:%2: column %3: %4").arg(fileName).arg(line).arg(column, message);
        return std::nullopt;
    };

    int binaryLine = 0;
    if (CsvReader::looksBinary(data, &binaryLine))
        return fail(binaryLine, QStringLiteral("-"), tr("not a CSV text file (binary data or not UTF-8)"));

    CsvReader reader(data);
    CsvReader::Record header;
    if (!reader.next(header)) {
        if (reader.atError())
            return fail(reader.errorLine(), QStringLiteral("-"), reader.error());
        return fail(1, QStringLiteral("-"), tr("the file is empty; it needs a header row naming the columns"));
    }

    // Map the header onto the spec: any order, each column once, every required one present.
    QList<const ColumnSpec*> columns;
    for (const QString& rawName : std::as_const(header.fields)) {
        const QString name = rawName.trimmed();
        const ColumnSpec* column = spec.column(name);
        if (!column)
            return fail(header.line, name,
                tr("unknown column; table %1 has %2").arg(spec.name, spec.columnNames().join(QStringLiteral(", "))));
        if (columns.contains(column))
            return fail(header.line, name, tr("the column is named twice in the header"));
        columns << column;
    }
    for (const ColumnSpec& column : spec.columns) {
        if (column.required && !columns.contains(&column))
            return fail(header.line, column.name, tr("required column is missing from the header"));
    }

    QStringList sqlColumns;
    QList<int> keyIndexes;
    int siteListIndex = -1;
    QHash<QString, int> indexOf;
    for (int i = 0; i < columns.size(); ++i) {
        sqlColumnsOf(*columns.at(i), sqlColumns);
        indexOf.insert(columns.at(i)->name, i);
        if (spec.key.contains(columns.at(i)->name))
            keyIndexes << i;
        if (columns.at(i)->type == FieldType::SiteList)
            siteListIndex = i;
    }

    FieldConverter converter;
    for (const auto& [keys, sql] : {std::pair {&converter.sites, "SELECT code FROM sites"},
             std::pair {&converter.profiles, "SELECT name FROM profiles"},
             std::pair {&converter.domains, "SELECT name FROM domains"}}) {
        QString why;
        std::optional<Spellings> loaded = loadKeys(m_inventory, QLatin1String(sql), &why);
        if (!loaded)
            return fail(header.line, QStringLiteral("-"), tr("cannot read the inventory: %1").arg(why));
        *keys = std::move(*loaded);
    }
    // The row's own key, when it is one name (a blackout's key is its profile, resolved above).
    int keyValueIndex = -1;
    std::optional<ExistingKeys> existing;
    if (keyIndexes.size() == 1 && columns.at(keyIndexes.first())->type == FieldType::Text) {
        keyValueIndex = 0;
        for (int i = 0; i < keyIndexes.first(); ++i)
            keyValueIndex += columns.at(i)->type == FieldType::Version ? 2 : 1;
        existing.emplace(m_inventory, QStringLiteral("SELECT %1 FROM %2").arg(spec.key.first(), spec.sqlTable));
        if (QString why; !existing->load(&why))
            return fail(header.line, QStringLiteral("-"), tr("cannot read the inventory: %1").arg(why));
    }
    const int licensesIndex = int(indexOf.value(QStringLiteral("licenses"), -1));
    const int licensingIndex = int(indexOf.value(QStringLiteral("licensing"), -1));

    const Inventory::BulkWork bulk(m_inventory);
    QString transactionError;
    Transaction transaction(m_inventory.database(), &transactionError);
    if (!transaction.isActive())
        return fail(header.line, QStringLiteral("-"), tr("cannot start a transaction: %1").arg(transactionError));

    // A large clients file: build the secondary indexes once at the end (about 50,000 rows and up).
    std::optional<DeferredIndexes> indexes;
    if (spec.name == u"clients" && data.size() > BulkBytes)
        indexes.emplace(m_inventory.database(), spec.sqlTable);
    QSqlQuery upsert = m_inventory.prepare(upsertSql(spec, sqlColumns));
    std::optional<UpsertBatch> batch;
    if (m_inventory.engine() == Engine::Postgres && siteListIndex < 0)
        batch.emplace(m_inventory, spec, sqlColumns, upsert);
    QSqlQuery clearSites = m_inventory.prepare(QStringLiteral("DELETE FROM logon_point_sites WHERE server = ?"));
    QSqlQuery addSite = m_inventory.prepare(
        QStringLiteral("INSERT INTO logon_point_sites (server, site, position) VALUES (?, ?, ?)"));

    const bool isSites = spec.name == u"sites";
    Spellings fileSites;
    struct Parent
    {
        int line;
        QString site;
        QString parent; // as bound
    };
    QList<Parent> parents;
    QHash<QString, int> seenKeys;
    CsvReader::Record record;
    QVariantList values;
    while (reader.next(record)) {
        const int line = record.line;
        if (record.fields.size() != columns.size()) {
            const QString column = record.fields.size() < columns.size() ? columns.at(record.fields.size())->name
                                                                         : tr("(field %1)").arg(columns.size() + 1);
            return fail(line, column, tr("expected %1 fields, found %2").arg(columns.size()).arg(record.fields.size()));
        }
        values.clear();
        for (int i = 0; i < columns.size(); ++i) {
            const ColumnSpec& column = *columns.at(i);
            if (isSites && column.type == FieldType::SiteRef) {
                // A parent may be defined further down the same file: checked at the end.
                const QString parent
                    = converter.sites.value(folded(record.fields.at(i).trimmed()), record.fields.at(i).trimmed());
                values << (parent.isEmpty() ? QVariant() : QVariant(parent));
                if (!parent.isEmpty())
                    parents.append({line, QString(), parent});
                continue;
            }
            if (i == licensesIndex && licensingIndex >= 0 && record.fields.at(i).trimmed().isEmpty()
                && record.fields.at(licensingIndex).trimmed() == Enums::name(Licensing::PerSeat)) {
                // A per-seat CAP's licence count means nothing (Q208618): an empty cell is 0.
                values << 0;
                continue;
            }
            if (QString why; !converter.convert(column, record.fields.at(i), values, &why))
                return fail(line, column.name, why);
        }

        QStringList keyParts;
        for (int i : std::as_const(keyIndexes))
            keyParts << record.fields.at(i).trimmed();
        const QString key = keyParts.join(QChar(0x1f));
        if (const auto first = seenKeys.constFind(key); first != seenKeys.constEnd())
            return fail(line, columns.at(keyIndexes.first())->name,
                tr("\"%1\" appears twice in this file (first on line %2)")
                    .arg(keyParts.join(QStringLiteral(", ")).left(60))
                    .arg(*first));
        seenKeys.insert(key, line);

        // Cross-field rules.
        auto timeOf = [&](const char* name) -> std::optional<qint64> {
            const auto it = indexOf.constFind(QString::fromLatin1(name));
            if (it == indexOf.constEnd())
                return std::nullopt;
            return UtcTime::parse(record.fields.at(*it));
        };
        if (const auto removed = timeOf("removed_at"), added = timeOf("added_at");
            removed && added && *removed < *added)
            return fail(line, QStringLiteral("removed_at"), tr("is before added_at"));
        if (const auto ends = timeOf("ends_at"), starts = timeOf("starts_at"); ends && starts && *ends <= *starts)
            return fail(line, QStringLiteral("ends_at"), tr("must be after starts_at"));
        if (existing) {
            QString why;
            const auto flushBatch = [&](QString* error) {
                int badLine = line;
                if (!batch || batch->flush(&badLine, error))
                    return true;
                *error = tr("line %1: the inventory refused the row: %2").arg(badLine).arg(*error);
                return false;
            };
            const std::optional<QString> spelled
                = existing->canonical(values.at(keyValueIndex).toString(), flushBatch, &why);
            if (!spelled)
                return fail(line, QStringLiteral("-"), tr("cannot read the inventory: %1").arg(why));
            values[keyValueIndex] = *spelled;
        }
        if (isSites) {
            const QString code = values.at(keyValueIndex).toString();
            fileSites.insert(folded(code), code);
            if (!parents.isEmpty() && parents.last().line == line) {
                if (folded(parents.last().parent) == folded(code))
                    return fail(line, QStringLiteral("parent"), tr("a site cannot be its own parent"));
                parents.last().site = code;
            }
        }

        QVariantList bound = values;
        QString siteList;
        if (siteListIndex >= 0) {
            // The site list lives in its own table; drop it from the row's values.
            int valueIndex = 0;
            for (int i = 0; i < siteListIndex; ++i)
                valueIndex += columns.at(i)->type == FieldType::Version ? 2 : 1;
            siteList = bound.at(valueIndex).toString();
            bound.removeAt(valueIndex);
        }
        if (batch) {
            int badLine = line;
            QString why;
            if (!batch->add(bound, line, &badLine, &why))
                return fail(badLine, QStringLiteral("-"), tr("the inventory refused the row: %1").arg(why));
        } else {
            for (int i = 0; i < bound.size(); ++i)
                upsert.bindValue(i, bound.at(i));
            if (!upsert.exec())
                return fail(line, QStringLiteral("-"),
                    tr("the inventory refused the row: %1").arg(Inventory::explain(upsert.lastError())));
        }

        if (siteListIndex >= 0) {
            const QString server = values.at(keyValueIndex).toString();
            clearSites.bindValue(0, server);
            if (!clearSites.exec())
                return fail(line, QStringLiteral("sites"), Inventory::explain(clearSites.lastError()));
            const QStringList codes = siteList.split(u';');
            for (int position = 0; position < codes.size(); ++position) {
                addSite.bindValue(0, server);
                addSite.bindValue(1, codes.at(position).trimmed());
                addSite.bindValue(2, position);
                if (!addSite.exec())
                    return fail(line, QStringLiteral("sites"), Inventory::explain(addSite.lastError()));
            }
        }
        ++rows;
        if (m_progress && rows % 20000 == 0 && !m_progress(reader.position(), data.size()))
            return fail(line, QStringLiteral("-"), tr("import cancelled; nothing was imported"));
    }
    if (reader.atError())
        return fail(reader.errorLine(), QStringLiteral("-"), reader.error());
    if (int badLine = 0; batch) {
        QString why;
        if (!batch->flush(&badLine, &why))
            return fail(badLine, QStringLiteral("-"), tr("the inventory refused the row: %1").arg(why));
    }

    QSqlQuery setParent = m_inventory.prepare(QStringLiteral("UPDATE sites SET parent = ? WHERE code = ?"));
    for (const Parent& parent : std::as_const(parents)) {
        const QString key = folded(parent.parent);
        if (!converter.sites.contains(key) && !fileSites.contains(key))
            return fail(parent.line, QStringLiteral("parent"), tr("unknown site \"%1\"").arg(parent.parent.left(40)));
        // A parent defined further down the file under another spelling: store that spelling.
        if (const QString spelled = converter.sites.value(key, fileSites.value(key)); spelled != parent.parent) {
            setParent.bindValue(0, spelled);
            setParent.bindValue(1, parent.site);
            if (!setParent.exec())
                return fail(parent.line, QStringLiteral("parent"), Inventory::explain(setParent.lastError()));
        }
    }
    upsert.finish();
    if (QString why; indexes && !indexes->rebuild(&why))
        return fail(header.line, QStringLiteral("-"), tr("cannot rebuild the indexes: %1").arg(why));
    m_inventory.announceChange(spec.sqlTable);
    if (!transaction.commit(&transactionError))
        return fail(header.line, QStringLiteral("-"), tr("the inventory refused the import: %1").arg(transactionError));
    if (m_progress)
        m_progress(data.size(), data.size());
    return rows;
}
