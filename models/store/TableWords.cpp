#include "TableWords.h"

#include "TableSpec.h"
#include "domain/UtcTime.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct Words
{
    const char* table;
    const char* column;
    const char* label;
};

// The panes' own column titles (PaneTables, ClientTableModel: context MainWindow), so that the
// dialog and the pane it was opened from use one vocabulary.
const Words columnWords[] = {
    {"caps", "server", QT_TRANSLATE_NOOP("MainWindow", "Server")},
    {"caps", "added_at", QT_TRANSLATE_NOOP("MainWindow", "Added")},
    {"caps", "removed_at", QT_TRANSLATE_NOOP("MainWindow", "Removed")},
    {"caps", "licenses", QT_TRANSLATE_NOOP("MainWindow", "Licences")},
    {"caps", "domain_controller", QT_TRANSLATE_NOOP("MainWindow", "Domain controller")},
    {"accounts", "added_at", QT_TRANSLATE_NOOP("MainWindow", "Added")},
    {"accounts", "removed_at", QT_TRANSLATE_NOOP("MainWindow", "Removed")},
    {"accounts", "password_changed_at", QT_TRANSLATE_NOOP("MainWindow", "Password changed")},
    {"logon-points", "server", QT_TRANSLATE_NOOP("MainWindow", "Server")},
    {"logon-points", "sites", QT_TRANSLATE_NOOP("MainWindow", "Sites served")},
    {"logon-points", "clicore_version", QT_TRANSLATE_NOOP("MainWindow", "Clicore version")},
    {"profiles", "max_offline_hours", QT_TRANSLATE_NOOP("MainWindow", "Longest disconnection (hours)")},
    {"blackouts", "starts_at", QT_TRANSLATE_NOOP("MainWindow", "Starts")},
    {"blackouts", "ends_at", QT_TRANSLATE_NOOP("MainWindow", "Ends")},
    {"clients", "install_method", QT_TRANSLATE_NOOP("MainWindow", "Install method")},
    {"clients", "last_refresh_at", QT_TRANSLATE_NOOP("MainWindow", "Last refresh")},
    {"sites", "code", QT_TRANSLATE_NOOP("MainWindow", "Code")},
    {"sites", "parent", QT_TRANSLATE_NOOP("MainWindow", "Parent site")},
    {"sites", "logon_installation", QT_TRANSLATE_NOOP("MainWindow", "Logon Client Installation")},
    {"sites", "logon_discovery", QT_TRANSLATE_NOOP("MainWindow", "Logon discovery")},
    {"domains", "lockout_threshold", QT_TRANSLATE_NOOP("MainWindow", "Lockout after (bad attempts)")},
    {"domains", "lockout_window_minutes", QT_TRANSLATE_NOOP("MainWindow", "Counted over (minutes)")},
    {"domains", "lockout_duration_minutes", QT_TRANSLATE_NOOP("MainWindow", "Locked for (minutes)")},
    {"domains", "max_password_age_days", QT_TRANSLATE_NOOP("MainWindow", "Longest password age (days)")},
    // The same word in every table.
    {nullptr, "name", QT_TRANSLATE_NOOP("MainWindow", "Name")},
    {nullptr, "site", QT_TRANSLATE_NOOP("MainWindow", "Site")},
    {nullptr, "licensing", QT_TRANSLATE_NOOP("MainWindow", "Licensing")},
    {nullptr, "os", QT_TRANSLATE_NOOP("MainWindow", "OS")},
    {nullptr, "version", QT_TRANSLATE_NOOP("MainWindow", "Version")},
    {nullptr, "profile", QT_TRANSLATE_NOOP("MainWindow", "Profile")},
    {nullptr, "label", QT_TRANSLATE_NOOP("MainWindow", "Label")},
    {nullptr, "domain", QT_TRANSLATE_NOOP("MainWindow", "Domain")},
};

struct RowWords
{
    const char* table;
    const char* words; // %1: the row's key
};

const RowWords rowWords[] = {
    {"caps", QT_TRANSLATE_NOOP("InventoryEditor", "CAP %1")},
    {"accounts", QT_TRANSLATE_NOOP("InventoryEditor", "account %1")},
    {"logon-points", QT_TRANSLATE_NOOP("InventoryEditor", "logon point %1")},
    {"profiles", QT_TRANSLATE_NOOP("InventoryEditor", "profile %1")},
    {"blackouts", QT_TRANSLATE_NOOP("InventoryEditor", "blackout %1")},
    {"clients", QT_TRANSLATE_NOOP("InventoryEditor", "client %1")},
    {"sites", QT_TRANSLATE_NOOP("InventoryEditor", "site %1")},
    {"domains", QT_TRANSLATE_NOOP("InventoryEditor", "domain %1")},
};
} // namespace

namespace TableWords {
QString column(const TableSpec& spec, const QString& column)
{
    for (const Words& w : columnWords) {
        if ((!w.table || spec.name == QLatin1String(w.table)) && column == QLatin1String(w.column))
            return QCoreApplication::translate("MainWindow", w.label);
    }
    QString text = column;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString value(const TableSpec& spec, const QString& column, const QString& value)
{
    const ColumnSpec* columnSpec = spec.column(column);
    if (columnSpec && columnSpec->type == FieldType::Time) {
        if (const auto seconds = UtcTime::parse(value))
            return UtcTime::longDisplay(*seconds);
    }
    return value;
}

QString row(const TableSpec& spec, const QStringList& key)
{
    QStringList words;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QString& part = key.at(i);
        // A blackout's key holds its start: shown as the pane shows it.
        const auto time = UtcTime::parse(part);
        words << (time && part.contains(u'T') ? UtcTime::shortDisplay(*time) : part);
    }
    const QString joined = words.join(QStringLiteral(", "));
    for (const RowWords& w : rowWords) {
        if (spec.name == QLatin1String(w.table))
            return QCoreApplication::translate("InventoryEditor", w.words).arg(joined);
    }
    return QStringLiteral("%1 %2").arg(spec.name, joined);
}

QString inWords(const TableSpec& spec, const QString& message)
{
    // "caps.licenses", "logon_points.server", then the columns whose names no sentence uses
    // ("added_at", not "site" or "name").
    static const QRegularExpression qualified(QStringLiteral("\\b([a-z_]+)\\.([a-z_]+)\\b"));
    static const QRegularExpression snake(QStringLiteral("\\b[a-z]+(?:_[a-z]+)+\\b"));
    const QStringList names = spec.columnNames();
    QString result;
    qsizetype at = 0;
    for (auto it = qualified.globalMatch(message); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(1) != spec.sqlTable || !names.contains(match.captured(2)))
            continue;
        result += message.mid(at, match.capturedStart() - at);
        result += u'"' + column(spec, match.captured(2)) + u'"';
        at = match.capturedEnd();
    }
    result += message.mid(at);
    QString words;
    at = 0;
    for (auto it = snake.globalMatch(result); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!names.contains(match.captured(0)))
            continue;
        words += result.mid(at, match.capturedStart() - at);
        words += u'"' + column(spec, match.captured(0)) + u'"';
        at = match.capturedEnd();
    }
    words += result.mid(at);
    return words;
}
} // namespace TableWords
