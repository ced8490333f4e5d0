#include "Language.h"

#include "Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
// Installed .qm files (cmake --install) come first, so that a translator can drop a new or
// corrected one beside the binary's share folder; the embedded ones are the fallback.
QStringList searchPaths()
{
    return {QCoreApplication::applicationDirPath() + QStringLiteral("/../share/capplanner/translations"),
        QStringLiteral(":/i18n")};
}

QList<QTranslator*>& installed()
{
    static QList<QTranslator*> translators;
    return translators;
}
} // namespace

namespace Language {

QStringList available()
{
    QStringList codes {QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("capplanner_*.qm")});
    for (const QString& file : files) {
        const QString code = file.mid(11, file.size() - 14);
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

QString choice()
{
    return Settings::language();
}

void setChoice(const QString& code)
{
    Settings::setLanguage(code);
}

QLocale localeFor(const QString& code)
{
    const QLocale system = QLocale::system();
    if (code.isEmpty())
        return system;
    // The console is written in British English, with day-month dates: "en" is en_GB, not en_US.
    const QLocale chosen = code == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(code);
    return chosen.language() == system.language() ? system : chosen;
}

void install(QCoreApplication* app, const QString& code)
{
    for (QTranslator* translator : std::as_const(installed())) {
        app->removeTranslator(translator);
        delete translator;
    }
    installed().clear();

    const QLocale locale = localeFor(code.isEmpty() ? choice() : code);
    QLocale::setDefault(locale);

    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app->installTranslator(qt);
        installed() << qt;
    } else {
        delete qt;
    }
    // English needs its file too: it holds the plural forms ("1 client", "2 clients"); it also
    // serves languages without a translation.
    for (const QLocale& wanted : {locale, QLocale(QLocale::English)}) {
        for (const QString& path : searchPaths()) {
            auto* own = new QTranslator(app);
            if (own->load(wanted, QStringLiteral("capplanner"), QStringLiteral("_"), path)) {
                app->installTranslator(own);
                installed() << own;
                return;
            }
            delete own;
        }
    }
}

QString nativeName(const QString& code)
{
    const QLocale locale = code == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString systemLanguage()
{
    const QString system = QLocale::system().name().section(u'_', 0, 0);
    return available().contains(system) ? system : QStringLiteral("en");
}

} // namespace Language
