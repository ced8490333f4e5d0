#pragma once

#include <QByteArray>
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

} // namespace Settings
