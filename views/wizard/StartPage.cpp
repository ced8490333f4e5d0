#include "StartPage.h"

#include "TransitionWizard.h"
#include "item/InventoryLookups.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace wizard {

StartPage::StartPage(TransitionWizard* wizard)
    : m_wizard(wizard)
    , m_start(utcEdit(QStringLiteral("startEdit"), TransitionWizard::tr("Start"), this))
    , m_profiles(new QTableWidget(0, 4, this))
    , m_error(new QLabel(this))
    , m_periodsTitle(new QLabel(this))
    , m_periodTable(new QTableWidget(0, 4, this))
    , m_addPeriod(new QPushButton(TransitionWizard::tr("&Add blackout"), this))
    , m_periodError(new QLabel(this))
{
    setTitle(TransitionWizard::tr("Start and disconnection periods"));
    setSubTitle(TransitionWizard::tr("How long clients are normally off decides how long the old ones must stay. "
                                     "Changes here apply to this plan only."));
    m_profiles->setObjectName(QStringLiteral("profilesTable"));
    m_profiles->setAccessibleName(TransitionWizard::tr("Disconnection profiles"));
    m_profiles->setHorizontalHeaderLabels({TransitionWizard::tr("Profile"), TransitionWizard::tr("Clients"),
        TransitionWizard::tr("Longest off (hours)"), TransitionWizard::tr("Blackouts")});
    m_profiles->horizontalHeader()->setStretchLastSection(true);
    m_profiles->verticalHeader()->hide();
    m_profiles->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_profiles->setSelectionMode(QAbstractItemView::SingleSelection);
    m_periodTable->setObjectName(QStringLiteral("blackoutsTable"));
    m_periodTable->setAccessibleName(TransitionWizard::tr("Blackouts"));
    m_periodTable->setHorizontalHeaderLabels(
        {TransitionWizard::tr("Start"), TransitionWizard::tr("End"), TransitionWizard::tr("Label"), QString()});
    {
        // The pickers' own width, also while the table is empty.
        const QDateTimeEdit* sample = utcEdit(QString(), QString(), this);
        const int width = sample->sizeHint().width() + 8;
        const int rowHeight = sample->sizeHint().height() + 2;
        delete sample;
        QToolButton button;
        button.setText(TransitionWizard::tr("Remove"));
        QHeaderView* header = m_periodTable->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Fixed);
        header->resizeSection(0, width);
        header->resizeSection(1, width);
        header->resizeSection(3, button.sizeHint().width() + 8);
        header->setSectionResizeMode(2, QHeaderView::Stretch);
        m_periodTable->verticalHeader()->setDefaultSectionSize(rowHeight);
        // Room for three periods before it scrolls.
        m_periodTable->setMinimumHeight(header->sizeHint().height() + 3 * rowHeight + 2 * m_periodTable->frameWidth());
    }
    m_periodTable->verticalHeader()->hide();
    m_periodTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_periodsTitle->setObjectName(QStringLiteral("blackoutsTitle"));
    m_periodsTitle->setWordWrap(true);
    m_addPeriod->setObjectName(QStringLiteral("addBlackoutButton"));
    m_addPeriod->setToolTip(TransitionWizard::tr("Add a period when all the profile's clients are off"));
    m_periodError->setObjectName(QStringLiteral("blackoutsError"));
    m_periodError->setWordWrap(true);
    m_periodError->setStyleSheet(QStringLiteral("color: #b03020"));
    m_periodError->hide();
    connect(m_addPeriod, &QPushButton::clicked, this, &StartPage::addPeriod);
    connect(m_profiles, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_profiles->rowCount())
            showPeriods(isNoProfile(row) ? QString() : m_profiles->item(row, 0)->text());
    });
    auto spin = [this, wizard](const char* name, const QString& label, double value, double max, const QString& tip) {
        auto* box = new QDoubleSpinBox(this);
        box->setObjectName(QLatin1String(name));
        box->setAccessibleName(label);
        box->setRange(0, max);
        box->setDecimals(1);
        box->setValue(value);
        box->setToolTip(tip);
        connect(box, &QDoubleSpinBox::valueChanged, wizard, &TransitionWizard::scheduleRecompute);
        m_spins << box;
        return box;
    };
    auto* form = new QFormLayout;
    form->addRow(TransitionWizard::tr("&Start (new ones live):"), m_start);
    form->addRow(TransitionWizard::tr("&Propagation to the CAPs (hours):"),
        spin("propagationSpin", TransitionWizard::tr("Propagation"), 1, 48,
            TransitionWizard::tr("Inbox Manager copies the new lists to every CAP (Q278856).")));
    form->addRow(TransitionWizard::tr("CCIM &cycle (hours):"),
        spin("ccimSpin", TransitionWizard::tr("CCIM cycle"), 23, 240,
            TransitionWizard::tr("Clients refresh their site configuration every 23 hours; a missed "
                                 "cycle runs at the next power-up or logon (Q231232).")));
    form->addRow(TransitionWizard::tr("&Retry (minutes):"),
        spin("retrySpin", TransitionWizard::tr("Retry"), 60, 1440,
            TransitionWizard::tr("A client that reaches no CAP retries every 60 minutes (Q236052, "
                                 "Q227033).")));
    form->addRow(TransitionWizard::tr("Safety &margin (hours):"),
        spin("marginSpin", TransitionWizard::tr("Margin"), 0, 2400,
            TransitionWizard::tr("Added to the safe removal time.")));
    auto* keep = new QPushButton(TransitionWizard::tr("&Keep these periods in the inventory"), this);
    keep->setObjectName(QStringLiteral("keepPeriodsButton"));
    keep->setToolTip(TransitionWizard::tr("Changes made here are for this plan only, unless kept; Edit > Undo "
                                          "takes them back."));
    connect(keep, &QPushButton::clicked, this, [this] {
        QString error;
        if (!m_wizard->keepPeriodsInInventory(&error))
            QMessageBox::warning(this, TransitionWizard::tr("Keep periods"), error);
        fillProfiles();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_profiles, 4);
    auto* periodsRow = new QHBoxLayout;
    periodsRow->addWidget(m_periodsTitle, 1);
    periodsRow->addWidget(m_addPeriod);
    layout->addLayout(periodsRow);
    layout->addWidget(m_periodTable, 1);
    layout->addWidget(m_periodError);
    m_error->setObjectName(QStringLiteral("profilesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03020"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(keep, 0, Qt::AlignLeft);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, wizard, &TransitionWizard::scheduleRecompute);
    connect(m_profiles, &QTableWidget::itemChanged, wizard, &TransitionWizard::scheduleRecompute);
}

void StartPage::fillProfiles()
{
    const QString site = m_wizard->request().site;
    QHash<QString, QList<Period>> changed = changedPeriods();
    changed.insert(m_pendingPeriods);
    QHash<QString, qint64> overrides = maxOffline();
    overrides.insert(m_pendingOffline);
    m_pendingOffline.clear();
    m_pendingPeriods.clear();
    m_inventoryPeriods.clear();
    m_periods.clear();
    const QString shown = m_shown;
    QSignalBlocker block(m_profiles);
    m_profiles->setRowCount(0);
    QString error;
    const QList<InventoryLookups::ProfileRow> profiles
        = InventoryLookups::profileRows(m_wizard->inventory(), site, &error);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    int shownRow = 0;
    for (const InventoryLookups::ProfileRow& profile : profiles) {
        const int row = m_profiles->rowCount();
        m_profiles->insertRow(row);
        const QString& name = profile.name;
        QList<Period> periods;
        if (const auto parsed = parseBlackouts(profile.blackouts)) {
            for (qsizetype i = 0; i < parsed->first.size(); ++i)
                periods << Period {parsed->first.at(i).startsAt, parsed->first.at(i).endsAt, parsed->second.at(i)};
        }
        m_inventoryPeriods.insert(name, periods);
        m_periods.insert(name, changed.contains(name) ? changed.value(name) : periods);
        auto* nameItem = new QTableWidgetItem(name);
        nameItem->setFlags(nameItem->flags() & ~Qt::ItemIsEditable);
        auto* count = new QTableWidgetItem(QLocale().toString(profile.clients));
        count->setFlags(count->flags() & ~Qt::ItemIsEditable);
        const double hours = overrides.contains(name) ? overrides.value(name) / 3600.0 : profile.maxOfflineHours;
        auto* offline = new QTableWidgetItem(QString::number(hours));
        offline->setData(Qt::UserRole, profile.maxOfflineHours);
        offline->setToolTip(
            TransitionWizard::tr("Edit for this plan only; the inventory keeps %1 h.").arg(profile.maxOfflineHours));
        auto* blackouts = new QTableWidgetItem;
        blackouts->setFlags(blackouts->flags() & ~Qt::ItemIsEditable);
        m_profiles->setItem(row, 0, nameItem);
        m_profiles->setItem(row, 1, count);
        m_profiles->setItem(row, 2, offline);
        m_profiles->setItem(row, 3, blackouts);
        updateSummary(name);
        if (name == shown)
            shownRow = row;
    }
    // RULES.md R1.6: clients without a profile get the largest disconnection of this plan.
    if (const qint64 without = InventoryLookups::clientsWithoutProfile(m_wizard->inventory(), site, &error)) {
        const int row = m_profiles->rowCount();
        m_profiles->insertRow(row);
        const QString tip = TransitionWizard::tr("Clients without a profile are given the longest disconnection "
                                                 "of any profile in this plan.");
        const QStringList cells {TransitionWizard::tr("(no profile)"), QLocale().toString(without),
            TransitionWizard::tr("longest of this plan"), QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            item->setToolTip(tip);
            item->setData(NoProfileRole, true);
            m_profiles->setItem(row, column, item);
        }
    }
    m_profiles->resizeColumnsToContents();
    if (m_profiles->rowCount() > 0)
        m_profiles->setCurrentCell(shownRow, 0);
    showPeriods(
        m_profiles->rowCount() > 0 && !isNoProfile(shownRow) ? m_profiles->item(shownRow, 0)->text() : QString());
    checkPeriods();
}

TimingParameters StartPage::timing() const
{
    TimingParameters t;
    t.propagation = qRound64(m_spins.at(0)->value() * UtcTime::Hour);
    t.ccimCycle = qRound64(m_spins.at(1)->value() * UtcTime::Hour);
    t.retry = qRound64(m_spins.at(2)->value() * UtcTime::Minute);
    t.margin = qRound64(m_spins.at(3)->value() * UtcTime::Hour);
    return t;
}

void StartPage::setTiming(const TimingParameters& t)
{
    m_spins.at(0)->setValue(t.propagation / double(UtcTime::Hour));
    m_spins.at(1)->setValue(t.ccimCycle / double(UtcTime::Hour));
    m_spins.at(2)->setValue(t.retry / double(UtcTime::Minute));
    m_spins.at(3)->setValue(t.margin / double(UtcTime::Hour));
}

QHash<QString, QList<StartPage::Period>> StartPage::changedPeriods() const
{
    QHash<QString, QList<Period>> result;
    for (auto it = m_periods.cbegin(); it != m_periods.cend(); ++it) {
        if (it.value() != m_inventoryPeriods.value(it.key()))
            result.insert(it.key(), it.value());
    }
    return result;
}

bool StartPage::isValid(const QString& profile) const
{
    const QList<Period> periods = m_periods.value(profile);
    return std::all_of(periods.cbegin(), periods.cend(), [](const Period& p) { return p.endsAt > p.startsAt; });
}

QHash<QString, QList<Blackout>> StartPage::blackouts() const
{
    QHash<QString, QList<Blackout>> result;
    const QHash<QString, QList<Period>> changed = changedPeriods();
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        if (!isValid(it.key()))
            continue;
        QList<Blackout>& periods = result[it.key()];
        for (const Period& p : it.value())
            periods << Blackout {p.startsAt, p.endsAt};
    }
    return result;
}

QHash<QString, QStringList> StartPage::blackoutLabels() const
{
    QHash<QString, QStringList> result;
    const QHash<QString, QList<Period>> changed = changedPeriods();
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        if (!isValid(it.key()))
            continue;
        QStringList& labels = result[it.key()];
        for (const Period& p : it.value())
            labels << p.label;
    }
    return result;
}

void StartPage::updateSummary(const QString& profile)
{
    for (int row = 0; row < m_profiles->rowCount(); ++row) {
        if (isNoProfile(row) || m_profiles->item(row, 0)->text() != profile)
            continue;
        QStringList parts;
        for (const Period& p : m_periods.value(profile)) {
            QString part
                = UtcTime::shortDisplay(p.startsAt) + QStringLiteral(" \u2013 ") + UtcTime::shortDisplay(p.endsAt);
            if (!p.label.isEmpty())
                part += QStringLiteral(" (%1)").arg(p.label);
            parts << part;
        }
        QSignalBlocker block(m_profiles);
        QTableWidgetItem* item = m_profiles->item(row, 3);
        item->setText(parts.isEmpty() ? TransitionWizard::tr("none") : parts.join(QStringLiteral("; ")));
        item->setForeground(isValid(profile) ? QBrush() : QBrush(QColor(0xb0, 0x30, 0x20)));
        item->setToolTip(parts.join(u'\n') + (parts.isEmpty() ? QString() : QStringLiteral("\n"))
            + TransitionWizard::tr("Select the profile to edit its blackouts below, for this plan only."));
    }
}

void StartPage::showPeriods(const QString& profile)
{
    m_shown = profile;
    QSignalBlocker block(m_periodTable);
    m_periodTable->setRowCount(0);
    m_periodTable->setEnabled(!profile.isEmpty());
    m_addPeriod->setEnabled(!profile.isEmpty());
    m_periodsTitle->setText(profile.isEmpty()
            ? TransitionWizard::tr("Clients without a profile have no blackouts of their own.")
            : TransitionWizard::tr("Blackouts of %1 (periods when all its clients are off), for this plan:")
                  .arg(profile));
    const QList<Period> periods = m_periods.value(profile);
    for (int row = 0; row < periods.size(); ++row) {
        const Period& p = periods.at(row);
        m_periodTable->insertRow(row);
        auto* from = utcEdit(QStringLiteral("blackoutStart"), TransitionWizard::tr("Blackout start"), m_periodTable);
        auto* to = utcEdit(QStringLiteral("blackoutEnd"), TransitionWizard::tr("Blackout end"), m_periodTable);
        auto* label = new QLineEdit(p.label, m_periodTable);
        label->setObjectName(QStringLiteral("blackoutLabel"));
        label->setAccessibleName(TransitionWizard::tr("Blackout label"));
        auto* remove = new QToolButton(m_periodTable);
        remove->setObjectName(QStringLiteral("removeBlackoutButton"));
        remove->setText(TransitionWizard::tr("Remove"));
        remove->setToolTip(TransitionWizard::tr("Remove this blackout from the plan"));
        setSeconds(from, p.startsAt);
        setSeconds(to, p.endsAt);
        if (p.endsAt <= p.startsAt)
            to->setStyleSheet(QStringLiteral("QDateTimeEdit { color: #b03020; }"));
        m_periodTable->setCellWidget(row, 0, from);
        m_periodTable->setCellWidget(row, 1, to);
        m_periodTable->setCellWidget(row, 2, label);
        m_periodTable->setCellWidget(row, 3, remove);
        // Each field changes only its own part, so a saved period's seconds survive an edit of its label.
        const auto rowOf = [this](QWidget* widget) {
            for (int r = 0; r < m_periodTable->rowCount(); ++r) {
                for (int c = 0; c < m_periodTable->columnCount(); ++c) {
                    if (m_periodTable->cellWidget(r, c) == widget)
                        return r;
                }
            }
            return -1;
        };
        connect(from, &QDateTimeEdit::dateTimeChanged, this, [this, from, rowOf] {
            if (const int r = rowOf(from); r >= 0) {
                m_periods[m_shown][r].startsAt = secondsOf(from);
                periodsEdited();
            }
        });
        connect(to, &QDateTimeEdit::dateTimeChanged, this, [this, to, rowOf] {
            if (const int r = rowOf(to); r >= 0) {
                m_periods[m_shown][r].endsAt = secondsOf(to);
                periodsEdited();
            }
        });
        connect(label, &QLineEdit::textChanged, this, [this, label, rowOf] {
            if (const int r = rowOf(label); r >= 0) {
                m_periods[m_shown][r].label = label->text();
                periodsEdited();
            }
        });
        connect(remove, &QToolButton::clicked, this, [this, remove, rowOf] {
            if (const int r = rowOf(remove); r >= 0) {
                m_periods[m_shown].removeAt(r);
                // Not from inside the button's own signal: showPeriods() deletes it.
                QMetaObject::invokeMethod(
                    this, [this] { showPeriods(m_shown); }, Qt::QueuedConnection);
                periodsEdited();
            }
        });
    }
}

void StartPage::addPeriod()
{
    if (m_shown.isEmpty())
        return;
    QList<Period>& periods = m_periods[m_shown];
    // A day from the end of the last one, or from the plan's start: a place to begin, to be edited.
    const qint64 from = periods.isEmpty() ? start() : std::max(start(), periods.last().endsAt);
    periods << Period {from, from + UtcTime::Day, QString()};
    showPeriods(m_shown);
    periodsEdited();
    if (QWidget* edit = m_periodTable->cellWidget(m_periodTable->rowCount() - 1, 0))
        edit->setFocus();
}

void StartPage::periodsEdited()
{
    for (int row = 0; row < m_periodTable->rowCount(); ++row) {
        const Period p = m_periods.value(m_shown).value(row);
        if (QWidget* to = m_periodTable->cellWidget(row, 1))
            to->setStyleSheet(p.endsAt > p.startsAt ? QString() : QStringLiteral("QDateTimeEdit { color: #b03020; }"));
    }
    updateSummary(m_shown);
    checkPeriods();
    m_wizard->scheduleRecompute();
}

bool StartPage::checkPeriods()
{
    QStringList problems;
    QStringList names = m_periods.keys();
    names.sort();
    for (const QString& profile : std::as_const(names)) {
        const QList<Period> periods = m_periods.value(profile);
        for (int i = 0; i < periods.size(); ++i) {
            if (periods.at(i).endsAt <= periods.at(i).startsAt)
                problems << TransitionWizard::tr("Blackout %1 of %2 ends at %3, not after its start at %4: set "
                                                 "its end after its start. Until then this plan uses %2's "
                                                 "blackouts from the inventory.")
                                .arg(i + 1)
                                .arg(profile, UtcTime::shortDisplay(periods.at(i).endsAt),
                                    UtcTime::shortDisplay(periods.at(i).startsAt));
        }
    }
    m_periodError->setText(problems.join(u'\n'));
    m_periodError->setVisible(!problems.isEmpty());
    return problems.isEmpty();
}

std::optional<std::pair<QList<Blackout>, QStringList>> StartPage::parseBlackouts(const QString& text)
{
    QList<Blackout> periods;
    QStringList labels;
    for (QString part : text.split(u';', Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        QString label;
        if (const qsizetype open = part.indexOf(u'('); open >= 0 && part.endsWith(u')')) {
            label = part.mid(open + 1, part.size() - open - 2);
            part = part.left(open).trimmed();
        }
        const QStringList ends = part.split(QStringLiteral(".."));
        if (ends.size() != 2)
            return std::nullopt;
        const std::optional<qint64> from = UtcTime::parse(ends.at(0));
        const std::optional<qint64> to = UtcTime::parse(ends.at(1));
        if (!from.has_value() || !to.has_value() || to.value() <= from.value())
            return std::nullopt;
        periods << Blackout {from.value(), to.value()};
        labels << label;
    }
    return std::pair {periods, labels};
}

QHash<QString, qint64> StartPage::maxOffline() const
{
    QHash<QString, qint64> result;
    for (int row = 0; row < m_profiles->rowCount(); ++row) {
        const QTableWidgetItem* item = m_profiles->item(row, 2);
        if (isNoProfile(row))
            continue;
        bool ok = false;
        const double hours = item->text().toDouble(&ok);
        if (ok && hours >= 0 && hours != item->data(Qt::UserRole).toDouble())
            result.insert(m_profiles->item(row, 0)->text(), qRound64(hours * UtcTime::Hour));
    }
    return result;
}

bool StartPage::isNoProfile(int row) const
{
    return m_profiles->item(row, 0)->data(NoProfileRole).toBool();
}

void StartPage::setOverrides(const QHash<QString, qint64>& maxOffline, const QHash<QString, QList<Blackout>>& blackouts)
{
    m_pendingOffline = maxOffline;
    m_pendingPeriods.clear();
    // A saved plan keeps the times of its periods, not their labels.
    for (auto it = blackouts.cbegin(); it != blackouts.cend(); ++it) {
        QList<Period>& periods = m_pendingPeriods[it.key()];
        for (const Blackout& b : it.value())
            periods << Period {b.startsAt, b.endsAt, QString()};
    }
    fillProfiles();
}

} // namespace wizard
