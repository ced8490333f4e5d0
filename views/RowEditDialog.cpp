#include "RowEditDialog.h"

#include "DisplayTime.h"
#include "domain/Enums.h"
#include "domain/UtcTime.h"
#include "item/InventoryLookups.h"
#include "store/Inventory.h"
#include "store/InventoryEditor.h"
#include "store/TableSpec.h"
#include "store/TableWords.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {
struct Titles
{
    const char* table;
    const char* add;
    const char* edit;
};

const Titles titles[] = {
    {"caps", QT_TRANSLATE_NOOP("RowEditDialog", "Add CAP"), QT_TRANSLATE_NOOP("RowEditDialog", "Edit CAP %1")},
    {"accounts", QT_TRANSLATE_NOOP("RowEditDialog", "Add account"),
        QT_TRANSLATE_NOOP("RowEditDialog", "Edit account %1")},
    {"logon-points", QT_TRANSLATE_NOOP("RowEditDialog", "Add logon point"),
        QT_TRANSLATE_NOOP("RowEditDialog", "Edit logon point %1")},
    {"profiles", QT_TRANSLATE_NOOP("RowEditDialog", "Add profile"),
        QT_TRANSLATE_NOOP("RowEditDialog", "Edit profile %1")},
    {"blackouts", QT_TRANSLATE_NOOP("RowEditDialog", "Add blackout"),
        QT_TRANSLATE_NOOP("RowEditDialog", "Edit blackout %1")},
    {"clients", QT_TRANSLATE_NOOP("RowEditDialog", "Add client"), QT_TRANSLATE_NOOP("RowEditDialog", "Edit client %1")},
    {"sites", QT_TRANSLATE_NOOP("RowEditDialog", "Add site"), QT_TRANSLATE_NOOP("RowEditDialog", "Edit site %1")},
    {"domains", QT_TRANSLATE_NOOP("RowEditDialog", "Add domain"), QT_TRANSLATE_NOOP("RowEditDialog", "Edit domain %1")},
};

// What an empty optional time means, instead of an example date that would read as a value.
QString emptyTimeMeaning(const QString& column)
{
    if (column == u"removed_at")
        return RowEditDialog::tr("not removed");
    if (column == u"last_refresh_at")
        return RowEditDialog::tr("never refreshed");
    if (column == u"password_changed_at")
        return RowEditDialog::tr("never changed");
    return RowEditDialog::tr("none");
}

const char* const isoProperty = "isoValue";
} // namespace

QString RowEditDialog::labelFor(const TableSpec& spec, const QString& column)
{
    return TableWords::column(spec, column);
}

QString RowEditDialog::titleFor(const TableSpec& spec, const QStringList& key)
{
    for (const Titles& t : titles) {
        if (spec.name == QLatin1String(t.table)) {
            if (key.isEmpty())
                return tr(t.add);
            // A blackout's key holds its start: shown as the pane shows it.
            QStringList words = key;
            for (QString& word : words) {
                if (const auto time = UtcTime::parse(word); time && word.contains(u'T'))
                    word = UtcTime::shortDisplay(*time);
            }
            return tr(t.edit).arg(words.join(QStringLiteral(", ")));
        }
    }
    return key.isEmpty() ? tr("Add to %1").arg(spec.name) : tr("Edit %1 %2").arg(spec.name, key.join(u' '));
}

QString RowEditDialog::isoFromDisplay(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (const auto seconds = UtcTime::parse(trimmed))
        return UtcTime::format(*seconds);
    QDateTime shown = QLocale().toDateTime(trimmed, UtcTime::shortEditPattern());
    if (!shown.isValid()) // the pattern without " UTC"
        shown = QLocale().toDateTime(trimmed, UtcTime::shortEditPattern().chopped(6));
    if (shown.isValid()) {
        shown.setTimeZone(QTimeZone::utc());
        return UtcTime::format(shown.toSecsSinceEpoch());
    }
    return text;
}

RowEditDialog::RowEditDialog(const Inventory& inventory, InventoryEditor& editor, const TableSpec& spec,
    const QStringList& values, QWidget* parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_editor(editor)
    , m_generalError(new QLabel(this))
{
    const bool adding = values.isEmpty();
    QStringList key;
    for (const QString& column : spec.key)
        key << values.value(spec.columnNames().indexOf(column));
    setWindowTitle(titleFor(spec, adding ? QStringList() : key));
    setObjectName(QStringLiteral("rowEditDialog"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (qsizetype i = 0; i < spec.columns.size(); ++i) {
        const ColumnSpec& column = spec.columns.at(i);
        const QString value = values.value(i);
        QWidget* field = nullptr;
        // Choices as (words shown, value stored).
        QList<std::pair<QString, QString>> choices;
        QString lookupError; // choices that could not be read: said under the field
        auto same = [](const QStringList& names) {
            QList<std::pair<QString, QString>> result;
            for (const QString& name : names)
                result.append({name, name});
            return result;
        };
        switch (column.type) {
        case FieldType::Bool:
            choices = {{QCoreApplication::translate("QueryTableModel", "no"), QStringLiteral("no")},
                {QCoreApplication::translate("QueryTableModel", "yes"), QStringLiteral("yes")}};
            break;
        case FieldType::Os:
            for (const QString& name : Enums::osNames())
                choices.append({Enums::displayOs(name), name});
            break;
        case FieldType::InstallMethod:
            for (const QString& name : Enums::installMethodNames())
                choices.append({Enums::displayInstallMethod(name), name});
            break;
        case FieldType::Licensing:
            choices = {{QCoreApplication::translate("MainWindow", "per seat"), QStringLiteral("per-seat")},
                {QCoreApplication::translate("MainWindow", "per server"), QStringLiteral("per-server")}};
            break;
        case FieldType::SiteRef:
            choices = same(InventoryLookups::siteCodes(inventory, &lookupError));
            break;
        case FieldType::ProfileRef:
            choices = same(InventoryLookups::profileNames(inventory, &lookupError));
            break;
        case FieldType::DomainRef:
            choices = same(InventoryLookups::domainNames(inventory, &lookupError));
            break;
        default:
            break;
        }
        if (!choices.isEmpty()) {
            auto* box = new QComboBox(this);
            if (column.optional)
                box->addItem(QString(), QString());
            for (const auto& [words, stored] : std::as_const(choices))
                box->addItem(words, stored);
            const int at = box->findData(value);
            box->setCurrentIndex(at >= 0 ? at : 0);
            field = box;
        } else if (column.type == FieldType::Time) {
            auto* edit = new QLineEdit(this);
            const auto seconds = UtcTime::parse(value);
            edit->setText(seconds ? UtcTime::shortDisplay(*seconds) : value);
            edit->setProperty(isoProperty, value); // unchanged text keeps the stored seconds
            edit->setPlaceholderText(
                column.optional ? emptyTimeMeaning(column.name) : tr("e.g. %1").arg(UtcTime::shortDisplay(1796112000)));
            edit->setToolTip(tr("As the panes show times (%1) or ISO 8601 (%2), in UTC")
                                 .arg(UtcTime::shortDisplay(1796112000), UtcTime::format(1796112000)));
            field = edit;
        } else {
            auto* edit = new QLineEdit(value, this);
            if (column.type == FieldType::Version)
                edit->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("2.00.1493.3000")));
            if (column.type == FieldType::SiteList)
                edit->setPlaceholderText(tr("site codes separated by ;"));
            field = edit;
        }
        const QString label = labelFor(spec, column.name);
        field->setObjectName(column.name);
        field->setAccessibleName(label);
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
        form->addRow(label + (column.required ? QStringLiteral(" *") : QString()), cell);
        m_fields << field;
        m_errors << error;
    }
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setStyleSheet(QStringLiteral("color: #b03020"));
    m_generalError->setWordWrap(true);
    m_generalError->setContentsMargins(0, 6, 0, 6);
    m_generalError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_generalError->hide();
    auto* required = new QLabel(tr("* required"), this);
    required->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RowEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RowEditDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(required);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QStringList RowEditDialog::values() const
{
    QStringList result;
    for (QWidget* field : m_fields) {
        if (auto* box = qobject_cast<QComboBox*>(field)) {
            result << box->currentData().toString();
            continue;
        }
        auto* edit = static_cast<QLineEdit*>(field);
        const QVariant iso = edit->property(isoProperty);
        if (!iso.isValid()) {
            result << edit->text();
            continue;
        }
        const auto seconds = UtcTime::parse(iso.toString());
        const bool unchanged
            = seconds ? edit->text() == UtcTime::shortDisplay(*seconds) : edit->text() == iso.toString();
        result << (unchanged ? iso.toString() : isoFromDisplay(edit->text()));
    }
    return result;
}

void RowEditDialog::setValue(const QString& column, const QString& value)
{
    const int i = static_cast<int>(m_spec.columnNames().indexOf(column));
    if (i < 0)
        return;
    if (auto* box = qobject_cast<QComboBox*>(m_fields.at(i))) {
        const int at = box->findData(value);
        box->setCurrentIndex(at >= 0 ? at : box->findText(value));
        return;
    }
    auto* edit = static_cast<QLineEdit*>(m_fields.at(i));
    if (edit->property(isoProperty).isValid()) {
        const auto seconds = UtcTime::parse(value);
        edit->setProperty(isoProperty, value);
        edit->setText(seconds ? UtcTime::shortDisplay(*seconds) : value);
    } else {
        edit->setText(value);
    }
}

void RowEditDialog::showError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->show();
    // Grow with the message instead of squeezing it: a wrapped label needs its height for the width.
    layout()->activate();
    resize(width(), std::max(height(), layout()->totalHeightForWidth(width())));
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
    showError(i >= 0 ? m_errors.at(i) : m_generalError, problem->message);
    if (i >= 0)
        m_fields.at(i)->setFocus();
    return false;
}

void RowEditDialog::accept()
{
    if (tryAccept())
        QDialog::accept();
}
