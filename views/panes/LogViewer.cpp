#include "LogViewer.h"

#include "ElidedTextDelegate.h"
#include "item/LogEntryModel.h"
#include "logs/ErrorCodes.h"
#include "logs/LogParser.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
// "PC001/Ccim32.log": logs come in per-client folders, and every client has a Ccim32.log.
QString displayName(const QString& path)
{
    const QFileInfo info(path);
    return info.dir().dirName() + u'/' + info.fileName();
}

struct Parsed
{
    QString path;
    LogFile log;
    qint64 size = 0;
    int lines = 0;
};
} // namespace

LogViewer::LogViewer(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_merged(new LogEntryModel(this))
    , m_text(new QLineEdit(this))
    , m_component(new QComboBox(this))
    , m_thread(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_codeLookup(new QLineEdit(this))
    , m_codeResult(new QLabel(this))
    , m_follow(new QTimer(this))
{
    setObjectName(QStringLiteral("logViewer"));
    auto* open = new QPushButton(tr("&Open logs\u2026"), this);
    auto* follow = new QCheckBox(tr("Fo&llow"), this);
    follow->setObjectName(QStringLiteral("followLogs"));
    follow->setToolTip(tr("Read new lines as the files grow"));
    m_text->setObjectName(QStringLiteral("logTextFilter"));
    m_text->setPlaceholderText(tr("Text contains\u2026"));
    m_text->setAccessibleName(tr("Log text filter"));
    m_text->setClearButtonEnabled(true);
    m_component->setObjectName(QStringLiteral("logComponentFilter"));
    m_component->setAccessibleName(tr("Component filter"));
    m_component->addItem(tr("Any component"), QString());
    m_thread->setObjectName(QStringLiteral("logThreadFilter"));
    m_thread->setPlaceholderText(tr("Thread"));
    m_thread->setAccessibleName(tr("Thread filter"));
    m_thread->setClearButtonEnabled(true);
    m_thread->setMaximumWidth(110);
    m_severity->setObjectName(QStringLiteral("logSeverityFilter"));
    m_severity->setAccessibleName(tr("Severity filter"));
    m_severity->addItem(tr("All entries"), -1);
    m_severity->addItem(tr("Warnings and errors"), int(LogEntry::Severity::Warning));
    m_severity->addItem(tr("Errors only"), int(LogEntry::Severity::Error));
    auto* clear = new QPushButton(tr("Clear filters"), this);
    auto* previous = new QPushButton(tr("\u25b2 Previous problem"), this);
    previous->setShortcut(QKeySequence(QStringLiteral("Shift+F8")));
    auto* next = new QPushButton(tr("\u25bc Next problem"), this);
    next->setShortcut(QKeySequence(Qt::Key_F8));
    m_codeLookup->setObjectName(QStringLiteral("codeLookup"));
    m_codeLookup->setPlaceholderText(tr("Error code, e.g. 2147942405 or 0x80070005"));
    m_codeLookup->setAccessibleName(tr("Error code lookup"));
    m_codeResult->setObjectName(QStringLiteral("codeResult"));
    m_codeLookup->setMinimumWidth(320);
    m_tabs->setObjectName(QStringLiteral("logTabs"));
    m_tabs->setAccessibleName(tr("Open logs"));
    m_tabs->setTabsClosable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &LogViewer::closeTab);

    auto* filters = new QHBoxLayout;
    filters->addWidget(open);
    filters->addWidget(follow);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_component);
    filters->addWidget(m_thread);
    filters->addWidget(m_severity);
    filters->addWidget(clear);
    filters->addWidget(previous);
    filters->addWidget(next);
    auto* lookup = new QHBoxLayout;
    lookup->addWidget(m_codeLookup);
    lookup->addWidget(m_codeResult, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(lookup);
    QTableView* merged = addView(m_merged, tr("All (merged by time)"), tr("Every open log, interleaved by time"));
    // The merged view stays: it is where every log meets.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    // An empty pane says what to do.
    auto* hint = m_hint = new QLabel(tr("No logs open. Choose <b>Open logs\u2026</b> and pick the clients' Ccim32.log, "
                                        "Capinst.log or other SMS logs; each opens in its own tab and all of them "
                                        "merge here by time."),
        merged->viewport());
    hint->setObjectName(QStringLiteral("logsHint"));
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* hintLayout = new QVBoxLayout(merged->viewport());
    hintLayout->addWidget(hint);
    connect(this, &LogViewer::loaded, hint, &QWidget::hide);

    auto* copy = new QAction(tr("Copy lines"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(copy);
    connect(copy, &QAction::triggered, this, &LogViewer::copySelection);
    connect(open, &QPushButton::clicked, this, [this] {
        const QStringList paths
            = QFileDialog::getOpenFileNames(this, tr("Open logs"), QString(), tr("Logs (*.log *.lo_);;All files (*)"));
        for (const QString& path : paths)
            openFile(path);
    });
    connect(follow, &QCheckBox::toggled, this, &LogViewer::setFollowing);
    connect(m_text, &QLineEdit::textChanged, this, &LogViewer::applyFilter);
    connect(m_thread, &QLineEdit::textChanged, this, &LogViewer::applyFilter);
    connect(m_component, &QComboBox::currentIndexChanged, this, &LogViewer::applyFilter);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &LogViewer::applyFilter);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_text->clear();
        m_thread->clear();
        m_component->setCurrentIndex(0);
        m_severity->setCurrentIndex(0);
    });
    connect(previous, &QPushButton::clicked, this, [this] { jumpToProblem(false); });
    connect(next, &QPushButton::clicked, this, [this] { jumpToProblem(true); });
    connect(m_codeLookup, &QLineEdit::textChanged, this,
        [this](const QString& text) { m_codeResult->setText(lookUpCode(text)); });
    m_follow->setInterval(1000);
    connect(m_follow, &QTimer::timeout, this, &LogViewer::poll);
}

QTableView* LogViewer::addView(LogEntryModel* model, const QString& title, const QString& tip)
{
    auto* view = new QTableView(this);
    view->setModel(model);
    view->setAccessibleName(title);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(LogEntryModel::Text, QHeaderView::Stretch);
    view->setWordWrap(false);
    const int widths[] = {170, 70, 110, 80, 175};
    for (int i = 0; i < int(std::size(widths)); ++i)
        view->setColumnWidth(i, widths[i]);
    view->setColumnWidth(LogEntryModel::File, 150);
    view->setColumnHidden(LogEntryModel::File, model != m_merged);
    view->setItemDelegate(new ElidedTextDelegate(view));
    view->setTextElideMode(Qt::ElideRight);
    // Enter or a double-click: the whole line.
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex& at) { showDetail(at.row()); });
    const int index = m_tabs->addTab(view, title);
    m_tabs->setTabToolTip(index, tip);
    return view;
}

void LogViewer::openFile(const QString& path)
{
    auto* watcher = new QFutureWatcher<Parsed>(this);
    connect(watcher, &QFutureWatcher<Parsed>::finished, this, [this, watcher] {
        const Parsed parsed = watcher->result();
        watcher->deleteLater();
        const QString name = displayName(parsed.path);
        auto* model = new LogEntryModel(this);
        model->addFile(name, parsed.log.entries);
        model->setFilter(m_merged->filter());
        m_merged->addFile(name, parsed.log.entries);
        QString tip = parsed.path;
        if (!parsed.log.unreadableLines.isEmpty())
            tip += tr("\n%Ln line(s) could not be read", nullptr, int(parsed.log.unreadableLines.size()));
        m_tabs->setCurrentWidget(addView(model, name, tip));
        m_files.insert(parsed.path, Followed {model, parsed.size, parsed.lines});
        const QString current = m_component->currentData().toString();
        QSignalBlocker block(m_component);
        m_component->clear();
        m_component->addItem(tr("Any component"), QString());
        for (const QString& component : m_merged->components())
            m_component->addItem(component, component);
        m_component->setCurrentIndex(std::max(0, m_component->findData(current)));
        emit loaded(parsed.path);
    });
    watcher->setFuture(QtConcurrent::run([path] {
        Parsed parsed;
        parsed.path = path;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray data = LogParser::readFile(file);
            parsed.size = data.size();
            parsed.lines = int(data.count('\n'));
            parsed.log = LogParser::parse(data);
        }
        return parsed;
    }));
}

void LogViewer::setFollowing(bool follow)
{
    if (follow)
        m_follow->start();
    else
        m_follow->stop();
}

void LogViewer::poll()
{
    for (auto it = m_files.begin(); it != m_files.end(); ++it) {
        QFile file(it.key());
        if (!file.open(QIODevice::ReadOnly) || file.size() <= it->offset)
            continue;
        file.seek(it->offset);
        QByteArray added = file.readAll();
        // Only whole lines: a line still being written waits for the next look.
        const qsizetype end = added.lastIndexOf('\n');
        if (end < 0)
            continue;
        added.truncate(end + 1);
        LogFile log = LogParser::parse(added);
        for (LogEntry& e : log.entries)
            e.line += it->lines;
        it->offset += added.size();
        it->lines += int(added.count('\n'));
        const QString name = displayName(it.key());
        it->model->append(name, log.entries);
        m_merged->addFile(name, log.entries);
    }
}

LogEntryModel* LogViewer::currentModel() const
{
    auto* view = qobject_cast<QTableView*>(m_tabs->currentWidget());
    return view ? static_cast<LogEntryModel*>(view->model()) : nullptr;
}

void LogViewer::applyFilter()
{
    LogEntryModel::Filter filter;
    filter.text = m_text->text();
    filter.component = m_component->currentData().toString();
    bool ok = false;
    const quint32 thread = m_thread->text().trimmed().toUInt(&ok);
    if (ok)
        filter.thread = thread;
    const int severity = m_severity->currentData().toInt();
    if (severity >= 0)
        filter.minimumSeverity = static_cast<LogEntry::Severity>(severity);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* view = qobject_cast<QTableView*>(m_tabs->widget(i)))
            static_cast<LogEntryModel*>(view->model())->setFilter(filter);
    }
}

void LogViewer::jumpToProblem(bool forward)
{
    auto* view = qobject_cast<QTableView*>(m_tabs->currentWidget());
    if (!view)
        return;
    const auto* model = static_cast<LogEntryModel*>(view->model());
    const int from = view->currentIndex().isValid() ? view->currentIndex().row() : (forward ? -1 : model->rowCount());
    int row = model->findProblem(from, forward);
    if (row < 0) {
        row = model->findProblem(forward ? -1 : model->rowCount(), forward);
        if (row < 0) {
            tell(tr("No errors or warnings in this view."));
            return;
        }
        tell(forward ? tr("Past the last problem: back at the first.")
                     : tr("Before the first problem: on at the last."));
    }
    view->setCurrentIndex(view->model()->index(row, LogEntryModel::Text));
    view->scrollTo(view->currentIndex());
}

void LogViewer::tell(const QString& text)
{
    if (auto* window = qobject_cast<QMainWindow*>(this->window()))
        window->statusBar()->showMessage(text, 5000);
    emit notice(text);
}

void LogViewer::closeTab(int index)
{
    auto* view = qobject_cast<QTableView*>(m_tabs->widget(index));
    if (!view || view->model() == m_merged)
        return;
    auto* model = static_cast<LogEntryModel*>(view->model());
    QString path;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (it->model == model)
            path = it.key();
    }
    m_files.remove(path);
    m_tabs->removeTab(index);
    view->deleteLater();
    model->deleteLater();
    if (!path.isEmpty())
        m_merged->removeFile(displayName(path));
    m_hint->setVisible(m_files.isEmpty());
}

QString LogViewer::detailText(int row) const
{
    const LogEntryModel* model = currentModel();
    if (!model || row < 0 || row >= model->rowCount())
        return {};
    QStringList lines;
    for (int column = 0; column < LogEntryModel::ColumnCount; ++column) {
        if (column == LogEntryModel::Text || (column == LogEntryModel::File && !model->showsFiles()))
            continue;
        const QString value = model->index(row, column).data().toString();
        if (value.isEmpty())
            continue;
        QString line = model->headerData(column, Qt::Horizontal).toString() + QStringLiteral(": ") + value;
        if (column == LogEntryModel::Code) {
            const QString meaning = model->index(row, column).data(Qt::ToolTipRole).toString();
            if (!meaning.isEmpty())
                line += QStringLiteral(" \u2013 ") + meaning;
        }
        lines << line;
    }
    lines << QString() << model->index(row, LogEntryModel::Text).data(Qt::ToolTipRole).toString();
    return lines.join(u'\n');
}

void LogViewer::showDetail(int row)
{
    const QString text = detailText(row);
    if (text.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("logLineDetail"));
    dialog.setWindowTitle(tr("Log line"));
    auto* body = new QPlainTextEdit(text, &dialog);
    body->setObjectName(QStringLiteral("logLineText"));
    body->setReadOnly(true);
    body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(body);
    layout->addWidget(buttons);
    dialog.resize(640, 320);
    dialog.exec();
}

void LogViewer::copySelection()
{
    auto* view = qobject_cast<QTableView*>(m_tabs->currentWidget());
    if (!view || !view->selectionModel())
        return;
    QList<int> rows;
    for (const QModelIndex& index : view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QApplication::clipboard()->setText(static_cast<LogEntryModel*>(view->model())->copyText(rows));
}

QString LogViewer::lookUpCode(const QString& text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    bool ok = false;
    const quint32 code = trimmed.startsWith(QStringLiteral("0x"), Qt::CaseInsensitive) ? trimmed.mid(2).toUInt(&ok, 16)
                                                                                       : trimmed.toUInt(&ok, 10);
    if (!ok)
        return tr("not a number");
    const quint32 hresult = ErrorCodes::toHresult(code);
    const QString hex = QStringLiteral("%1 (0x%2)").arg(hresult).arg(hresult, 8, 16, QLatin1Char('0'));
    return tr("%1: %2").arg(hex, ErrorCodes::describe(code).value_or(tr("not a code CapPlanner knows")));
}
