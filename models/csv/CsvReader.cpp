#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

CsvReader::CsvReader(const QByteArray& data)
    : m_data(data)
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvReader::looksBinary(const QByteArray& data, int* line)
{
    const qsizetype nul = data.indexOf('\0');
    if (nul >= 0) {
        *line = 1 + static_cast<int>(data.left(nul).count('\n'));
        return true;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(data);
    if (decoder.hasError()) {
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        *line = 1 + static_cast<int>(bad >= 0 ? text.left(bad).count(u'\n') : 0);
        return true;
    }
    return false;
}

bool CsvReader::next(Record& record)
{
    const char* data = m_data.constData();
    const qsizetype size = m_data.size();
    // Skip blank lines between records.
    while (m_pos < size && (data[m_pos] == '\n' || data[m_pos] == '\r')) {
        if (data[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= size || atError())
        return false;

    record.line = m_line;
    record.fields.clear();
    QByteArray field;
    bool quoted = false;
    bool afterQuote = false;
    while (m_pos < size) {
        const char c = data[m_pos];
        if (quoted) {
            if (c == '"') {
                if (m_pos + 1 < size && data[m_pos + 1] == '"') {
                    field += '"';
                    m_pos += 2;
                    continue;
                }
                quoted = false;
                afterQuote = true;
                ++m_pos;
                continue;
            }
            if (c == '\n')
                ++m_line;
            field += c;
            ++m_pos;
            continue;
        }
        if (c == ',') {
            record.fields << QString::fromUtf8(field);
            field.clear();
            afterQuote = false;
            ++m_pos;
            continue;
        }
        if (c == '\r' || c == '\n') {
            if (c == '\r' && m_pos + 1 < size && data[m_pos + 1] == '\n')
                ++m_pos;
            ++m_pos;
            ++m_line;
            record.fields << QString::fromUtf8(field);
            return true;
        }
        if (c == '"') {
            if (!field.isEmpty() || afterQuote) {
                m_error = QCoreApplication::translate("CsvReader", "a quote inside an unquoted field");
                m_errorLine = m_line;
                return false;
            }
            quoted = true;
            ++m_pos;
            continue;
        }
        if (afterQuote) {
            m_error = QCoreApplication::translate("CsvReader", "text after a closing quote");
            m_errorLine = m_line;
            return false;
        }
        field += c;
        ++m_pos;
    }
    if (quoted) {
        m_error = QCoreApplication::translate("CsvReader", "a quoted field is not closed before the end of the file");
        m_errorLine = record.line;
        return false;
    }
    record.fields << QString::fromUtf8(field);
    return true;
}
