#include "TableSpec.h"

#include "domain/UtcTime.h"

const ColumnSpec* TableSpec::column(const QString& name) const
{
    for (const ColumnSpec& c : columns) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QStringList TableSpec::columnNames() const
{
    QStringList names;
    for (const ColumnSpec& c : columns)
        names << c.name;
    return names;
}

QVariantList TableSpec::keyValues(const QStringList& values) const
{
    QVariantList bound;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (column(key.value(i))->type == FieldType::Time)
            bound << UtcTime::parse(values.at(i)).value_or(0);
        else
            bound << values.at(i);
    }
    return bound;
}

namespace TableSpecs {
namespace {
ColumnSpec required(const char* name, FieldType type)
{
    return {QString::fromLatin1(name), type, true, false};
}
ColumnSpec optional(const char* name, FieldType type)
{
    return {QString::fromLatin1(name), type, false, true};
}
// In the header or not, but never empty when given.
ColumnSpec defaulted(const char* name, FieldType type)
{
    return {QString::fromLatin1(name), type, false, false};
}

QList<TableSpec> makeSpecs()
{
    using F = FieldType;
    return {
        {QStringLiteral("domains"), QStringLiteral("domains"),
            {required("name", F::Text), defaulted("lockout_threshold", F::Count),
                defaulted("lockout_window_minutes", F::Count), defaulted("lockout_duration_minutes", F::Count),
                defaulted("max_password_age_days", F::Count)},
            {QStringLiteral("name")}},
        {QStringLiteral("sites"), QStringLiteral("sites"),
            {required("code", F::Text), optional("name", F::Text), optional("parent", F::SiteRef),
                required("domain", F::DomainRef), required("version", F::Version),
                defaulted("logon_installation", F::Bool), defaulted("logon_discovery", F::Bool),
                optional("time_zone", F::TimeZone)},
            {QStringLiteral("code")}},
        {QStringLiteral("caps"), QStringLiteral("caps"),
            {required("server", F::Text), required("site", F::SiteRef), required("added_at", F::Time),
                optional("removed_at", F::Time), required("licensing", F::Licensing), defaulted("licenses", F::Count),
                defaulted("domain_controller", F::Bool)},
            {QStringLiteral("server")}},
        {QStringLiteral("accounts"), QStringLiteral("accounts"),
            {required("name", F::Text), required("site", F::SiteRef), required("added_at", F::Time),
                optional("removed_at", F::Time), optional("password_changed_at", F::Time)},
            {QStringLiteral("name")}},
        {QStringLiteral("logon-points"), QStringLiteral("logon_points"),
            {required("server", F::Text), required("sites", F::SiteList), required("clicore_version", F::Version)},
            {QStringLiteral("server")}},
        {QStringLiteral("profiles"), QStringLiteral("profiles"),
            {required("name", F::Text), required("max_offline_hours", F::Hours)}, {QStringLiteral("name")}},
        {QStringLiteral("blackouts"), QStringLiteral("blackouts"),
            {required("profile", F::ProfileRef), required("starts_at", F::Time), required("ends_at", F::Time),
                optional("label", F::Text)},
            {QStringLiteral("profile"), QStringLiteral("starts_at")}},
        {QStringLiteral("clients"), QStringLiteral("clients"),
            {required("name", F::Text), required("site", F::SiteRef), required("os", F::Os),
                required("install_method", F::InstallMethod), required("version", F::Version),
                optional("profile", F::ProfileRef), optional("last_refresh_at", F::Time)},
            {QStringLiteral("name")}},
    };
}
} // namespace

const QList<TableSpec>& all()
{
    static const QList<TableSpec> specs = makeSpecs();
    return specs;
}

const TableSpec* find(const QString& name)
{
    for (const TableSpec& spec : all()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QStringList names()
{
    QStringList result;
    for (const TableSpec& spec : all())
        result << spec.name;
    return result;
}
} // namespace TableSpecs
