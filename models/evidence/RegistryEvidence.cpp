#include "RegistryEvidence.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

namespace {
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("RegistryEvidence", text, comment, n);
}

const QString ComputerNameKey
    = QStringLiteral("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName");
const QString AbExprtDbKey = QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NAL\\Client\\AbExprtDB");
const QString CapListPrefix = QStringLiteral("CAP List for site ");
const QString SharedKey = QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\SMS\\Client\\Sites\\Shared");
const QString LastCheckedValue = QStringLiteral("Site Config Last Checked");

QString lastComponent(const QString& path)
{
    QString trimmed = path.trimmed();
    while (trimmed.endsWith(u'\\'))
        trimmed.chop(1);
    return trimmed.mid(trimmed.lastIndexOf(u'\\') + 1);
}

// The qualifiers of a NAL path: the text between the provider's "[" and its "]" (quotes skipped),
// and where the path after them starts. No brackets: the whole text is the path.
std::pair<QStringView, qsizetype> qualifiers(QStringView nal)
{
    const qsizetype open = nal.indexOf(u'[');
    const qsizetype slashes = nal.indexOf(QLatin1String("\\\\"));
    if (open < 0 || (slashes >= 0 && slashes < open))
        return {QStringView(), 0};
    bool inQuote = false;
    for (qsizetype i = open + 1; i < nal.size(); ++i) {
        if (nal[i] == u'"')
            inQuote = !inQuote;
        else if (nal[i] == u']' && !inQuote)
            return {nal.mid(open + 1, i - open - 1), i + 1};
    }
    return {QStringView(), nal.size()};
}
} // namespace

QString RegistryEvidence::serverOf(const QString& nalPath)
{
    const QStringView nal(nalPath);
    const qsizetype start = qualifiers(nal).second;
    const qsizetype slashes = nal.indexOf(QLatin1String("\\\\"), start);
    if (slashes < 0)
        return {};
    const QStringView rest = nal.mid(slashes + 2);
    qsizetype end = 0;
    while (end < rest.size() && rest[end] != u'\\' && rest[end] != u'/' && rest[end] != u'"')
        ++end;
    return rest.left(end).trimmed().toString();
}

bool RegistryEvidence::isPreferred(const QString& nalPath)
{
    return qualifiers(QStringView(nalPath)).first.contains(QLatin1String("\"PREFERRED\""), Qt::CaseInsensitive);
}

std::optional<qint64> RegistryEvidence::parseLastChecked(const QString& text, const QString& zoneId)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})/(\\d{1,2})/(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})[.:](\\d{2})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QTimeZone zone = zoneId.isEmpty() ? QTimeZone::utc() : QTimeZone(zoneId.toUtf8());
    if (!zone.isValid())
        return std::nullopt;
    return QDateTime(date, time, zone).toSecsSinceEpoch();
}

std::optional<RegistryEvidence> RegistryEvidence::fromFile(const RegFile& file, const QString& path, QString* error)
{
    RegistryEvidence result;
    result.file = path;
    if (const RegKey* key = file.key(ComputerNameKey)) {
        if (const RegValue* value = key->value(QStringLiteral("ComputerName"));
            value && value->type == RegValue::Type::String)
            result.client = value->text.trimmed();
    }
    if (result.client.isEmpty())
        result.client = QFileInfo(path).completeBaseName();

    for (const RegKey* key : file.subkeys(AbExprtDbKey)) {
        const QString name = lastComponent(key->path);
        if (!name.startsWith(CapListPrefix, Qt::CaseInsensitive))
            continue;
        const QString site = name.mid(CapListPrefix.size()).trimmed();
        result.capListSites << site;
        for (const RegValue& value : key->values) {
            if (value.type != RegValue::Type::String && value.type != RegValue::Type::ExpandString
                && value.type != RegValue::Type::MultiString)
                continue;
            // The path is the value's data, or, where a tool wrote it so, its name.
            QStringList candidates
                = value.type == RegValue::Type::MultiString ? value.strings : QStringList {value.text};
            bool found = false;
            for (const QString& candidate : candidates) {
                const QString server = serverOf(candidate);
                if (server.isEmpty())
                    continue;
                result.caps << Cap {site, server, candidate, isPreferred(candidate), value.line};
                found = true;
            }
            if (!found && !serverOf(value.name).isEmpty()) {
                result.caps << Cap {site, serverOf(value.name), value.name, isPreferred(value.name), value.line};
                found = true;
            }
            // Other values (a count, a tool's note) say nothing; a NAL path naming no server is an error.
            static const QRegularExpression nalStart(QStringLiteral("^\\s*[A-Za-z0-9_]+:\\s*\\["));
            if (!found
                && (candidates.value(0).contains(nalStart) || candidates.value(0).contains(QLatin1String("\\\\")))) {
                *error = QStringLiteral("%1:%2: %3")
                             .arg(path)
                             .arg(value.line)
                             .arg(tr("CAP list for site %1: \"%2\" names no server (a NAL path such as "
                                     "MSWNET:[\"SMS_SITE=%1\"]\\\\SERVER\\CAP_%1\\ expected)")
                                      .arg(site, value.text.left(80)));
                return std::nullopt;
            }
        }
    }
    for (const RegKey* key : file.subkeys(SharedKey)) {
        const QString site = lastComponent(key->path);
        const RegValue* value = key->value(LastCheckedValue);
        if (!value) {
            result.sitesWithoutLastChecked << site;
            continue;
        }
        if (value->type != RegValue::Type::String || !parseLastChecked(value->text, QString())) {
            *error = QStringLiteral("%1:%2: %3")
                         .arg(path)
                         .arg(value->line)
                         .arg(tr("Site Config Last Checked: \"%1\" is not a time like 2000/06/13 06:28.53")
                                  .arg(value->text.left(80)));
            return std::nullopt;
        }
        result.lastChecked << LastChecked {site, value->text, value->line};
    }
    return result;
}
