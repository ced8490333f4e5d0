#include "Enums.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace {
template <typename E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, const char16_t*>, N>& table, const QString& text)
{
    for (const auto& [value, spelling] : table) {
        if (text == QStringView(spelling))
            return value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QString spell(const std::array<std::pair<E, const char16_t*>, N>& table, E value)
{
    for (const auto& [v, spelling] : table) {
        if (v == value)
            return QString::fromUtf16(spelling);
    }
    return {};
}

template <typename E, std::size_t N>
QStringList spellings(const std::array<std::pair<E, const char16_t*>, N>& table)
{
    QStringList names;
    for (const auto& entry : table)
        names << QString::fromUtf16(entry.second);
    return names;
}

constexpr std::array<std::pair<OsFamily, const char16_t*>, 3> OsTable {
    {{OsFamily::Nt4, u"nt4"}, {OsFamily::W2k, u"w2k"}, {OsFamily::Win9x, u"win9x"}}};
constexpr std::array<std::pair<InstallMethod, const char16_t*>, 4> InstallTable {{{InstallMethod::Logon, u"logon"},
    {InstallMethod::Push, u"push"}, {InstallMethod::Manual, u"manual"}, {InstallMethod::Unknown, u"unknown"}}};
constexpr std::array<std::pair<Licensing, const char16_t*>, 2> LicensingTable {
    {{Licensing::PerSeat, u"per-seat"}, {Licensing::PerServer, u"per-server"}}};
constexpr std::array<std::pair<TransitionKind, const char16_t*>, 2> KindTable {
    {{TransitionKind::Cap, u"cap"}, {TransitionKind::Account, u"account"}}};
} // namespace

namespace Enums {
QString name(OsFamily value)
{
    return spell(OsTable, value);
}
QString name(InstallMethod value)
{
    return spell(InstallTable, value);
}
QString name(Licensing value)
{
    return spell(LicensingTable, value);
}
QString name(TransitionKind value)
{
    return spell(KindTable, value);
}

std::optional<OsFamily> parseOs(const QString& text)
{
    return lookup(OsTable, text);
}
std::optional<InstallMethod> parseInstallMethod(const QString& text)
{
    return lookup(InstallTable, text);
}
std::optional<Licensing> parseLicensing(const QString& text)
{
    return lookup(LicensingTable, text);
}
std::optional<TransitionKind> parseTransitionKind(const QString& text)
{
    return lookup(KindTable, text);
}

QStringList osNames()
{
    return spellings(OsTable);
}
QStringList installMethodNames()
{
    return spellings(InstallTable);
}
QStringList licensingNames()
{
    return spellings(LicensingTable);
}

std::optional<bool> parseBool(const QString& text)
{
    const QString t = text.toLower();
    if (t == u"yes" || t == u"true" || t == u"1")
        return true;
    if (t == u"no" || t == u"false" || t == u"0")
        return false;
    return std::nullopt;
}
QString displayOs(const QString& csvName)
{
    if (csvName == u"nt4")
        return QCoreApplication::translate("Enums", "Windows NT 4.0");
    if (csvName == u"w2k")
        return QCoreApplication::translate("Enums", "Windows 2000");
    if (csvName == u"win9x")
        return QCoreApplication::translate("Enums", "Windows 9x");
    return csvName;
}

QString displayInstallMethod(const QString& csvName)
{
    if (csvName == u"logon")
        return QCoreApplication::translate("Enums", "logon");
    if (csvName == u"push")
        return QCoreApplication::translate("Enums", "push");
    if (csvName == u"manual")
        return QCoreApplication::translate("Enums", "manual");
    if (csvName == u"unknown")
        return QCoreApplication::translate("Enums", "unknown");
    return csvName;
}
} // namespace Enums
