#include "InventoryCopy.h"

#include "CsvExporter.h"
#include "CsvImporter.h"
#include "Inventory.h"
#include "PlanStore.h"
#include "TableSpec.h"
#include "Transaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace InventoryCopy {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("InventoryCopy", text);
}

// Tables outside the CSV contract, copied column by column in key order.
struct PlainTable
{
    const char* name;
    const char* columns;
    const char* order;
};
const PlainTable PlainTables[] = {
    {"plans", "id, site, kind, retire, additions, start_at, removal_at, parameters, safe_removal_at, created_at", "id"},
    {"client_log_findings", "client, kind, at, file, line, evidence", "client, kind"},
    {"campaigns", "id, name, end_at, created_at", "id"},
    {"campaign_sites",
        "campaign, position, site, kind, retire, additions, start_at, removal_at, parameters, wave, offset_days, "
        "planned_start_at, safe_removal_at, figures",
        "campaign, position"},
};

bool copyPlain(const Inventory& from, Inventory& to, const PlainTable& table, qint64* rows, QString* error)
{
    QSqlQuery read
        = from.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                           .arg(QLatin1String(table.columns), QLatin1String(table.name), QLatin1String(table.order)));
    if (!read.exec()) {
        *error = Inventory::explain(read.lastError());
        return false;
    }
    const int count = read.record().count();
    QStringList marks(count, QStringLiteral("?"));
    QSqlQuery write = to.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                     .arg(QLatin1String(table.name), QLatin1String(table.columns), marks.join(u',')));
    while (read.next()) {
        for (int i = 0; i < count; ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec()) {
            *error = Inventory::explain(write.lastError());
            return false;
        }
        ++*rows;
    }
    return true;
}
} // namespace

std::optional<qint64> copy(const Inventory& from, Inventory& to, const Progress& progress, QString* error)
{
    qint64 rows = 0;
    const auto fail = [&](const QString& message) -> std::optional<qint64> {
        *error = message;
        return std::nullopt;
    };
    QSqlQuery existing = to.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM domains) + (SELECT count(*) FROM profiles) + (SELECT count(*) FROM plans) + "
        "(SELECT count(*) FROM campaigns)"));
    if (!existing.exec() || !existing.next())
        return fail(Inventory::explain(existing.lastError()));
    if (existing.value(0).toLongLong() > 0)
        return fail(tr("%1 already holds an inventory; copy into a new, empty one").arg(to.path()));
    existing.finish();

    Transaction transaction(to.database(), error);
    if (!transaction.isActive())
        return std::nullopt;
    for (const TableSpec& spec : TableSpecs::all()) {
        if (progress)
            progress(spec.name);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString why;
        if (!CsvExporter(from).exportTable(spec.name, &buffer, &why))
            return fail(tr("%1: reading %2: %3").arg(from.path(), spec.name, why));
        const std::optional<qint64> imported = CsvImporter(to).importData(spec, buffer.data(), spec.name, &why);
        if (!imported)
            return fail(tr("%1: writing %2: %3").arg(to.path(), spec.name, why));
        rows += *imported;
    }
    for (const PlainTable& table : PlainTables) {
        if (progress)
            progress(QLatin1String(table.name));
        QString why;
        if (!copyPlain(from, to, table, &rows, &why))
            return fail(tr("%1: copying %2: %3").arg(to.path(), QLatin1String(table.name), why));
    }
    // Copied plans keep their ids: the next new plan must not collide with them.
    if (!PlanStore(to).continueIds(error))
        return std::nullopt;
    if (to.engine() == Engine::Postgres) {
        QSqlQuery sequence = to.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence('campaigns', 'id'), "
                                                       "coalesce((SELECT max(id) FROM campaigns), 0) + 1, false)"));
        if (!sequence.exec())
            return fail(Inventory::explain(sequence.lastError()));
    }
    to.announceChange(QStringLiteral("plans"));
    if (!transaction.commit(error))
        return std::nullopt;
    return rows;
}
} // namespace InventoryCopy
