#include "DemoEvidence.h"

#include "planning/ClientRules.h"
#include "planning/TimingParameters.h"
#include "store/Inventory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace {
QString quoted(const QString& text)
{
    QString result = text;
    result.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + result + u'"';
}

struct Cap
{
    QString server;
    qint64 addedAt = 0;
    std::optional<qint64> removedAt;
};
} // namespace

namespace DemoEvidence {
int write(const Inventory& inventory, const QString& folder, int clients, QString* error)
{
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("DemoEvidence", "%1: cannot create the folder").arg(folder);
        return -1;
    }
    QHash<QString, QList<Cap>> caps;
    QSqlQuery query
        = inventory.prepare(QStringLiteral("SELECT site, server, added_at, removed_at FROM caps ORDER BY server"));
    if (!query.exec()) {
        *error = Inventory::explain(query.lastError());
        return -1;
    }
    while (query.next())
        caps[query.value(0).toString()] << Cap {query.value(1).toString(), query.value(2).toLongLong(),
            query.value(3).isNull() ? std::nullopt : std::optional(query.value(3).toLongLong())};
    query
        = inventory.prepare(QStringLiteral("SELECT c.name, c.site, c.last_refresh_at, s.time_zone FROM clients c JOIN "
                                           "sites s ON s.code = c.site ORDER BY c.name LIMIT ?"));
    query.addBindValue(clients);
    if (!query.exec()) {
        *error = Inventory::explain(query.lastError());
        return -1;
    }
    const qint64 propagation = TimingParameters {}.propagation;
    int written = 0;
    while (query.next()) {
        const QString name = query.value(0).toString();
        const QString site = query.value(1).toString();
        const QVariant refresh = query.value(2);
        const QString zoneName = query.value(3).toString();
        const QTimeZone zone = zoneName.isEmpty() ? QTimeZone::utc() : QTimeZone(zoneName.toUtf8());
        const bool unicode = written % 2 == 1;
        QString text = unicode ? QStringLiteral("Windows Registry Editor Version 5.00\r\n\r\n")
                               : QStringLiteral("REGEDIT4\r\n\r\n");
        text
            += QStringLiteral("[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName]\r\n"
                              "\"ComputerName\"=%1\r\n\r\n")
                   .arg(quoted(name.toUpper()));
        text += QStringLiteral(
            "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NAL\\Client\\AbExprtDB\\CAP List for site %1]\r\n")
                    .arg(site);
        int index = 0;
        for (const Cap& cap : caps.value(site)) {
            if (refresh.isNull() || !ClientRules::knows(cap.addedAt, cap.removedAt, refresh.toLongLong(), propagation))
                continue;
            const QString path = QStringLiteral("MSWNET:[\"SMS_SITE=%1\"%2]\\\\%3\\CAP_%1\\")
                                     .arg(site, index == 0 ? QStringLiteral(", \"PREFERRED\"") : QString(), cap.server);
            text += QStringLiteral("\"%1\"=%2\r\n").arg(index++).arg(quoted(path));
        }
        text += QStringLiteral("\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\SMS\\Client\\Sites\\Shared\\%1]\r\n")
                    .arg(site);
        if (!refresh.isNull() && written % 10 != 9)
            text += QStringLiteral("\"Site Config Last Checked\"=\"%1\"\r\n")
                        .arg(QDateTime::fromSecsSinceEpoch(refresh.toLongLong(), zone)
                                 .toString(QStringLiteral("yyyy/MM/dd HH:mm.ss")));
        QByteArray bytes;
        if (unicode) {
            bytes = QByteArray("\xFF\xFE", 2);
            bytes.reserve(2 + text.size() * 2);
            for (const QChar c : std::as_const(text)) {
                bytes.append(char(c.unicode() & 0xFF));
                bytes.append(char(c.unicode() >> 8));
            }
        } else {
            bytes = text.toLatin1();
        }
        QSaveFile file(QDir(folder).filePath(name + QStringLiteral(".reg")));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
            return -1;
        }
        ++written;
    }
    return written;
}
} // namespace DemoEvidence
