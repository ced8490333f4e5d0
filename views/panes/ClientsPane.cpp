#include "ClientsPane.h"

#include "ElidedTextDelegate.h"
#include "TransitionWizard.h"
#include "domain/Enums.h"
#include "domain/UtcTime.h"
#include "item/ClientTableModel.h"
#include "item/InventoryLookups.h"
#include "store/Inventory.h"
#include "store/TableSpec.h"
#include "task/BackgroundTask.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {
QComboBox* choice(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    // Wide enough for its longest item ("Any install method", not "Any install met").
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

void setItems(QComboBox* box, const QString& anyText, const QList<std::pair<QString, QString>>& items)
{
    const QString current = box->currentData().toString();
    box->clear();
    box->addItem(anyText, QString());
    for (const auto& [text, value] : items)
        box->addItem(text, value);
    const int index = box->findData(current);
    box->setCurrentIndex(index < 0 ? 0 : index);
}
} // namespace

ClientsPane::ClientsPane(const Inventory& inventory, QWidget* parent)
    : QWidget(parent)
    , m_inventory(inventory)
    , m_model(new ClientTableModel(inventory, this))
    , m_view(new QTableView(this))
    , m_name(new QLineEdit(this))
    , m_os(choice(QStringLiteral("osFilter"), tr("Operating system filter"), this))
    , m_install(choice(QStringLiteral("installFilter"), tr("Install method filter"), this))
    , m_version(choice(QStringLiteral("versionFilter"), tr("Version filter"), this))
    , m_profile(choice(QStringLiteral("profileFilter"), tr("Profile filter"), this))
    , m_status(choice(QStringLiteral("statusFilter"), tr("Status filter"), this))
    , m_count(new QLabel(this))
    , m_choices(new BackgroundTask(this))
{
    m_name->setObjectName(QStringLiteral("nameFilter"));
    m_name->setPlaceholderText(tr("Name contains\u2026"));
    m_name->setAccessibleName(tr("Client name filter"));
    m_name->setClearButtonEnabled(true);
    m_name->setMinimumWidth(180);
    auto* clear = new QPushButton(tr("C&lear filters"), this);
    clear->setObjectName(QStringLiteral("clearFilters"));
    m_count->setObjectName(QStringLiteral("clientCount"));
    // As wide as the widest text it can show, so that the filter bar does not reflow as it counts.
    const QFontMetrics countMetrics = m_count->fontMetrics();
    m_count->setMinimumWidth(std::max(countMetrics.horizontalAdvance(tr("%Ln client(s)", nullptr, 99999999)),
                                 countMetrics.horizontalAdvance(tr("Loading\u2026")))
        + 4);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Names from the inventory may be long: the combo stays readable, the list shows them whole.
    for (QComboBox* box : {m_version, m_profile})
        box->setMaximumWidth(box->fontMetrics().averageCharWidth() * 32);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_name, 1);
    for (QComboBox* box : {m_os, m_install, m_version, m_profile, m_status})
        filters->addWidget(box);
    filters->addWidget(clear);
    filters->addWidget(m_count);

    m_view->setObjectName(QStringLiteral("clientsView"));
    m_view->setAccessibleName(tr("Clients"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ClientTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    // Cut cells say what they hold on hover; names and versions lose their middle, not their end.
    auto* delegate = new ElidedTextDelegate(m_view);
    delegate->setObjectName(QStringLiteral("clientsDelegate"));
    delegate->setMiddleElidedColumns({ClientTableModel::Name, ClientTableModel::Version, ClientTableModel::Profile});
    m_view->setItemDelegate(delegate);
    // Wide enough for the header in any language and for the longest fixed value ("Windows NT 4.0",
    // a last refresh with its "UTC"); the rows are paged, so the view cannot measure them all.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int widestTime = metrics.horizontalAdvance(
        UtcTime::shortDisplay(QDateTime(QDate(2028, 12, 28), QTime(23, 58, 58), QTimeZone::utc()).toSecsSinceEpoch()));
    const int widths[] = {170, 60, metrics.horizontalAdvance(Enums::displayOs(QStringLiteral("nt4"))) + 16, 110, 120,
        120, widestTime + 20};
    for (int i = 0; i < int(std::size(widths)); ++i) {
        const QString header = m_model->headerData(i, Qt::Horizontal).toString();
        m_view->setColumnWidth(i, std::max(widths[i], metrics.horizontalAdvance(header) + 28));
    }

    m_view->setColumnHidden(ClientTableModel::PlanClass, true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    fillChoices();
    connect(m_name, &QLineEdit::textChanged, this, &ClientsPane::applyFilter);
    for (QComboBox* box : {m_os, m_install, m_version, m_profile, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &ClientsPane::applyFilter);
    connect(clear, &QPushButton::clicked, this, &ClientsPane::clearFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%Ln client(s)", nullptr, m_model->rowCount()));
        emit countChanged(m_model->rowCount());
    });
    // The previous rows stay until the new ones arrive; the count says they are on their way.
    connect(m_model, &ClientTableModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_count->setText(tr("Loading\u2026"));
        else
            m_count->setText(tr("%Ln client(s)", nullptr, m_model->rowCount()));
        m_view->setCursor(loading ? Qt::BusyCursor : Qt::ArrowCursor);
    });
    m_count->setText(tr("%Ln client(s)", nullptr, m_model->rowCount()));
}

const TableSpec* ClientsPane::spec() const
{
    return TableSpecs::find(QStringLiteral("clients"));
}

QStringList ClientsPane::keyOfRow(int row) const
{
    const QModelIndex name = m_model->index(row, ClientTableModel::Name);
    return name.isValid() ? QStringList {name.data(ClientTableModel::RawRole).toString()} : QStringList();
}

int ClientsPane::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

qint64 ClientsPane::shownRows() const
{
    return m_model->rowCount();
}

void ClientsPane::fillChoices()
{
    m_filling = true;
    QList<std::pair<QString, QString>> os;
    for (const QString& name : Enums::osNames())
        os.append({Enums::displayOs(name), name});
    setItems(m_os, tr("Any OS"), os);
    QList<std::pair<QString, QString>> install;
    for (const QString& name : Enums::installMethodNames())
        install.append({Enums::displayInstallMethod(name), name});
    setItems(m_install, tr("Any install method"), install);
    if (m_version->count() == 0) {
        setItems(m_version, tr("Any version"), {});
        setItems(m_profile, tr("Any profile"), {{tr("(no profile)"), ClientFilter::noProfile()}});
    }
    setItems(m_status, tr("Any status"),
        {{tr("ok"), QStringLiteral("ok")}, {tr("stale"), QStringLiteral("stale")},
            {tr("upgrade-blocked"), QStringLiteral("upgrade-blocked")},
            {tr("no automatic recovery"), QStringLiteral("no-automatic-recovery")}});
    m_filling = false;

    // The versions present: a pass over every client's index, on a connection of its own. The
    // choices shown stay until the new ones arrive.
    for (QComboBox* box : {m_version, m_profile})
        box->setToolTip(tr("Loading\u2026"));
    m_choices->start([this, path = m_inventory.path()](TaskControl& control) -> BackgroundTask::Delivery {
        Inventory inventory;
        QString versionError, profileError;
        QStringList versions, profiles;
        if (inventory.open(path, &versionError, false) && !control.isCanceled()) {
            versions = InventoryLookups::clientVersions(inventory, &versionError);
            profiles = InventoryLookups::profileNames(inventory, &profileError);
        } else {
            profileError = versionError;
        }
        return [=, this] {
            const QString version = m_version->currentData().toString();
            const QString profile = m_profile->currentData().toString();
            m_filling = true;
            QList<std::pair<QString, QString>> items;
            for (const QString& name : versions)
                items.append({name, name});
            setItems(m_version, tr("Any version"), items);
            // A list that could not be read says why where it would be.
            m_version->setToolTip(versionError);
            items = {{tr("(no profile)"), ClientFilter::noProfile()}};
            for (const QString& name : profiles)
                items.append({name, name});
            setItems(m_profile, tr("Any profile"), items);
            m_profile->setToolTip(profileError);
            m_filling = false;
            // A chosen version or profile that is gone no longer filters.
            if (m_version->currentData().toString() != version || m_profile->currentData().toString() != profile)
                applyFilter();
        };
    });
}

void ClientsPane::applyFilter()
{
    if (m_filling)
        return;
    ClientFilter filter;
    filter.sites = m_scope;
    filter.nameContains = m_name->text();
    filter.os = m_os->currentData().toString();
    filter.installMethod = m_install->currentData().toString();
    filter.version = m_version->currentData().toString();
    filter.profile = m_profile->currentData().toString();
    filter.status = m_status->currentData().toString();
    m_model->setFilter(filter);
}

void ClientsPane::setScope(const QStringList& sites)
{
    m_scope = sites;
    applyFilter();
}

void ClientsPane::setVersionFilter(const QString& version)
{
    const int index = m_version->findData(version);
    m_version->setCurrentIndex(index < 0 ? 0 : index);
}

void ClientsPane::setStatusFilter(const QString& status)
{
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
}

void ClientsPane::clearFilters()
{
    m_filling = true;
    m_name->clear();
    for (QComboBox* box : {m_os, m_install, m_version, m_profile, m_status})
        box->setCurrentIndex(0);
    m_filling = false;
    applyFilter();
}

void ClientsPane::reload()
{
    fillChoices();
    m_model->reload();
}

void ClientsPane::focusNameFilter()
{
    m_name->setFocus(Qt::ShortcutFocusReason);
    m_name->selectAll();
}

void ClientsPane::followPlan(TransitionWizard* wizard)
{
    const auto show = [this, wizard] {
        if (!wizard->plan())
            return;
        m_model->setPlan(wizard->plan()->request);
        m_view->setColumnHidden(ClientTableModel::PlanClass, false);
    };
    connect(wizard, &TransitionWizard::planChanged, this, show);
    connect(wizard, &QObject::destroyed, this, [this] {
        m_model->setPlan(std::nullopt);
        m_view->setColumnHidden(ClientTableModel::PlanClass, true);
    });
    show();
}
