#include "PaneTables.h"

#include "item/QueryTableModel.h"
#include "planning/RulesSql.h"
#include "planning/TimingParameters.h"
#include "store/Inventory.h"
#include "store/SqlDialect.h"

namespace {
using Format = QueryTableModel::Format;

// A translated word as an SQL string literal: translations may hold quotes.
QString sqlText(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}
} // namespace

QString PaneTables::capStateSql(const QString& now)
{
    // RULES.md R1.1: live at a time, from the one definition.
    return RulesSql::itemState(
        QStringLiteral("t"), now, sqlText(tr("planned")), sqlText(tr("live")), sqlText(tr("retired")));
}

QString PaneTables::clientsKnowingAccountSql(const TimingParameters& timing)
{
    // RULES.md R1.2: what a client knows, with the plan's propagation delay.
    return QStringLiteral("(SELECT count(*) FROM clients c WHERE c.site = t.site AND %1)")
        .arg(RulesSql::knows(QStringLiteral("t"), QStringLiteral("c"), timing));
}

QString PaneTables::logonPointAssignmentSql()
{
    // RULES.md R2.3: the logon-point assignment rule, from the one definition.
    return QStringLiteral("CASE WHEN %4 THEN %1 WHEN s.version_key <> t.version_key THEN %2 ELSE %3 END")
        .arg(sqlText(tr("\u26a0 significantly older: gets no new clients here")),
            sqlText(tr("differs significantly from the Clicore")), sqlText(tr("same significant version")),
            RulesSql::getsNoNewClients(QStringLiteral("s"), QStringLiteral("t.server")));
}

QueryTableModel* PaneTables::caps(const Inventory& inventory, QObject* parent)
{
    const QString now = SqlDialect::nowSeconds(inventory.database());
    return new QueryTableModel(inventory, QStringLiteral("caps t"), QStringLiteral("t.site"),
        {{tr("Server"), QStringLiteral("t.server")}, {tr("Site"), QStringLiteral("t.site")},
            {tr("State"), capStateSql(now)}, {tr("Added"), QStringLiteral("t.added_at"), Format::Time},
            {tr("Removed"), QStringLiteral("t.removed_at"), Format::Time},
            {tr("Licensing"),
                QStringLiteral("CASE t.licensing WHEN 'per-seat' THEN %1 WHEN 'per-server' THEN %2 END")
                    .arg(sqlText(tr("per seat")), sqlText(tr("per server")))},
            {tr("Licences"), QStringLiteral("t.licenses"), Format::Number},
            {tr("Domain controller"), QStringLiteral("t.domain_controller"), Format::Bool}},
        parent);
}

QueryTableModel* PaneTables::accounts(const Inventory& inventory, const TimingParameters& timing, QObject* parent)
{
    // How many clients know an account is derived, never stored.
    return new QueryTableModel(inventory, QStringLiteral("accounts t"), QStringLiteral("t.site"),
        {{tr("Name"), QStringLiteral("t.name")}, {tr("Site"), QStringLiteral("t.site")},
            {tr("Added"), QStringLiteral("t.added_at"), Format::Time},
            {tr("Removed"), QStringLiteral("t.removed_at"), Format::Time},
            {tr("Password changed"), QStringLiteral("t.password_changed_at"), Format::Time},
            {tr("Clients that know it"), clientsKnowingAccountSql(timing), Format::Number}},
        parent);
}

QueryTableModel* PaneTables::logonPoints(const Inventory& inventory, QObject* parent)
{
    return new QueryTableModel(inventory,
        QStringLiteral("logon_point_sites ls JOIN logon_points t ON t.server = ls.server "
                       "JOIN sites s ON s.code = ls.site"),
        QStringLiteral("ls.site"),
        {{tr("Server"), QStringLiteral("t.server")}, {tr("Site served"), QStringLiteral("ls.site")},
            {tr("Site version"), QStringLiteral("s.version")},
            {tr("Clicore version"), QStringLiteral("t.clicore_version")},
            {tr("Assignment"), logonPointAssignmentSql()}},
        parent);
}

QueryTableModel* PaneTables::profiles(const Inventory& inventory, QObject* parent)
{
    return new QueryTableModel(inventory, QStringLiteral("profiles t"), QStringLiteral("NULL"),
        {{tr("Name"), QStringLiteral("t.name")},
            {tr("Longest disconnection (hours)"), QStringLiteral("t.max_offline_hours")},
            {tr("Blackouts"), QStringLiteral("(SELECT count(*) FROM blackouts b WHERE b.profile = t.name)"),
                Format::Number}},
        parent);
}

QueryTableModel* PaneTables::blackouts(const Inventory& inventory, QObject* parent)
{
    return new QueryTableModel(inventory, QStringLiteral("blackouts t"), QStringLiteral("NULL"),
        {{tr("Profile"), QStringLiteral("t.profile")}, {tr("Starts"), QStringLiteral("t.starts_at"), Format::Time},
            {tr("Ends"), QStringLiteral("t.ends_at"), Format::Time}, {tr("Label"), QStringLiteral("t.label")}},
        parent);
}

QueryTableModel* PaneTables::plans(const Inventory& inventory, QObject* parent)
{
    const QString now = SqlDialect::nowSeconds(inventory.database());
    return new QueryTableModel(inventory, QStringLiteral("plans t"), QStringLiteral("t.site"),
        {{tr("Plan"), QStringLiteral("t.id"), Format::Number}, {tr("Site"), QStringLiteral("t.site")},
            {tr("Kind"),
                QStringLiteral("CASE t.kind WHEN 'cap' THEN %1 ELSE %2 END")
                    .arg(sqlText(tr("CAPs")), sqlText(tr("accounts")))},
            {tr("Retire"), QStringLiteral("t.retire")}, {tr("Add"), QStringLiteral("t.additions")},
            {tr("Start"), QStringLiteral("t.start_at"), Format::Time},
            {tr("Safe removal when saved"), QStringLiteral("t.safe_removal_at"), Format::Time},
            {tr("Status"),
                QStringLiteral("CASE WHEN t.safe_removal_at IS NULL THEN %1 WHEN "
                               "t.safe_removal_at <= %5 THEN %2 "
                               "WHEN t.start_at <= %5 THEN %3 "
                               "ELSE %4 END")
                    .arg(sqlText(tr("\u26a0 never safe")), sqlText(tr("safe to remove now")),
                        sqlText(tr("in transition")), sqlText(tr("planned")), now)}},
        parent);
}

QueryTableModel* PaneTables::campaigns(const Inventory& inventory, QObject* parent)
{
    const QString ofCampaign = QStringLiteral("FROM campaign_sites s WHERE s.campaign = t.id");
    return new QueryTableModel(inventory, QStringLiteral("campaigns t"), QStringLiteral("t.id"),
        {{tr("Campaign"), QStringLiteral("t.id"), Format::Number}, {tr("Name"), QStringLiteral("t.name")},
            {tr("Sites"), QStringLiteral("(SELECT count(*) %1)").arg(ofCampaign), Format::Number},
            {tr("Waves"), QStringLiteral("(SELECT count(DISTINCT s.wave) %1)").arg(ofCampaign), Format::Number},
            {tr("First start"), QStringLiteral("(SELECT min(s.planned_start_at) %1)").arg(ofCampaign), Format::Time},
            {tr("End when saved"), QStringLiteral("t.end_at"), Format::Time},
            {tr("Saved"), QStringLiteral("t.created_at"), Format::Time}},
        parent);
}
