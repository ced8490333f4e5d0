#include "RegFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("RegFile", text);
}

const char16_t Windows1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
    0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// REGEDIT4 files are in the system's ANSI code page; Windows-1252 is the Western one, and the
// bytes it leaves undefined map to the same C1 code points as Latin-1.
QString fromWindows1252(const char* bytes, qsizetype size)
{
    QString result(size, Qt::Uninitialized);
    QChar* out = result.data();
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        out[i] = byte >= 0x80 && byte < 0xA0 ? QChar(Windows1252High[byte - 0x80]) : QChar(char16_t(byte));
    }
    return result;
}

QString fromUtf16Le(const char* bytes, qsizetype size)
{
    QString result(size / 2, Qt::Uninitialized);
    QChar* out = result.data();
    for (qsizetype i = 0; i + 1 < size; i += 2)
        out[i / 2]
            = QChar(char16_t(static_cast<unsigned char>(bytes[i]) | static_cast<unsigned char>(bytes[i + 1]) << 8));
    return result;
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

QString normalKeyPath(QStringView path)
{
    QString result = path.trimmed().toString();
    if (result.startsWith(QLatin1String("HKLM\\"), Qt::CaseInsensitive))
        result.replace(0, 4, QStringLiteral("HKEY_LOCAL_MACHINE"));
    while (result.endsWith(u'\\'))
        result.chop(1);
    return result.toCaseFolded();
}

class Parser
{
public:
    Parser(const QString& fileName, QString* error)
        : m_fileName(fileName)
        , m_error(error)
    {
    }

    bool fail(int line, const QString& reason)
    {
        *m_error = QStringLiteral("%1:%2: %3").arg(m_fileName).arg(line).arg(reason);
        return false;
    }

    // A quoted string from `text[*pos]` (the opening quote) with \\ and \" escapes; *pos ends past
    // the closing quote.
    bool quoted(QStringView text, qsizetype* pos, QString* out, int line, const QString& what)
    {
        qsizetype i = *pos + 1;
        out->clear();
        while (i < text.size()) {
            const QChar c = text[i];
            if (c == u'"') {
                *pos = i + 1;
                return true;
            }
            if (c == u'\\' && i + 1 < text.size()) {
                const QChar next = text[i + 1];
                // regedit escapes only these two; anything else is kept as written.
                if (next == u'\\' || next == u'"') {
                    out->append(next);
                    i += 2;
                    continue;
                }
            }
            out->append(c);
            ++i;
        }
        return fail(line, tr("%1: the closing quote is missing").arg(what));
    }

    bool value(QStringView text, int line, bool unicode, RegValue* out)
    {
        qsizetype pos = 0;
        out->line = line;
        QString what;
        if (text.startsWith(u'@')) {
            pos = 1;
            what = QStringLiteral("@");
        } else {
            if (!quoted(text, &pos, &out->name, line, tr("value name")))
                return false;
            what = QStringLiteral("\"%1\"").arg(out->name);
        }
        while (pos < text.size() && text[pos].isSpace())
            ++pos;
        if (pos >= text.size() || text[pos] != u'=')
            return fail(line, tr("%1: \"=\" expected after the value name").arg(what));
        ++pos;
        while (pos < text.size() && text[pos].isSpace())
            ++pos;
        const QStringView data = text.mid(pos).trimmed();
        if (data == u"-")
            return false; // a deletion: not an error, nothing to keep (the caller checks m_error)
        if (data.startsWith(u'"')) {
            qsizetype end = 0;
            if (!quoted(data, &end, &out->text, line, what))
                return false;
            if (!data.mid(end).trimmed().isEmpty())
                return fail(line, tr("%1: unexpected text after the closing quote").arg(what));
            out->type = RegValue::Type::String;
            return true;
        }
        if (data.startsWith(QLatin1String("dword:"), Qt::CaseInsensitive)) {
            const QStringView digits = data.mid(6).trimmed();
            if (digits.isEmpty() || digits.size() > 8)
                return fail(line, tr("%1: dword: needs one to eight hexadecimal digits").arg(what));
            quint32 number = 0;
            for (const QChar c : digits) {
                const int d = hexDigit(c);
                if (d < 0)
                    return fail(line, tr("%1: dword: \"%2\" is not hexadecimal").arg(what, digits.toString()));
                number = number << 4 | quint32(d);
            }
            out->type = RegValue::Type::Dword;
            out->dword = number;
            out->text = QString::number(number);
            return true;
        }
        if (data.startsWith(QLatin1String("hex"), Qt::CaseInsensitive)) {
            qsizetype i = 3;
            int kind = 3;
            if (i < data.size() && data[i] == u'(') {
                const qsizetype close = data.indexOf(u')', i);
                if (close < 0 || close - i - 1 < 1 || close - i - 1 > 8)
                    return fail(line, tr("%1: hex(N): expected").arg(what));
                kind = 0;
                for (const QChar c : data.mid(i + 1, close - i - 1)) {
                    const int d = hexDigit(c);
                    if (d < 0)
                        return fail(line, tr("%1: hex(N): N must be hexadecimal").arg(what));
                    kind = (kind << 4) | d;
                    if (kind > 0xFFFF)
                        return fail(line, tr("%1: hex(N): N is too large").arg(what));
                }
                i = close + 1;
            }
            if (i >= data.size() || data[i] != u':')
                return fail(line, tr("%1: \":\" expected after hex").arg(what));
            ++i;
            out->hexKind = kind;
            const QStringView bytes = data.mid(i);
            out->data.reserve(bytes.size() / 3 + 1);
            for (QStringView part : bytes.split(u',')) {
                part = part.trimmed();
                if (part.isEmpty() && bytes.trimmed().isEmpty())
                    break;
                const int high = part.size() == 2 ? hexDigit(part[0]) : -1;
                const int low = part.size() == 2 ? hexDigit(part[1]) : -1;
                if (high < 0 || low < 0)
                    return fail(line, tr("%1: \"%2\" is not a hexadecimal byte").arg(what, part.left(16).toString()));
                out->data.append(char(high << 4 | low));
            }
            decodeHex(unicode, out);
            return true;
        }
        return fail(line, tr("%1: unknown value type \"%2\"").arg(what, data.left(16).toString()));
    }

    // REG_EXPAND_SZ and REG_MULTI_SZ as text, in the file's own encoding.
    static void decodeHex(bool unicode, RegValue* out)
    {
        const auto text = [&](const QByteArray& bytes) {
            return unicode ? fromUtf16Le(bytes.constData(), bytes.size())
                           : fromWindows1252(bytes.constData(), bytes.size());
        };
        switch (out->hexKind) {
        case 1:
        case 2: {
            QString value = text(out->data);
            const qsizetype nul = value.indexOf(QChar(0));
            out->text = nul < 0 ? value : value.left(nul);
            out->type = out->hexKind == 2 ? RegValue::Type::ExpandString : RegValue::Type::String;
            break;
        }
        case 7: {
            QString value = text(out->data);
            const QStringList parts = value.split(QChar(0));
            for (const QString& part : parts) {
                if (part.isEmpty())
                    break; // the empty string ends the list
                out->strings << part;
            }
            out->text = out->strings.join(u'\n');
            out->type = RegValue::Type::MultiString;
            break;
        }
        case 4:
            if (out->data.size() == 4) {
                out->dword = quint32(static_cast<unsigned char>(out->data[0]))
                    | quint32(static_cast<unsigned char>(out->data[1])) << 8
                    | quint32(static_cast<unsigned char>(out->data[2])) << 16
                    | quint32(static_cast<unsigned char>(out->data[3])) << 24;
                out->text = QString::number(out->dword);
                out->type = RegValue::Type::Dword;
                break;
            }
            out->type = RegValue::Type::Other;
            break;
        case 3:
            out->type = RegValue::Type::Binary;
            break;
        default:
            out->type = RegValue::Type::Other;
        }
    }

    const QString& m_fileName;
    QString* m_error;
};
} // namespace

const RegValue* RegKey::value(const QString& name) const
{
    // The last one wins, as regedit's import would leave it.
    for (auto it = values.crbegin(); it != values.crend(); ++it) {
        if (it->name.compare(name, Qt::CaseInsensitive) == 0)
            return &*it;
    }
    return nullptr;
}

const RegKey* RegFile::key(const QString& path) const
{
    const QString wanted = normalKeyPath(path);
    for (auto it = m_keys.crbegin(); it != m_keys.crend(); ++it) {
        if (normalKeyPath(it->path) == wanted)
            return &*it;
    }
    return nullptr;
}

QList<const RegKey*> RegFile::subkeys(const QString& parent) const
{
    const QString prefix = normalKeyPath(parent) + u'\\';
    QList<const RegKey*> result;
    for (const RegKey& key : m_keys) {
        const QString path = normalKeyPath(key.path);
        if (path.startsWith(prefix) && path.size() > prefix.size() && !path.mid(prefix.size()).contains(u'\\'))
            result << &key;
    }
    return result;
}

std::optional<RegFile> RegFile::read(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), path, error);
}

std::optional<RegFile> RegFile::parse(const QByteArray& bytes, const QString& fileName, QString* error)
{
    Parser parser(fileName, error);
    QString text;
    if (bytes.startsWith("\xFF\xFE")) {
        text = fromUtf16Le(bytes.constData() + 2, bytes.size() - 2);
    } else if (bytes.size() >= 2 && bytes[0] != 0 && bytes[1] == 0) {
        text = fromUtf16Le(bytes.constData(), bytes.size()); // UTF-16LE that lost its mark
    } else if (bytes.startsWith("\xEF\xBB\xBF")) {
        text = QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
    } else if (bytes.startsWith("Windows Registry Editor")) {
        text = QString::fromUtf8(bytes);
    } else {
        text = fromWindows1252(bytes.constData(), bytes.size());
    }

    RegFile result;
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    int lineNumber = 0;
    bool header = false;
    qsizetype current = -1; // an index: appending moves the keys
    bool deleted = false;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        QStringView line = lines[index];
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        QStringView trimmed = line.trimmed();
        // Files joined with copy /b: a later file's byte-order mark, and its header, are skipped.
        while (trimmed.startsWith(QChar(0xFEFF)))
            trimmed = trimmed.mid(1).trimmed();
        if (header && (trimmed == u"REGEDIT4" || trimmed == u"Windows Registry Editor Version 5.00"))
            continue;
        if (!header) {
            if (trimmed.isEmpty())
                continue;
            if (trimmed == u"REGEDIT4") {
                result.m_format = Format::Regedit4;
            } else if (trimmed == u"Windows Registry Editor Version 5.00") {
                result.m_format = Format::Version5;
            } else {
                parser.fail(lineNumber,
                    tr("not a registry export: REGEDIT4 or \"Windows Registry Editor Version 5.00\" expected"));
                return std::nullopt;
            }
            header = true;
            continue;
        }
        if (trimmed.isEmpty() || trimmed.startsWith(u';'))
            continue;
        if (trimmed.startsWith(u'[')) {
            if (!trimmed.endsWith(u']')) {
                parser.fail(lineNumber, tr("a key line must end with \"]\""));
                return std::nullopt;
            }
            const QStringView path = trimmed.mid(1, trimmed.size() - 2);
            if (path.startsWith(u'-')) {
                deleted = true; // a deletion: its values (if any) are ignored
                current = -1;
                continue;
            }
            if (path.trimmed().isEmpty()) {
                parser.fail(lineNumber, tr("empty key name"));
                return std::nullopt;
            }
            deleted = false;
            result.m_keys.append(RegKey {path.toString(), lineNumber, {}});
            current = result.m_keys.size() - 1;
            continue;
        }
        // A value, with its continuation lines (a trailing backslash joins the next line).
        const int first = lineNumber;
        QString joined = trimmed.toString();
        while (joined.endsWith(u'\\') && index + 1 < lines.size()) {
            joined.chop(1);
            QStringView next = lines[++index];
            ++lineNumber;
            if (next.endsWith(u'\r'))
                next.chop(1);
            joined += next.trimmed();
        }
        if (deleted)
            continue;
        if (current < 0) {
            parser.fail(first, tr("a value before any [key] line"));
            return std::nullopt;
        }
        if (!joined.startsWith(u'"') && !joined.startsWith(u'@')) {
            parser.fail(first, tr("a value must start with \"name\"= or @="));
            return std::nullopt;
        }
        RegValue value;
        error->clear();
        // Version 5 writes hex(2) and hex(7) data in UTF-16LE whatever the file's own encoding.
        if (!parser.value(joined, first, result.m_format == Format::Version5, &value)) {
            if (!error->isEmpty())
                return std::nullopt;
            continue; // "name"=-
        }
        result.m_keys[current].values.append(std::move(value));
    }
    if (!header) {
        parser.fail(
            qMax(1, lineNumber), tr("empty file: REGEDIT4 or \"Windows Registry Editor Version 5.00\" expected"));
        return std::nullopt;
    }
    return result;
}
