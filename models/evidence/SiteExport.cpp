#include "SiteExport.h"

#include "domain/ClientVersion.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SiteExport", text);
}

constexpr const char* FieldKeys[] = {"name", "version", "os", "site", "client", "heartbeat"};

bool isNull(const QString& cell)
{
    // osql and Query Analyzer write a NULL as the word.
    return cell.isEmpty() || cell.compare(u"NULL", Qt::CaseInsensitive) == 0;
}

bool isUnderline(const QStringList& cells)
{
    bool dashes = false;
    for (const QString& cell : cells) {
        if (cell.isEmpty())
            continue;
        for (QChar c : cell) {
            if (c != u'-')
                return false;
        }
        dashes = true;
    }
    return dashes;
}

bool isFooter(const QStringList& cells)
{
    static const QRegularExpression footer(QStringLiteral("^\\(\\d+ rows? affected\\)$"));
    qsizetype filled = 0;
    QString text;
    for (const QString& cell : cells) {
        if (!cell.isEmpty()) {
            ++filled;
            text = cell;
        }
    }
    return filled == 1 && footer.match(text).hasMatch();
}

bool isBlank(const QStringList& cells)
{
    for (const QString& cell : cells) {
        if (!cell.isEmpty())
            return false;
    }
    return true;
}

QStringList trimmed(QStringList cells)
{
    for (QString& cell : cells)
        cell = cell.trimmed();
    return cells;
}

// Everything as UTF-8 for CsvReader: UTF-16 by its byte order mark, else UTF-8 when valid, else
// the ANSI code page's Latin-1 subset.
QByteArray asUtf8(const QByteArray& raw)
{
    if (raw.startsWith("\xFF\xFE") || raw.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(raw.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return QString(decoder(raw.mid(2))).toUtf8();
    }
    if (raw.startsWith("\xEF\xBB\xBF"))
        return raw.mid(3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(raw);
    if (!utf8.hasError())
        return raw;
    return QString::fromLatin1(raw).toUtf8();
}
} // namespace

QList<SiteExport::Field> SiteExport::fields()
{
    return {Field::Name, Field::Version, Field::Os, Field::Site, Field::Client, Field::Heartbeat};
}

QString SiteExport::fieldKey(Field field)
{
    return QString::fromLatin1(FieldKeys[int(field)]);
}

std::optional<SiteExport::Field> SiteExport::parseField(const QString& key)
{
    for (Field field : fields()) {
        if (key.compare(fieldKey(field), Qt::CaseInsensitive) == 0)
            return field;
    }
    return std::nullopt;
}

QStringList SiteExport::defaultColumns(Field field)
{
    switch (field) {
    case Field::Name:
        return {QStringLiteral("Name0"), QStringLiteral("Name")};
    case Field::Version:
        return {QStringLiteral("Client_Version0"), QStringLiteral("ClientVersion")};
    case Field::Os:
        return {QStringLiteral("Operating_System_Name_and0"), QStringLiteral("OperatingSystemNameandVersion")};
    case Field::Site:
        return {QStringLiteral("SMS_Installed_Sites0"), QStringLiteral("SMSInstalledSites")};
    case Field::Client:
        return {QStringLiteral("Client0"), QStringLiteral("Client")};
    case Field::Heartbeat:
        return {QStringLiteral("LastHeartbeat"), QStringLiteral("AgentTime")};
    }
    return {};
}

bool SiteExport::isRequired(Field field)
{
    return field != Field::Client && field != Field::Heartbeat;
}

bool SiteExport::addColumnMapping(Options& options, const QString& spec, QString* error)
{
    const qsizetype eq = spec.indexOf(u'=');
    const auto field = parseField(spec.left(eq).trimmed());
    const QString column = spec.mid(eq + 1).trimmed();
    // An empty COLUMN leaves an optional field out ("--map heartbeat=").
    if (eq < 0 || !field || (column.isEmpty() && isRequired(*field))) {
        QStringList keys;
        for (Field f : fields())
            keys << fieldKey(f);
        *error = tr("--map \"%1\": give FIELD=COLUMN, FIELD one of %2").arg(spec, keys.join(QStringLiteral(", ")));
        return false;
    }
    options.columns.insert(*field, column);
    return true;
}

bool SiteExport::addOsMapping(Options& options, const QString& spec, QString* error)
{
    const qsizetype eq = spec.lastIndexOf(u'=');
    const QString text = osKey(spec.left(eq));
    const auto family = Enums::parseOs(spec.mid(eq + 1).trimmed().toLower());
    if (eq < 0 || text.isEmpty() || !family) {
        *error = tr("--os \"%1\": give TEXT=FAMILY, FAMILY one of %2")
                     .arg(spec, Enums::osNames().join(QStringLiteral(", ")));
        return false;
    }
    options.os.insert(text, *family);
    return true;
}

QString SiteExport::osKey(const QString& text)
{
    return text.simplified().toLower();
}

std::optional<OsFamily> SiteExport::defaultOsFamily(const QString& text)
{
    static const QHash<QString, OsFamily> defaults {
        {QStringLiteral("microsoft windows nt workstation 4.0"), OsFamily::Nt4},
        {QStringLiteral("microsoft windows nt server 4.0"), OsFamily::Nt4},
        {QStringLiteral("microsoft windows nt advanced server 4.0"), OsFamily::Nt4},
        {QStringLiteral("microsoft windows nt workstation 5.0"), OsFamily::W2k},
        {QStringLiteral("microsoft windows nt server 5.0"), OsFamily::W2k},
        {QStringLiteral("microsoft windows nt advanced server 5.0"), OsFamily::W2k},
        {QStringLiteral("microsoft windows 95"), OsFamily::Win9x},
        {QStringLiteral("microsoft windows 98"), OsFamily::Win9x},
        {QStringLiteral("microsoft windows millennium"), OsFamily::Win9x},
        {QStringLiteral("microsoft windows millennium edition"), OsFamily::Win9x},
    };
    const auto it = defaults.constFind(osKey(text));
    if (it == defaults.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<OsFamily> SiteExport::osFamily(const Options& options, const QString& text)
{
    const auto it = options.os.constFind(osKey(text));
    if (it != options.os.constEnd())
        return *it;
    return defaultOsFamily(text);
}

std::optional<qint64> SiteExport::parseTime(const QString& text, const QTimeZone& zone)
{
    static const QRegularExpression layout(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                       " ?(Z|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const QRegularExpressionMatch match = layout.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    QTimeZone in = zone;
    const QString offset = match.captured(8);
    if (offset == u"Z") {
        in = QTimeZone::utc();
    } else if (!offset.isEmpty()) {
        const int hours = offset.mid(1, 2).toInt();
        const QString rest = offset.mid(3).remove(u':');
        const int minutes = rest.isEmpty() ? 0 : rest.toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        in = QTimeZone((offset.at(0) == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60));
    }
    const QDateTime at(date, time, in);
    if (!at.isValid())
        return std::nullopt;
    return at.toSecsSinceEpoch();
}

SiteExport::SiteExport(const QByteArray& data, const QString& fileName)
    : m_data(asUtf8(data))
    , m_fileName(fileName)
{
}

SiteExport::~SiteExport() = default;

QString SiteExport::where(int line) const
{
    return QStringLiteral("%1:%2").arg(m_fileName).arg(line);
}

bool SiteExport::nextLine(QString& line)
{
    if (m_pos >= m_data.size())
        return false;
    qsizetype end = m_data.indexOf('\n', m_pos);
    if (end < 0)
        end = m_data.size();
    qsizetype stop = end;
    if (stop > m_pos && m_data.at(stop - 1) == '\r')
        --stop;
    line = QString::fromUtf8(m_data.constData() + m_pos, stop - m_pos);
    m_pos = end + 1;
    return true;
}

qsizetype SiteExport::position() const
{
    return m_csv ? m_csv->position() : qMin(m_pos, m_data.size());
}

bool SiteExport::open(QString* error)
{
    // The separator is the header's: tabs (osql -s, Query Analyzer) or commas.
    qsizetype start = 0;
    while (start < m_data.size() && (m_data.at(start) == '\n' || m_data.at(start) == '\r'))
        ++start;
    qsizetype end = m_data.indexOf('\n', start);
    if (end < 0)
        end = m_data.size();
    m_tabs = m_data.mid(start, end - start).contains('\t');
    if (!m_tabs)
        m_csv = std::make_unique<CsvReader>(m_data);
    Record header;
    if (!next(header, error)) {
        if (error->isEmpty())
            *error = tr("%1: no header line: the export is empty").arg(where(1));
        return false;
    }
    if (header.cells.size() < 2) {
        *error = tr("%1: the header has no tab or comma: save the result tab-separated (osql -s) or as CSV")
                     .arg(where(header.line));
        return false;
    }
    m_header = header.cells;
    return true;
}

bool SiteExport::next(Record& record, QString* error)
{
    error->clear();
    for (;;) {
        if (m_csv) {
            CsvReader::Record raw;
            if (!m_csv->next(raw)) {
                if (m_csv->atError())
                    *error = QStringLiteral("%1: %2").arg(where(m_csv->errorLine()), m_csv->error());
                return false;
            }
            record.line = raw.line;
            record.cells = trimmed(raw.fields);
        } else {
            QString line;
            const int number = m_line;
            if (!nextLine(line))
                return false;
            ++m_line;
            record.line = number;
            record.cells = trimmed(line.split(u'\t'));
        }
        if (isBlank(record.cells))
            continue;
        // osql's underline and footer, anywhere after the header.
        if (!m_header.isEmpty() && (isUnderline(record.cells) || isFooter(record.cells)))
            continue;
        return true;
    }
}

bool SiteExport::resolve(const Options& options, QString* error)
{
    for (Field field : fields()) {
        if (!isRequired(field) && options.columns.contains(field) && options.columns.value(field).isEmpty()) {
            m_columns[int(field)] = -1;
            continue;
        }
        const QStringList names
            = options.columns.contains(field) ? QStringList {options.columns.value(field)} : defaultColumns(field);
        int found = -1;
        for (const QString& name : names) {
            for (int i = 0; i < m_header.size() && found < 0; ++i) {
                if (m_header.at(i).compare(name, Qt::CaseInsensitive) == 0)
                    found = i;
            }
            if (found >= 0)
                break;
        }
        m_columns[int(field)] = found;
        // A column the user named must be there, even for an optional field.
        if (found < 0 && (isRequired(field) || options.columns.contains(field))) {
            *error = tr("%1: column %2: not in the header (%3); name it with --map %4=COLUMN")
                         .arg(where(1), names.join(QStringLiteral(" or ")),
                             m_header.join(QStringLiteral(", ")).left(300), fieldKey(field));
            return false;
        }
    }
    return true;
}

SiteExport::Outcome SiteExport::convert(const Record& record, const Options& options, Row& row, QString* error) const
{
    const auto refuse = [&](Field field, const QString& what) {
        *error = tr("%1: column %2: %3").arg(where(record.line), m_header.value(column(field)), what);
        return Outcome::Refused;
    };
    const auto cell = [&](Field field) {
        const int c = column(field);
        return c < 0 ? QString() : record.cells.value(c);
    };
    if (record.cells.size() < m_header.size()
        || (record.cells.size() > m_header.size() && !isBlank(record.cells.mid(m_header.size())))) {
        *error = QCoreApplication::translate(
            "SiteExport", "%1: %Ln cell(s) where the header has %2", nullptr, int(record.cells.size()))
                     .arg(where(record.line))
                     .arg(m_header.size());
        return Outcome::Refused;
    }
    if (column(Field::Client) >= 0) {
        const QString client = cell(Field::Client);
        if (isNull(client))
            return Outcome::Skipped;
        bool ok = false;
        const int value = client.toInt(&ok);
        if (!ok)
            return refuse(Field::Client, tr("\"%1\" is not 0 or 1").arg(client.left(40)));
        if (value == 0)
            return Outcome::Skipped;
    }
    row = Row();
    row.line = record.line;
    row.name = cell(Field::Name);
    if (isNull(row.name))
        return refuse(Field::Name, tr("must not be empty"));
    row.version = cell(Field::Version);
    if (isNull(row.version))
        return refuse(Field::Version, tr("must not be empty"));
    QString why;
    const auto version = ClientVersion::parse(row.version, &why);
    if (!version)
        return refuse(Field::Version, why);
    row.versionKey = version->significanceKey();
    row.osText = cell(Field::Os);
    if (isNull(row.osText))
        return refuse(Field::Os, tr("must not be empty"));
    const auto family = osFamily(options, row.osText);
    if (!family)
        return refuse(Field::Os,
            tr("no OS family for \"%1\"; map it with --os \"%1=FAMILY\" (FAMILY one of %2)")
                .arg(row.osText.left(100), Enums::osNames().join(QStringLiteral(", "))));
    row.os = *family;
    static const QRegularExpression listSeparators(QStringLiteral("[\\s,;{}]+"));
    row.sites = cell(Field::Site).split(listSeparators, Qt::SkipEmptyParts);
    if (row.sites.isEmpty() || isNull(cell(Field::Site)))
        return refuse(Field::Site, tr("must not be empty"));
    const QString heartbeat = cell(Field::Heartbeat);
    if (!isNull(heartbeat)) {
        row.heartbeat = parseTime(heartbeat, options.zone);
        if (!row.heartbeat)
            return refuse(Field::Heartbeat,
                tr("\"%1\" is not a time such as 2026-11-30 12:00:00.000 or 2026-11-30T12:00:00Z")
                    .arg(heartbeat.left(40)));
    }
    return Outcome::Row;
}

std::optional<QList<SiteExport::Record>> SiteExport::preview(
    const QByteArray& data, const QString& fileName, int count, QStringList* header, QString* error)
{
    SiteExport reader(data, fileName);
    if (!reader.open(error))
        return std::nullopt;
    *header = reader.header();
    QList<Record> records;
    Record record;
    while (records.size() < count && reader.next(record, error))
        records << record;
    if (!error->isEmpty())
        return std::nullopt;
    return records;
}

std::optional<QList<SiteExport::OsCount>> SiteExport::distinctOs(const QByteArray& data, const QString& fileName,
    const Options& options, QString* error, const std::function<bool(qint64, qint64)>& progress)
{
    SiteExport reader(data, fileName);
    if (!reader.open(error) || !reader.resolve(options, error))
        return std::nullopt;
    QList<OsCount> found;
    QHash<QString, qsizetype> index;
    Record record;
    int sinceProgress = 0;
    const int osColumn = reader.column(Field::Os);
    const int clientColumn = reader.column(Field::Client);
    while (reader.next(record, error)) {
        if (progress && ++sinceProgress == 4096) {
            sinceProgress = 0;
            if (!progress(reader.position(), reader.size()))
                return std::nullopt;
        }
        if (clientColumn >= 0) {
            const QString client = record.cells.value(clientColumn);
            if (isNull(client) || client == u"0")
                continue;
        }
        const QString text = record.cells.value(osColumn);
        if (isNull(text))
            continue;
        const QString key = osKey(text);
        const auto it = index.constFind(key);
        if (it == index.constEnd()) {
            index.insert(key, found.size());
            found.append({text, 1});
        } else {
            ++found[*it].rows;
        }
    }
    if (!error->isEmpty())
        return std::nullopt;
    return found;
}
