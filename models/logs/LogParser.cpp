#include "LogParser.h"

#include "ErrorCodes.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QTimeZone>
#include <algorithm>
#include <cstring>
#include <limits>
#include <sys/mman.h>
#include <thread>

QString severityName(LogEntry::Severity severity)
{
    switch (severity) {
    case LogEntry::Severity::Warning:
        return QStringLiteral("warning");
    case LogEntry::Severity::Error:
        return QStringLiteral("error");
    case LogEntry::Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

void LogEntry::setText(const QByteArray& source, qsizetype start, qsizetype size, bool tildeBreaks)
{
    m_source = source;
    m_textStart = qint32(start); // logs are read whole into memory: far below 2 GB
    m_textSize = qint32(size);
    m_tildeBreaks = tildeBreaks;
}

QString LogEntry::text() const
{
    const QByteArrayView raw = textBytes().trimmed();
    bool ascii = true;
    for (char c : raw)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    // Most log text is ASCII: Latin-1 conversion is cheaper and gives the same characters.
    QString text = ascii ? QString::fromLatin1(raw) : QString::fromUtf8(raw);
    if (m_tildeBreaks && raw.contains('~'))
        text = text.replace(u'~', u'\n').trimmed(); // SMS writes embedded line breaks as ~
    return text;
}

namespace LogParser {
namespace {
constexpr qint64 DayMs = 86400000;

// A 100 MB log fills about 200 MB of fresh memory (its bytes and its entries). In 4 KB pages that is
// 50,000 page faults, a tenth of the parse; transparent huge pages, where the system offers them on
// request, take 512 times fewer. Only advice: called before the memory is first touched.
void adviseHugePages(void* start, qsizetype size)
{
    constexpr quintptr Huge = 2 << 20;
    const quintptr begin = (reinterpret_cast<quintptr>(start) + Huge - 1) & ~(Huge - 1);
    const quintptr end = (reinterpret_cast<quintptr>(start) + quintptr(size)) & ~(Huge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
}

bool number(QByteArrayView text, quint64* value, quint64 max = 0xFFFFFFFFull)
{
    if (text.isEmpty() || text.size() > 20)
        return false;
    quint64 n = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + quint64(c - '0');
        if (n > max)
            return false;
    }
    *value = n;
    return true;
}

int month(QByteArrayView name)
{
    // Three letters, compared as one number: no string compare per month on every line.
    if (name.size() != 3)
        return 0;
    const auto key
        = [](const char* m) { return (quint32(quint8(m[0])) << 16) | (quint32(quint8(m[1])) << 8) | quint8(m[2]); };
    static const quint32 keys[] = {key("Jan"), key("Feb"), key("Mar"), key("Apr"), key("May"), key("Jun"), key("Jul"),
        key("Aug"), key("Sep"), key("Oct"), key("Nov"), key("Dec")};
    const quint32 wanted = key(name.data());
    for (int i = 0; i < 12; ++i) {
        if (keys[i] == wanted)
            return i + 1;
    }
    return 0;
}

std::optional<qint64> epochMs(int year, int monthNumber, int day, int hour, int minute, int second, int ms)
{
    // Consecutive entries share their day: remember the last one.
    thread_local int lastKey = -1;
    thread_local qint64 lastDays = 0;
    const int key = (year * 16 + monthNumber) * 32 + day;
    if (key != lastKey) {
        const QDate date(year, monthNumber, day);
        if (!date.isValid())
            return std::nullopt;
        lastKey = key;
        lastDays = date.toJulianDay() - 2440588;
    }
    if (hour > 23 || minute > 59 || second > 60 || ms > 999)
        return std::nullopt;
    return lastDays * DayMs + ((hour * 60 + minute) * 60 + second) * 1000ll + ms;
}

// "15:19:23.375" (milliseconds optional)
bool clock(QByteArrayView text, int* hour, int* minute, int* second, int* ms)
{
    quint64 h, m, s, f = 0;
    const qsizetype dot = text.indexOf('.');
    const QByteArrayView hms = dot >= 0 ? text.first(dot) : text;
    if (dot >= 0) {
        QByteArrayView frac = text.sliced(dot + 1);
        if (frac.size() > 3)
            frac = frac.first(3);
        if (!number(frac, &f, 999))
            return false;
        for (qsizetype i = frac.size(); i < 3; ++i)
            f *= 10;
    }
    if (hms.size() < 5 || !number(hms.first(2), &h, 23) || hms.at(2) != ':' || !number(hms.sliced(3, 2), &m, 59))
        return false;
    s = 0;
    if (hms.size() == 8 && (hms.at(5) != ':' || !number(hms.sliced(6, 2), &s, 60)))
        return false;
    if (hms.size() != 5 && hms.size() != 8)
        return false;
    *hour = int(h), *minute = int(m), *second = int(s), *ms = int(f);
    return true;
}

// Turns a log's clock into UTC. Entries of one log share their zone and, mostly, their hour: the
// zone's offset is looked up once per hour of local time, not once per entry.
class ZoneClock
{
public:
    explicit ZoneClock(const QTimeZone& fallback)
        : m_fallback(fallback)
        , m_fallbackIsUtc(!fallback.isValid() || fallback == QTimeZone::utc())
    {
    }

    // A time read in `zoneName` (a Windows zone name; empty: the log's zone); nothing when the name
    // is not a zone Qt knows.
    std::optional<qint64> toUtc(qint64 localMs, QByteArrayView zoneName)
    {
        if (zoneName.isEmpty())
            return m_fallbackIsUtc ? localMs : convert(m_fallback, 0, localMs);
        if (zoneName != QByteArrayView(m_lastName)) {
            m_lastName = zoneName.toByteArray();
            m_lastZone = windowsZone(m_lastName);
            ++m_lastKey;
        }
        if (!m_lastZone.isValid())
            return std::nullopt;
        return convert(m_lastZone, m_lastKey, localMs);
    }

    // "Pacific Standard Time" or its daylight name "Pacific Daylight Time": both are the Windows
    // zone id "Pacific Standard Time" (Qt maps Windows ids to IANA ones).
    static QTimeZone windowsZone(QByteArray name)
    {
        QByteArray id = QTimeZone::windowsIdToDefaultIanaId(name);
        if (id.isEmpty() && name.contains("Daylight"))
            id = QTimeZone::windowsIdToDefaultIanaId(name.replace("Daylight", "Standard"));
        return id.isEmpty() ? QTimeZone() : QTimeZone(id);
    }

private:
    qint64 convert(const QTimeZone& zone, int key, qint64 localMs)
    {
        constexpr qint64 HourMs = 3600000;
        const qint64 hour = localMs >= 0 ? localMs / HourMs : (localMs - HourMs + 1) / HourMs;
        if (hour != m_cachedHour || key != m_cachedKey) {
            const QDateTime local(QDateTime::fromMSecsSinceEpoch(hour * HourMs, Qt::UTC).date(),
                QDateTime::fromMSecsSinceEpoch(hour * HourMs, Qt::UTC).time(), zone);
            m_cachedOffsetMs = local.isValid() ? qint64(local.offsetFromUtc()) * 1000 : 0;
            m_cachedHour = hour;
            m_cachedKey = key;
        }
        return localMs - m_cachedOffsetMs;
    }

    QTimeZone m_fallback;
    bool m_fallbackIsUtc = true;
    QByteArray m_lastName;
    QTimeZone m_lastZone;
    int m_lastKey = 0;
    qint64 m_cachedHour = std::numeric_limits<qint64>::min();
    int m_cachedKey = -1;
    qint64 m_cachedOffsetMs = 0;
};

// "Tue Jan 04 15:19:23.375 2000" and "... 1999 Pacific Standard Time": the local time, and the zone
// name that follows the year (empty for client logs).
std::optional<qint64> smsTime(QByteArrayView text, QByteArrayView* zoneName)
{
    QByteArrayView parts[5];
    int count = 0;
    qsizetype i = 0;
    while (count < 5 && i < text.size()) {
        while (i < text.size() && text.at(i) == ' ')
            ++i;
        const qsizetype start = i;
        while (i < text.size() && text.at(i) != ' ')
            ++i;
        if (i > start)
            parts[count++] = text.sliced(start, i - start);
    }
    if (count < 5)
        return std::nullopt;
    const int m = month(parts[1]);
    quint64 day, year;
    int hour, minute, second, ms;
    if (!m || !number(parts[2], &day, 31) || !number(parts[4], &year, 9999)
        || !clock(parts[3], &hour, &minute, &second, &ms))
        return std::nullopt;
    *zoneName = text.sliced(i).trimmed();
    return epochMs(int(year), m, int(day), hour, minute, second, ms);
}

// "112 (0x70)" or "4199866221"
bool threadId(QByteArrayView text, quint32* thread)
{
    const qsizetype space = text.indexOf(' ');
    quint64 value;
    if (!number(space >= 0 ? text.first(space) : text, &value))
        return false;
    *thread = quint32(value);
    return true;
}

// The first "><" at or after `from`: memchr for '>' beats Qt's general substring search on the
// short tail of a line.
qsizetype findTagJoin(QByteArrayView text, qsizetype from = 0)
{
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    for (const char* at = begin + from; at < end;) {
        const auto* found = static_cast<const char*>(std::memchr(at, '>', size_t(end - at)));
        if (!found || found + 1 >= end)
            return -1;
        if (found[1] == '<')
            return found - begin;
        at = found + 1;
    }
    return -1;
}

LogEntry::Severity smsSeverity(QByteArrayView text)
{
    // SMS 2.0 logs carry no level: the text starts with it, or says "ERROR:" or "WARNING:".
    if (text.startsWith("Error") || text.startsWith("ERROR"))
        return LogEntry::Severity::Error;
    bool warning = text.startsWith("Warning") || text.startsWith("WARNING");
    // One pass over the colons, which are rare, instead of a substring search per word.
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    for (const char* at = begin; at < end;) {
        const auto* colon = static_cast<const char*>(std::memchr(at, ':', size_t(end - at)));
        if (!colon)
            break;
        const QByteArrayView before(begin, colon - begin);
        if (before.endsWith("ERROR") || before.endsWith("Error"))
            return LogEntry::Severity::Error;
        warning = warning || before.endsWith("WARNING");
        at = colon + 1;
    }
    return warning ? LogEntry::Severity::Warning : LogEntry::Severity::Info;
}

// Most log text is ASCII: Latin-1 conversion is much cheaper and gives the same characters.
QString toText(QByteArrayView raw)
{
    for (char c : raw) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return QString::fromUtf8(raw);
    }
    return QString::fromLatin1(raw);
}

// Components repeat on every line: share one string instead of making a new one each time.
QString component(QByteArrayView raw, QByteArray* lastBytes, QString* last)
{
    if (raw != QByteArrayView(*lastBytes)) {
        *lastBytes = raw.toByteArray();
        *last = toText(raw);
    }
    return *last;
}

bool parseSms(const QByteArray& data, QByteArrayView line, LogEntry* entry, QByteArray* lastComponentBytes,
    QString* lastComponent, ZoneClock& zone)
{
    // The marker is the last "$$<" of the line: find the last '$' from the end.
    qsizetype marker = -1;
    const char* const bytes = line.data();
    for (qsizetype before = line.size(); before > 0;) {
        const auto* dollar = static_cast<const char*>(memrchr(bytes, '$', size_t(before)));
        if (!dollar)
            break;
        const qsizetype at = dollar - bytes;
        if (at >= 1 && bytes[at - 1] == '$' && at + 1 < line.size() && bytes[at + 1] == '<') {
            marker = at - 1;
            break;
        }
        before = at;
    }
    if (marker < 0)
        return false;
    const QByteArrayView rest = line.sliced(marker + 3);
    const qsizetype componentEnd = findTagJoin(rest);
    if (componentEnd <= 0)
        return false;
    const QByteArrayView afterComponent = rest.sliced(componentEnd + 2);
    const qsizetype timeEnd = findTagJoin(afterComponent);
    if (timeEnd <= 0)
        return false;
    const QByteArrayView threadPart = afterComponent.sliced(timeEnd + 2);
    if (!threadPart.startsWith("thread=") || !threadPart.endsWith('>'))
        return false;
    QByteArrayView zoneName;
    const auto local = smsTime(afterComponent.first(timeEnd), &zoneName);
    const auto time = local ? zone.toUtc(*local, zoneName) : std::nullopt;
    if (!time || !threadId(threadPart.sliced(7, threadPart.size() - 8), &entry->thread))
        return false;
    const QByteArrayView text = line.first(marker);
    entry->timeMs = *time;
    entry->component = component(rest.first(componentEnd), lastComponentBytes, lastComponent);
    entry->severity = smsSeverity(text);
    entry->code = findCode(text);
    entry->setText(data, text.data() - data.constData(), text.size(), true);
    return true;
}

QByteArrayView attribute(QByteArrayView attributes, const char* name)
{
    const QByteArray key = QByteArray(name) + "=\"";
    qsizetype at = 0;
    while ((at = attributes.indexOf(key, at)) >= 0) {
        if (at == 0 || attributes.at(at - 1) == ' ') {
            const qsizetype start = at + key.size();
            const qsizetype end = attributes.indexOf('"', start);
            return end < 0 ? QByteArrayView() : attributes.sliced(start, end - start);
        }
        at += key.size();
    }
    return {};
}

// <![LOG[text]LOG]!><time="08:00:00.000+480" date="1-5-2024" component="x" type="1" thread="12" file="">
bool parseConfigurationManager(const QByteArray& source, QByteArrayView entry, LogEntry* out)
{
    const qsizetype close = entry.indexOf("]LOG]!>");
    if (!entry.startsWith("<![LOG[") || close < 0)
        return false;
    const QByteArrayView text = entry.sliced(7, close - 7);
    QByteArrayView attributes = entry.sliced(close + 7).trimmed();
    if (!attributes.startsWith('<') || !attributes.endsWith('>'))
        return false;
    attributes = attributes.sliced(1, attributes.size() - 2);
    const QByteArrayView time = attribute(attributes, "time");
    const QByteArrayView date = attribute(attributes, "date");
    qsizetype sign = time.indexOf('+');
    if (sign < 0)
        sign = time.indexOf('-');
    int hour, minute, second, ms;
    quint64 bias = 0;
    if (!clock(sign >= 0 ? time.first(sign) : time, &hour, &minute, &second, &ms))
        return false;
    if (sign >= 0 && !number(time.sliced(sign + 1), &bias, 24 * 60))
        return false;
    const qsizetype d1 = date.indexOf('-');
    const qsizetype d2 = d1 < 0 ? -1 : date.indexOf('-', d1 + 1);
    quint64 m, d, y;
    if (d2 < 0 || !number(date.first(d1), &m, 12) || !number(date.sliced(d1 + 1, d2 - d1 - 1), &d, 31)
        || !number(date.sliced(d2 + 1), &y, 9999))
        return false;
    const auto local = epochMs(int(y), int(m), int(d), hour, minute, second, ms);
    if (!local)
        return false;
    // Configuration Manager's bias is what to add to local time to get UTC, in minutes.
    const qint64 biasMs = qint64(bias) * 60000 * (sign >= 0 && time.at(sign) == '-' ? -1 : 1);
    out->timeMs = *local + biasMs;
    out->component = QString::fromUtf8(attribute(attributes, "component"));
    const QByteArrayView threadText = attribute(attributes, "thread");
    if (!threadText.isEmpty() && !threadId(threadText, &out->thread))
        return false;
    const QByteArrayView type = attribute(attributes, "type");
    out->severity = type == "3" ? LogEntry::Severity::Error
        : type == "2"           ? LogEntry::Severity::Warning
                                : LogEntry::Severity::Info;
    out->code = findCode(text);
    out->setText(source, text.data() - source.constData(), text.size(), false);
    return true;
}

std::optional<quint32> hexCode(QByteArrayView text, qsizetype at)
{
    quint32 value = 0;
    int digits = 0;
    for (qsizetype i = at; i < text.size() && digits < 8; ++i, ++digits) {
        const char c = text.at(i);
        const int v = c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'f'         ? c - 'a' + 10
            : c >= 'A' && c <= 'F'         ? c - 'A' + 10
                                           : -1;
        if (v < 0)
            break;
        value = value * 16 + quint32(v);
    }
    return digits == 8 ? std::optional(value) : std::nullopt;
}
} // namespace

std::optional<quint32> findCode(QByteArrayView text)
{
    // One pass: "#2147942405", "error 2147942405" (also "returned", "code"), or "0x80070005".
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = text.at(i);
        if (c == '0' && i + 1 < size && text.at(i + 1) == 'x') {
            if (const auto hex = hexCode(text, i + 2))
                return hex;
            continue;
        }
        if (c < '0' || c > '9' || (i > 0 && text.at(i - 1) >= '0' && text.at(i - 1) <= '9'))
            continue;
        qsizetype end = i;
        while (end < size && text.at(end) >= '0' && text.at(end) <= '9')
            ++end;
        bool marked = i > 0 && text.at(i - 1) == '#';
        if (!marked && i > 1 && text.at(i - 1) == ' ') {
            const QByteArrayView before = text.first(i - 1);
            marked = before.endsWith("error") || before.endsWith("Error") || before.endsWith("returned")
                || before.endsWith("code");
        }
        quint64 value;
        if (marked && number(text.sliced(i, end - i), &value))
            return ErrorCodes::toHresult(quint32(value));
        i = end;
    }
    return std::nullopt;
}

namespace {
// Entries of [pos, end), whose first line is line 1; `format` was detected from the whole log.
LogFile parseRange(const QByteArray& data, qsizetype pos, qsizetype size, LogFile::Format format, int* lines,
    const QTimeZone& logZone, qsizetype room = 0)
{
    LogFile file;
    ZoneClock zone(logZone);
    file.format = format;
    int lineNumber = 0;
    // Entries keep 32-bit offsets into their half of the log; SMS logs roll over at a few MB.
    if (size - pos > std::numeric_limits<qint32>::max()) {
        file.unreadableLines << 1;
        *lines = 1;
        return file;
    }
    QByteArray lastComponentBytes;
    QString lastComponent;
    // Entries run about a hundred bytes; `room` makes space for what another half will add.
    file.entries.reserve(std::max(room, (size - pos) / 100));
    adviseHugePages(file.entries.data(), file.entries.capacity() * qsizetype(sizeof(LogEntry)));
    while (pos < size) {
        const char* start = data.constData() + pos;
        const void* found = std::memchr(start, '\n', size_t(size - pos));
        qsizetype end = found ? static_cast<const char*>(found) - data.constData() : size;
        ++lineNumber;
        QByteArrayView line(start, end - pos);
        pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || ((line.front() == ' ' || line.front() == '\t') && line.trimmed().isEmpty()))
            continue;
        // Built in place: a million entries are not moved twice.
        LogEntry& entry = file.entries.emplaceBack();
        entry.line = lineNumber;
        bool ok;
        if (format == LogFile::Format::ConfigurationManager) {
            // An entry's text may hold line breaks: read on to its closing marker.
            QByteArray joined;
            QByteArrayView whole = line;
            while (!whole.contains("]LOG]!>") && pos < size && line.startsWith("<![LOG[")) {
                const void* next = std::memchr(data.constData() + pos, '\n', size_t(size - pos));
                const qsizetype nextEnd = next ? static_cast<const char*>(next) - data.constData() : size;
                if (joined.isEmpty())
                    joined = line.toByteArray();
                joined += '\n' + data.mid(pos, nextEnd - pos);
                if (joined.endsWith('\r'))
                    joined.chop(1);
                pos = nextEnd + 1;
                ++lineNumber;
                whole = joined;
            }
            ok = parseConfigurationManager(joined.isEmpty() ? data : joined, whole, &entry);
        } else {
            ok = parseSms(data, line, &entry, &lastComponentBytes, &lastComponent, zone);
        }
        if (!ok) {
            file.unreadableLines << entry.line;
            file.entries.removeLast();
        }
    }
    *lines = lineNumber;
    return file;
}

// Where the second half of a log may start: the beginning of a line that begins an entry.
qsizetype splitPoint(const QByteArray& data, qsizetype from, LogFile::Format format)
{
    qsizetype at = from;
    while ((at = data.indexOf('\n', at)) >= 0) {
        ++at;
        if (format == LogFile::Format::Sms || QByteArrayView(data).sliced(at).startsWith("<![LOG["))
            return at;
    }
    return data.size();
}
} // namespace

QByteArray readFile(QFile& file)
{
    const qint64 size = file.size();
    if (file.isSequential() || size < (8 << 20))
        return file.readAll();
    QByteArray data(size, Qt::Uninitialized);
    adviseHugePages(data.data(), data.size());
    const qint64 half = size / 2;
    bool secondRead = false;
    std::thread worker([&] {
        QFile other(file.fileName());
        secondRead = other.open(QIODevice::ReadOnly) && other.seek(half)
            && other.read(data.data() + half, size - half) == size - half;
    });
    const bool firstRead = file.seek(0) && file.read(data.data(), half) == half;
    worker.join();
    if (firstRead && secondRead)
        return data;
    file.seek(0); // it changed under us: read it the simple way
    return file.readAll();
}

LogFile parse(const QByteArray& data, const QTimeZone& zone)
{
    const qsizetype begin = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    LogFile::Format format = LogFile::Format::Sms;
    for (qsizetype at = begin; at < data.size();) {
        qsizetype end = data.indexOf('\n', at);
        if (end < 0)
            end = data.size();
        const QByteArrayView line = QByteArrayView(data).sliced(at, end - at).trimmed();
        if (!line.isEmpty()) {
            format = line.startsWith("<![LOG[") ? LogFile::Format::ConfigurationManager : LogFile::Format::Sms;
            break;
        }
        at = end + 1;
    }
    // Large logs in two halves on two threads; the halves meet at the start of an entry.
    int firstLines = 0;
    int secondLines = 0;
    const qsizetype split = data.size() < (8 << 20) ? data.size() : splitPoint(data, data.size() / 2, format);
    if (split >= data.size())
        return parseRange(data, begin, data.size(), format, &firstLines, zone);
    // The second half gets bytes of its own: every entry shares its buffer, and two threads
    // counting references on one buffer would fight over its cache line.
    LogFile second;
    std::thread worker([&] {
        QByteArray tail(data.size() - split, Qt::Uninitialized);
        adviseHugePages(tail.data(), tail.size());
        std::memcpy(tail.data(), data.constData() + split, size_t(tail.size()));
        second = parseRange(tail, 0, tail.size(), format, &secondLines, zone);
    });
    // The first half's list has room for both from the start: no copy of it when they join.
    LogFile file = parseRange(data, begin, split, format, &firstLines, zone, (data.size() - begin) / 100 + 1024);
    worker.join();
    file.entries.reserve(file.entries.size() + second.entries.size());
    for (LogEntry& entry : second.entries) {
        entry.line += firstLines;
        file.entries.append(std::move(entry));
    }
    for (int line : std::as_const(second.unreadableLines))
        file.unreadableLines << line + firstLines;
    return file;
}
} // namespace LogParser
