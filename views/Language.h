#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// The console's language: the system's unless the user picked one in Preferences. Installs
// CapPlanner's translation and Qt's own (qtbase) and makes the matching locale the default, so that
// dates and numbers follow the language everywhere.
namespace Language {

// Language codes with a translation ("en" is the source language).
QStringList available();

// The saved choice: empty for "as the system".
QString choice();
void setChoice(const QString& code);

// The locale a choice stands for: the system locale when it speaks that language.
QLocale localeFor(const QString& code);

// Installs the translators for a choice (empty: the saved one) on the application. Safe to call
// again: the previous translators are removed first.
void install(QCoreApplication* app, const QString& code = QString());

// The language "as the system" stands for: the system's when CapPlanner speaks it, else English.
QString systemLanguage();

// The name of a language in that language, for the Preferences list ("British English", "Deutsch").
QString nativeName(const QString& code);

} // namespace Language
