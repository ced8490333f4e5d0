#include "CsvWriter.h"

#include <QIODevice>

namespace {
constexpr qsizetype FlushAt = 1 << 20;
}

CsvWriter::CsvWriter(QIODevice* device)
    : m_device(device)
{
}

CsvWriter::~CsvWriter()
{
    flush();
}

QByteArray CsvWriter::escape(const QString& field)
{
    QByteArray bytes = field.toUtf8();
    bool needsQuotes = false;
    for (char c : bytes) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

void CsvWriter::writeRecord(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer += ',';
        m_buffer += escape(fields.at(i));
    }
    m_buffer += "\r\n";
    if (m_buffer.size() >= FlushAt)
        flush();
}

bool CsvWriter::flush(QString* error)
{
    if (!m_buffer.isEmpty() && m_error.isEmpty() && m_device->write(m_buffer) != m_buffer.size())
        m_error = m_device->errorString().isEmpty() ? QStringLiteral("write failed") : m_device->errorString();
    m_buffer.clear();
    if (m_error.isEmpty())
        return true;
    *error = m_error;
    return false;
}

bool CsvWriter::flush()
{
    QString ignored;
    return flush(&ignored);
}
