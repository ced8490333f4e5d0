#include "InventoryEditor.h"

#include "CsvExporter.h"
#include "CsvImporter.h"
#include "Inventory.h"
#include "TableSpec.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "domain/UtcTime.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
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

QStringList InventoryEditor::row(const TableSpec& spec, const QStringList& key) const
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

std::optional<InventoryEditor::FieldError> InventoryEditor::apply(const TableSpec& spec, const QStringList& values)
{
    QByteArray csv;
    QStringList header = spec.columnNames();
    QBuffer buffer(&csv);
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        writer.writeRecord(header);
        writer.writeRecord(values);
    }
    const CsvImporter::Result result = CsvImporter(m_inventory).importData(spec, csv, spec.name);
    if (!result.ok) {
        // "table:2: column NAME: message"
        const qsizetype at = result.error.indexOf(QStringLiteral(": column "));
        if (at < 0)
            return FieldError {QString(), result.error};
        const QString rest = result.error.mid(at + 9);
        const qsizetype colon = rest.indexOf(QStringLiteral(": "));
        return FieldError {rest.left(colon), rest.mid(colon + 2)};
    }
    emit changed(spec.name);
    return std::nullopt;
}

QStringList InventoryEditor::dependents(const TableSpec& spec, const QStringList& key) const
{
    struct Reference
    {
        const char* table;
        const char* sql;
        const char* words;
    };
    static const Reference references[] = {
        {"sites", "SELECT count(*) FROM sites WHERE parent = ?",
            QT_TRANSLATE_N_NOOP("InventoryEditor", "%n child site(s)")},
        {"sites", "SELECT count(*) FROM clients WHERE site = ?",
            QT_TRANSLATE_N_NOOP("InventoryEditor", "%n client(s)")},
        {"sites", "SELECT count(*) FROM caps WHERE site = ?", QT_TRANSLATE_N_NOOP("InventoryEditor", "%n CAP(s)")},
        {"sites", "SELECT count(*) FROM accounts WHERE site = ?",
            QT_TRANSLATE_N_NOOP("InventoryEditor", "%n account(s)")},
        {"sites", "SELECT count(*) FROM logon_point_sites WHERE site = ?",
            QT_TRANSLATE_N_NOOP("InventoryEditor", "%n logon point(s)")},
        {"sites", "SELECT count(*) FROM plans WHERE site = ?",
            QT_TRANSLATE_N_NOOP("InventoryEditor", "%n saved plan(s)")},
        {"domains", "SELECT count(*) FROM sites WHERE domain = ?",
            QT_TRANSLATE_N_NOOP("InventoryEditor", "%n site(s)")},
        {"profiles", "SELECT count(*) FROM clients WHERE profile = ?",
            QT_TRANSLATE_N_NOOP("InventoryEditor", "%n client(s)")},
        {"profiles", "SELECT count(*) FROM blackouts WHERE profile = ?",
            QT_TRANSLATE_N_NOOP("InventoryEditor", "%n blackout(s)")},
    };
    QStringList result;
    for (const Reference& ref : references) {
        if (spec.name != QLatin1String(ref.table))
            continue;
        QSqlQuery query = m_inventory.prepare(QString::fromLatin1(ref.sql));
        query.addBindValue(key.value(0));
        if (query.exec() && query.next() && query.value(0).toLongLong() > 0)
            result << QCoreApplication::translate(
                "InventoryEditor", ref.words, nullptr, static_cast<int>(query.value(0).toLongLong()));
    }
    return result;
}

bool InventoryEditor::remove(const TableSpec& spec, const QStringList& key, QString* error)
{
    const QStringList refs = dependents(spec, key);
    if (!refs.isEmpty()) {
        *error = tr("Still referred to by %1.").arg(refs.join(QStringLiteral(", ")));
        return false;
    }
    QSqlQuery query = m_inventory.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(spec.sqlTable, whereKey(spec)));
    for (qsizetype i = 0; i < key.size(); ++i) {
        QVariant value = key.at(i);
        if (spec.column(spec.key.at(i))->type == FieldType::Time)
            value = UtcTime::parse(key.at(i)).value_or(0);
        query.addBindValue(value);
    }
    if (!query.exec()) {
        *error = Inventory::explain(query.lastError());
        return false;
    }
    emit changed(spec.name);
    return true;
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
    if (m_after.isEmpty())
        setText(QCoreApplication::translate("InventoryEditor", "Delete %1 %2").arg(spec.name, key.join(u' ')));
    else if (m_before.isEmpty())
        setText(QCoreApplication::translate("InventoryEditor", "Add %1 %2").arg(spec.name, key.join(u' ')));
    else
        setText(QCoreApplication::translate("InventoryEditor", "Edit %1 %2").arg(spec.name, key.join(u' ')));
}

void RowEditCommand::write(const QStringList& values, const QStringList& other)
{
    QString error;
    if (values.isEmpty())
        m_editor.remove(m_spec, InventoryEditor::keyOf(m_spec, other), &error);
    else
        m_editor.apply(m_spec, values);
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
