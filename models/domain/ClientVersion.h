#pragma once

#include <QString>
#include <optional>

// An SMS 2.0 version, major.minor.build.revision (Q213410). The revision's thousands digit is the
// service pack, its hundreds digit 4 to 9 an International Client Pack, its last digits a hotfix.
class ClientVersion final
{
public:
    enum class Difference { Same, HotfixNewer, HotfixOlder, SignificantNewer, SignificantOlder };

    // Parses "2.00.1380.1000", "2.0.1493.2005" or "2.000.1380.1000"; on failure returns nothing and
    // says why in *error.
    static std::optional<ClientVersion> parse(const QString& text, QString* error = nullptr);

    ClientVersion() = default;
    ClientVersion(quint32 major, quint32 minor, quint32 build, quint32 revision);

    quint32 major() const { return m_major; }
    quint32 minor() const { return m_minor; }
    quint32 build() const { return m_build; }
    quint32 revision() const { return m_revision; }
    quint32 servicePack() const { return m_revision / 1000; }

    // Q262677: Boot32wn compares major, minor, build and the service-pack digit; a hotfix or ICP
    // difference is not significant.
    Difference compare(const ClientVersion& other) const;

    // Orders by the significant part only (major, minor, build, service pack): equal keys mean no
    // significant difference. Exact within the limits parse() enforces.
    qint64 significanceKey() const;

    static QString differenceName(Difference difference);

private:
    quint32 m_major = 0;
    quint32 m_minor = 0;
    quint32 m_build = 0;
    quint32 m_revision = 0;
};
