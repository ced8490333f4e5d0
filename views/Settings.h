#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

// Every key the console keeps in QSettings, named once, with its default. The file follows the
// application's organisation and name (tests point QStandardPaths at a temporary place).
namespace Settings {

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray& geometry);
QByteArray windowState();
void setWindowState(const QByteArray& state);

// The inventory opened last, for the next start; empty when none.
QString lastInventory();
void setLastInventory(const QString& path);
// Files and servers opened, newest first, at most MaxRecent.
constexpr int MaxRecent = 8;
QStringList recentInventories();
void setRecentInventories(const QStringList& paths);
// The server location last connected to, to fill the dialog.
QString lastServer();
void setLastServer(const QString& location);

// The language chosen in the preferences; empty for the system's.
QString language();
void setLanguage(const QString& code);

// Import from Site: the folder last chosen, the export column chosen for each field (by its --map
// name: name, version, os, site, client, heartbeat; empty for the default), and the family chosen
// for each OS text (folded: SiteExport::osKey).
QString siteImportFolder();
void setSiteImportFolder(const QString& path);
QString siteImportColumn(const QString& field);
void setSiteImportColumn(const QString& field, const QString& column);
QHash<QString, QString> siteImportOsFamilies();
void setSiteImportOsFamilies(const QHash<QString, QString>& families);

} // namespace Settings
