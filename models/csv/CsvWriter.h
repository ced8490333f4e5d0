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
    // Writes what is buffered. False if this or any earlier write (records are written in chunks as
    // they come) failed; *error is the device's reason.
    bool flush(QString* error);
    // The same without the reason: only for models/report/TransitionReport until it passes one.
    bool flush();

    static QByteArray escape(const QString& field);

private:
    QIODevice* m_device;
    QByteArray m_buffer;
    QString m_error; // the first failed write's reason
};
