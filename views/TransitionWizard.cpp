#include "TransitionWizard.h"

#include "PlanRunner.h"
#include "report/TransitionReport.h"
#include "store/Inventory.h"
#include "store/InventoryEditor.h"
#include "store/PlanStore.h"
#include "wizard/FlagsPage.h"
#include "wizard/ResultPage.h"
#include "wizard/RetireAddPage.h"
#include "wizard/SiteKindPage.h"
#include "wizard/StartPage.h"
#include "wizard/SummaryPage.h"

#include <QKeyEvent>
#include <QMessageBox>
#include <QTimer>

TransitionWizard::TransitionWizard(Inventory& inventory, const QString& site, QWidget* parent)
    : QWizard(parent)
    , m_inventory(inventory)
    , m_runner(new PlanRunner(inventory.path(), this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("transitionWizard"));
    setWindowTitle(tr("Plan a transition"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setPage(SitePage, new wizard::SiteKindPage(inventory, this));
    setPage(RetirePage, new wizard::RetireAddPage(this));
    setPage(StartPage, new wizard::StartPage(this));
    setPage(ResultPage, new wizard::ResultPage(this));
    setPage(FlagsPage, new wizard::FlagsPage(this));
    setPage(SummaryPage, new wizard::SummaryPage(this));
    static_cast<wizard::SiteKindPage*>(page(SitePage))->setSite(site);
    // The start defaults to the next whole hour.
    static_cast<wizard::StartPage*>(page(StartPage))->setStart((UtcTime::now() / UtcTime::Hour + 1) * UtcTime::Hour);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        const TransitionRequest r = request();
        if (!r.retire.isEmpty())
            m_runner->compute(r);
    });
    connect(m_runner, &PlanRunner::planned, this, [this](const TransitionPlan& plan) {
        m_plan = plan;
        m_error.clear();
        emit planChanged();
    });
    connect(m_runner, &PlanRunner::failed, this, [this](const QString& error) {
        m_plan.reset();
        m_error = error;
        emit planChanged();
    });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == RetirePage)
            static_cast<wizard::RetireAddPage*>(page(RetirePage))->fill();
        if (id >= ResultPage)
            scheduleRecompute();
    });
    resize(860, 640);
}

TransitionWizard::~TransitionWizard() = default;

TransitionRequest TransitionWizard::request() const
{
    TransitionRequest r;
    const auto* site = static_cast<const wizard::SiteKindPage*>(page(SitePage));
    const auto* retire = static_cast<const wizard::RetireAddPage*>(page(RetirePage));
    const auto* start = static_cast<const wizard::StartPage*>(page(StartPage));
    const auto* result = static_cast<const wizard::ResultPage*>(page(ResultPage));
    r.site = site->site();
    r.kind = site->kind();
    r.retire = retire->retired();
    if (r.retire.isEmpty())
        r.retire = retire->pendingRetire();
    r.add = retire->added();
    r.start = start->start();
    r.timing = start->timing();
    r.maxOfflineOverrides = start->maxOffline();
    r.blackoutOverrides = start->blackouts();
    r.proposedRemoval = result->removal();
    r.listLimit = 200;
    return r;
}

void TransitionWizard::setRequest(const TransitionRequest& r)
{
    auto* site = static_cast<wizard::SiteKindPage*>(page(SitePage));
    auto* retire = static_cast<wizard::RetireAddPage*>(page(RetirePage));
    auto* start = static_cast<wizard::StartPage*>(page(StartPage));
    site->setSite(r.site);
    site->setKind(r.kind);
    start->setStart(r.start);
    start->setTiming(r.timing);
    start->setOverrides(r.maxOfflineOverrides, r.blackoutOverrides);
    retire->fill();
    retire->setRetired(r.retire);
    retire->setAdded(r.add);
    static_cast<wizard::ResultPage*>(page(ResultPage))->setRemoval(r.proposedRemoval);
    scheduleRecompute();
}

void TransitionWizard::setEditing(InventoryEditor* editor, QUndoStack* undo)
{
    m_editor = editor;
    m_undo = undo;
}

bool TransitionWizard::keepPeriodsInInventory(QString* error)
{
    if (!m_editor || !m_undo) {
        *error = tr("Open the wizard from the console to change the inventory.");
        return false;
    }
    const auto* start = static_cast<const wizard::StartPage*>(page(StartPage));
    const QHash<QString, qint64> offline = start->maxOffline();
    const QHash<QString, QList<Blackout>> blackouts = start->blackouts();
    const QHash<QString, QStringList> labels = start->blackoutLabels();
    if (offline.isEmpty() && blackouts.isEmpty())
        return true;
    QHash<QString, QList<InventoryEditor::Period>> periods;
    for (auto it = blackouts.cbegin(); it != blackouts.cend(); ++it) {
        QList<InventoryEditor::Period>& kept = periods[it.key()];
        for (qsizetype i = 0; i < it.value().size(); ++i)
            kept.append({it.value().at(i).startsAt, it.value().at(i).endsAt, labels.value(it.key()).value(i)});
    }
    const bool ok
        = m_editor->keepPeriods(offline, periods, *m_undo, tr("Keep the plan's disconnection periods"), error);
    scheduleRecompute();
    return ok;
}

bool TransitionWizard::isComputing() const
{
    return m_debounce->isActive() || m_runner->isBusy();
}

void TransitionWizard::scheduleRecompute()
{
    m_debounce->start();
}

std::optional<qint64> TransitionWizard::savePlan(QString* error)
{
    if (!m_plan) {
        *error = m_error.isEmpty() ? tr("The plan is still being computed.") : m_error;
        return std::nullopt;
    }
    const auto id = PlanStore(m_inventory).save(*m_plan, error);
    if (id)
        emit planSaved(*id);
    return id;
}

bool TransitionWizard::exportReport(const QString& path, QString* error)
{
    if (!m_plan) {
        *error = m_error.isEmpty() ? tr("The plan is still being computed.") : m_error;
        return false;
    }
    return TransitionReport::writePlan(m_inventory, *m_plan, {m_inventory.displayName(), UtcTime::now()}, path, error);
}

bool TransitionWizard::hasEnteredWork() const
{
    const TransitionRequest r = request();
    return !r.retire.isEmpty() || !r.add.isEmpty() || !r.maxOfflineOverrides.isEmpty()
        || !r.blackoutOverrides.isEmpty();
}

void TransitionWizard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && hasEnteredWork()) {
        QMessageBox ask(QMessageBox::Question, tr("Plan a transition"), tr("Close the wizard and discard this plan?"),
            QMessageBox::Discard | QMessageBox::Cancel, this);
        ask.setObjectName(QStringLiteral("discardQuestion"));
        ask.setDefaultButton(QMessageBox::Cancel);
        if (ask.exec() != QMessageBox::Discard) {
            event->accept();
            return;
        }
    }
    QWizard::keyPressEvent(event);
}
