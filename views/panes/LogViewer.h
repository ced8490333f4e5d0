#pragma once

#include <QHash>
#include <QWidget>

class LogEntryModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTimer;

// The Logs pane: several logs in tabs and all of them merged by time, errors and warnings
// coloured and named, filters on text, component, thread and severity, jumps to the next or
// previous problem, an error-code lookup, copying lines, and following files that grow. Files are
// parsed off the GUI thread, so a 100 MB log does not freeze the window.
class LogViewer final : public QWidget
{
    Q_OBJECT
public:
    explicit LogViewer(QWidget* parent = nullptr);

    // Parses in the background; `loaded` tells when the tab is there.
    void openFile(const QString& path);
    void setFollowing(bool follow);
    LogEntryModel* currentModel() const;
    LogEntryModel* mergedModel() const { return m_merged; }
    QTabWidget* tabs() const { return m_tabs; }
    // The next or previous error or warning of the current tab; past the last (first) one it wraps
    // around and says so.
    void jumpToProblem(bool forward);
    // Everything about the line at `row` of the current tab: fields and the whole text.
    QString detailText(int row) const;
    void showDetail(int row);
    void copySelection();
    QString lookUpCode(const QString& code) const;

signals:
    void loaded(const QString& path);
    // A short notice for the status bar ("Wrapped to the first problem").
    void notice(const QString& text);

private:
    void applyFilter();
    void poll();
    QTableView* addView(LogEntryModel* model, const QString& title, const QString& tip);
    void closeTab(int index);
    void tell(const QString& text);

    QTabWidget* m_tabs;
    LogEntryModel* m_merged;
    QLineEdit* m_text;
    QComboBox* m_component;
    QLineEdit* m_thread;
    QComboBox* m_severity;
    QLineEdit* m_codeLookup;
    QLabel* m_codeResult;
    QLabel* m_hint; // what to do while no log is open
    QTimer* m_follow;
    struct Followed
    {
        LogEntryModel* model;
        qint64 offset;
        int lines;
    };
    QHash<QString, Followed> m_files;
};
