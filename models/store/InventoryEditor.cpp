#include "InventoryEditor.h"

#include "CsvExporter.h"
#include "CsvImporter.h"
#include "Inventory.h"
#include "PlanStore.h"
#include "TableSpec.h"
#include "TableWords.h"
#include "Transaction.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "domain/UtcTime.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>
#include <QVariant>

namespace {
QString whereKey(const TableSpec& spec)
{
    QStringList parts;
    for (const QString& k : spec.key)
        parts << QStringLiteral("%1 = ?").arg(k);
    return parts.join(QStringLiteral(" AND "));
}
} // namespace

InventoryEditor::InventoryEditor(Inventory& inventory, QObject* parent)
    : QObject(parent)
    , m_inventory(inventory)
{
}

QStringList InventoryEditor::keyOf(const TableSpec& spec, const QStringList& values)
{
    QStringList key;
    const QStringList names = spec.columnNames();
    for (const QString& k : spec.key)
        key << values.value(names.indexOf(k));
    return key;
}

QString InventoryEditor::seenKey(const TableSpec& spec, const QStringList& key)
{
    return spec.sqlTable + QChar(0x1f) + key.join(QChar(0x1f));
}

QStringList InventoryEditor::exportedRow(const TableSpec& spec, const QStringList& key) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!CsvExporter(m_inventory).exportRow(spec, key, &buffer, &error))
        return {};
    CsvReader reader(buffer.data());
    CsvReader::Record header;
    CsvReader::Record record;
    if (!reader.next(header) || !reader.next(record))
        return {};
    return record.fields;
}

std::optional<qint64> InventoryEditor::currentVersion(const TableSpec& spec, const QStringList& key, bool lock) const
{
    // FOR UPDATE holds the row on PostgreSQL until the transaction ends; SQLite's write
    // transaction already holds the whole file.
    const bool rowLock = lock && m_inventory.engine() == Engine::Postgres;
    QSqlQuery query = m_inventory.prepare(
        QStringLiteral("SELECT row_version FROM %1 WHERE %2%3")
            .arg(spec.sqlTable, whereKey(spec), rowLock ? QStringLiteral(" FOR UPDATE") : QString()));
    for (const QVariant& value : spec.keyValues(key))
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QStringList InventoryEditor::row(const TableSpec& spec, const QStringList& key)
{
    const QStringList values = exportedRow(spec, key);
    const auto version = values.isEmpty() ? std::nullopt : currentVersion(spec, key, false);
    if (version)
        m_seen.insert(seenKey(spec, key), Seen {*version, values});
    else
        m_seen.remove(seenKey(spec, key));
    return values;
}

QString InventoryEditor::conflictMessage(
    const TableSpec& spec, const QStringList& key, const QStringList& seen, const QStringList& now)
{
    const QString what = TableWords::row(spec, key);
    if (now.isEmpty())
        return tr("Another console deleted %1 after you opened it. Nothing was saved; save again to add it back.")
            .arg(what);
    QStringList changes;
    const QStringList names = spec.columnNames();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString before = seen.value(i);
        const QString after = now.value(i);
        if (before != after)
            changes << tr("%1: \"%2\" \u2192 \"%3\"")
                           .arg(TableWords::column(spec, names.at(i)), TableWords::value(spec, names.at(i), before),
                               TableWords::value(spec, names.at(i), after));
    }
    if (changes.isEmpty())
        changes << tr("the same values, saved again");
    return tr("Another console changed %1 after you opened it (%2). Nothing was saved. Save again to replace "
              "their change with yours, or cancel to keep theirs.")
        .arg(what, changes.join(QStringLiteral("; ")));
}

bool InventoryEditor::apply(const TableSpec& spec, const QStringList& values, FieldError* error)
{
    const auto fail = [error](FieldError why) {
        *error = std::move(why);
        return false;
    };
    QByteArray csv;
    QStringList header = spec.columnNames();
    // Values for the leading columns only (a caller from before a column was added): the columns
    // left out keep what the row holds, as in an import whose file leaves them out.
    if (!values.isEmpty() && values.size() < header.size())
        header = header.first(values.size());
    QBuffer buffer(&csv);
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        writer.writeRecord(header);
        writer.writeRecord(values);
    }
    const QStringList key = keyOf(spec, values);
    const QString seenAt = seenKey(spec, key);
    QString why;
    Transaction transaction(m_inventory.database(), &why);
    if (!transaction.isActive())
        return fail({QString(), why});
    if (const auto seen = m_seen.constFind(seenAt); seen != m_seen.constEnd()) {
        const auto version = currentVersion(spec, key, true);
        if (version != seen->version) {
            const QStringList now = version ? exportedRow(spec, key) : QStringList();
            FieldError conflict {QString(), conflictMessage(spec, key, seen->values, now), true};
            // Told once: saving again means to replace what is there now.
            if (version)
                m_seen.insert(seenAt, Seen {*version, now});
            else
                m_seen.remove(seenAt);
            return fail(conflict);
        }
    }
    if (!CsvImporter(m_inventory).importData(spec, csv, spec.name, &why)) {
        // "table:2: column NAME: message"; the dialog shows the message by its field, in the panes' words.
        const qsizetype at = why.indexOf(QStringLiteral(": column "));
        if (at < 0)
            return fail({QString(), TableWords::inWords(spec, why)});
        const QString rest = why.mid(at + 9);
        const qsizetype colon = rest.indexOf(QStringLiteral(": "));
        const QString column = rest.left(colon);
        return fail({column == u"-" ? QString() : column, TableWords::inWords(spec, rest.mid(colon + 2))});
    }
    const auto version = currentVersion(spec, key, false);
    if (!transaction.commit(&why))
        return fail({QString(), why});
    if (version)
        m_seen.insert(seenAt, Seen {*version, exportedRow(spec, key)});
    emit changed(spec.name);
    return true;
}

std::optional<InventoryEditor::FieldError> InventoryEditor::apply(const TableSpec& spec, const QStringList& values)
{
    FieldError error;
    if (apply(spec, values, &error))
        return std::nullopt;
    return error;
}

std::optional<QStringList> InventoryEditor::dependents(
    const TableSpec& spec, const QStringList& key, QString* error) const
{
    struct Reference
    {
        const char* table;
        const char* sql;
        const char* words;
    };
    static const Reference references[] = {
        {"sites", "SELECT count(*) FROM sites WHERE parent = ?",
            QT_TRANSLATE_N_NOOP("InventoryEditor", "%Ln child site(s)")},
        {"sites", "SELECT count(*) FROM clients WHERE site = ?",
            QT_TRANSLATE_N_NOOP("InventoryEditor", "%Ln client(s)")},
        {"sites", "SELECT count(*) FROM caps WHERE site = ?", QT_TRANSLATE_N_NOOP("InventoryEditor", "%Ln CAP(s)")},
        {"sites", "SELECT count(*) FROM accounts WHERE site = ?",
            QT_TRANSLATE_N_NOOP("InventoryEditor", "%Ln account(s)")},
        {"sites", "SELECT count(*) FROM logon_point_sites WHERE site = ?",
            QT_TRANSLATE_N_NOOP("InventoryEditor", "%Ln logon point(s)")},
        {"sites", "SELECT count(*) FROM plans WHERE site = ?",
            QT_TRANSLATE_N_NOOP("InventoryEditor", "%Ln saved plan(s)")},
        {"domains", "SELECT count(*) FROM sites WHERE domain = ?",
            QT_TRANSLATE_N_NOOP("InventoryEditor", "%Ln site(s)")},
        {"profiles", "SELECT count(*) FROM clients WHERE profile = ?",
            QT_TRANSLATE_N_NOOP("InventoryEditor", "%Ln client(s)")},
        {"profiles", "SELECT count(*) FROM blackouts WHERE profile = ?",
            QT_TRANSLATE_N_NOOP("InventoryEditor", "%Ln blackout(s)")},
    };
    QStringList result;
    for (const Reference& ref : references) {
        if (spec.name != QLatin1String(ref.table))
            continue;
        QSqlQuery query = m_inventory.prepare(QString::fromLatin1(ref.sql));
        query.addBindValue(key.value(0));
        if (!query.exec() || !query.next()) {
            *error = Inventory::explain(query.lastError());
            return std::nullopt;
        }
        if (query.value(0).toLongLong() > 0)
            result << QCoreApplication::translate(
                "InventoryEditor", ref.words, nullptr, static_cast<int>(query.value(0).toLongLong()));
    }
    return result;
}

QStringList InventoryEditor::dependents(const TableSpec& spec, const QStringList& key) const
{
    QString error;
    const std::optional<QStringList> result = dependents(spec, key, &error);
    // The deletion itself still meets the foreign keys: a failed lookup only loses the words.
    return result.value_or(QStringList {error});
}

bool InventoryEditor::remove(const TableSpec& spec, const QStringList& key, QString* error)
{
    const QStringList refs = dependents(spec, key);
    if (!refs.isEmpty()) {
        *error = tr("Still referred to by %1.").arg(refs.join(QStringLiteral(", ")));
        return false;
    }
    // Only the version this console read: a row another console changed since is not deleted.
    const QString seenAt = seenKey(spec, key);
    const auto seen = m_seen.constFind(seenAt);
    const bool checked = seen != m_seen.constEnd();
    QSqlQuery query = m_inventory.prepare(
        QStringLiteral("DELETE FROM %1 WHERE %2%3")
            .arg(spec.sqlTable, whereKey(spec), checked ? QStringLiteral(" AND row_version = ?") : QString()));
    for (const QVariant& value : spec.keyValues(key))
        query.addBindValue(value);
    if (checked)
        query.addBindValue(seen->version);
    if (!query.exec()) {
        *error = TableWords::inWords(spec, Inventory::explain(query.lastError()));
        return false;
    }
    if (checked && query.numRowsAffected() == 0) {
        const QStringList was = seen->values;
        // Told once: row() remembers their version, so deleting again deletes what is there now.
        *error = conflictMessage(spec, key, was, row(spec, key));
        return false;
    }
    m_seen.remove(seenAt);
    m_inventory.announceChange(spec.sqlTable);
    emit changed(spec.name);
    return true;
}

bool InventoryEditor::keepPeriods(const QHash<QString, qint64>& maxOffline,
    const QHash<QString, QList<Period>>& blackouts, QUndoStack& undo, const QString& text, QString* error)
{
    const TableSpec& profiles = *TableSpecs::find(QStringLiteral("profiles"));
    const TableSpec& blackoutSpec = *TableSpecs::find(QStringLiteral("blackouts"));
    auto step = std::make_unique<QUndoCommand>(text);
    bool ok = true;
    auto write = [&](const TableSpec& spec, const QStringList& before, const QStringList& after) {
        if (after.isEmpty()) {
            ok = remove(spec, keyOf(spec, before), error);
        } else if (const auto problem = apply(spec, after)) {
            *error = problem->message;
            ok = false;
        }
        if (ok)
            new RowEditCommand(*this, spec, before, after, true, step.get());
    };
    for (auto it = maxOffline.cbegin(); ok && it != maxOffline.cend(); ++it)
        write(profiles, row(profiles, {it.key()}),
            {it.key(), QString::number(it.value() / double(UtcTime::Hour), 'g', 15)});
    for (auto it = blackouts.cbegin(); ok && it != blackouts.cend(); ++it) {
        QSqlQuery old = m_inventory.prepare(QStringLiteral("SELECT starts_at FROM blackouts WHERE profile = ?"));
        old.addBindValue(it.key());
        if (!old.exec()) {
            *error = Inventory::explain(old.lastError());
            ok = false;
            break;
        }
        QList<qint64> starts;
        while (old.next())
            starts << old.value(0).toLongLong();
        for (qsizetype i = 0; ok && i < starts.size(); ++i)
            write(blackoutSpec, row(blackoutSpec, {it.key(), UtcTime::format(starts.at(i))}), {});
        for (qsizetype i = 0; ok && i < it.value().size(); ++i) {
            const Period& period = it.value().at(i);
            write(blackoutSpec, {},
                {it.key(), UtcTime::format(period.startsAt), UtcTime::format(period.endsAt), period.label});
        }
    }
    if (step->childCount() > 0)
        undo.push(step.release()); // its children are written already: the first redo skips them
    return ok;
}

PlanDeleteCommand::PlanDeleteCommand(
    const Inventory& inventory, qint64 id, QVariantList row, std::function<void()> changed)
    : m_inventory(inventory)
    , m_id(id)
    , m_row(std::move(row))
    , m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("MainWindow", "Delete plan %1").arg(id));
}

void PlanDeleteCommand::undo()
{
    QString error;
    PlanStore(m_inventory).restore(m_row, &error);
    m_changed();
}

void PlanDeleteCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    QString error;
    PlanStore(m_inventory).remove(m_id, &error);
    m_changed();
}

RowEditCommand::RowEditCommand(InventoryEditor& editor, const TableSpec& spec, QStringList before, QStringList after,
    bool alreadyApplied, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_editor(editor)
    , m_spec(spec)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_skipRedo(alreadyApplied)
{
    const QStringList key = InventoryEditor::keyOf(spec, m_after.isEmpty() ? m_before : m_after);
    // Edit > Undo's words: "Undo Edit CAP CAP-CEN-02".
    const QString row = TableWords::row(spec, key);
    if (m_after.isEmpty())
        setText(QCoreApplication::translate("InventoryEditor", "Delete %1").arg(row));
    else if (m_before.isEmpty())
        setText(QCoreApplication::translate("InventoryEditor", "Add %1").arg(row));
    else
        setText(QCoreApplication::translate("InventoryEditor", "Edit %1").arg(row));
}

void RowEditCommand::write(const QStringList& values, const QStringList& other)
{
    QString error;
    if (values.isEmpty()) {
        if (!m_editor.remove(m_spec, InventoryEditor::keyOf(m_spec, other), &error))
            emit m_editor.failed(error);
    } else if (const auto problem = m_editor.apply(m_spec, values)) {
        emit m_editor.failed(problem->message);
    }
}

void RowEditCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    write(m_after, m_before);
}

void RowEditCommand::undo()
{
    write(m_before, m_after);
}
