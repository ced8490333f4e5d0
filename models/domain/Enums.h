#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The enumerations of RULES.md R0.1 with their CSV spellings.
enum class OsFamily { Nt4, W2k, Win9x };
// Unknown: the source does not say (the site database never records it).
enum class InstallMethod { Logon, Push, Manual, Unknown };
enum class Licensing { PerSeat, PerServer };
enum class TransitionKind { Cap, Account };

namespace Enums {
QString name(OsFamily value);
QString name(InstallMethod value);
QString name(Licensing value);
QString name(TransitionKind value);

std::optional<OsFamily> parseOs(const QString& text);
std::optional<InstallMethod> parseInstallMethod(const QString& text);
std::optional<Licensing> parseLicensing(const QString& text);
std::optional<TransitionKind> parseTransitionKind(const QString& text);

QStringList osNames();
QStringList installMethodNames();
QStringList licensingNames();

// For people, in the user's language: "Windows NT 4.0", "logon script", "push"; the CSV spellings
// above stay in files. Unknown spellings come back as they are.
QString displayOs(const QString& csvName);
QString displayInstallMethod(const QString& csvName);

// yes/no/true/false/1/0, case-insensitive.
std::optional<bool> parseBool(const QString& text);
} // namespace Enums
