#include "NewCampaignDialog.h"

#include "campaign/CampaignProposals.h"
#include "domain/Enums.h"
#include "domain/UtcTime.h"
#include "item/SiteTreeModel.h"
#include "store/Inventory.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <functional>

namespace {
constexpr int CodeRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1;

QDateTime utc(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc());
}

void forEachItem(QTreeWidgetItem* item, const std::function<void(QTreeWidgetItem*)>& visit)
{
    visit(item);
    for (int i = 0; i < item->childCount(); ++i)
        forEachItem(item->child(i), visit);
}

QDateTimeEdit* timeEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(UtcTime::shortEditPattern());
    edit->setCalendarPopup(true);
    return edit;
}
} // namespace

NewCampaignDialog::NewCampaignDialog(const Inventory& inventory, const QStringList& preselected, QWidget* parent)
    : QDialog(parent)
    , m_inventory(inventory)
    , m_name(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_proposal(new QButtonGroup(this))
    , m_since(timeEdit(this, QStringLiteral("since")))
    , m_pattern(new QLineEdit(QStringLiteral("SMSClient_{site}_%1").arg(utc(UtcTime::now()).date().year() + 1), this))
    , m_start(timeEdit(this, QStringLiteral("campaignStart")))
    , m_perWave(new QSpinBox(this))
    , m_offset(new QSpinBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("newCampaignDialog"));
    setWindowTitle(tr("New Campaign"));

    m_name->setObjectName(QStringLiteral("campaignName"));
    m_name->setPlaceholderText(tr("e.g. Replace the NT 4.0 CAPs"));
    m_tree->setObjectName(QStringLiteral("campaignSites"));
    m_tree->setHeaderLabel(tr("Sites"));
    m_tree->setAccessibleName(tr("Sites of the campaign"));
    m_tree->setToolTip(tr("Check a domain or a site to take it with every site below it"));
    m_tree->setMinimumWidth(240);
    fillTree();
    setSites(preselected);
    // Checking a domain or a site takes its whole branch.
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (column != 0)
            return;
        const Qt::CheckState state = item->checkState(0);
        QSignalBlocker blocker(m_tree);
        for (int i = 0; i < item->childCount(); ++i)
            forEachItem(item->child(i), [state](QTreeWidgetItem* child) { child->setCheckState(0, state); });
    });

    auto* replace = new QRadioButton(tr("&Replace every live CAP with the CAPs added since"), this);
    replace->setObjectName(QStringLiteral("proposeReplaceCaps"));
    auto* rotate = new QRadioButton(tr("R&otate every site's connection account to"), this);
    rotate->setObjectName(QStringLiteral("proposeRotateAccounts"));
    m_proposal->addButton(replace, ReplaceCaps);
    m_proposal->addButton(rotate, RotateAccounts);
    replace->setChecked(true);
    m_since->setDateTime(utc(UtcTime::now() - 30 * UtcTime::Day));
    m_since->setAccessibleName(tr("CAPs added since"));
    m_pattern->setObjectName(QStringLiteral("accountPattern"));
    m_pattern->setAccessibleName(tr("Account name pattern"));
    m_pattern->setToolTip(tr("{site} stands for each site's code"));
    m_start->setDateTime(utc((UtcTime::now() / UtcTime::Hour + 1) * UtcTime::Hour));
    m_start->setAccessibleName(tr("Start"));
    m_perWave->setObjectName(QStringLiteral("sitesPerWave"));
    m_perWave->setRange(0, 1000);
    m_perWave->setSpecialValueText(tr("all in one wave"));
    m_perWave->setAccessibleName(tr("Sites per wave"));
    m_offset->setObjectName(QStringLiteral("proposedOffset"));
    m_offset->setRange(0, 365);
    m_offset->setValue(1);
    m_offset->setSuffix(tr(" days"));
    m_offset->setAccessibleName(tr("Days between waves"));
    auto* propose = new QPushButton(tr("&Propose"), this);
    propose->setObjectName(QStringLiteral("propose"));
    connect(propose, &QPushButton::clicked, this, [this] { this->propose(); });

    auto* proposalBox = new QGroupBox(tr("Proposal"), this);
    auto* grid = new QGridLayout(proposalBox);
    grid->addWidget(replace, 0, 0);
    grid->addWidget(m_since, 0, 1);
    grid->addWidget(rotate, 1, 0);
    grid->addWidget(m_pattern, 1, 1);
    auto* startLabel = new QLabel(tr("&Start:"), this);
    startLabel->setBuddy(m_start);
    grid->addWidget(startLabel, 2, 0, Qt::AlignRight);
    grid->addWidget(m_start, 2, 1);
    auto* waves = new QHBoxLayout;
    waves->addWidget(m_perWave);
    auto* offsetLabel = new QLabel(tr("each &wave starting"), this);
    offsetLabel->setBuddy(m_offset);
    waves->addWidget(offsetLabel);
    waves->addWidget(m_offset);
    waves->addWidget(new QLabel(tr("after the previous wave's safe removal"), this));
    waves->addStretch(1);
    auto* perWaveLabel = new QLabel(tr("Sites per wa&ve:"), this);
    perWaveLabel->setBuddy(m_perWave);
    grid->addWidget(perWaveLabel, 3, 0, Qt::AlignRight);
    grid->addLayout(waves, 3, 1);
    grid->addWidget(propose, 4, 1, Qt::AlignRight);
    grid->setColumnStretch(1, 1);

    m_table->setObjectName(QStringLiteral("proposedRows"));
    m_table->setAccessibleName(tr("Proposed rows"));
    m_table->setHorizontalHeaderLabels(
        {tr("Site"), tr("Kind"), tr("Retire"), tr("Add"), tr("Start"), tr("Wave"), tr("Offset days")});
    m_table->horizontalHeaderItem(RetireColumn)->setToolTip(tr("Names separated by ;"));
    m_table->horizontalHeaderItem(AddColumn)->setToolTip(tr("Names separated by ;"));
    m_table->horizontalHeaderItem(StartColumn)->setToolTip(tr("UTC, as 2027-01-15T08:00:00Z"));
    m_table->horizontalHeaderItem(OffsetColumn)
        ->setToolTip(tr("Days after the previous wave's latest safe removal at which the wave starts"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RetireColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AddColumn, QHeaderView::Stretch);
    m_message->setObjectName(QStringLiteral("campaignDialogMessage"));
    m_message->setWordWrap(true);

    auto* nameRow = new QFormLayout;
    nameRow->addRow(tr("&Name:"), m_name);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(proposalBox);
    rightLayout->addWidget(m_table, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    split->setSizes({220, 760});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("P&lan"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("planCampaign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(nameRow);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1000, 620);
}

void NewCampaignDialog::fillTree()
{
    SiteTreeModel model(m_inventory);
    std::function<void(const QModelIndex&, QTreeWidgetItem*)> copy
        = [&](const QModelIndex& parent, QTreeWidgetItem* into) {
              for (int i = 0; i < model.rowCount(parent); ++i) {
                  const QModelIndex index = model.index(i, 0, parent);
                  auto* item = into ? new QTreeWidgetItem(into) : new QTreeWidgetItem(m_tree);
                  item->setText(0, index.data().toString());
                  item->setToolTip(0, index.data(Qt::ToolTipRole).toString());
                  item->setData(0, CodeRole, index.data(SiteTreeModel::CodeRole));
                  item->setData(0, KindRole, index.data(SiteTreeModel::KindRole));
                  item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                  item->setCheckState(0, Qt::Unchecked);
                  copy(index, item);
              }
          };
    copy(QModelIndex(), nullptr);
    m_tree->expandAll();
}

void NewCampaignDialog::setName(const QString& name)
{
    m_name->setText(name);
}

QString NewCampaignDialog::name() const
{
    return m_name->text().trimmed();
}

void NewCampaignDialog::setSites(const QStringList& sites)
{
    QSignalBlocker blocker(m_tree);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        forEachItem(m_tree->topLevelItem(i), [&sites](QTreeWidgetItem* item) {
            const bool site = item->data(0, KindRole).toInt() == int(SiteTreeModel::Kind::Site);
            item->setCheckState(0,
                site && sites.contains(item->data(0, CodeRole).toString(), Qt::CaseInsensitive) ? Qt::Checked
                                                                                                : Qt::Unchecked);
        });
}

QStringList NewCampaignDialog::sites() const
{
    QStringList result;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        forEachItem(m_tree->topLevelItem(i), [&result](QTreeWidgetItem* item) {
            const QString code = item->data(0, CodeRole).toString();
            if (item->data(0, KindRole).toInt() == int(SiteTreeModel::Kind::Site) && item->checkState(0) == Qt::Checked
                && !result.contains(code))
                result << code;
        });
    return result;
}

void NewCampaignDialog::setProposal(Proposal proposal)
{
    m_proposal->button(proposal)->setChecked(true);
}

void NewCampaignDialog::setSince(qint64 since)
{
    m_since->setDateTime(utc(since));
}

void NewCampaignDialog::setPattern(const QString& pattern)
{
    m_pattern->setText(pattern);
}

void NewCampaignDialog::setStart(qint64 start)
{
    m_start->setDateTime(utc(start));
}

void NewCampaignDialog::setSitesPerWave(int sites, int offsetDays)
{
    m_perWave->setValue(sites);
    m_offset->setValue(offsetDays);
}

int NewCampaignDialog::propose()
{
    const QStringList codes = sites();
    const qint64 start = m_start->dateTime().toSecsSinceEpoch();
    const bool caps = m_proposal->checkedId() == ReplaceCaps;
    QString error;
    const auto proposal = codes.isEmpty() ? std::nullopt
        : caps
        ? CampaignProposals::replaceCaps(m_inventory, codes, m_since->dateTime().toSecsSinceEpoch(), start, &error)
        : CampaignProposals::rotateAccounts(m_inventory, codes, m_pattern->text().trimmed(), start, &error);
    QList<CampaignSite> rows = proposal ? proposal->campaign.sites : QList<CampaignSite>();
    const int perWave = m_perWave->value();
    for (int i = 0; i < rows.size(); ++i) {
        rows[i].wave = perWave > 0 ? 1 + i / perWave : 1;
        rows[i].offsetDays = rows[i].wave > 1 ? m_offset->value() : 0;
    }
    m_table->setRowCount(0);
    for (const CampaignSite& row : std::as_const(rows))
        addRow(row);
    m_table->resizeColumnToContents(SiteColumn);
    m_table->resizeColumnToContents(StartColumn);
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(caps ? tr("Replace CAPs %1").arg(utc(start).date().toString(Qt::ISODate))
                             : tr("Rotate accounts %1").arg(utc(start).date().toString(Qt::ISODate)));
    QString message = tr("%Ln site(s) proposed.", nullptr, int(rows.size()));
    if (codes.isEmpty())
        message = tr("Check the sites of the campaign in the tree first.");
    else if (!proposal)
        message = error;
    else if (!proposal->skipped.isEmpty())
        message += u' ' + tr("Left out: %1").arg(proposal->skipped.join(QStringLiteral("; ")));
    m_message->setText(message);
    return int(rows.size());
}

void NewCampaignDialog::addRow(const CampaignSite& site)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QString separator = QStringLiteral(";");
    m_table->setItem(row, SiteColumn, new QTableWidgetItem(site.request.site));
    m_table->setItem(row, KindColumn, new QTableWidgetItem(Enums::name(site.request.kind)));
    m_table->setItem(row, RetireColumn, new QTableWidgetItem(site.request.retire.join(separator)));
    m_table->setItem(row, AddColumn, new QTableWidgetItem(site.request.add.join(separator)));
    m_table->setItem(row, StartColumn, new QTableWidgetItem(UtcTime::format(site.request.start)));
    m_table->setItem(row, WaveColumn, new QTableWidgetItem(QString::number(site.wave)));
    m_table->setItem(row, OffsetColumn, new QTableWidgetItem(QString::number(site.offsetDays)));
}

std::optional<Campaign> NewCampaignDialog::campaign(QString* error) const
{
    Campaign campaign;
    campaign.name = name();
    if (campaign.name.isEmpty()) {
        *error = tr("Name the campaign.");
        return std::nullopt;
    }
    if (m_table->rowCount() == 0) {
        *error = tr("Propose or enter at least one row.");
        return std::nullopt;
    }
    const QString headers[]
        = {tr("Site"), tr("Kind"), tr("Retire"), tr("Add"), tr("Start"), tr("Wave"), tr("Offset days")};
    auto text = [this](int row, int column) {
        const QTableWidgetItem* item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    auto names = [](const QString& list) {
        QStringList result;
        for (const QString& name : list.split(u';', Qt::SkipEmptyParts))
            if (!name.trimmed().isEmpty())
                result << name.trimmed();
        return result;
    };
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto fail = [&](int column, const QString& what) {
            *error = tr("Row %1, column %2: %3").arg(row + 1).arg(headers[column], what);
            return std::nullopt;
        };
        CampaignSite site;
        site.request.site = text(row, SiteColumn);
        if (site.request.site.isEmpty())
            return fail(SiteColumn, tr("empty"));
        const auto kind = Enums::parseTransitionKind(text(row, KindColumn));
        if (!kind)
            return fail(KindColumn, tr("\u201c%1\u201d is neither cap nor account").arg(text(row, KindColumn)));
        site.request.kind = *kind;
        site.request.retire = names(text(row, RetireColumn));
        if (site.request.retire.isEmpty())
            return fail(RetireColumn, tr("names nothing to retire"));
        site.request.add = names(text(row, AddColumn));
        const auto start = UtcTime::parse(text(row, StartColumn));
        if (!start)
            return fail(StartColumn, tr("\u201c%1\u201d is not a time").arg(text(row, StartColumn)));
        site.request.start = *start;
        bool ok = false;
        site.wave = text(row, WaveColumn).isEmpty() ? 1 : text(row, WaveColumn).toInt(&ok);
        if (!text(row, WaveColumn).isEmpty() && (!ok || site.wave < 1))
            return fail(WaveColumn, tr("\u201c%1\u201d is not a wave number (1 or more)").arg(text(row, WaveColumn)));
        site.offsetDays = text(row, OffsetColumn).isEmpty() ? 0 : text(row, OffsetColumn).toInt(&ok);
        if (!text(row, OffsetColumn).isEmpty() && (!ok || site.offsetDays < 0))
            return fail(OffsetColumn, tr("\u201c%1\u201d is not a number of days").arg(text(row, OffsetColumn)));
        campaign.sites << site;
    }
    // A wave starts once: its rows must agree on the offset.
    for (int i = 0; i < campaign.sites.size(); ++i)
        for (int j = 0; j < i; ++j)
            if (campaign.sites.at(i).wave == campaign.sites.at(j).wave
                && campaign.sites.at(i).offsetDays != campaign.sites.at(j).offsetDays) {
                *error = tr("Row %1, column %2: wave %3 starts %4 days after the previous one in row %5")
                             .arg(i + 1)
                             .arg(headers[OffsetColumn])
                             .arg(campaign.sites.at(i).wave)
                             .arg(campaign.sites.at(j).offsetDays)
                             .arg(j + 1);
                return std::nullopt;
            }
    return campaign;
}

void NewCampaignDialog::accept()
{
    QString error;
    if (!campaign(&error)) {
        m_message->setText(error);
        return;
    }
    QDialog::accept();
}
