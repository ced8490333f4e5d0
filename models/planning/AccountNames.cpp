#include "AccountNames.h"

#include <QHash>
#include <algorithm>
#include <optional>

namespace AccountNames {
namespace {
struct Numbered
{
    QString prefix;
    qint64 number = 0;
    qsizetype width = 0;
};

std::optional<Numbered> split(const QString& name, const QString& siteCode)
{
    if (!siteCode.isEmpty() && name.endsWith(siteCode, Qt::CaseInsensitive))
        return std::nullopt;
    qsizetype digits = 0;
    while (digits < name.size() && name.at(name.size() - 1 - digits).isDigit()
        && name.at(name.size() - 1 - digits).unicode() < 128)
        ++digits;
    // More digits than a qint64 holds is not a counter anyone keeps.
    if (digits == 0 || digits > 18)
        return std::nullopt;
    return Numbered {name.left(name.size() - digits), name.right(digits).toLongLong(), digits};
}
} // namespace

QString next(const QStringList& siteNames, const QStringList& otherNames, const QString& siteCode)
{
    struct Pattern
    {
        QString prefix; // as spelled by the highest-numbered name
        qint64 highest = 0;
        qsizetype width = 0;
        int names = 0;
    };
    QHash<QString, Pattern> patterns; // by the case-folded prefix
    for (const QString& name : siteNames) {
        const auto n = split(name.trimmed(), siteCode);
        if (!n)
            continue;
        Pattern& p = patterns[n->prefix.toCaseFolded()];
        ++p.names;
        p.width = std::max(p.width, n->width);
        if (p.names == 1 || n->number >= p.highest) {
            p.prefix = n->prefix;
            p.highest = n->number;
        }
    }
    Pattern chosen;
    for (const Pattern& p : std::as_const(patterns)) {
        if (chosen.names == 0 || p.names > chosen.names || (p.names == chosen.names && p.highest > chosen.highest)
            || (p.names == chosen.names && p.highest == chosen.highest && p.prefix < chosen.prefix))
            chosen = p;
    }
    if (chosen.names == 0) {
        const QString base = siteNames.isEmpty() ? QStringLiteral("SMSClient") : siteNames.first().trimmed();
        chosen = Pattern {base + u'_', siteNames.isEmpty() ? 0 : 1, 1, 0};
    }
    QStringList taken;
    for (const QStringList* names : {&siteNames, &otherNames}) {
        for (const QString& name : *names) {
            taken << name.trimmed().toCaseFolded();
            const auto n = split(name.trimmed(), QString());
            if (n && n->prefix.compare(chosen.prefix, Qt::CaseInsensitive) == 0)
                chosen.highest = std::max(chosen.highest, n->number);
        }
    }
    for (qint64 number = chosen.highest + 1;; ++number) {
        const QString name = chosen.prefix + QStringLiteral("%1").arg(number, int(chosen.width), 10, QLatin1Char('0'));
        if (!taken.contains(name.toCaseFolded()))
            return name;
    }
}
} // namespace AccountNames
