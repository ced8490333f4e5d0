#pragma once

#include "TransitionPlan.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <algorithm>
#include <functional>
#include <vector>

class Inventory;
struct SiteFacts;
struct Coverage;

// A pass's groups of clients by profile (G has `QByteArray profile` and `bool hasProfile`). Rows
// come in the covering index's order, grouped by profile, so the current group almost always
// matches; `make` builds a group the first time its profile shows.
template <typename G>
class ProfileGroups final
{
public:
    explicit ProfileGroups(std::function<G(const QByteArray& profile, bool hasProfile)> make)
        : m_make(std::move(make))
    {
    }

    G& find(const char* profile, int size, bool isNull)
    {
        const auto matches = [&](const G& g) {
            return g.hasProfile == !isNull && (isNull || QByteArrayView(g.profile) == QByteArrayView(profile, size));
        };
        if (m_current < m_groups.size() && matches(m_groups[m_current]))
            return m_groups[m_current];
        for (m_current = 0; m_current < m_groups.size(); ++m_current) {
            if (matches(m_groups[m_current]))
                return m_groups[m_current];
        }
        m_groups.push_back(m_make(isNull ? QByteArray() : QByteArray(profile, size), !isNull));
        return m_groups.back(); // m_current is its index
    }
    const std::vector<G>& all() const { return m_groups; }
    // Without a profile first, then by the profile's bytes: the same order on either engine and
    // however the pass was split.
    void sort()
    {
        std::sort(m_groups.begin(), m_groups.end(), [](const G& a, const G& b) {
            return a.hasProfile != b.hasProfile ? !a.hasProfile : a.profile < b.profile;
        });
        m_current = 0;
    }

private:
    std::function<G(const QByteArray&, bool)> m_make;
    std::vector<G> m_groups;
    std::size_t m_current = 0;
};

// One pass over a site's clients through the covering index clients_by_site, answering every
// count and list of a transition plan at once: the Rule 1 buckets per profile, the clients at
// risk, the upgrade blocks at each logon point (Rule 2) and those without automatic recovery.
// The planner used to ask SQLite one query per figure, each a pass of its own.
class ClientScan final
{
public:
    struct Group
    {
        QByteArray profile; // UTF-8, as stored
        bool hasProfile = false;
        qint64 deadline = 0;
        bool atRisk = false;
        qint64 total = 0;
        qint64 stale = 0;
        qint64 unaffected = 0;
        qint64 confirmed = 0;
        qint64 pending = 0; // = exposed + covered
        qint64 exposed = 0;
        qint64 covered = 0;
    };

    // `deadlineOf` gives a profile's deadline (nothing: no profile); the exposed clients of groups
    // whose deadline passes the proposed removal (all, when the plan orphans everyone) are at risk.
    // `coverage` says which pending clients are covered (SiteFacts::coverage); it must outlive the scan.
    ClientScan(const TransitionRequest& request, const SiteFacts& facts, bool orphansAll,
        std::function<qint64(const std::optional<QString>&)> deadlineOf, const Coverage& coverage);

    // On two connections at once where the machine has two cores: each half of the site's
    // clients on its own thread, merged afterwards.
    bool run(const Inventory& inventory, QString* error);

    const std::vector<Group>& groups() const { return m_groups.all(); }
    QList<AtRiskClient> atRisk() const;
    QList<CoveredClient> covered() const;
    // Distinct pending clients blocked at one logon point or more.
    qint64 upgradeBlockCount() const { return m_blockCount; }
    // Per logon point, in the facts' order: the first names (listLimit) of its blocked clients.
    QList<QList<QByteArray>> upgradeBlockNames() const;
    qint64 noAutomaticRecoveryCount() const { return m_noRecoveryCount; }
    QList<NoAutomaticRecovery> noAutomaticRecovery() const;

    // The first `limit` names in byte order (SQLite's BINARY collation), or all for -1.
    class FirstNames
    {
    public:
        explicit FirstNames(int limit = -1)
            : m_limit(limit)
        {
        }
        // Whether a name would be kept, before copying it.
        bool wants(const char* name, int size) const;
        void add(QByteArray name, QByteArray tag = {});
        // Keeps the first names of both.
        void merge(const FirstNames& other);
        // Sorted by name, with their tags.
        QList<std::pair<QByteArray, QByteArray>> sorted() const;

    private:
        int m_limit;
        std::vector<std::pair<QByteArray, QByteArray>> m_heap; // a max-heap by name
    };

private:
    bool runPart(const QSqlDatabase& database, int part, int parts, QString* error);
    void absorb(const ClientScan& other);

    const TransitionRequest& m_request;
    const SiteFacts& m_facts;
    bool m_orphansAll;
    std::function<qint64(const std::optional<QString>&)> m_deadlineOf;
    const Coverage& m_coverage;
    ProfileGroups<Group> m_groups;
    FirstNames m_atRisk;
    FirstNames m_covered;
    std::vector<qint64> m_blockKeys;
    std::vector<FirstNames> m_blocks;
    qint64 m_blockCount = 0;
    FirstNames m_noRecovery;
    qint64 m_noRecoveryCount = 0;
};
