#include "PasswordWhatIfDialog.h"

#include "DisplayTime.h"
#include "item/InventoryLookups.h"
#include "planning/PasswordWhatIfPlanner.h"
#include "planning/SiteFacts.h"
#include "report/TransitionReport.h"
#include "store/Inventory.h"
#include "task/BackgroundTask.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

PasswordWhatIfDialog::PasswordWhatIfDialog(
    Inventory& inventory, const QString& site, const QString& account, QWidget* parent)
    : QDialog(parent)
    , m_inventory(inventory)
    , m_site(new QComboBox(this))
    , m_account(new QComboBox(this))
    , m_at(new QDateTimeEdit(this))
    , m_counts(new QLabel(this))
    , m_lockout(new QLabel(this))
    , m_safer(new QLabel(this))
    , m_rotation(new QLabel(this))
    , m_guestWarning(new QLabel(this))
    , m_recovery(new QTableWidget(0, 4, this))
    , m_busy(new QProgressBar(this))
    , m_debounce(new QTimer(this))
    , m_task(new BackgroundTask(this))
{
    setObjectName(QStringLiteral("passwordWhatIfDialog"));
    setWindowTitle(tr("What if a password changes?"));
    m_site->setObjectName(QStringLiteral("whatIfSite"));
    m_site->setAccessibleName(tr("Site"));
    m_account->setObjectName(QStringLiteral("whatIfAccount"));
    m_account->setAccessibleName(tr("Account"));
    m_at->setObjectName(QStringLiteral("whatIfAt"));
    m_at->setAccessibleName(tr("Change time"));
    m_at->setTimeSpec(Qt::UTC);
    m_at->setDisplayFormat(UtcTime::shortEditPattern());
    m_at->setCalendarPopup(true);
    m_at->setDateTime(
        QDateTime::fromSecsSinceEpoch((UtcTime::now() / UtcTime::Hour + 1) * UtcTime::Hour, QTimeZone::utc()));
    QString error;
    m_site->addItems(InventoryLookups::siteCodes(inventory, &error));
    m_site->setToolTip(error); // a list that could not be read says why
    m_site->setCurrentText(site);
    fillAccounts();
    if (!account.isEmpty())
        m_account->setCurrentText(account);

    for (QLabel* label : {m_counts, m_lockout, m_safer, m_rotation}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_counts->setObjectName(QStringLiteral("whatIfCounts"));
    m_lockout->setObjectName(QStringLiteral("whatIfLockout"));
    m_safer->setObjectName(QStringLiteral("whatIfSafer"));
    m_rotation->setObjectName(QStringLiteral("whatIfRotation"));
    auto* lists = new QTabWidget(this);
    lists->setAccessibleName(tr("Clients by outcome"));
    for (const QString& title : {tr("&Orphaned"), tr("&Fallback"), tr("&Unaffected"), tr("S&tale")}) {
        auto* list = new QListWidget(this);
        list->setAccessibleName(QString(title).remove(u'&'));
        m_lists << list;
        lists->addTab(list, title);
    }
    m_recovery->setObjectName(QStringLiteral("whatIfRecovery"));
    m_recovery->setAccessibleName(tr("Recovery options"));
    m_recovery->setHorizontalHeaderLabels({tr("Option"), tr("Applies"), tr("Clients"), tr("Note")});
    m_recovery->horizontalHeader()->setStretchLastSection(true);
    m_recovery->verticalHeader()->hide();
    m_recovery->setWordWrap(true);
    m_recovery->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recovery->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_recovery->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The notes wrap: when the note column's width changes, so do the rows' heights.
    connect(m_recovery->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == 3)
            fitRecovery();
    });
    m_guestWarning->setObjectName(QStringLiteral("whatIfGuestWarning"));
    m_guestWarning->setWordWrap(true);
    m_guestWarning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_guestWarning->setStyleSheet(QStringLiteral("color: #b03020"));
    m_guestWarning->hide();
    auto* plan = new QPushButton(tr("&Plan the safer alternative\u2026"), this);
    plan->setObjectName(QStringLiteral("planSaferButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("Password changes &at:"), m_at);
    // Busy, without a measure of how far: the planner's single pass does not report progress.
    m_busy->setObjectName(QStringLiteral("whatIfBusy"));
    m_busy->setAccessibleName(tr("Evaluating"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(m_busy->fontMetrics().height());
    m_busy->setTextVisible(false);
    m_busy->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_counts);
    layout->addWidget(lists, 1);
    layout->addWidget(m_lockout);
    layout->addWidget(m_guestWarning);
    layout->addWidget(m_recovery);
    layout->addWidget(m_safer);
    layout->addWidget(plan);
    layout->addWidget(m_rotation);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export report\u2026"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("whatIfExportButton"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export report"), QStringLiteral("password-what-if.pdf"), tr("PDF (*.pdf);;HTML (*.html)"));
        QString error;
        if (!path.isEmpty() && !exportReport(path, &error))
            QMessageBox::warning(this, tr("Export report"), error);
    });
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        fillAccounts();
        evaluate();
    });
    connect(m_account, &QComboBox::currentIndexChanged, this, &PasswordWhatIfDialog::evaluate);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, [this] {
        fillAccounts();
        evaluate();
    });
    connect(plan, &QPushButton::clicked, this, [this] {
        if (m_result)
            emit planSaferAlternative(saferAlternative());
    });
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &PasswordWhatIfDialog::startEvaluation);
    connect(m_task, &BackgroundTask::busyChanged, m_busy, &QWidget::setVisible);
    // Within a 1280x800 screen, title bar and taskbar included.
    resize(960, 700);
    startEvaluation();
}

bool PasswordWhatIfDialog::isEvaluating() const
{
    return m_debounce->isActive() || m_task->isBusy();
}

bool PasswordWhatIfDialog::waitForResult(int timeoutMs)
{
    if (m_debounce->isActive()) {
        m_debounce->stop();
        startEvaluation();
    }
    return m_task->waitForIdle(timeoutMs);
}

bool PasswordWhatIfDialog::exportReport(const QString& path, QString* error) const
{
    if (!m_result) {
        *error = tr("Choose a site and an account first.");
        return false;
    }
    return TransitionReport::writeWhatIf(*m_result, {m_inventory.displayName(), UtcTime::now()}, path, error);
}

void PasswordWhatIfDialog::fillAccounts()
{
    QSignalBlocker block(m_account);
    const QString current = m_account->currentText();
    m_account->clear();
    // The accounts live at the change time, as the planner sees them: it refuses any other.
    QString error;
    const qint64 at = m_at->dateTime().toSecsSinceEpoch();
    if (const auto facts = SiteFacts::load(m_inventory, m_site->currentText(), &error)) {
        for (const SiteItem& account : facts->accounts) {
            if (account.isLiveAt(at))
                m_account->addItem(account.name);
        }
    }
    m_account->setToolTip(error);
    if (!current.isEmpty() && m_account->findText(current) >= 0)
        m_account->setCurrentText(current);
}

void PasswordWhatIfDialog::setChangeTime(qint64 at)
{
    m_at->setDateTime(QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()));
}

TransitionRequest PasswordWhatIfDialog::saferAlternative() const
{
    // Q237759: a new account now, the old one removed at its safe time.
    TransitionRequest request;
    request.site = m_site->currentText();
    request.kind = TransitionKind::Account;
    request.retire = {m_account->currentText()};
    request.add = {m_result ? m_result->newAccount : QString()};
    request.start = m_result ? m_result->addNewAccountAt : m_at->dateTime().toSecsSinceEpoch();
    return request;
}

void PasswordWhatIfDialog::fitRecovery()
{
    m_recovery->resizeRowsToContents();
    int height = m_recovery->horizontalHeader()->sizeHint().height() + 2 * m_recovery->frameWidth();
    for (int row = 0; row < m_recovery->rowCount(); ++row)
        height += m_recovery->rowHeight(row);
    m_recovery->setFixedHeight(height);
}

void PasswordWhatIfDialog::evaluate()
{
    m_debounce->start();
}

void PasswordWhatIfDialog::startEvaluation()
{
    PasswordWhatIfRequest request;
    request.site = m_site->currentText();
    request.account = m_account->currentText();
    request.at = m_at->dateTime().toSecsSinceEpoch();
    request.listLimit = 500;
    if (request.account.isEmpty()) {
        m_task->cancel();
        showResult(request, std::nullopt, QString());
        emit evaluated();
        return;
    }
    m_task->start([this, request, path = m_inventory.path()](TaskControl& control) -> BackgroundTask::Delivery {
        QString error;
        std::optional<PasswordWhatIf> result;
        Inventory inventory; // a connection of this thread's own
        if (inventory.open(path, &error, false) && !control.isCanceled())
            result = PasswordWhatIfPlanner(inventory).evaluate(request, &error);
        return [this, request, result = std::move(result), error] {
            showResult(request, result, error);
            emit evaluated();
        };
    });
}

void PasswordWhatIfDialog::showResult(
    const PasswordWhatIfRequest& request, const std::optional<PasswordWhatIf>& result, const QString& error)
{
    m_result = result;
    for (QListWidget* list : std::as_const(m_lists))
        list->clear();
    m_recovery->setRowCount(0);
    m_guestWarning->hide();
    if (!m_result) {
        fitRecovery();
        m_counts->setText(request.account.isEmpty() ? tr("The site has no live connection account.") : error);
        m_lockout->clear();
        m_safer->clear();
        m_rotation->clear();
        return;
    }
    const PasswordWhatIf& w = *m_result;
    const QLocale locale;
    m_counts->setText(
        tr("<b>%1 orphaned</b>, %2 fallback, %3 unaffected, %4 stale. %5")
            .arg(locale.toString(w.orphaned), locale.toString(w.fallback), locale.toString(w.unaffected),
                locale.toString(w.stale),
                w.allUpdatedBy ? tr("All fallback clients learn the change by %1.").arg(longUtc(*w.allUpdatedBy))
                               : QString()));
    const QList<const QStringList*> names {
        &w.orphanedClients, &w.fallbackClients, &w.unaffectedClients, &w.staleClients};
    for (int i = 0; i < names.size(); ++i)
        m_lists.at(i)->addItems(*names.at(i));
    if (!w.lockoutEnabled)
        m_lockout->setText(tr("Lockout: off in the site's domain."));
    else if (!w.lockedFrom)
        m_lockout->setText(tr("Lockout: nobody holds the old password."));
    else
        m_lockout->setText(
            tr("\u26a0 Lockout (threshold %1): the account locks from %2 and re-locks after every unlock "
               "until %3 (Q227033, Q237759).")
                .arg(w.lockoutThreshold)
                .arg(longUtc(*w.lockedFrom), w.lockedUntil ? longUtc(*w.lockedUntil) : tr("never")));
    // Lockouts spread (Q237759): the other accounts whose old passwords clients still hold.
    QStringList spread;
    for (const AccountLockout& lockout : w.lockouts) {
        if (lockout.account == request.account || !lockout.from)
            continue;
        spread << tr("%1 locks out from %2 until %3 (%4 holders)%5")
                      .arg(lockout.account, longUtc(*lockout.from),
                          lockout.until ? longUtc(*lockout.until) : tr("never"), locale.toString(lockout.holders),
                          lockout.already ? tr(": changed earlier, may be locking out already") : QString());
    }
    if (w.delayedByLockout > 0)
        spread << tr("%1 fallback clients are delayed by lockout until %2.")
                      .arg(
                          locale.toString(w.delayedByLockout), w.delayedUntil ? longUtc(*w.delayedUntil) : tr("never"));
    if (w.logonDiscovery)
        spread << tr("Logon Discovery: %1 orphaned clients recover at their next logon (Q237759).")
                      .arg(locale.toString(w.recoverAtLogon));
    if (!spread.isEmpty())
        m_lockout->setText(m_lockout->text() + u'\n' + spread.join(u'\n'));
    for (const RecoveryOption& option : w.recovery) {
        const int row = m_recovery->rowCount();
        m_recovery->insertRow(row);
        auto* method = new QTableWidgetItem(recoveryMethodName(option.method));
        method->setToolTip(option.method);
        if (option.method == u"guest-account") {
            // A security exposure: said above the options, where it cannot scroll out of sight.
            method->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            m_guestWarning->setText(tr("\u26a0 Guest account: %1").arg(option.note));
            m_guestWarning->show();
        }
        m_recovery->setItem(row, 0, method);
        m_recovery->setItem(row, 1, new QTableWidgetItem(option.available ? tr("applies") : tr("does not apply")));
        m_recovery->setItem(row, 2, new QTableWidgetItem(locale.toString(option.clients)));
        m_recovery->setItem(row, 3, new QTableWidgetItem(option.note));
    }
    for (int column = 0; column < 3; ++column)
        m_recovery->resizeColumnToContents(column);
    m_recovery->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch); // notes wrap
    fitRecovery();
    m_safer->setText(tr("Safer (Q237759): add a new account, %1, at %2 and remove %3 at %4, instead of changing "
                        "the password in place.")
                         .arg(w.newAccount, longUtc(w.addNewAccountAt), request.account, longUtc(w.removeOldAt)));
    m_rotation->setText(w.rotationNeeded
            ? tr("Rotation: a new account every %1 days, with %2 accounts valid at all times.")
                  .arg(w.cadenceDays)
                  .arg(w.accountsNeeded)
            : tr("Rotation: none needed; the domain's passwords never expire."));
}
