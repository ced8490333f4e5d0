#include "RowEditDialog.h"

#include "domain/Enums.h"
#include "item/InventoryLookups.h"
#include "store/Inventory.h"
#include "store/InventoryEditor.h"
#include "store/TableSpec.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {
QString label(const QString& column)
{
    QString text = column;
    text.replace(u'_', u' ');
    text[0] = text[0].toUpper();
    return text;
}
} // namespace

RowEditDialog::RowEditDialog(const Inventory& inventory, InventoryEditor& editor, const TableSpec& spec,
    const QStringList& values, QWidget* parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_editor(editor)
    , m_generalError(new QLabel(this))
{
    const bool adding = values.isEmpty();
    setWindowTitle(adding ? tr("Add to %1").arg(spec.name) : tr("Edit %1").arg(spec.name));
    setObjectName(QStringLiteral("rowEditDialog"));
    auto* form = new QFormLayout;
    for (qsizetype i = 0; i < spec.columns.size(); ++i) {
        const ColumnSpec& column = spec.columns.at(i);
        const QString value = values.value(i);
        QWidget* field = nullptr;
        QStringList choices;
        QString lookupError; // choices that could not be read: said under the field
        switch (column.type) {
        case FieldType::Bool:
            choices = {QStringLiteral("no"), QStringLiteral("yes")};
            break;
        case FieldType::Os:
            choices = Enums::osNames();
            break;
        case FieldType::InstallMethod:
            choices = Enums::installMethodNames();
            break;
        case FieldType::Licensing:
            choices = Enums::licensingNames();
            break;
        case FieldType::SiteRef:
            choices = InventoryLookups::siteCodes(inventory, &lookupError);
            break;
        case FieldType::ProfileRef:
            choices = InventoryLookups::profileNames(inventory, &lookupError);
            break;
        case FieldType::DomainRef:
            choices = InventoryLookups::domainNames(inventory, &lookupError);
            break;
        default:
            break;
        }
        if (!choices.isEmpty()) {
            auto* box = new QComboBox(this);
            if (column.optional)
                box->addItem(QString());
            box->addItems(choices);
            box->setCurrentText(value);
            field = box;
        } else {
            auto* edit = new QLineEdit(value, this);
            if (column.type == FieldType::Time)
                edit->setPlaceholderText(QStringLiteral("2026-12-01T08:00:00Z"));
            if (column.type == FieldType::Version)
                edit->setPlaceholderText(QStringLiteral("2.00.1493.3000"));
            if (column.type == FieldType::SiteList)
                edit->setPlaceholderText(tr("site codes separated by ;"));
            field = edit;
        }
        field->setObjectName(column.name);
        field->setAccessibleName(label(column.name));
        if (!adding && spec.key.contains(column.name))
            field->setEnabled(false); // a key is not renamed here
        auto* error = new QLabel(this);
        error->setObjectName(column.name + QStringLiteral("_error"));
        error->setStyleSheet(QStringLiteral("color: #b03020"));
        error->setWordWrap(true);
        error->setText(lookupError);
        error->setVisible(!lookupError.isEmpty());
        auto* cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(field);
        cell->addWidget(error);
        form->addRow(label(column.name) + (column.required ? QStringLiteral(" *") : QString()), cell);
        m_fields << field;
        m_errors << error;
    }
    m_generalError->setStyleSheet(QStringLiteral("color: #b03020"));
    m_generalError->setWordWrap(true);
    m_generalError->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RowEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RowEditDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QStringList RowEditDialog::values() const
{
    QStringList result;
    for (QWidget* field : m_fields) {
        if (auto* box = qobject_cast<QComboBox*>(field))
            result << box->currentText();
        else
            result << static_cast<QLineEdit*>(field)->text();
    }
    return result;
}

void RowEditDialog::setValue(const QString& column, const QString& value)
{
    const int i = static_cast<int>(m_spec.columnNames().indexOf(column));
    if (i < 0)
        return;
    if (auto* box = qobject_cast<QComboBox*>(m_fields.at(i)))
        box->setCurrentText(value);
    else
        static_cast<QLineEdit*>(m_fields.at(i))->setText(value);
}

bool RowEditDialog::tryAccept()
{
    for (QLabel* error : std::as_const(m_errors))
        error->hide();
    m_generalError->hide();
    const auto problem = m_editor.apply(m_spec, values());
    if (!problem)
        return true;
    const int i = static_cast<int>(m_spec.columnNames().indexOf(problem->column));
    QLabel* target = i >= 0 ? m_errors.at(i) : m_generalError;
    target->setText(problem->message);
    target->show();
    if (i >= 0)
        m_fields.at(i)->setFocus();
    return false;
}

void RowEditDialog::accept()
{
    if (tryAccept())
        QDialog::accept();
}
