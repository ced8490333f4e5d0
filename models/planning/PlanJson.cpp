#include "PlanJson.h"

#include "PasswordWhatIf.h"
#include "TransitionPlan.h"
#include "domain/UtcTime.h"

#include <QJsonArray>

namespace {
QJsonValue time(const std::optional<qint64>& seconds)
{
    return seconds ? QJsonValue(UtcTime::format(*seconds)) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

double hours(qint64 seconds)
{
    return seconds / double(UtcTime::Hour);
}

template <typename T, typename F>
QJsonArray array(const QList<T>& items, F convert)
{
    QJsonArray result;
    for (const T& item : items)
        result.append(convert(item));
    return result;
}
} // namespace

namespace PlanJson {
QJsonObject toJson(const TransitionPlan& plan)
{
    const TransitionRequest& request = plan.request;
    const PlanCounts& counts = plan.counts;
    return {
        {QStringLiteral("site"), request.site},
        {QStringLiteral("kind"), Enums::name(request.kind)},
        {QStringLiteral("start"), UtcTime::format(request.start)},
        {QStringLiteral("safeRemoval"), time(plan.safeRemoval)},
        {QStringLiteral("orphansAll"), plan.orphansAll},
        {QStringLiteral("parameters"),
            QJsonObject {{QStringLiteral("propagationHours"), hours(request.timing.propagation)},
                {QStringLiteral("ccimHours"), hours(request.timing.ccimCycle)},
                {QStringLiteral("retryMinutes"), request.timing.retry / double(UtcTime::Minute)},
                {QStringLiteral("marginHours"), hours(request.timing.margin)}}},
        {QStringLiteral("counts"),
            QJsonObject {{QStringLiteral("inScope"), counts.inScope}, {QStringLiteral("pending"), counts.pending},
                {QStringLiteral("exposed"), counts.exposed}, {QStringLiteral("covered"), counts.covered},
                {QStringLiteral("confirmed"), counts.confirmed}, {QStringLiteral("stale"), counts.stale},
                {QStringLiteral("unaffected"), counts.unaffected}, {QStringLiteral("atRisk"), counts.atRisk},
                {QStringLiteral("upgradeBlocked"), counts.upgradeBlocked}}},
        {QStringLiteral("profiles"),
            array(plan.profiles,
                [](const ProfileDeadline& p) {
                    return QJsonObject {{QStringLiteral("name"), text(p.name)}, {QStringLiteral("clients"), p.clients},
                        {QStringLiteral("exposed"), p.exposed},
                        {QStringLiteral("deadline"), UtcTime::format(p.deadline)}};
                })},
        {QStringLiteral("stayingItems"), QJsonArray::fromStringList(plan.stayingItems)},
        {QStringLiteral("covered"),
            array(plan.covered,
                [](const CoveredClient& c) {
                    return QJsonObject {
                        {QStringLiteral("client"), c.client}, {QStringLiteral("profile"), text(c.profile)}};
                })},
        {QStringLiteral("atRisk"),
            array(plan.atRisk,
                [](const AtRiskClient& c) {
                    return QJsonObject {{QStringLiteral("client"), c.client},
                        {QStringLiteral("profile"), text(c.profile)},
                        {QStringLiteral("deadline"), UtcTime::format(c.deadline)}};
                })},
        {QStringLiteral("upgradeBlocks"),
            array(plan.upgradeBlocks,
                [](const UpgradeBlock& b) {
                    return QJsonObject {{QStringLiteral("client"), b.client},
                        {QStringLiteral("clientVersion"), b.clientVersion},
                        {QStringLiteral("logonPoint"), b.logonPoint},
                        {QStringLiteral("logonPointVersion"), b.logonPointVersion}};
                })},
        {QStringLiteral("logonPointAssignment"),
            array(plan.logonPointAssignment,
                [](const LogonPointAssignment& a) {
                    return QJsonObject {{QStringLiteral("logonPoint"), a.logonPoint}, {QStringLiteral("site"), a.site},
                        {QStringLiteral("siteVersion"), a.siteVersion},
                        {QStringLiteral("newestVersion"), a.newestVersion}};
                })},
        {QStringLiteral("licenceWarnings"),
            array(plan.licenceWarnings,
                [](const LicenceWarning& w) {
                    return QJsonObject {{QStringLiteral("cap"), w.cap}, {QStringLiteral("licenses"), w.licenses},
                        {QStringLiteral("expectedConnections"), w.expectedConnections}};
                })},
        {QStringLiteral("noAutomaticRecovery"),
            array(plan.noAutomaticRecovery,
                [](const NoAutomaticRecovery& n) {
                    return QJsonObject {{QStringLiteral("client"), n.client}, {QStringLiteral("reason"), n.reason}};
                })},
        {QStringLiteral("warnings"),
            array(plan.warnings,
                [](const PlanWarning& w) {
                    return QJsonObject {{QStringLiteral("code"), w.code}, {QStringLiteral("message"), w.message}};
                })},
    };
}

QJsonObject toJson(const PasswordWhatIf& w)
{
    return {
        {QStringLiteral("site"), w.request.site},
        {QStringLiteral("account"), w.request.account},
        {QStringLiteral("at"), UtcTime::format(w.request.at)},
        {QStringLiteral("counts"),
            QJsonObject {{QStringLiteral("orphaned"), w.orphaned}, {QStringLiteral("fallback"), w.fallback},
                {QStringLiteral("unaffected"), w.unaffected}, {QStringLiteral("stale"), w.stale},
                {QStringLiteral("delayedByLockout"), w.delayedByLockout},
                {QStringLiteral("recoverAtLogon"), w.recoverAtLogon},
                {QStringLiteral("neverUninstall"), w.neverUninstall}}},
        {QStringLiteral("allUpdatedBy"), time(w.allUpdatedBy)},
        {QStringLiteral("lockout"),
            QJsonObject {{QStringLiteral("enabled"), w.lockoutEnabled},
                {QStringLiteral("threshold"), w.lockoutThreshold}, {QStringLiteral("lockedFrom"), time(w.lockedFrom)},
                {QStringLiteral("lockedUntil"), time(w.lockedUntil)}}},
        {QStringLiteral("lockouts"),
            array(w.lockouts,
                [](const AccountLockout& l) {
                    return QJsonObject {{QStringLiteral("account"), l.account}, {QStringLiteral("from"), time(l.from)},
                        {QStringLiteral("until"), time(l.until)}, {QStringLiteral("holders"), l.holders}};
                })},
        {QStringLiteral("selfUninstallBy"), time(w.selfUninstallBy)},
        {QStringLiteral("recovery"),
            array(w.recovery,
                [](const RecoveryOption& r) {
                    return QJsonObject {{QStringLiteral("method"), r.method},
                        {QStringLiteral("available"), r.available}, {QStringLiteral("clients"), r.clients},
                        {QStringLiteral("note"), r.note}};
                })},
        {QStringLiteral("saferAlternative"),
            QJsonObject {{QStringLiteral("newAccount"), w.newAccount},
                {QStringLiteral("addNewAccountAt"), UtcTime::format(w.addNewAccountAt)},
                {QStringLiteral("removeOldAt"), UtcTime::format(w.removeOldAt)}}},
        {QStringLiteral("rotation"),
            QJsonObject {{QStringLiteral("cadenceDays"), w.rotationNeeded ? QJsonValue(w.cadenceDays) : QJsonValue()},
                {QStringLiteral("accountsNeeded"), w.rotationNeeded ? QJsonValue(w.accountsNeeded) : QJsonValue()}}},
    };
}
} // namespace PlanJson
