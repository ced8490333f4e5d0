#include "ClientScan.h"

#include "ClientRules.h"
#include "RemovalDeadline.h"
#include "SiteFacts.h"
#include "store/FastQuery.h"
#include "store/Inventory.h"

#include <QThread>
#include <algorithm>
#include <string_view>
#include <thread>

namespace {
bool before(const std::pair<QByteArray, QByteArray>& a, const std::pair<QByteArray, QByteArray>& b)
{
    return a.first < b.first;
}
} // namespace

bool ClientScan::FirstNames::wants(const char* name, int size) const
{
    if (m_limit == 0)
        return false;
    if (m_limit < 0 || int(m_heap.size()) < m_limit)
        return true;
    return QByteArrayView(name, size) < QByteArrayView(m_heap.front().first);
}

void ClientScan::FirstNames::add(QByteArray name, QByteArray tag)
{
    m_heap.emplace_back(std::move(name), std::move(tag));
    if (m_limit < 0)
        return;
    std::push_heap(m_heap.begin(), m_heap.end(), before);
    if (int(m_heap.size()) > m_limit) {
        std::pop_heap(m_heap.begin(), m_heap.end(), before);
        m_heap.pop_back();
    }
}

void ClientScan::FirstNames::merge(const FirstNames& other)
{
    for (const auto& [name, tag] : other.m_heap) {
        if (wants(name.constData(), int(name.size())))
            add(name, tag);
    }
}

QList<std::pair<QByteArray, QByteArray>> ClientScan::FirstNames::sorted() const
{
    QList<std::pair<QByteArray, QByteArray>> result(m_heap.begin(), m_heap.end());
    std::sort(result.begin(), result.end(), before);
    return result;
}

ClientScan::ClientScan(const TransitionRequest& request, const SiteFacts& facts, bool orphansAll,
    std::function<qint64(const std::optional<QString>&)> deadlineOf, const Coverage& coverage)
    : m_request(request)
    , m_facts(facts)
    , m_orphansAll(orphansAll)
    , m_deadlineOf(std::move(deadlineOf))
    , m_coverage(coverage)
    , m_groups([this](const QByteArray& profile, bool hasProfile) {
        Group group;
        group.hasProfile = hasProfile;
        group.profile = profile;
        group.deadline = m_deadlineOf(hasProfile ? std::optional(QString::fromUtf8(profile)) : std::nullopt);
        group.atRisk = m_orphansAll || (m_request.proposedRemoval && group.deadline > *m_request.proposedRemoval);
        return group;
    })
    , m_atRisk(request.listLimit)
    , m_covered(request.listLimit)
    , m_noRecovery(request.listLimit)
{
    if (request.withFlags) {
        for (const LogonPoint& point : facts.logonPoints) {
            m_blockKeys.push_back(point.versionKey);
            m_blocks.emplace_back(request.listLimit);
        }
    }
}

bool ClientScan::run(const Inventory& inventory, QString* error)
{
    // The whole plan's pass reads six columns of every client of an SQLite site: on two cores, half
    // of them each, on a second connection of our own (an SQLite connection, like a Qt SQL one,
    // serves one thread). The safe time alone reads two, too little to repay a second connection;
    // on a server the second connection and the split cost more than they save (bench/run).
    const bool split = m_request.withFlags && inventory.engine() == Engine::Sqlite && QThread::idealThreadCount() > 1
        && !inventory.path().isEmpty();
    if (!split) {
        if (!runPart(inventory.database(), 0, 1, error))
            return false;
        m_groups.sort();
        return true;
    }
    ClientScan other(m_request, m_facts, m_orphansAll, m_deadlineOf, m_coverage);
    bool otherDone = false;
    QString otherError;
    std::thread worker([&] {
        Inventory second;
        if (second.open(inventory.path(), &otherError, false))
            otherDone = other.runPart(second.database(), 1, 2, &otherError);
    });
    const bool done = runPart(inventory.database(), 0, 2, error);
    worker.join();
    if (!done)
        return false;
    // A second connection may be refused (a server's connection limit): read that half here.
    if (!otherDone && !other.runPart(inventory.database(), 1, 2, error))
        return false;
    absorb(other);
    m_groups.sort();
    return true;
}

void ClientScan::absorb(const ClientScan& other)
{
    for (const Group& theirs : other.m_groups.all()) {
        Group& mine = m_groups.find(theirs.profile.constData(), int(theirs.profile.size()), !theirs.hasProfile);
        mine.total += theirs.total;
        mine.stale += theirs.stale;
        mine.unaffected += theirs.unaffected;
        mine.confirmed += theirs.confirmed;
        mine.pending += theirs.pending;
        mine.exposed += theirs.exposed;
        mine.covered += theirs.covered;
    }
    m_atRisk.merge(other.m_atRisk);
    m_covered.merge(other.m_covered);
    for (std::size_t i = 0; i < m_blocks.size(); ++i)
        m_blocks[i].merge(other.m_blocks[i]);
    m_blockCount += other.m_blockCount;
    m_noRecovery.merge(other.m_noRecovery);
    m_noRecoveryCount += other.m_noRecoveryCount;
}

bool ClientScan::runPart(const QSqlDatabase& database, int part, int parts, QString* error)
{
    const ClientRules::PlanClassifier classifier(m_request.kind, m_request.start, m_request.timing);
    const bool account = classifier.readsOs();
    const bool flags = m_request.withFlags;
    const bool logonInstallation = m_facts.logonInstallation;
    const bool logonDiscovery = m_facts.logonDiscovery;
    const Coverage& coverage = m_coverage;
    const bool evidence = !coverage.byEvidence.isEmpty();
    const bool keepsAny = !m_facts.neverRemovesItself.isEmpty();
    const std::optional<qint64> newest = m_facts.newestClicoreKey();
    const auto text = [](const FastQuery::Row& values, int column) {
        int size = 0;
        const char* bytes = values.text(column, &size);
        return std::string_view(bytes ? bytes : "", std::size_t(size));
    };
    const auto row = [&](const FastQuery::Row& values) {
        int nameSize = 0;
        const char* rowName = values.text(5, &nameSize);
        int profileSize = 0;
        const char* profile = values.text(0, &profileSize);
        Group& group = m_groups.find(profile, profileSize, values.isNull(0));
        ++group.total;
        const std::optional<qint64> refresh
            = values.isNull(1) ? std::nullopt : std::optional<qint64>(values.integer(1));
        const ClientRules::SelfRemoval removal
            = keepsAny ? m_facts.selfRemoval(QByteArrayView(rowName, nameSize)) : ClientRules::SelfRemoval::Removes;
        switch (classifier.classify(refresh, account && ClientRules::isWin9x(text(values, 2)), removal)) {
        case ClientRules::Class::Stale:
            ++group.stale;
            return;
        case ClientRules::Class::Unaffected:
            ++group.unaffected;
            return;
        case ClientRules::Class::Confirmed:
            ++group.confirmed;
            return;
        case ClientRules::Class::Pending:
            break;
        }
        ++group.pending;
        const auto name = [&] { return QByteArray(rowName, nameSize); };
        // RULES.md R1.4, R6.1: a covered client reaches an item that stays; only exposed ones are at
        // risk. Registry evidence, where there is any, says what a client knows.
        const bool covered = evidence ? coverage.isCovered(QByteArrayView(rowName, nameSize), refresh)
                                      : ClientRules::isCovered(refresh, coverage.coveredFrom);
        if (covered) {
            ++group.covered;
            if (m_covered.wants(rowName, nameSize))
                m_covered.add(name(), group.profile);
        } else {
            ++group.exposed;
            if (group.atRisk && m_atRisk.wants(rowName, nameSize))
                m_atRisk.add(name(), group.profile);
        }
        if (!flags)
            return;
        const qint64 versionKey = values.integer(3);
        // RULES.md R2.2: the count counts clients, the lists name each pair.
        const bool blocked = ClientRules::isUpgradeBlocked(versionKey, newest);
        if (blocked) {
            ++m_blockCount;
            for (std::size_t i = 0; i < m_blockKeys.size(); ++i) {
                if (ClientRules::isUpgradeBlocked(versionKey, m_blockKeys[i]) && m_blocks[i].wants(rowName, nameSize))
                    m_blocks[i].add(name());
            }
        }
        const std::string_view method = text(values, 4);
        const ClientRules::NoRecovery reason = ClientRules::noRecoveryReason(logonInstallation, blocked,
            ClientRules::isPushInstalled(method), ClientRules::isUnknownMethod(method), logonDiscovery);
        if (reason != ClientRules::NoRecovery::None) {
            ++m_noRecoveryCount;
            if (m_noRecovery.wants(rowName, nameSize))
                m_noRecovery.add(name(), QByteArray(ClientRules::reasonName(reason)));
        }
    };
    // Only the columns this plan reads: SQLite decodes every argument of every row.
    const auto column = [](bool wanted, const char* name) { return QLatin1String(wanted ? name : "NULL"); };
    const QString columns
        = QStringLiteral("profile, last_refresh_at, %1, %2, %3, %4")
              .arg(column(account, "os"), column(flags, "version_key"), column(flags, "install_method"),
                  column(m_request.listLimit != 0 || evidence || keepsAny, "name"));
    return FastQuery::forEachClientOfSite(
        database, columns, QStringLiteral("clients_by_site"), m_request.site, row, error, {part, parts});
}

QList<AtRiskClient> ClientScan::atRisk() const
{
    QList<AtRiskClient> result;
    for (const auto& [name, profile] : m_atRisk.sorted()) {
        AtRiskClient client;
        client.client = QString::fromUtf8(name);
        for (const Group& g : m_groups.all()) {
            if (g.atRisk && g.profile == profile && (g.hasProfile || profile.isNull())) {
                client.profile = g.hasProfile ? std::optional(QString::fromUtf8(g.profile)) : std::nullopt;
                client.deadline = g.deadline;
                break;
            }
        }
        result << client;
    }
    return result;
}

QList<CoveredClient> ClientScan::covered() const
{
    QList<CoveredClient> result;
    for (const auto& [name, profile] : m_covered.sorted()) {
        CoveredClient client;
        client.client = QString::fromUtf8(name);
        if (!profile.isNull())
            client.profile = QString::fromUtf8(profile);
        result << client;
    }
    return result;
}

QList<QList<QByteArray>> ClientScan::upgradeBlockNames() const
{
    QList<QList<QByteArray>> result;
    for (const FirstNames& names : m_blocks) {
        QList<QByteArray> list;
        for (const auto& [name, tag] : names.sorted())
            list << name;
        result << list;
    }
    return result;
}

QList<NoAutomaticRecovery> ClientScan::noAutomaticRecovery() const
{
    QList<NoAutomaticRecovery> result;
    for (const auto& [name, reason] : m_noRecovery.sorted())
        result << NoAutomaticRecovery {QString::fromUtf8(name), QString::fromLatin1(reason)};
    return result;
}
