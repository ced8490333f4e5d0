#include "StartPage.h"

#include "TransitionWizard.h"
#include "item/InventoryLookups.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace wizard {

StartPage::StartPage(TransitionWizard* wizard)
    : m_wizard(wizard)
    , m_start(utcEdit(QStringLiteral("startEdit"), TransitionWizard::tr("Start"), this))
    , m_profiles(new QTableWidget(0, 4, this))
    , m_error(new QLabel(this))
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
    layout->addWidget(m_profiles);
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
    m_blackoutText.clear();
    for (int row = 0; row < m_profiles->rowCount(); ++row) {
        const QTableWidgetItem* item = m_profiles->item(row, 3);
        if (!isNoProfile(row) && item->text() != item->data(Qt::UserRole).toString())
            m_blackoutText.insert(m_profiles->item(row, 0)->text(), item->text());
    }
    QHash<QString, qint64> overrides = maxOffline();
    overrides.insert(m_pendingOffline);
    m_blackoutText.insert(m_pendingBlackoutText);
    m_pendingOffline.clear();
    m_pendingBlackoutText.clear();
    QSignalBlocker block(m_profiles);
    m_profiles->setRowCount(0);
    QString error;
    const QList<InventoryLookups::ProfileRow> profiles
        = InventoryLookups::profileRows(m_wizard->inventory(), site, &error);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    for (const InventoryLookups::ProfileRow& profile : profiles) {
        const int row = m_profiles->rowCount();
        m_profiles->insertRow(row);
        const QString& name = profile.name;
        auto* nameItem = new QTableWidgetItem(name);
        nameItem->setFlags(nameItem->flags() & ~Qt::ItemIsEditable);
        auto* count = new QTableWidgetItem(QLocale().toString(profile.clients));
        count->setFlags(count->flags() & ~Qt::ItemIsEditable);
        const double hours = overrides.contains(name) ? overrides.value(name) / 3600.0 : profile.maxOfflineHours;
        auto* offline = new QTableWidgetItem(QString::number(hours));
        offline->setData(Qt::UserRole, profile.maxOfflineHours);
        offline->setToolTip(
            TransitionWizard::tr("Edit for this plan only; the inventory keeps %1 h.").arg(profile.maxOfflineHours));
        auto* blackouts = new QTableWidgetItem(m_blackoutText.value(name, profile.blackouts));
        blackouts->setData(Qt::UserRole, profile.blackouts);
        blackouts->setToolTip(TransitionWizard::tr("Periods when all the profile's clients are off, as "
                                                   "\"2026-12-19 16:00..2027-01-04 07:00 (label)\", separated by "
                                                   "semicolons. Edit for this plan only."));
        m_profiles->setItem(row, 0, nameItem);
        m_profiles->setItem(row, 1, count);
        m_profiles->setItem(row, 2, offline);
        m_profiles->setItem(row, 3, blackouts);
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

QHash<QString, QList<Blackout>> StartPage::blackouts() const
{
    QHash<QString, QList<Blackout>> result;
    for (int row = 0; row < m_profiles->rowCount(); ++row) {
        QTableWidgetItem* item = m_profiles->item(row, 3);
        if (isNoProfile(row) || item->text() == item->data(Qt::UserRole).toString())
            continue;
        const auto parsed = parseBlackouts(item->text());
        item->setForeground(parsed ? QBrush() : QBrush(QColor(0xb0, 0x30, 0x20)));
        if (parsed)
            result.insert(m_profiles->item(row, 0)->text(), parsed->first);
    }
    return result;
}

QHash<QString, QStringList> StartPage::blackoutLabels() const
{
    QHash<QString, QStringList> result;
    for (int row = 0; row < m_profiles->rowCount(); ++row) {
        const QTableWidgetItem* item = m_profiles->item(row, 3);
        if (isNoProfile(row) || item->text() == item->data(Qt::UserRole).toString())
            continue;
        if (const auto parsed = parseBlackouts(item->text()))
            result.insert(m_profiles->item(row, 0)->text(), parsed->second);
    }
    return result;
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
    m_pendingBlackoutText.clear();
    for (auto it = blackouts.cbegin(); it != blackouts.cend(); ++it)
        m_pendingBlackoutText.insert(it.key(), blackoutText(it.value()));
    fillProfiles();
}

QString StartPage::blackoutText(const QList<Blackout>& periods)
{
    const auto text = [](qint64 t) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc());
        // The table's own style is to the minute; a saved period off the minute keeps its seconds.
        return at.toString(t % 60 ? QStringLiteral("yyyy-MM-ddTHH:mm:ssZ") : QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    QStringList parts;
    for (const Blackout& b : periods)
        parts << text(b.startsAt) + QStringLiteral("..") + text(b.endsAt);
    return parts.join(QStringLiteral("; "));
}

} // namespace wizard
