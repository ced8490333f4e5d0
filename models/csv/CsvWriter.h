#pragma once

#include <QByteArray>
#include <QStringList>

class QIODevice;

// Writes RFC 4180 records with CRLF line ends, quoting only the fields that need it.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice* device);
    ~CsvWriter();
    Q_DISABLE_COPY_MOVE(CsvWriter)

    void writeRecord(const QStringList& fields);
    bool flush();

    static QByteArray escape(const QString& field);

private:
    QIODevice* m_device;
    QByteArray m_buffer;
};
