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

} // namespace Settings
