#include "Settings.h"

#include <QSettings>

namespace Settings {
namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString LastKey = QStringLiteral("inventory/last");
const QString RecentKey = QStringLiteral("inventory/recent");
const QString ServerKey = QStringLiteral("inventory/server");
const QString LanguageKey = QStringLiteral("ui/language");
const QString SiteImportFolderKey = QStringLiteral("siteImport/folder");
const QString SiteImportColumnKey = QStringLiteral("siteImport/column/%1");
const QString SiteImportOsKey = QStringLiteral("siteImport/osFamilies");
} // namespace

QByteArray windowGeometry()
{
    return QSettings().value(GeometryKey).toByteArray();
}

void setWindowGeometry(const QByteArray& geometry)
{
    QSettings().setValue(GeometryKey, geometry);
}

QByteArray windowState()
{
    return QSettings().value(StateKey).toByteArray();
}

void setWindowState(const QByteArray& state)
{
    QSettings().setValue(StateKey, state);
}

QString lastInventory()
{
    return QSettings().value(LastKey).toString();
}

void setLastInventory(const QString& path)
{
    QSettings().setValue(LastKey, path);
}

QStringList recentInventories()
{
    return QSettings().value(RecentKey).toStringList();
}

void setRecentInventories(const QStringList& paths)
{
    QSettings().setValue(RecentKey, paths.mid(0, MaxRecent));
}

QString lastServer()
{
    return QSettings().value(ServerKey).toString();
}

void setLastServer(const QString& location)
{
    QSettings().setValue(ServerKey, location);
}

QString language()
{
    return QSettings().value(LanguageKey).toString();
}

void setLanguage(const QString& code)
{
    if (code.isEmpty())
        QSettings().remove(LanguageKey);
    else
        QSettings().setValue(LanguageKey, code);
}

QString siteImportFolder()
{
    return QSettings().value(SiteImportFolderKey).toString();
}

void setSiteImportFolder(const QString& path)
{
    QSettings().setValue(SiteImportFolderKey, path);
}

QString siteImportColumn(const QString& field)
{
    return QSettings().value(SiteImportColumnKey.arg(field)).toString();
}

void setSiteImportColumn(const QString& field, const QString& column)
{
    QSettings().setValue(SiteImportColumnKey.arg(field), column);
}

// OS texts hold spaces and dots, never a key of their own: one map keeps them all.
QHash<QString, QString> siteImportOsFamilies()
{
    QHash<QString, QString> families;
    const QVariantMap stored = QSettings().value(SiteImportOsKey).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        families.insert(it.key(), it.value().toString());
    return families;
}

void setSiteImportOsFamilies(const QHash<QString, QString>& families)
{
    QVariantMap stored;
    for (auto it = families.cbegin(); it != families.cend(); ++it)
        stored.insert(it.key(), it.value());
    QSettings().setValue(SiteImportOsKey, stored);
}

} // namespace Settings
