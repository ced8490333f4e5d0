#include "TransitionWizard.h"

#include "DisplayTime.h"
#include "PlanRunner.h"
#include "planning/TimingParameters.h"
#include "report/TimelinePicture.h"
#include "report/TransitionReport.h"
#include "store/Inventory.h"
#include "store/InventoryEditor.h"
#include "store/PlanStore.h"
#include "store/SqlDialect.h"
#include "store/TableSpec.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
QDateTimeEdit* utcEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(UtcTime::shortEditPattern());
    edit->setCalendarPopup(true);
    return edit;
}

qint64 secondsOf(const QDateTimeEdit* edit)
{
    return edit->dateTime().toSecsSinceEpoch();
}
void setSeconds(QDateTimeEdit* edit, qint64 t)
{
    edit->setDateTime(QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()));
}

// Page 1: the site and the kind of transition.
class SiteKindPage final : public QWizardPage
{
public:
    SiteKindPage(Inventory& inventory, TransitionWizard* wizard)
        : m_site(new QComboBox(this))
        , m_cap(new QRadioButton(TransitionWizard::tr("&CAP replacement"), this))
        , m_account(new QRadioButton(TransitionWizard::tr("Client connection &account replacement"), this))
    {
        setTitle(TransitionWizard::tr("Site and kind"));
        setSubTitle(TransitionWizard::tr("Replace CAPs or connection accounts gradually, keeping the old ones until "
                                         "every client holds the new list (Q260824)."));
        m_site->setObjectName(QStringLiteral("siteBox"));
        m_site->setAccessibleName(TransitionWizard::tr("Site"));
        QSqlQuery query = inventory.prepare(QStringLiteral("SELECT code, name FROM sites ORDER BY code"));
        if (query.exec()) {
            while (query.next())
                m_site->addItem(
                    QStringLiteral("%1 \u2013 %2").arg(query.value(0).toString(), query.value(1).toString()),
                    query.value(0));
        }
        m_cap->setObjectName(QStringLiteral("kindCap"));
        m_account->setObjectName(QStringLiteral("kindAccount"));
        m_cap->setChecked(true);
        auto* form = new QFormLayout(this);
        auto* siteLabel = new QLabel(TransitionWizard::tr("&Site:"), this);
        siteLabel->setBuddy(m_site);
        form->addRow(siteLabel, m_site);
        form->addRow(m_cap);
        form->addRow(m_account);
        connect(m_site, &QComboBox::currentIndexChanged, wizard, &TransitionWizard::scheduleRecompute);
        connect(m_cap, &QRadioButton::toggled, wizard, &TransitionWizard::scheduleRecompute);
    }
    QString site() const { return m_site->currentData().toString(); }
    void setSite(const QString& code) { m_site->setCurrentIndex(std::max(0, m_site->findData(code))); }
    TransitionKind kind() const { return m_cap->isChecked() ? TransitionKind::Cap : TransitionKind::Account; }
    void setKind(TransitionKind kind) { (kind == TransitionKind::Cap ? m_cap : m_account)->setChecked(true); }

private:
    QComboBox* m_site;
    QRadioButton* m_cap;
    QRadioButton* m_account;
};

// Page 2: what to retire and what to add.
class RetireAddPage final : public QWizardPage
{
public:
    explicit RetireAddPage(TransitionWizard* wizard)
        : m_wizard(wizard)
        , m_retire(new QListWidget(this))
        , m_add(new QLineEdit(this))
        , m_known(new QComboBox(this))
        , m_refusal(new QLabel(this))
    {
        setTitle(TransitionWizard::tr("Retire and add"));
        setSubTitle(
            TransitionWizard::tr("Tick the live ones to retire; name the new ones, from the inventory or new."));
        m_retire->setObjectName(QStringLiteral("retireList"));
        m_retire->setAccessibleName(TransitionWizard::tr("To retire"));
        m_add->setObjectName(QStringLiteral("addEdit"));
        m_add->setAccessibleName(TransitionWizard::tr("To add"));
        m_add->setPlaceholderText(TransitionWizard::tr("new names, separated by commas"));
        m_known->setObjectName(QStringLiteral("knownBox"));
        m_known->setAccessibleName(TransitionWizard::tr("Known in the inventory"));
        auto* pick = new QPushButton(TransitionWizard::tr("A&dd from inventory"), this);
        m_refusal->setObjectName(QStringLiteral("refusalLabel"));
        m_refusal->setWordWrap(true);
        m_refusal->setStyleSheet(QStringLiteral("color: #b03020"));
        m_refusal->hide();
        auto* layout = new QVBoxLayout(this);
        auto* retireLabel = new QLabel(TransitionWizard::tr("&Retire:"), this);
        retireLabel->setBuddy(m_retire);
        layout->addWidget(retireLabel);
        layout->addWidget(m_retire);
        auto* addLabel = new QLabel(TransitionWizard::tr("A&dd:"), this);
        addLabel->setBuddy(m_add);
        layout->addWidget(addLabel);
        layout->addWidget(m_add);
        auto* row = new QHBoxLayout;
        row->addWidget(m_known, 1);
        row->addWidget(pick);
        layout->addLayout(row);
        layout->addWidget(m_refusal);
        connect(pick, &QPushButton::clicked, this, [this] {
            const QString name = m_known->currentText();
            if (name.isEmpty())
                return;
            QStringList names = added();
            if (!names.contains(name))
                names << name;
            m_add->setText(names.join(QStringLiteral(", ")));
        });
        connect(m_retire, &QListWidget::itemChanged, wizard, &TransitionWizard::scheduleRecompute);
        connect(m_add, &QLineEdit::textChanged, wizard, &TransitionWizard::scheduleRecompute);
    }

    void initializePage() override { fill(); }

    void fill()
    {
        const QStringList keep = retired();
        const TransitionRequest r = m_wizard->request();
        m_retire->clear();
        m_known->clear();
        const bool caps = r.kind == TransitionKind::Cap;
        QSqlQuery query = m_wizard->inventory().prepare(caps
                ? QStringLiteral("SELECT server, added_at, removed_at FROM caps WHERE site = ? ORDER BY server")
                : QStringLiteral("SELECT name, added_at, removed_at FROM accounts WHERE site = ? ORDER BY name"));
        query.addBindValue(r.site);
        if (query.exec()) {
            while (query.next()) {
                const QString name = query.value(0).toString();
                const bool removed = !query.value(2).isNull() && query.value(2).toLongLong() <= r.start;
                const bool live = query.value(1).toLongLong() <= r.start && !removed;
                if (live) {
                    auto* item = new QListWidgetItem(name, m_retire);
                    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                    item->setCheckState(keep.contains(name) ? Qt::Checked : Qt::Unchecked);
                } else if (!removed) {
                    m_known->addItem(name); // added later: a candidate to add
                }
            }
        }
    }

    QStringList retired() const
    {
        QStringList names;
        for (int i = 0; i < m_retire->count(); ++i) {
            if (m_retire->item(i)->checkState() == Qt::Checked)
                names << m_retire->item(i)->text();
        }
        return names;
    }
    void setRetired(const QStringList& names)
    {
        for (int i = 0; i < m_retire->count(); ++i)
            m_retire->item(i)->setCheckState(names.contains(m_retire->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
        m_pendingRetire = names;
    }
    QStringList added() const
    {
        QStringList names;
        for (const QString& part : m_add->text().split(u',', Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                names << part.trimmed();
        }
        return names;
    }
    void setAdded(const QStringList& names) { m_add->setText(names.join(QStringLiteral(", "))); }
    QStringList pendingRetire() const { return m_pendingRetire; }

    bool validatePage() override
    {
        QString why;
        if (retired().isEmpty())
            why = TransitionWizard::tr("Tick at least one to retire.");
        else if (added().isEmpty() && retired().size() == m_retire->count())
            // Q260824: with every CAP or account gone and nothing new, no client can connect.
            why = TransitionWizard::tr("This would remove every %1 the clients know and add none: every client would "
                                       "be orphaned (Q260824). Add the new ones first.")
                      .arg(m_wizard->request().kind == TransitionKind::Cap ? TransitionWizard::tr("CAP")
                                                                           : TransitionWizard::tr("account"));
        m_refusal->setText(why);
        m_refusal->setVisible(!why.isEmpty());
        return why.isEmpty();
    }

private:
    TransitionWizard* m_wizard;
    QListWidget* m_retire;
    QLineEdit* m_add;
    QComboBox* m_known;
    QLabel* m_refusal;
    QStringList m_pendingRetire;
};

// Page 3: the start, the disconnection periods for this plan, the timing constants.
class StartPage final : public QWizardPage
{
public:
    explicit StartPage(TransitionWizard* wizard)
        : m_wizard(wizard)
        , m_start(utcEdit(QStringLiteral("startEdit"), TransitionWizard::tr("Start"), this))
        , m_profiles(new QTableWidget(0, 4, this))
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
        auto spin
            = [this, wizard](const char* name, const QString& label, double value, double max, const QString& tip) {
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
        layout->addWidget(keep, 0, Qt::AlignLeft);
        connect(m_start, &QDateTimeEdit::dateTimeChanged, wizard, &TransitionWizard::scheduleRecompute);
        connect(m_profiles, &QTableWidget::itemChanged, wizard, &TransitionWizard::scheduleRecompute);
    }

    void initializePage() override { fillProfiles(); }

    void fillProfiles()
    {
        const QString site = m_wizard->request().site;
        m_blackoutText.clear();
        for (int row = 0; row < m_profiles->rowCount(); ++row) {
            const QTableWidgetItem* item = m_profiles->item(row, 3);
            if (item->text() != item->data(Qt::UserRole).toString())
                m_blackoutText.insert(m_profiles->item(row, 0)->text(), item->text());
        }
        const QHash<QString, qint64> overrides = maxOffline();
        QSignalBlocker block(m_profiles);
        m_profiles->setRowCount(0);
        const QSqlDatabase db = m_wizard->inventory().database();
        const QString blackout = QStringLiteral("%1 || '..' || %2 || coalesce(' (' || nullif(b.label, '') || ')', '')")
                                     .arg(SqlDialect::minuteText(db, QStringLiteral("b.starts_at")),
                                         SqlDialect::minuteText(db, QStringLiteral("b.ends_at")));
        QSqlQuery query = m_wizard->inventory().prepare(
            QStringLiteral("SELECT p.name, (SELECT count(*) FROM clients c WHERE c.site = ? AND c.profile = p.name), "
                           "p.max_offline_hours, (SELECT %1 FROM (SELECT * FROM blackouts WHERE profile = p.name "
                           "ORDER BY starts_at) b) FROM profiles p ORDER BY %2")
                .arg(SqlDialect::joined(db, blackout, QStringLiteral("'; '"), QStringLiteral("b.starts_at")),
                    SqlDialect::byBytes(db, QStringLiteral("p.name"))));
        query.addBindValue(site);
        if (!query.exec())
            return;
        while (query.next()) {
            const int row = m_profiles->rowCount();
            m_profiles->insertRow(row);
            const QString name = query.value(0).toString();
            auto* nameItem = new QTableWidgetItem(name);
            nameItem->setFlags(nameItem->flags() & ~Qt::ItemIsEditable);
            auto* count = new QTableWidgetItem(QLocale().toString(query.value(1).toLongLong()));
            count->setFlags(count->flags() & ~Qt::ItemIsEditable);
            const double hours = overrides.contains(name) ? overrides.value(name) / 3600.0 : query.value(2).toDouble();
            auto* offline = new QTableWidgetItem(QString::number(hours));
            offline->setData(Qt::UserRole, query.value(2).toDouble());
            offline->setToolTip(TransitionWizard::tr("Edit for this plan only; the inventory keeps %1 h.")
                                    .arg(query.value(2).toDouble()));
            auto* blackouts = new QTableWidgetItem(m_blackoutText.value(name, query.value(3).toString()));
            blackouts->setData(Qt::UserRole, query.value(3).toString());
            blackouts->setToolTip(TransitionWizard::tr("Periods when all the profile's clients are off, as "
                                                       "\"2026-12-19 16:00..2027-01-04 07:00 (label)\", separated by "
                                                       "semicolons. Edit for this plan only."));
            m_profiles->setItem(row, 0, nameItem);
            m_profiles->setItem(row, 1, count);
            m_profiles->setItem(row, 2, offline);
            m_profiles->setItem(row, 3, blackouts);
        }
        m_profiles->resizeColumnsToContents();
    }

    qint64 start() const { return secondsOf(m_start); }
    void setStart(qint64 t) { setSeconds(m_start, t); }
    TimingParameters timing() const
    {
        TimingParameters t;
        t.propagation = qRound64(m_spins.at(0)->value() * UtcTime::Hour);
        t.ccimCycle = qRound64(m_spins.at(1)->value() * UtcTime::Hour);
        t.retry = qRound64(m_spins.at(2)->value() * UtcTime::Minute);
        t.margin = qRound64(m_spins.at(3)->value() * UtcTime::Hour);
        return t;
    }
    void setTiming(const TimingParameters& t)
    {
        m_spins.at(0)->setValue(t.propagation / double(UtcTime::Hour));
        m_spins.at(1)->setValue(t.ccimCycle / double(UtcTime::Hour));
        m_spins.at(2)->setValue(t.retry / double(UtcTime::Minute));
        m_spins.at(3)->setValue(t.margin / double(UtcTime::Hour));
    }
    // The blackouts the administrator changed for this plan; a cell that does not parse is marked
    // and left out.
    QHash<QString, QList<Blackout>> blackouts() const
    {
        QHash<QString, QList<Blackout>> result;
        for (int row = 0; row < m_profiles->rowCount(); ++row) {
            QTableWidgetItem* item = m_profiles->item(row, 3);
            if (item->text() == item->data(Qt::UserRole).toString())
                continue;
            const auto parsed = parseBlackouts(item->text());
            item->setForeground(parsed ? QBrush() : QBrush(QColor(0xb0, 0x30, 0x20)));
            if (parsed)
                result.insert(m_profiles->item(row, 0)->text(), parsed->first);
        }
        return result;
    }
    // The changed blackouts with their labels, for keeping them in the inventory.
    QHash<QString, QStringList> blackoutLabels() const
    {
        QHash<QString, QStringList> result;
        for (int row = 0; row < m_profiles->rowCount(); ++row) {
            const QTableWidgetItem* item = m_profiles->item(row, 3);
            if (item->text() == item->data(Qt::UserRole).toString())
                continue;
            if (const auto parsed = parseBlackouts(item->text()))
                result.insert(m_profiles->item(row, 0)->text(), parsed->second);
        }
        return result;
    }

    static std::optional<std::pair<QList<Blackout>, QStringList>> parseBlackouts(const QString& text)
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

    // The periods the administrator changed for this plan.
    QHash<QString, qint64> maxOffline() const
    {
        QHash<QString, qint64> result;
        for (int row = 0; row < m_profiles->rowCount(); ++row) {
            const QTableWidgetItem* item = m_profiles->item(row, 2);
            bool ok = false;
            const double hours = item->text().toDouble(&ok);
            if (ok && hours >= 0 && hours != item->data(Qt::UserRole).toDouble())
                result.insert(m_profiles->item(row, 0)->text(), qRound64(hours * UtcTime::Hour));
        }
        return result;
    }

private:
    TransitionWizard* m_wizard;
    QDateTimeEdit* m_start;
    QTableWidget* m_profiles;
    QList<QDoubleSpinBox*> m_spins;
    QHash<QString, QString> m_blackoutText;
};

// Page 4: the safe removal date, the timeline, and who is at risk for another date.
class ResultPage final : public QWizardPage
{
public:
    explicit ResultPage(TransitionWizard* wizard)
        : m_wizard(wizard)
        , m_safe(new QLabel(this))
        , m_counts(new QLabel(this))
        , m_timeline(new QLabel(this))
        , m_removal(utcEdit(QStringLiteral("removalEdit"), TransitionWizard::tr("Proposed removal"), this))
        , m_atRiskCount(new QLabel(this))
        , m_atRisk(new QListWidget(this))
    {
        setTitle(TransitionWizard::tr("Safe removal date"));
        m_safe->setObjectName(QStringLiteral("safeDateLabel"));
        m_safe->setWordWrap(true);
        QFont big = m_safe->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        m_safe->setFont(big);
        m_counts->setObjectName(QStringLiteral("countsLabel"));
        m_counts->setWordWrap(true);
        m_timeline->setObjectName(QStringLiteral("timelineLabel"));
        m_timeline->setAccessibleName(TransitionWizard::tr("Timeline"));
        m_timeline->setMinimumHeight(220);
        m_atRiskCount->setObjectName(QStringLiteral("atRiskLabel"));
        m_atRisk->setObjectName(QStringLiteral("atRiskList"));
        m_atRisk->setAccessibleName(TransitionWizard::tr("Clients at risk"));
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_safe);
        layout->addWidget(m_counts);
        layout->addWidget(m_timeline);
        auto* row = new QHBoxLayout;
        auto* removalLabel = new QLabel(TransitionWizard::tr("&Proposed removal:"), this);
        removalLabel->setBuddy(m_removal);
        row->addWidget(removalLabel);
        row->addWidget(m_removal);
        row->addWidget(m_atRiskCount, 1);
        layout->addLayout(row);
        layout->addWidget(m_atRisk);
        connect(m_removal, &QDateTimeEdit::dateTimeChanged, this, [this] {
            m_removalChosen = true;
            m_wizard->scheduleRecompute();
        });
        connect(wizard, &TransitionWizard::planChanged, this, &ResultPage::show);
    }

    std::optional<qint64> removal() const
    {
        return m_removalChosen ? std::optional(secondsOf(m_removal)) : std::nullopt;
    }
    void setRemoval(std::optional<qint64> t)
    {
        if (!t)
            return;
        QSignalBlocker block(m_removal);
        setSeconds(m_removal, *t);
        m_removalChosen = true;
    }

    void show()
    {
        const auto& plan = m_wizard->plan();
        if (!plan)
            return;
        // The exact time, for screen readers and tests.
        m_safe->setAccessibleDescription(plan->safeRemoval ? UtcTime::format(*plan->safeRemoval) : QString());
        if (plan->safeRemoval) {
            m_safe->setText(TransitionWizard::tr("Safe to remove from %1").arg(longUtc(*plan->safeRemoval)));
            m_safe->setStyleSheet(QStringLiteral("color: #1b5e20"));
        } else {
            m_safe->setText(
                TransitionWizard::tr("\u26a0 No removal time is safe: the plan orphans every pending client"));
            m_safe->setStyleSheet(QStringLiteral("color: #b71c1c"));
        }
        const PlanCounts& c = plan->counts;
        m_counts->setText(
            TransitionWizard::tr("%1 clients in scope: %2 pending, %3 confirmed; %4 stale, %5 unaffected.")
                .arg(QLocale().toString(c.inScope), QLocale().toString(c.pending), QLocale().toString(c.confirmed),
                    QLocale().toString(c.stale), QLocale().toString(c.unaffected)));
        const QSize size(std::max(480, m_timeline->width()), 240);
        m_timeline->setPixmap(QPixmap::fromImage(TimelinePicture::render(*plan, size, devicePixelRatioF())));
        if (!m_removalChosen && plan->safeRemoval) {
            QSignalBlocker block(m_removal);
            setSeconds(m_removal, *plan->safeRemoval);
        }
        m_atRiskCount->setText(plan->request.proposedRemoval || plan->orphansAll
                ? TransitionWizard::tr("%Ln client(s) at risk", nullptr, int(c.atRisk))
                : TransitionWizard::tr("nobody at risk at the safe date"));
        m_atRisk->clear();
        for (const AtRiskClient& client : plan->atRisk)
            m_atRisk->addItem(TransitionWizard::tr("%1 (%2, sure by %3)")
                                  .arg(client.client, client.profile.value_or(TransitionWizard::tr("no profile")),
                                      longUtc(client.deadline)));
    }

private:
    TransitionWizard* m_wizard;
    QLabel* m_safe;
    QLabel* m_counts;
    QLabel* m_timeline;
    QDateTimeEdit* m_removal;
    QLabel* m_atRiskCount;
    QListWidget* m_atRisk;
    bool m_removalChosen = false;
};

// Page 5: the flags, each with a count and a list to drill into.
class FlagsPage final : public QWizardPage
{
public:
    explicit FlagsPage(TransitionWizard* wizard)
        : m_wizard(wizard)
        , m_tree(new QTreeWidget(this))
    {
        setTitle(TransitionWizard::tr("Flags"));
        setSubTitle(TransitionWizard::tr("What could still go wrong: expand a flag to see who."));
        m_tree->setObjectName(QStringLiteral("flagsTree"));
        m_tree->setAccessibleName(TransitionWizard::tr("Flags"));
        m_tree->setHeaderLabels({TransitionWizard::tr("Flag"), TransitionWizard::tr("Details")});
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_tree);
        connect(wizard, &TransitionWizard::planChanged, this, &FlagsPage::show);
    }

    void show()
    {
        const auto& plan = m_wizard->plan();
        m_tree->clear();
        if (!plan)
            return;
        auto group = [this](const QString& title, qint64 count) {
            auto* item
                = new QTreeWidgetItem(m_tree, {TransitionWizard::tr("%1 (%2)").arg(title, QLocale().toString(count))});
            if (count > 0)
                item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            return item;
        };
        QTreeWidgetItem* blocks = group(
            TransitionWizard::tr("Upgrade blocks at a logon point (Boot32wn, Q262677)"), plan->upgradeBlockCount);
        for (const UpgradeBlock& b : plan->upgradeBlocks)
            new QTreeWidgetItem(blocks,
                {b.client,
                    TransitionWizard::tr("%1 against Clicore %2 at %3")
                        .arg(b.clientVersion, b.logonPointVersion, b.logonPoint)});
        QTreeWidgetItem* assignment
            = group(TransitionWizard::tr("Sites that get no new clients at a shared logon point"),
                plan->logonPointAssignment.size());
        for (const LogonPointAssignment& a : plan->logonPointAssignment)
            new QTreeWidgetItem(assignment,
                {a.site,
                    TransitionWizard::tr("%1 at %2, whose newest site is at %3")
                        .arg(a.siteVersion, a.logonPoint, a.newestVersion)});
        QTreeWidgetItem* licences = group(TransitionWizard::tr("Per-server licence shortfalls after removal (Q208618)"),
            plan->licenceWarnings.size());
        for (const LicenceWarning& w : plan->licenceWarnings)
            new QTreeWidgetItem(licences,
                {w.cap,
                    TransitionWizard::tr("%1 licences, %2 connections expected at peak")
                        .arg(w.licenses)
                        .arg(w.expectedConnections)});
        QTreeWidgetItem* recovery
            = group(TransitionWizard::tr("Pending clients without automatic recovery"), plan->noAutomaticRecoveryCount);
        for (const NoAutomaticRecovery& n : plan->noAutomaticRecovery)
            new QTreeWidgetItem(recovery, {n.client, n.reason});
        m_tree->resizeColumnToContents(0);
    }

private:
    TransitionWizard* m_wizard;
    QTreeWidget* m_tree;
};

// Page 6: the dated steps, save and export.
class SummaryPage final : public QWizardPage
{
public:
    explicit SummaryPage(TransitionWizard* wizard)
        : m_wizard(wizard)
        , m_steps(new QTextBrowser(this))
        , m_saved(new QLabel(this))
    {
        setTitle(TransitionWizard::tr("Summary"));
        m_steps->setObjectName(QStringLiteral("stepsText"));
        m_steps->setAccessibleName(TransitionWizard::tr("Steps"));
        m_saved->setObjectName(QStringLiteral("savedLabel"));
        auto* save = new QPushButton(TransitionWizard::tr("&Save plan"), this);
        save->setObjectName(QStringLiteral("savePlanButton"));
        auto* exportButton = new QPushButton(TransitionWizard::tr("&Export report\u2026"), this);
        exportButton->setObjectName(QStringLiteral("exportReportButton"));
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_steps);
        auto* row = new QHBoxLayout;
        row->addWidget(save);
        row->addWidget(exportButton);
        row->addWidget(m_saved, 1);
        layout->addLayout(row);
        connect(save, &QPushButton::clicked, this, [this] {
            QString error;
            const auto id = m_wizard->savePlan(&error);
            m_saved->setText(id ? TransitionWizard::tr("Saved as plan %1.").arg(*id) : error);
        });
        connect(exportButton, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getSaveFileName(this, TransitionWizard::tr("Export report"),
                QStringLiteral("transition-plan.pdf"),
                TransitionWizard::tr("PDF (*.pdf);;HTML (*.html);;CSV, one row per client (*.csv)"));
            QString error;
            if (!path.isEmpty() && !m_wizard->exportReport(path, &error))
                QMessageBox::warning(this, TransitionWizard::tr("Export report"), error);
        });
        connect(wizard, &TransitionWizard::planChanged, this, &SummaryPage::show);
    }

    void show()
    {
        const auto& plan = m_wizard->plan();
        if (!plan)
            return;
        const TransitionRequest& r = plan->request;
        const auto e = [](const QString& text) { return text.toHtmlEscaped(); };
        QString html = QStringLiteral("<ol>");
        html += QStringLiteral("<li><b>%1</b>: %2</li>")
                    .arg(e(longUtc(r.start)),
                        r.add.isEmpty() ? TransitionWizard::tr("nothing is added")
                                        : TransitionWizard::tr("add %1, keep the old ones")
                                              .arg(e(r.add.join(QStringLiteral(", ")))));
        html += QStringLiteral("<li><b>%1</b>: %2</li>")
                    .arg(e(longUtc(r.start + r.timing.propagation)),
                        TransitionWizard::tr("check that the new list reached every CAP (Q278856)"));
        html += QStringLiteral("<li>%1</li>")
                    .arg(TransitionWizard::tr("until then, watch the clients' logs and import them: confirmed clients "
                                              "need not be waited for"));
        html += QStringLiteral("<li><b>%1</b>: %2</li>")
                    .arg(plan->safeRemoval ? e(longUtc(*plan->safeRemoval)) : TransitionWizard::tr("never"),
                        TransitionWizard::tr("remove %1").arg(e(r.retire.join(QStringLiteral(", ")))));
        html += QStringLiteral("<li>%1</li></ol>")
                    .arg(TransitionWizard::tr(
                        "clients still unconfirmed then: run Smsman where Logon Client "
                        "Installation is on, reset Site Config Last Checked, enable Guest briefly, "
                        "or wait for the 60-day self-uninstall (Q236052, Q237759, Q227033)"));
        if (m_wizard->hasSaved()) {
            const auto saved = m_wizard->savedSafeRemoval();
            html += QStringLiteral("<p><b>%1</b></p>")
                        .arg(saved == plan->safeRemoval
                                ? TransitionWizard::tr("Unchanged since the plan was saved.")
                                : TransitionWizard::tr("The inventory changed since the plan was saved: the safe date "
                                                       "was %1, it is now %2.")
                                      .arg(saved ? e(longUtc(*saved)) : TransitionWizard::tr("none"),
                                          plan->safeRemoval ? e(longUtc(*plan->safeRemoval))
                                                            : TransitionWizard::tr("none")));
        }
        m_steps->setHtml(html);
    }

private:
    TransitionWizard* m_wizard;
    QTextBrowser* m_steps;
    QLabel* m_saved;
};
} // namespace

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
    setPage(SitePage, new SiteKindPage(inventory, this));
    setPage(RetirePage, new RetireAddPage(this));
    setPage(StartPage, new ::StartPage(this));
    setPage(ResultPage, new ::ResultPage(this));
    setPage(FlagsPage, new ::FlagsPage(this));
    setPage(SummaryPage, new ::SummaryPage(this));
    static_cast<SiteKindPage*>(page(SitePage))->setSite(site);
    // The start defaults to the next whole hour.
    static_cast<::StartPage*>(page(StartPage))->setStart((UtcTime::now() / UtcTime::Hour + 1) * UtcTime::Hour);
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
            static_cast<RetireAddPage*>(page(RetirePage))->fill();
        if (id >= ResultPage)
            scheduleRecompute();
    });
    resize(860, 640);
}

TransitionWizard::~TransitionWizard() = default;

TransitionRequest TransitionWizard::request() const
{
    TransitionRequest r;
    const auto* site = static_cast<const SiteKindPage*>(page(SitePage));
    const auto* retire = static_cast<const RetireAddPage*>(page(RetirePage));
    const auto* start = static_cast<const ::StartPage*>(page(StartPage));
    const auto* result = static_cast<const ::ResultPage*>(page(ResultPage));
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
    auto* site = static_cast<SiteKindPage*>(page(SitePage));
    auto* retire = static_cast<RetireAddPage*>(page(RetirePage));
    auto* start = static_cast<::StartPage*>(page(StartPage));
    site->setSite(r.site);
    site->setKind(r.kind);
    start->setStart(r.start);
    start->setTiming(r.timing);
    retire->fill();
    retire->setRetired(r.retire);
    retire->setAdded(r.add);
    static_cast<::ResultPage*>(page(ResultPage))->setRemoval(r.proposedRemoval);
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
    const auto* start = static_cast<const ::StartPage*>(page(StartPage));
    const QHash<QString, qint64> offline = start->maxOffline();
    const QHash<QString, QList<Blackout>> blackouts = start->blackouts();
    const QHash<QString, QStringList> labels = start->blackoutLabels();
    if (offline.isEmpty() && blackouts.isEmpty())
        return true;
    const TableSpec& profiles = *TableSpecs::find(QStringLiteral("profiles"));
    const TableSpec& blackoutSpec = *TableSpecs::find(QStringLiteral("blackouts"));
    // One undo step for the whole change.
    m_undo->beginMacro(tr("Keep the plan's disconnection periods"));
    bool ok = true;
    auto write = [&](const TableSpec& spec, const QStringList& before, const QStringList& after) {
        if (after.isEmpty()) {
            ok = ok && m_editor->remove(spec, InventoryEditor::keyOf(spec, before), error);
        } else if (const auto problem = m_editor->apply(spec, after)) {
            *error = problem->message;
            ok = false;
        }
        if (ok)
            m_undo->push(new RowEditCommand(*m_editor, spec, before, after, true));
    };
    for (auto it = offline.cbegin(); ok && it != offline.cend(); ++it) {
        const QStringList before = m_editor->row(profiles, {it.key()});
        write(profiles, before, {it.key(), QString::number(it.value() / double(UtcTime::Hour), 'g', 15)});
    }
    for (auto it = blackouts.cbegin(); ok && it != blackouts.cend(); ++it) {
        QSqlQuery old = m_inventory.prepare(QStringLiteral("SELECT starts_at FROM blackouts WHERE profile = ?"));
        old.addBindValue(it.key());
        QList<qint64> starts;
        if (old.exec()) {
            while (old.next())
                starts << old.value(0).toLongLong();
        }
        for (qint64 startAt : std::as_const(starts)) {
            const QStringList before = m_editor->row(blackoutSpec, {it.key(), UtcTime::format(startAt)});
            write(blackoutSpec, before, {});
        }
        for (qsizetype i = 0; ok && i < it.value().size(); ++i)
            write(blackoutSpec, {},
                {it.key(), UtcTime::format(it.value().at(i).startsAt), UtcTime::format(it.value().at(i).endsAt),
                    labels.value(it.key()).value(i)});
    }
    m_undo->endMacro();
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
