#include "CampaignProposals.h"

#include "domain/UtcTime.h"
#include "planning/SiteFacts.h"
#include "store/Inventory.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace CampaignProposals {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CampaignProposals", text);
}

struct TreeSite
{
    QString code;
    QString parent;
    QString domain;
};

std::optional<QList<TreeSite>> tree(const Inventory& inventory, QString* error)
{
    QSqlQuery query = inventory.prepare(QStringLiteral("SELECT code, parent, domain FROM sites ORDER BY code"));
    if (!query.exec()) {
        *error = Inventory::explain(query.lastError());
        return std::nullopt;
    }
    QList<TreeSite> result;
    while (query.next())
        result << TreeSite {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
    return result;
}
} // namespace

std::optional<QStringList> sitesOfDomain(const Inventory& inventory, const QString& domain, QString* error)
{
    const auto sites = tree(inventory, error);
    if (!sites)
        return std::nullopt;
    QStringList result;
    for (const TreeSite& site : *sites) {
        if (site.domain.compare(domain, Qt::CaseInsensitive) == 0)
            result << site.code;
    }
    if (result.isEmpty()) {
        *error = tr("no site in domain \"%1\"").arg(domain);
        return std::nullopt;
    }
    return result;
}

std::optional<QStringList> sitesOfBranch(const Inventory& inventory, const QString& root, QString* error)
{
    const auto sites = tree(inventory, error);
    if (!sites)
        return std::nullopt;
    QHash<QString, QStringList> children;
    QString rootCode;
    for (const TreeSite& site : *sites) {
        children[site.parent.toLower()] << site.code;
        if (site.code.compare(root, Qt::CaseInsensitive) == 0)
            rootCode = site.code;
    }
    if (rootCode.isEmpty()) {
        *error = tr("unknown site \"%1\"").arg(root);
        return std::nullopt;
    }
    QStringList result {rootCode};
    // Breadth first; a cycle in damaged data visits each site once.
    for (int i = 0; i < result.size(); ++i) {
        for (const QString& child : children.value(result.at(i).toLower())) {
            if (!result.contains(child, Qt::CaseInsensitive))
                result << child;
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

std::optional<Proposal> replaceCaps(
    const Inventory& inventory, const QStringList& sites, qint64 since, qint64 start, QString* error)
{
    Proposal proposal;
    proposal.campaign.name = tr("Replace CAPs added before %1").arg(UtcTime::format(since).left(10));
    for (const QString& code : sites) {
        const auto facts = SiteFacts::load(inventory, code, error);
        if (!facts)
            return std::nullopt;
        CampaignSite site;
        site.request.site = facts->code;
        site.request.kind = TransitionKind::Cap;
        site.request.start = start;
        for (const SiteItem& cap : facts->caps) {
            if (!cap.isLiveAt(start))
                continue;
            (cap.addedAt >= since ? site.request.add : site.request.retire) << cap.name;
        }
        if (site.request.retire.isEmpty())
            proposal.skipped << tr("%1: no live CAP added before %2").arg(facts->code, UtcTime::format(since));
        else if (site.request.add.isEmpty())
            proposal.skipped << tr("%1: no CAP added since %2").arg(facts->code, UtcTime::format(since));
        else
            proposal.campaign.sites << site;
    }
    return proposal;
}

std::optional<Proposal> rotateAccounts(
    const Inventory& inventory, const QStringList& sites, const QString& pattern, qint64 start, QString* error)
{
    if (!pattern.contains(QLatin1String("{site}"))) {
        *error = tr("the account name pattern needs {site}, e.g. SMSClient_{site}_2027");
        return std::nullopt;
    }
    Proposal proposal;
    proposal.campaign.name = tr("Rotate accounts to %1").arg(pattern);
    for (const QString& code : sites) {
        const auto facts = SiteFacts::load(inventory, code, error);
        if (!facts)
            return std::nullopt;
        CampaignSite site;
        site.request.site = facts->code;
        site.request.kind = TransitionKind::Account;
        site.request.start = start;
        const QString added = QString(pattern).replace(QLatin1String("{site}"), facts->code);
        for (const SiteItem& account : facts->accounts) {
            if (account.isLiveAt(start) && account.name.compare(added, Qt::CaseInsensitive) != 0)
                site.request.retire << account.name;
        }
        site.request.add << added;
        if (site.request.retire.isEmpty())
            proposal.skipped << tr("%1: no live account to retire").arg(facts->code);
        else
            proposal.campaign.sites << site;
    }
    return proposal;
}
} // namespace CampaignProposals
