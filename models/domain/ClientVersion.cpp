#include "ClientVersion.h"

#include <QCoreApplication>
#include <QStringList>
#include <tuple>

namespace {
constexpr int MaxDigits = 9;
// Limits that keep significanceKey() exact in 64 bits, far above any real SMS build.
constexpr quint32 MaxValue[4] = {999, 999, 999999, 999999};
} // namespace

ClientVersion::ClientVersion(quint32 major, quint32 minor, quint32 build, quint32 revision)
    : m_major(major)
    , m_minor(minor)
    , m_build(build)
    , m_revision(revision)
{
}

std::optional<ClientVersion> ClientVersion::parse(const QString& text, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return fail(QCoreApplication::translate(
            "ClientVersion", "version \"%1\" must have four numbers, major.minor.build.revision")
                        .arg(text.left(40)));
    quint32 numbers[4] = {};
    for (int i = 0; i < 4; ++i) {
        const QString& part = parts.at(i);
        if (part.isEmpty() || part.size() > MaxDigits)
            return fail(QCoreApplication::translate("ClientVersion", "version \"%1\": part %2 must have 1 to %3 digits")
                            .arg(text.left(40))
                            .arg(i + 1)
                            .arg(MaxDigits));
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return fail(QCoreApplication::translate("ClientVersion", "version \"%1\": part %2 is not a number")
                                .arg(text.left(40))
                                .arg(i + 1));
        }
        numbers[i] = part.toUInt();
        if (numbers[i] > MaxValue[i])
            return fail(QCoreApplication::translate("ClientVersion", "version \"%1\": part %2 is larger than %3")
                            .arg(text.left(40))
                            .arg(i + 1)
                            .arg(MaxValue[i]));
    }
    return ClientVersion(numbers[0], numbers[1], numbers[2], numbers[3]);
}

qint64 ClientVersion::significanceKey() const
{
    return ((static_cast<qint64>(m_major) * 1000 + m_minor) * 1000000 + m_build) * 1000 + servicePack();
}

ClientVersion::Difference ClientVersion::compare(const ClientVersion& other) const
{
    const auto mine = std::tuple(m_major, m_minor, m_build, servicePack());
    const auto theirs = std::tuple(other.m_major, other.m_minor, other.m_build, other.servicePack());
    if (mine != theirs)
        return mine > theirs ? Difference::SignificantNewer : Difference::SignificantOlder;
    if (m_revision != other.m_revision)
        return m_revision > other.m_revision ? Difference::HotfixNewer : Difference::HotfixOlder;
    return Difference::Same;
}

QString ClientVersion::differenceName(Difference difference)
{
    switch (difference) {
    case Difference::Same:
        return QStringLiteral("same");
    case Difference::HotfixNewer:
        return QStringLiteral("hotfix-newer");
    case Difference::HotfixOlder:
        return QStringLiteral("hotfix-older");
    case Difference::SignificantNewer:
        return QStringLiteral("significant-newer");
    case Difference::SignificantOlder:
        return QStringLiteral("significant-older");
    }
    return {};
}
